import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import { IdentityOverrideSchema, type IdentityOverride } from '../domain/disclosure';
import { InputError } from './read-input';

/** `--identity-map file.json`: { "<file name>": { cik, company, form, fiscalYear, … } } for inputs that carry no identity. */
export function readIdentityMap(path: string): (file: string) => IdentityOverride | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(path, `cannot read the identity map: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = z.record(z.string(), IdentityOverrideSchema).safeParse(raw);
  if (!parsed.success) throw new InputError(path, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const map = new Map(Object.entries(parsed.data));
  return (file) => map.get(basename(file)) ?? map.get(file);
}
