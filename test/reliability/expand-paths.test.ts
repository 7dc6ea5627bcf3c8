import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expandPaths, type ExpandedPath } from '../../src/ingest/expand-paths';
import { tempDir } from '../helpers/fixtures';

/**
 * Path expansion (issue #13): a symbolic-link loop, a dangling link or an unreadable folder is that
 * path's error, naming it, and expansion goes on with the other paths. Before, any of them stopped the
 * run before a file was read, naming the first argument.
 */
const errors = (out: ExpandedPath[]) => out.filter((p): p is Exclude<ExpandedPath, string> => typeof p !== 'string');
const files = (out: ExpandedPath[]) => out.filter((p): p is string => typeof p === 'string');

function tree(): string {
  const dir = tempDir('dg-paths-');
  writeFileSync(join(dir, 'a.txt'), 'a');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'b.htm'), 'b');
  return dir;
}

test('a link back to a folder being walked is a loop error naming the link; the rest is walked', () => {
  const dir = tree();
  symlinkSync('..', join(dir, 'sub', 'up'));
  const out = [...expandPaths([dir])];
  expect(files(out)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.htm')]);
  expect(errors(out)).toEqual([{ path: join(dir, 'sub', 'up'), reason: expect.stringMatching(/^symbolic link loop: leads back to /) }]);
});

test('a link to itself and a dangling link are errors naming them, as arguments or inside a folder', () => {
  const dir = tree();
  symlinkSync('self.htm', join(dir, 'self.htm'));
  symlinkSync(join(dir, 'nowhere.htm'), join(dir, 'dangling.htm'));
  const out = [...expandPaths([dir, join(dir, 'dangling.htm'), join(dir, 'missing.htm')])];
  expect(files(out)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.htm'), join(dir, 'missing.htm')]); // a missing path is read, and reported, by name
  expect(errors(out)).toEqual([
    { path: join(dir, 'dangling.htm'), reason: `dangling symbolic link: its target ${join(dir, 'nowhere.htm')} does not exist` },
    { path: join(dir, 'self.htm'), reason: 'symbolic link loop: too many levels of links' },
    { path: join(dir, 'dangling.htm'), reason: `dangling symbolic link: its target ${join(dir, 'nowhere.htm')} does not exist` },
  ]);
});

test('a folder reached twice through links is walked once', () => {
  const dir = tree();
  symlinkSync(join(dir, 'sub'), join(dir, 'again'));
  expect([...expandPaths([dir, join(dir, 'sub')])]).toEqual([join(dir, 'a.txt'), join(dir, 'again', 'b.htm')]); // 'again' sorts first
});

test('a glob goes on past a loop and reads what it matches', () => {
  const dir = tree();
  symlinkSync('..', join(dir, 'sub', 'up'));
  const out = [...expandPaths([`${dir}/**/*.htm`, join(dir, 'a.txt')])];
  expect(files(out)).toEqual([join(dir, 'sub', 'b.htm'), join(dir, 'a.txt')]);
});

/** Expansion as an unprivileged user (root reads every folder): the JSON of expandPaths(args). */
function expandAsUser(args: string[]): ExpandedPath[] {
  const script = `process.stdout.write(JSON.stringify([...require(${JSON.stringify(resolve(__dirname, '..', '..', 'dist', 'ingest', 'expand-paths.js'))}).expandPaths(${JSON.stringify(args)})]))`;
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const res = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', ...asNobody });
  if (res.status !== 0) throw new Error(res.stderr);
  return JSON.parse(res.stdout) as ExpandedPath[];
}

test('an unreadable folder is an error naming it; its siblings and the other arguments are read', () => {
  const dir = tree();
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'locked'));
  writeFileSync(join(dir, 'locked', 'c.htm'), 'c');
  chmodSync(join(dir, 'locked'), 0o000);
  const other = tree();
  chmodSync(other, 0o755);
  try {
    const out = expandAsUser([dir, other, `${other}/**/*.txt`]);
    expect(files(out)).toEqual([join(dir, 'a.txt'), join(dir, 'sub', 'b.htm'), join(other, 'a.txt'), join(other, 'sub', 'b.htm'), join(other, 'a.txt')]);
    expect(errors(out)).toEqual([{ path: join(dir, 'locked'), reason: 'cannot read this folder: permission denied' }]);
    const globbed = expandAsUser([`${dir}/**/*.htm`]);
    expect(errors(globbed)).toEqual([{ path: join(dir, 'locked'), reason: 'cannot read this folder: permission denied' }]);
    expect(files(globbed)).toEqual([join(dir, 'sub', 'b.htm')]);
  } finally {
    chmodSync(join(dir, 'locked'), 0o755);
  }
});
