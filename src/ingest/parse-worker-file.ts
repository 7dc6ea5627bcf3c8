import { join } from 'node:path';

/**
 * The file piscina loads as the parse worker. In the built program it is the compiled parse-worker.js
 * beside this module. When this module itself runs from its TypeScript source (tests under ts-jest), it
 * is parse-worker-source.js, which compiles the sources as the worker requires them: the worker then runs
 * the same code as the test around it, so a change in src/ is tested without a build and a stale dist/
 * can never be what passes.
 */
export function parseWorkerFile(): string {
  return join(__dirname, __filename.endsWith('.ts') ? 'parse-worker-source.js' : 'parse-worker.js');
}
