import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { IdentityOverrideSchema, type IdentityOverride } from '../domain/disclosure';
import type { FilingInput } from '../parse';

/** Larger inputs are refused before they are read: no filing's cyd section comes near this. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'InputError';
  }
}

/** Reads a file, or an EDGAR filing folder (FilingSummary.xml and its R pages), for parsing. */
export function readFilingInput(path: string): FilingInput {
  if (!existsSync(path)) throw new InputError(path, 'no such file or directory');
  const st = statSync(path);
  if (st.isDirectory()) return readFolder(path);
  if (!st.isFile()) throw new InputError(path, 'not a regular file');
  if (st.size > MAX_INPUT_BYTES) throw new InputError(path, `file is ${Math.round(st.size / 1048576)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`);
  try {
    return { kind: 'file', name: basename(path), bytes: readFileSync(path) };
  } catch (e) {
    throw new InputError(path, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

function readFolder(dir: string): FilingInput {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new InputError(dir, `cannot read this folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const summary = names.find((n) => n.toLowerCase() === 'filingsummary.xml');
  if (!summary) throw new InputError(dir, 'folder has no FilingSummary.xml: not an EDGAR filing folder');
  const files = new Map<string, Uint8Array>();
  let total = 0;
  for (const name of names) {
    if (!/\.(xml|htm|html|txt)$/i.test(name)) continue;
    const p = join(dir, name);
    const st = statSync(p, { throwIfNoEntry: false }); // a dangling link among the documents is no document
    if (!st?.isFile()) continue;
    total += st.size;
    if (total > MAX_INPUT_BYTES) throw new InputError(dir, `folder holds over ${MAX_INPUT_BYTES / 1048576} MB of filing documents`);
    try {
      files.set(name, readFileSync(p));
    } catch (e) {
      throw new InputError(p, `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
  }
  return { kind: 'folder', name: basename(dir), files };
}

/** `<file>.meta.json` beside a file gives identity the file itself lacks (R pages carry none). */
export function readSidecar(path: string): IdentityOverride {
  const sidecar = `${path.replace(/[\\/]+$/, '')}.meta.json`;
  if (!existsSync(sidecar)) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(sidecar, 'utf8'));
  } catch (e) {
    throw new InputError(sidecar, `not valid JSON: ${(e as Error).message}`);
  }
  const parsed = IdentityOverrideSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(sidecar, parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '));
  return parsed.data;
}
