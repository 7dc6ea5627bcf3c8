import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling } from '../../src/parse';
import { parseFile } from '../../src/ingest/pipeline';
import { WHOLE_SECTION_ELEMENT } from '../../src/parse/plain-text';
import { INCIDENT_ELEMENT } from '../../src/domain/cyd-elements';
import { sharedPath } from '../helpers/shared';
import { tempDir } from '../helpers/fixtures';

const textDir = sharedPath('corpus', 'text');
const textFiles = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();

describe('plain-text 10-K sections (real, third-party extraction)', () => {
  test.each(textFiles)('%s: Item 1C located, or a problem saying why not', (name) => {
    const raw = readFileSync(join(textDir, name), 'utf8');
    const d = parseFiling({ kind: 'file', name, bytes: Buffer.from(raw) });
    expect(d.source.format).toBe('text');
    expect(d.form).toBe('10-K');
    const hasSection = /---\s*ITEM 1C\s*---\s*\n.{200,}/s.test(raw) || /\n\s*item\s*1c\.?\s*cyber/i.test(raw);
    if (!hasSection) {
      expect(d.facts).toEqual([]);
      expect(d.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/Item 1C/));
      return;
    }
    expect(d.facts).toHaveLength(1);
    const fact = d.facts[0]!;
    expect(fact.element).toBe(WHOLE_SECTION_ELEMENT);
    expect(fact.kind === 'text' && fact.text.length).toBeGreaterThan(800);
    // the section is Item 1C itself, not the table of contents nor the risk factors before it
    expect(fact.kind === 'text' && fact.text).toMatch(/board|committee|officer|CISO/i);
    expect(fact.kind === 'text' && fact.text).not.toMatch(/\bitem\s*2\s*[.:]?\s*properties/i);
    const heading = raw.search(/\n\s*item\s*1c\.?\s*cyber/i);
    if (heading !== -1) expect(fact.position.offset).toBeGreaterThan(heading);
  });
});

describe('8-K Item 1.05 incidents (real)', () => {
  const rows = JSON.parse(readFileSync(sharedPath('corpus', '8k', 'incidents.json'), 'utf8')) as {
    accession_raw: string;
    incident_description: string | null;
  }[];
  test.each(rows.map((r) => [r.accession_raw, r] as const))('%s', (_acc, row) => {
    const text = row.incident_description ?? '';
    if (text.trim() === '') return expect(() => parseFiling({ kind: 'file', name: 'x', bytes: Buffer.from(text) })).toThrow(/empty file/);
    const d = parseFiling({ kind: 'file', name: 'x', bytes: Buffer.from(text) });
    expect(d.form).toBe('8-K');
    const body = text.replace(/^\s*item\s*\d\.\d\d.*$/gim, '').trim();
    if (body.length < 40) return expect(d.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/Item 1\.05 section is empty/));
    expect(d.facts).toHaveLength(1);
    expect(d.facts[0]!.element).toBe(INCIDENT_ELEMENT);
    expect(String(d.facts[0]!.value).length).toBeGreaterThan(100);
  });
});

describe('real EDGAR page formats without cyd facts', () => {
  test.each(['aapl-R3.html', 'aapl-R4.html', 'att-R3.htm', 'orcl-R2.html'])('%s is read as an R page with its rows, and no cyd fact invented', (name) => {
    const d = parseFile(sharedPath('corpus', 'formats', name));
    expect(d.source.format).toBe('rpage-html');
    expect(d.facts).toEqual([]);
    expect(d.problems.map((p) => p.message)).toContain('no cyd facts found');
  });

  test('a folder with the real FilingSummary.xml finds its reports, and says what is missing', () => {
    const dir = join(tempDir(), '0000320193-24-000123');
    mkdirSync(dir);
    copyFileSync(sharedPath('corpus', 'formats', 'AAPL-FilingSummary.xml'), join(dir, 'FilingSummary.xml'));
    copyFileSync(sharedPath('corpus', 'formats', 'aapl-R4.html'), join(dir, 'R4.htm'));
    const d = parseFile(dir);
    expect(d.source.format).toBe('edgar-folder');
    expect(d.accession).toBe('0000320193-24-000123');
    expect(d.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/cover page R1\.htm .* is missing/), expect.stringMatching(/no R page .* cyd/)]),
    );
  });

  test('the real EDGAR submission header gives accession, filer and form', () => {
    const d = parseFile(sharedPath('corpus', 'formats', '0000943374-24-000509.txt'));
    expect(d.source.format).toBe('edgar-submission');
    expect(d.accession).toBe('0000943374-24-000509');
    expect(d.company.cik).toBe('0001847360');
    expect(d.form).toBe('8-K');
  });
});
