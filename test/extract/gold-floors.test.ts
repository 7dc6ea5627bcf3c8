import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/fixtures';
import { sharedPath } from '../helpers/shared';
import { shortfalls, type Floor } from './gold-floors';

/**
 * The checks of gold-score.test.ts, as a specification: each one can fail. The input is the real shared
 * scorer's output on predictions made from gold/dev itself (so no extractor and no linguistic layer run),
 * then with one thing broken at a time.
 */
type Gold = {
  entities: { id: string; type: string; canonical: string; aliases?: string[]; attributes?: object }[];
  relations: { type: string; subject: string; object: string; attributes?: object }[];
};
type Prediction = {
  entities: { id: string; type: string; name: string; aliases: string[]; attributes: object }[];
  relations: { type: string; from: string; to: string; attributes: object }[];
};

const GOLD = sharedPath('gold', 'dev');
const asPrediction = (g: Gold): Prediction => ({
  entities: g.entities.map((e) => ({ id: e.id, type: e.type, name: e.canonical, aliases: e.aliases ?? [], attributes: e.attributes ?? {} })),
  relations: g.relations.map((r) => ({ type: r.type, from: r.subject, to: r.object, attributes: r.attributes ?? {} })),
});

/** The scorer's output over gold/dev when each file's prediction is `change(gold as prediction)`. */
function scoreAgainstGold(change: (p: Prediction) => Prediction = (p) => p): string {
  const pred = join(tempDir('dg-floors-'), 'pred');
  mkdirSync(pred);
  for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.json'))) {
    writeFileSync(join(pred, f), JSON.stringify(change(asPrediction(JSON.parse(readFileSync(join(GOLD, f), 'utf8')) as Gold))));
  }
  return execFileSync(process.execPath, [sharedPath('tools', 'score-extraction.mjs'), '--pred', pred, '--gold', GOLD, '--attributes'], { encoding: 'utf8' });
}

const FLOOR: Floor = { overall: 0.99, recall: 0.99, attributes: 0.99, frequency: 0.99, byType: { REPORTS_TO: 0.99, OVERSEES: 0.99, CHAIRS: 0.99 } };
const perfect = scoreAgainstGold();

test('gold scored as its own prediction meets every floor', () => {
  expect(shortfalls(perfect, FLOOR)).toEqual([]);
});

test('a relation type lost: its F1, overall F1, recall and REPORTS_TO frequency all fall short', () => {
  const out = scoreAgainstGold((p) => ({ ...p, relations: p.relations.filter((r) => r.type !== 'REPORTS_TO') }));
  const found = shortfalls(out, FLOOR);
  for (const what of ['REPORTS_TO F1 0 ', 'relation F1', 'relation recall', 'REPORTS_TO frequency']) expect(found.some((s) => s.startsWith(what))).toBe(true);
  expect(found.some((s) => s.startsWith('OVERSEES'))).toBe(false);
});

test('a wrong attribute lowers attribute accuracy below its floor', () => {
  const out = scoreAgainstGold((p) => ({
    ...p,
    entities: p.entities.map((e) => (e.type === 'Committee' ? { ...e, attributes: { ...e.attributes, level: 'nowhere', kind: 'none' } } : e)),
  }));
  expect(shortfalls(out, FLOOR).filter((s) => s.startsWith('attribute accuracy'))).toHaveLength(1);
});

test('one entity predicted twice is a duplicate', () => {
  const out = scoreAgainstGold((p) => {
    const r = p.relations.find((x) => p.entities.find((e) => e.id === x.from)?.type === 'Committee');
    if (!r) return p;
    const twin = { ...p.entities.find((e) => e.id === r.from)!, id: `${r.from}_TWIN` };
    return { entities: [...p.entities, twin], relations: [...p.relations, { ...r, from: twin.id }] };
  });
  expect(shortfalls(out, FLOOR).filter((s) => / duplicate entities/.test(s)).length).toBe(1);
});

test('a figure the output does not carry is a shortfall, never a pass', () => {
  expect(shortfalls('', FLOOR)).toHaveLength(4 + Object.keys(FLOOR.byType).length + 1);
  expect(shortfalls(perfect, { ...FLOOR, byType: { NOT_A_TYPE: 0 } })).toEqual(["NOT_A_TYPE F1: not in the scorer's output"]);
});
