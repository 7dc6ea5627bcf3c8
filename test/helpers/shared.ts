import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared beside the repository: the real corpus and gold, read at test time, never copied. */
export const SHARED = resolve(__dirname, '..', '..', '..', 'shared');
export const sharedPath = (...parts: string[]): string => join(SHARED, ...parts);
export const hasShared = existsSync(join(SHARED, 'corpus'));
export const readShared = (...parts: string[]): string => readFileSync(sharedPath(...parts), 'utf8');
