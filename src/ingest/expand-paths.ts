import fg from 'fast-glob';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FILING_EXT = /\.(txt|htm|html|xml|xhtml)$/i;

/**
 * Files, folders and globs → filing inputs, lazily. A folder with FilingSummary.xml is one EDGAR filing;
 * other folders are walked. A path that does not exist is passed on, so it is reported by name.
 */
export function* expandPaths(args: readonly string[]): Generator<string> {
  for (const arg of args) {
    if (!existsSync(arg) && fg.isDynamicPattern(arg)) {
      for (const p of fg.sync(arg, { onlyFiles: false, dot: false })) yield* walk(p);
    } else yield* walk(arg);
  }
}

function* walk(p: string): Generator<string> {
  if (!existsSync(p) || !statSync(p).isDirectory()) return void (yield p);
  const names = readdirSync(p).sort();
  if (names.some((n) => n.toLowerCase() === 'filingsummary.xml')) return void (yield p);
  for (const n of names) {
    const child = join(p, n);
    if (statSync(child).isDirectory()) yield* walk(child);
    else if (FILING_EXT.test(n)) yield child;
  }
}
