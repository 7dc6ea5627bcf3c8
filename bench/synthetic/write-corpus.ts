import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { syntheticFiling } from './model';
import { SYNTHETIC_FORMATS, writeFiling, type SyntheticFormat } from './writers';

/** Writes `count` synthetic filings under `dir`, cycling through the formats; returns the input paths. */
export function writeCorpus(dir: string, count: number, opts: { formats?: readonly SyntheticFormat[]; seed?: number } = {}): string[] {
  const formats = opts.formats ?? SYNTHETIC_FORMATS;
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const filing = syntheticFiling(i, { seed: opts.seed });
    const format = formats[i % formats.length]!;
    const base = `f${String(i).padStart(6, '0')}-${format}`;
    const written = writeFiling(filing, format, base);
    for (const [rel, content] of written.files) {
      const p = join(dir, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
    }
    const input = written.files.size > 1 ? join(dir, base) : join(dir, [...written.files.keys()][0]!);
    if (written.meta) writeFileSync(`${input}.meta.json`, JSON.stringify(written.meta));
    paths.push(input);
  }
  return paths;
}
