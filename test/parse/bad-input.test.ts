import { mkdirSync, readFileSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling, ParseError } from '../../src/parse';
import { parseFile } from '../../src/ingest/pipeline';
import { InputError, readFilingInput } from '../../src/ingest/read-input';
import { syntheticFiling } from '../../fixtures/synthetic/model';
import { writeFiling as writeSynthetic } from '../../fixtures/synthetic/writers';
import { tempDir } from '../helpers/fixtures';

const file = (name: string, bytes: Uint8Array | string) => ({ kind: 'file' as const, name, bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes });
const synthetic = (format: 'ixbrl' | 'xbrl' | 'rpage-text') => [...writeSynthetic(syntheticFiling(1), format, 'x').files.values()][0]!;

test('empty file: one-line error', () => {
  expect(() => parseFiling(file('e.htm', ''))).toThrow(new ParseError('empty file'));
});

test('binary file: one-line error', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.alloc(100)]);
  expect(() => parseFiling(file('img.png', png))).toThrow(/binary file/);
});

test('truncated inline XBRL: the facts before the cut, and a problem saying so', () => {
  const html = synthetic('ixbrl');
  const cut = html.slice(0, html.indexOf('cyd:CybersecurityRiskRoleOfManagementTextBlock'));
  const d = parseFiling(file('cut.htm', cut));
  expect(d.facts.length).toBeGreaterThan(0);
  expect(d.facts.length).toBeLessThan(12);
  expect(d.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/truncated/));
});

test('truncated XBRL instance: a problem, never a crash', () => {
  const xml = synthetic('xbrl');
  const d = parseFiling(file('cut.xml', xml.slice(0, Math.floor(xml.length * 0.6))));
  expect(d.problems.map((p) => p.message)).toContainEqual(expect.stringMatching(/truncated/));
});

test('UTF-16 with BOM and Windows-1252 text decode to the same facts', () => {
  const text = synthetic('rpage-text').replace('security team', 'security team – “trusted”');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const a = parseFiling(file('u16.txt', utf16));
  const cp1252 = Buffer.from(text.replace('–', '\x96').replace('“', '\x93').replace('”', '\x94'), 'latin1');
  const b = parseFiling(file('cp.txt', cp1252));
  expect(a.facts).toEqual(parseFiling(file('u8.txt', text)).facts);
  expect(b.facts.map((f) => f.value)).toEqual(a.facts.map((f) => f.value));
  expect(JSON.stringify(a.facts)).toContain('– “trusted”');
});

test('a document with no cyd facts is a valid Disclosure with a problem saying so', () => {
  const html = '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><ix:header></ix:header><p>Annual report</p></body></html>';
  const d = parseFiling(file('none.htm', html));
  expect(d.facts).toEqual([]);
  expect(d.problems.map((p) => p.message)).toContain('no cyd facts found');
});

test('an XML entity-expansion bomb is inert: no expansion, bounded time', () => {
  const lol = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE lolz [',
    '<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
    ']>',
  ];
  const xml = `${lol.join('\n')}\n<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024"><cyd:CybersecurityRiskRoleOfManagementTextBlock contextRef="c">&lol9;</cyd:CybersecurityRiskRoleOfManagementTextBlock></xbrl>`;
  const d = parseFiling(file('bomb.xml', xml));
  expect(d.facts).toHaveLength(1);
  expect(String(d.facts[0]!.value).length).toBeLessThan(20);
});

test('a 200 MB file is refused before it is read', () => {
  const dir = tempDir();
  const big = join(dir, 'huge.htm');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024); // sparse: costs no disk
  closeSync(fd);
  expect(() => readFilingInput(big)).toThrow(InputError);
  expect(() => readFilingInput(big)).toThrow(/huge\.htm: file is 200 MB, over the 64 MB limit/);
});

test('a folder without FilingSummary.xml is refused, naming it', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'notafiling'));
  writeFileSync(join(dir, 'notafiling', 'R1.htm'), '<html></html>');
  expect(() => readFilingInput(join(dir, 'notafiling'))).toThrow(/notafiling: folder has no FilingSummary\.xml/);
});

test('a path that does not exist is refused, naming it', () => {
  expect(() => parseFile('/no/such/filing.htm')).toThrow('/no/such/filing.htm: no such file or directory');
});

test('an invalid sidecar is refused with the field at fault', () => {
  const dir = tempDir();
  const p = join(dir, 'a.txt');
  writeFileSync(p, synthetic('rpage-text'));
  writeFileSync(`${p}.meta.json`, JSON.stringify({ cik: '1', form: '10-Q' }));
  expect(() => parseFile(p)).toThrow(/a\.txt\.meta\.json: form: /);
  expect(readFileSync(p, 'utf8').length).toBeGreaterThan(0);
});
