import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
/** What `npm run build` reads: a change to any of these makes dist/ stale. */
const INPUTS = ['src', 'schema', 'codegen.yml', 'tsconfig.json', 'tsconfig.build.json'];

function newestInput(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((n) => n !== 'generated')
      .map((n) => newestInput(join(path, n))),
  );
}

/**
 * The CLI tests run the binary (bin/disclosure-graph.js → dist/cli.js), the only tests that run dist/.
 * `npm test` builds in pretest; a run of these tests alone (`npx jest test/cli`) builds here first when
 * dist/ is missing or older than its sources, so a stale build is never what is tested.
 */
export function ensureBuiltCli(): void {
  const built = join(ROOT, 'dist', 'cli.js');
  const newest = Math.max(...INPUTS.map((p) => newestInput(join(ROOT, p))));
  if (existsSync(built) && statSync(built).mtimeMs >= newest) return;
  const res = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`npm run build failed before the CLI tests:\n${res.stdout}${res.stderr}`);
}
