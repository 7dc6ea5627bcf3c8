import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParsePool } from '../../src/ingest/parse-pool';
import { tempDir } from '../helpers/fixtures';

/**
 * The parse workers' per-file limits (issue #13): a file that runs past the deadline, needs more than
 * the heap cap or ends its worker fails alone, with its own name, and the next file parses. A worker
 * written here stands in for a parse that hangs or crashes, since the real parsers no longer do.
 */
function standInWorker(): string {
  const path = join(tempDir('dg-pool-'), 'stand-in-worker.js');
  writeFileSync(
    path,
    `module.exports = (task) => {
      if (task.path.includes('hang')) for (;;);
      if (task.path.includes('crash')) process.exit(3);
      return { ok: true, path: task.path, disclosure: null };
    };`,
  );
  return path;
}

test('a file past the deadline fails with its name, its worker is replaced, the others parse', async () => {
  const pool = createParsePool(2, { heapMb: 256, deadlineMs: 1_000 }, standInWorker());
  try {
    const results = await Promise.all(['a.htm', 'hang.htm', 'b.htm', 'c.htm', 'd.htm'].map((path) => pool.run({ path })));
    expect(results.map((r) => [r.path, r.ok])).toEqual([
      ['a.htm', true],
      ['hang.htm', false],
      ['b.htm', true],
      ['c.htm', true],
      ['d.htm', true],
    ]);
    expect(results[1]).toMatchObject({ reason: 'not parsed within 1 s (the per-file deadline); its worker was stopped' });
    expect(await pool.run({ path: 'after.htm' })).toMatchObject({ ok: true });
  } finally {
    await pool.destroy();
  }
});

test('a worker that dies fails only the file it was parsing', async () => {
  const pool = createParsePool(1, { heapMb: 256, deadlineMs: 30_000 }, standInWorker());
  try {
    const results = await Promise.all(['a.htm', 'crash.htm', 'b.htm'].map((path) => pool.run({ path })));
    expect(results.map((r) => [r.path, r.ok])).toEqual([
      ['a.htm', true],
      ['crash.htm', false],
      ['b.htm', true],
    ]);
    expect(results[1]).toMatchObject({ reason: expect.stringMatching(/^the parse worker failed: /) });
  } finally {
    await pool.destroy();
  }
});

test('a file that needs more than the heap cap fails with its name; the real worker goes on', async () => {
  const dir = tempDir('dg-heap-');
  // 40 MB of wrapped lines: the decoded text and its lines alone pass a 64 MB heap
  writeFileSync(join(dir, 'huge.txt'), `Item 1C. Cybersecurity\n${'the board oversees cybersecurity risk and\n'.repeat(1_000_000)}`);
  writeFileSync(join(dir, 'small.txt'), `Item 1C. Cybersecurity\n${'the board oversees cybersecurity risk and\n'.repeat(100)}`);
  const pool = createParsePool(1, { heapMb: 64, deadlineMs: 60_000 });
  try {
    const huge = await pool.run({ path: join(dir, 'huge.txt') });
    expect(huge).toEqual({
      ok: false,
      path: join(dir, 'huge.txt'),
      reason: 'needed more than 64 MB of memory to parse (the per-worker heap cap); its worker was stopped',
    });
    expect(await pool.run({ path: join(dir, 'small.txt') })).toMatchObject({ ok: true, disclosure: { facts: [expect.objectContaining({ kind: 'text' })] } });
  } finally {
    await pool.destroy();
  }
});
