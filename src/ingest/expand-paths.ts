import fg from 'fast-glob';
import { lstatSync, readdirSync, readlinkSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';

const FILING_EXT = /\.(txt|htm|html|xml|xhtml)$/i;

/**
 * A path expansion could not follow, with the reason: that path's error, and the run goes on. `skipped`:
 * a file found in a folder that is not a filing (a JSON that is no sidecar, a PDF): reported, not read.
 * `nothingMatched`: an argument (an empty folder, a glob) that gave no filing at all.
 */
export interface PathError {
  readonly path: string;
  readonly reason: string;
  readonly kind?: 'skipped' | 'nothing-matched';
}

export interface ExpandOptions {
  /** Files the command reads for itself (the --identity-map file): never reported as skipped. */
  own?: readonly string[];
}

/** A filing input to read (a file, or an EDGAR filing folder), or a path that could not be expanded. */
export type ExpandedPath = string | PathError;

/**
 * Files, folders and globs → filing inputs, lazily. A folder with FilingSummary.xml is one EDGAR filing;
 * other folders are walked. A path that does not exist is passed on, so it is reported by name. A
 * symbolic-link loop, a dangling link and a folder that cannot be read each become a PathError naming
 * that path, and expansion goes on with the rest. A folder reached twice through links is walked once.
 */
export function* expandPaths(args: readonly string[], options: ExpandOptions = {}): Generator<ExpandedPath> {
  const walked = new Set<string>(); // real paths of the folders walked so far
  const own = new Set((options.own ?? []).map((p) => resolvePath(p)));
  for (const arg of args) {
    let found = alreadyWalked(arg, walked) ? 1 : 0; // a folder reached again (through a link) is not empty
    const from = isPresent(arg) || !fg.isDynamicPattern(arg) ? walk(arg, walked, [], own) : fromGlob(arg, walked, own);
    for (const p of from) {
      if (typeof p === 'string') found++;
      yield p;
    }
    if (found === 0 && !isPresentFile(arg))
      yield {
        path: arg,
        kind: 'nothing-matched',
        reason: fg.isDynamicPattern(arg) && !isPresent(arg) ? 'no file matches this pattern' : 'no filing in this folder (nothing to read)',
      };
  }
}

function* fromGlob(pattern: string, walked: Set<string>, own: ReadonlySet<string>): Generator<ExpandedPath> {
  for (const p of globbed(pattern)) yield* typeof p === 'string' ? walk(p, walked, [], own) : [p];
}

const alreadyWalked = (p: string, walked: ReadonlySet<string>): boolean => {
  try {
    return walked.has(realpathSync(p));
  } catch {
    return false;
  }
};

const isPresentFile = (p: string): boolean => {
  try {
    return !statSync(p).isDirectory();
  } catch {
    return isPresent(p); // a dangling link or a loop: reported by the walk
  }
};

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

function* walk(p: string, walked: Set<string>, ancestors: readonly string[], own: ReadonlySet<string>): Generator<ExpandedPath> {
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
  const here = new Set(names);
  for (const n of names) {
    if (n.startsWith('.')) continue; // hidden files (.gitkeep, .DS_Store) are not read, as with globs
    const child = join(p, n);
    const cs = statOrError(child);
    if (typeof cs === 'string') yield { path: child, reason: cs };
    else if (cs?.isDirectory()) yield* walk(child, walked, inside, own);
    else if (cs && FILING_EXT.test(n)) yield child;
    else if (cs && !isSidecarOf(n, here) && !own.has(resolvePath(child))) yield { path: child, kind: 'skipped', reason: notAFiling(n) };
  }
}

/** `x.htm.meta.json` beside `x.htm` (or `folder.meta.json` beside a filing folder) is part of that filing. */
const isSidecarOf = (name: string, names: ReadonlySet<string>): boolean => name.endsWith('.meta.json') && names.has(name.slice(0, -'.meta.json'.length));

function notAFiling(name: string): string {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  const what =
    ext === 'json'
      ? 'a JSON file that is no sidecar (a sidecar is <filing>.meta.json beside its filing)'
      : ext
        ? `a .${ext} file`
        : 'a file without an extension';
  return `${what}, not a filing: only .htm, .html, .xhtml, .xml and .txt files and EDGAR filing folders are read (name a file to read it anyway)`;
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
