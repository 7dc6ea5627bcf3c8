import { join } from 'node:path';

/**
 * The script the parse pool forks as a parse child. In the built program it is the compiled
 * parse-child.js beside this module. When this module itself runs from its TypeScript source (tests under
 * ts-jest), it is parse-worker-source.js, which compiles the sources as the child requires them: the child
 * then runs the same code as the test around it, so a change in src/ is tested without a build and a stale
 * dist/ can never be what passes.
 */
export function parseWorkerFile(): string {
  return join(__dirname, __filename.endsWith('.ts') ? 'parse-worker-source.js' : 'parse-child.js');
}
