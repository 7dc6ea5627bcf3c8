import type { Disclosure, Format, IdentityOverride } from '../domain/disclosure';
import type { Extraction } from '../domain/extraction';
import { extract } from '../extract';
import { parseFiling } from '../parse';
import { readFilingInput, readSidecar } from './read-input';

export interface FileOptions {
  format?: Format;
  identity?: IdentityOverride;
}

/** The stages in order, for one file: read → parse → extract. Graph writing is the caller's. */
export function processFile(path: string, opts: FileOptions = {}): { disclosure: Disclosure; extraction: Extraction } {
  const input = readFilingInput(path);
  const identity = { ...readSidecar(path), ...(opts.identity ?? {}) };
  const disclosure = parseFiling(input, { format: opts.format, identity });
  return { disclosure, extraction: extract(disclosure) };
}
