import { displayName, headNoun, isEntityName, titleCase } from '../../src/domain/entity-names';
import { resolveIdentities } from '../../src/graph/identity';
import type { EntityRow, FilingRows } from '../../src/graph/rows';
import { samePerson } from '../../src/graph/identity';

test('an entity name needs a head noun of its type', () => {
  expect(isEntityName('Committee', 'Audit and Finance Committee of the Board')).toBe(true);
  expect(isEntityName('Committee', 'Risk Steering Committee')).toBe(true);
  expect(isEntityName('Role', 'Vice President, Information Technology')).toBe(true);
  expect(isEntityName('Role', 'CISOs')).toBe(true);
  expect(isEntityName('Role', 'Q. Directors')).toBe(false);
  expect(isEntityName('InternalUnit', 'Security Operations (“SecOps”) team')).toBe(true);
  expect(isEntityName('InternalUnit', 'working group')).toBe(true);
  expect(isEntityName('InternalUnit', 'deep experience running analytics teams')).toBe(false);
  expect(isEntityName('ThirdParty', 'independent, external assessors')).toBe(true);
  expect(isEntityName('ThirdParty', 'leveraging outside consultants')).toBe(false);
  expect(isEntityName('ThirdParty', 'hosting services')).toBe(false);
  expect(isEntityName('VendorProcess', 'security questionnaires for new suppliers')).toBe(true);
  // an adverb or quantifier with a process noun is a generic phrase ("escalate for further review"), not a named process
  expect(isEntityName('VendorProcess', 'further review')).toBe(false);
  expect(isEntityName('VendorProcess', 'require vendors to encrypt data')).toBe(false);
  expect(isEntityName('VendorProcess', 'inform us of breaches')).toBe(false);
  expect(isEntityName('VendorProcess', 'mandatory awareness training')).toBe(false);
  expect(headNoun('Data Loss Prevention (DLP) program for contractors')).toBe('program');
});

test('display names: the fullest form, Title Case for committees and roles, the board as Board of Directors', () => {
  expect(displayName('Committee', ['audit committee', 'Committee'])).toBe('Audit Committee');
  expect(displayName('Committee', ['Board', 'board of directors'], true)).toBe('Board of Directors');
  expect(displayName('Role', ['CEO', 'chief executive officer'])).toBe('Chief Executive Officer');
  expect(displayName('Person', ['Roe', 'Jane Roe'])).toBe('Jane Roe');
  expect(displayName('ThirdParty', ['external assessors'])).toBe('external assessors');
  expect(titleCase('audit & risk committee of the board')).toBe('Audit & Risk Committee of the Board');
});

test('persons agree by family name and compatible given names', () => {
  expect(samePerson('Jane Roe', 'Ms. Roe')).toBe(true);
  expect(samePerson('Jane Roe', 'J. Roe')).toBe(true);
  expect(samePerson('Jane Roe', 'John Roe')).toBe(false);
  expect(samePerson('Jane Roe', 'Jane Doe')).toBe(false);
});

const row = (key: string, type: EntityRow['type'], names: string[]): EntityRow => ({
  key,
  type,
  name: names[0]!,
  normName: '',
  aliases: names.slice(1),
  display: names[0]!,
  names,
  cik: '1',
  props: {},
});
const filing = (id: string, entities: EntityRow[], relations: FilingRows['relations'] = {}): FilingRows => ({
  company: { key: 'company|1', cik: '1', name: 'Invented Co', ticker: null },
  filing: {
    id,
    accession: null,
    form: '10-K',
    fiscalYear: 2025,
    periodEnd: null,
    sourceName: id,
    sourceFormat: 'text',
    contentHash: id,
    sourceHash: id,
    narrative: null,
  },
  facts: [],
  flags: [],
  entities,
  relations,
});

test('keys resolve against known nodes and earlier filings of the batch; an ambiguous surname stays apart', () => {
  const known = [
    { key: '1|Committee|audit and finance committee', type: 'Committee' as const, cik: '1', names: ['Audit and Finance Committee', 'Audit Committee'] },
    { key: '1|Person|jane roe', type: 'Person' as const, cik: '1', names: ['Jane Roe'] },
  ];
  const [a, b] = resolveIdentities(
    [
      filing('f1', [row('1|Committee|audit committee', 'Committee', ['audit committee', 'Committee']), row('1|Person|roe', 'Person', ['Roe'])], {
        REPORTS_TO: [{ from: '1|Person|roe', to: '1|Committee|audit committee', props: {} }],
      }),
      filing('f2', [row('1|Person|john roe', 'Person', ['John Roe']), row('1|Committee|committee', 'Committee', ['Committee'])]),
    ],
    known,
  );
  expect(a!.entities.map((e) => e.key)).toEqual(['1|Committee|audit and finance committee', '1|Person|jane roe']);
  expect(a!.relations.REPORTS_TO).toEqual([{ from: '1|Person|jane roe', to: '1|Committee|audit and finance committee', props: {} }]);
  // another Roe is another person, and a bare "Committee" joins no body
  expect(b!.entities.map((e) => e.key)).toEqual(['1|Person|john roe', '1|Committee|committee']);
});
