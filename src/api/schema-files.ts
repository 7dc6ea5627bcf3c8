import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The SDL modules in schema/, concatenated in file-name order. */
export function loadTypeDefs(dir = resolve(__dirname, '..', '..', 'schema')): string {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}
