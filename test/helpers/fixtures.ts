import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Invented filings written by the tests themselves (R-page text form). */
export function rpage(opts: { period?: string; flags?: Record<string, boolean>; texts?: Record<string, string> }): string {
  const rows = [
    '|',
    'Cybersecurity Risk Management and Strategy Disclosure',
    '|12 Months Ended',
    opts.period ?? 'Dec. 31, 2024',
    '|Cybersecurity Risk Management, Strategy, and Governance [Abstract]',
  ];
  for (const [label, text] of Object.entries(opts.texts ?? {})) rows.push(`|${label} [Text Block]`, `|${text}`);
  for (const [label, value] of Object.entries(opts.flags ?? {})) rows.push(`|${label} [Flag]`, `|${value}`);
  return rows.join('\n') + '\n';
}

export function tempDir(prefix = 'dg-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function writeFiling(dir: string, name: string, content: string, meta?: Record<string, unknown>): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  if (meta) writeFileSync(`${path}.meta.json`, JSON.stringify(meta));
  return path;
}
