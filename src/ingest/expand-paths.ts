import fg from 'fast-glob';
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';

const FILING_EXT = /\.(txt|htm|html|xml|xhtml)$/i;

/** A path expansion could not follow, with the reason: that path's error, and the run goes on. */
export interface PathError {
  readonly path: string;
  readonly reason: string;
}

/** A filing input to read (a file, or an EDGAR filing folder), or a path that could not be expanded. */
export type ExpandedPath = string | PathError;

/**
 * Files, folders and globs → filing inputs, lazily. A folder with FilingSummary.xml is one EDGAR filing;
 * other folders are walked. A path that does not exist is passed on, so it is reported by name. A
 * symbolic-link loop, a dangling link and a folder that cannot be read each become a PathError naming
 * that path, and expansion goes on with the rest. A folder reached twice through links is walked once.
 */
export function* expandPaths(args: readonly string[]): Generator<ExpandedPath> {
  const walked = new Set<string>(); // real paths of the folders walked so far
  for (const arg of args) {
    if (isPresent(arg) || !fg.isDynamicPattern(arg)) yield* walk(arg, walked, []);
    else for (const p of globbed(arg)) yield* typeof p === 'string' ? walk(p, walked, []) : [p];
  }
}

/**
 * A glob's matches. fast-glob does not follow links here (the walk does, with loop checks); a folder it
 * cannot read stops it, so that folder is reported and the glob is run again skipping unreadable ones.
 */
function* globbed(pattern: string): Generator<ExpandedPath> {
  const options = { onlyFiles: false, dot: false, followSymbolicLinks: false };
  let matches: string[];
  try {
    matches = fg.sync(pattern, options);
  } catch (e) {
    yield { path: (e as NodeJS.ErrnoException).path ?? pattern, reason: unreadable(e) };
    matches = fg.sync(pattern, { ...options, suppressErrors: true });
  }
  yield* matches;
}

function* walk(p: string, walked: Set<string>, ancestors: readonly string[]): Generator<ExpandedPath> {
  const st = statOrError(p);
  if (typeof st === 'string') return void (yield { path: p, reason: st });
  if (st === null || !st.isDirectory()) return void (yield p); // a missing path or a file: read (and reported) by name
  let real: string;
  let names: string[];
  try {
    real = realpathSync(p);
    names = readdirSync(p).sort();
  } catch (e) {
    return void (yield { path: p, reason: unreadable(e) });
  }
  if (ancestors.includes(real)) return void (yield { path: p, reason: `symbolic link loop: leads back to ${real}` });
  if (walked.has(real)) return;
  walked.add(real);
  if (names.some((n) => n.toLowerCase() === 'filingsummary.xml')) return void (yield p);
  const inside = [...ancestors, real];
  for (const n of names) {
    const child = join(p, n);
    const cs = statOrError(child);
    if (typeof cs === 'string') yield { path: child, reason: cs };
    else if (cs?.isDirectory()) yield* walk(child, walked, inside);
    else if (cs && FILING_EXT.test(n)) yield child;
  }
}

/** The path's stat following links; null when nothing is there; a reason when it cannot be followed. */
function statOrError(p: string): Stats | null | string {
  try {
    return statSync(p);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return isLink(p) ? dangling(p) : null;
    if (code === 'ELOOP') return 'symbolic link loop: too many levels of links';
    return unreadable(e);
  }
}

const isPresent = (p: string): boolean => {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
};

const isLink = (p: string): boolean => {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};

function dangling(p: string): string {
  let target = '?';
  try {
    target = readlinkSync(p);
  } catch {
    // the link vanished meanwhile; its target is unknown
  }
  return `dangling symbolic link: its target ${target} does not exist`;
}

function unreadable(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EACCES' || err.code === 'EPERM') return 'cannot read this folder: permission denied';
  return `cannot read: ${err.code ?? String(err.message).split('\n')[0]}`;
}
