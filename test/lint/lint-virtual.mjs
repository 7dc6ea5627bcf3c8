// Lints source text placed at paths that need not exist, with the project's own eslint.config.mjs.
// stdin: [{ path, code }] (paths relative to the repository root); stdout: { boundaries, results }, the
// ids of eslint/architecture.mjs's table and, per case, [{ path, messages }].
// A separate process because ESLint loads its config with import(), which jest's CommonJS runtime refuses.
import { ESLint } from 'eslint';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BOUNDARIES } from '../../eslint/architecture.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString('utf8'));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const c of cases) {
  const [result] = await eslint.lintText(c.code, { filePath: resolve(root, c.path) });
  out.push({ path: c.path, messages: result.messages.map(({ ruleId, messageId, message, line }) => ({ ruleId, messageId, message, line })) });
}
process.stdout.write(JSON.stringify({ boundaries: BOUNDARIES.map((b) => b.id), results: out }));
