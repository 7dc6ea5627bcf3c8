import { extract, sentencesOf } from '../../src/extract';
import { FRAMES } from '../../src/extract/frames/frames';
import { PROCESS_FRAMES } from '../../src/extract/frames/processes';
import type { Disclosure } from '../../src/domain/disclosure';
import { testAnalyzer } from '../helpers/nlp';

/**
 * Every relation frame reads its three invented paraphrases (the relation it names, from that frame) and
 * gives nothing on its near miss, through the real linguistic layer.
 */
const ELEMENT = 'cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock';

function disclosureOf(text: string): Disclosure {
  return {
    source: { name: 't', format: 'rpage-text' },
    company: { name: 'Testco', cik: null, ticker: null },
    form: '10-K',
    fiscalYear: 2024,
    periodEnd: null,
    accession: null,
    facts: [{ kind: 'text', element: ELEMENT, value: text, text, contextRef: null, position: { offset: 0, line: 1 } }],
    sections: [],
    problems: [],
  };
}

async function byFrame(text: string, frame: string, relation: string): Promise<string[]> {
  const d = disclosureOf(text);
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const name = (id: string) => (id === 'E_CO' ? 'we' : x.entities.find((e) => e.id === id)!.name);

  return x.relations.filter((r) => r.type === relation && r.attributes.frame === frame).map((r) => `${name(r.from)} -> ${name(r.to)}`);
}

const cases = FRAMES.flatMap((f) => f.examples.map((e, k) => [f.id, k + 1, f.relation, e.text, e.expect] as const));

test.each(cases)('%s, paraphrase %d', async (id, _k, relation, text, expected) => {
  const got = await byFrame(text, id, relation);
  for (const [s, o] of expected) expect(got).toContain(`${s} -> ${o}`);
});

test.each(FRAMES.map((f) => [f.id, f.relation, f.nearMiss] as const))('%s gives nothing on its near miss', async (id, relation, text) => {
  expect(await byFrame(text, id, relation)).toEqual([]);
});

test('the frame table is data a reader can check: unique ids, three paraphrases and a near miss each', () => {
  expect(new Set(FRAMES.map((f) => f.id)).size).toBe(FRAMES.length);
  for (const f of FRAMES) {
    expect(f.examples).toHaveLength(3);
    expect(f.nearMiss.length).toBeGreaterThan(10);
  }
});

// ---- vendor-process frames: the process (scored by token overlap, as the gold scorer does) and its targets
const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .replace(/[^a-z0-9 ]/g, ' ')
      .split(/\s+/)
      .filter((w) => w.length > 2 && !['the', 'our', 'its', 'and'].includes(w)),
  );
const overlap = (a: string, b: string) => {
  const A = tokens(a);
  const B = tokens(b);
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / (A.size + B.size - n || 1);
};

async function processes(text: string, frame: string): Promise<{ process: string; targets: string[] }[]> {
  const d = disclosureOf(text);
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const name = (id: string) => x.entities.find((e) => e.id === id)!.name;
  return x.relations
    .filter((r) => r.type === 'HAS_PROCESS' && r.attributes.frame === frame)
    .map((r) => ({ process: name(r.to), targets: x.relations.filter((t) => t.type === 'TARGETS' && t.from === r.to).map((t) => name(t.to)) }));
}

const processCases = PROCESS_FRAMES.flatMap((f) => f.examples.map((e, k) => [f.id, k + 1, e] as const));

test.each(processCases)('%s, paraphrase %d', async (id, _k, example) => {
  const found = await processes(example.text, id);
  const best = found.find((p) => overlap(p.process, example.process) >= 0.5);
  expect({ wanted: example.process, found: found.map((p) => p.process) }).toEqual({
    wanted: example.process,
    found: expect.arrayContaining([best?.process ?? '(none: no process overlaps enough)']),
  });
  expect(best).toBeDefined();
  for (const t of example.targets) expect(best!.targets).toContain(t);
});

test.each(PROCESS_FRAMES.map((f) => [f.id, f.nearMiss] as const))('%s gives nothing on its near miss', async (id, text) => {
  expect(await processes(text, id)).toEqual([]);
});

// ---- references across sentences (D9): resolved to earlier mentions of the same field, never entities of their own
async function relationsOf(text: string): Promise<string[]> {
  const d = disclosureOf(text);
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const name = (id: string) => (id === 'E_CO' ? 'we' : x.entities.find((e) => e.id === id)!.name);
  return x.relations.map((r) => `${r.type} ${name(r.from)} -> ${name(r.to)}`);
}

test('"it" takes the committee named before; no entity "it"', async () => {
  const rels = await relationsOf('Our Resilience Council meets every month. It reports to the Chief Operating Officer.');
  expect(rels).toContain('REPORTS_TO Resilience Council -> Chief Operating Officer');
  expect(rels.join(' ')).not.toMatch(/\bIt\b/);
});

test('"these teams" takes the team named before', async () => {
  const rels = await relationsOf('We have a platform security team. These teams report to the Chief Technology Officer.');
  expect(rels).toContain('REPORTS_TO platform security team -> Chief Technology Officer');
});

test('"each of the committees" takes every committee named before', async () => {
  const rels = await relationsOf(
    'The Risk Committee and the Technology Committee oversee distinct risks. Each of the committees periodically reports to the Board of Directors on its activities.',
  );
  expect(rels).toEqual(expect.arrayContaining(['REPORTS_TO Risk Committee -> Board of Directors', 'REPORTS_TO Technology Committee -> Board of Directors']));
});

test('a near miss: a plural reference with one candidate only stays unresolved', async () => {
  const d = disclosureOf('The Risk Committee oversees cyber risk. Each of the committees reports to the Board of Directors.');
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  expect(x.relations.filter((r) => r.type === 'REPORTS_TO' && r.attributes.frame)).toEqual([]);
});

// ---- sentence segmentation (GUIDELINE §3.7, C15): soft wraps and page furniture inside a paragraph
test('a hard-wrapped paragraph is one sentence, a page number inside it is skipped, headings stay apart', async () => {
  const { splitSentences } = await import('../../src/extract/sentences');
  expect(splitSentences('Our partner review covers resellers and\nfranchisees that handle card data.').map((s) => s.text)).toHaveLength(1);
  expect(splitSentences('Our partner review covers resellers and franchisees before we\n17\nsign any agreement with them.').map((s) => s.text)).toHaveLength(1);
  expect(splitSentences('In addition to these measures, the program for our suppliers is run by the Chief\nResilience Officer today.')).toHaveLength(1);
  expect(splitSentences('Risk Management and Strategy\nWe assess risks.').map((s) => s.text)).toEqual(['Risk Management and Strategy', 'We assess risks.']);
  expect(splitSentences('We assess risks.\nThe Board oversees them.').map((s) => s.text)).toEqual(['We assess risks.', 'The Board oversees them.']);
  const rels = await relationsOf(
    'In addition to these measures, the program for our suppliers is run by the Chief\nResilience Officer, who reports to the Chief Operating Officer.',
  );
  expect(rels).toContain('REPORTS_TO Chief Resilience Officer -> Chief Operating Officer');
});

// ---- identity: a defined short name is the entity it defines (one referent, one entity)
test('a defined short name of several words is the committee it names, not a second committee', async () => {
  const d = disclosureOf('The Audit and Risk Committee (the “Risk Committee”) oversees cyber risk. Our CISO meets quarterly with the Risk Committee.');
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const committees = x.entities.filter((e) => e.type === 'Committee');
  expect(committees.map((c) => c.name)).toEqual(['Audit and Risk Committee']);
  expect(committees[0]!.aliases).toContain('Risk Committee');
});

test('a near miss: a defined name whose head differs from the phrase before it is not bound to that phrase', async () => {
  const d = disclosureOf(
    'Oversight rests with the risk committee of the board of directors (the “Risk Committee”). The Risk Committee reviews cyber risk with our CISO.',
  );
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const board = x.entities.find((e) => e.type === 'Committee' && e.name === 'Board of Directors');
  expect(board?.aliases ?? []).not.toContain('Risk Committee');
});

// ---- spans: a group of leaders keeps where they come from (GUIDELINE §3.2 "leaders from each business line")
test('"leaders from each business unit" is one Role with where they come from; a single leader stays a title', async () => {
  const rels = await relationsOf('The Risk Committee meets quarterly with leaders from each business unit.');
  expect(rels).toContain('REPORTS_TO leaders from each business unit -> Risk Committee');
  const one = await relationsOf('The Risk Committee meets quarterly with the leader of our platform security team.');
  expect(one.join(' ')).not.toMatch(/leaders from/);
});

// ---- what the parser reads: definitions in parentheses are blanked, offsets kept
test('a defined short name in parentheses is blanked for the parser, with every offset kept', async () => {
  const { parserView } = await import('../../src/nlp/parser-view');
  const s = 'Updates come from our Chief Resilience Officer (“CRO”), Chief Technology Officer (CTO) and others.';
  const v = parserView(s);
  expect(v).toHaveLength(s.length);
  expect(v).not.toMatch(/CRO|CTO|[()]/);
  expect(v.indexOf('Chief Technology Officer')).toBe(s.indexOf('Chief Technology Officer'));
  // a parenthesis that is an argument, not a definition, stays: "(including our CISO)"
  expect(parserView('The committee (including our CISO) meets.')).toBe('The committee (including our CISO) meets.');
});

test('a list of titles with their definitions distributes over every title', async () => {
  const rels = await relationsOf(
    'The Risk Committee receives periodic updates from our Chief Resilience Officer (“CRO”), Chief Technology Officer (“CTO”) and other members of management on cybersecurity risks.',
  );
  expect(rels).toEqual(
    expect.arrayContaining(['REPORTS_TO Chief Resilience Officer -> Risk Committee', 'REPORTS_TO Chief Technology Officer -> Risk Committee']),
  );
});

// ---- arguments the tree reaches in more ways
test('", who manages the team" left unattached by the parser still has the title as its subject', async () => {
  const rels = await relationsOf(
    'Our program is run by the Vice President of Platform Resilience, who manages our platform defense team that handles incident response.',
  );
  expect(rels).toContain('REPORTS_TO platform defense team -> Vice President of Platform Resilience');
});

test('"assists the Board in the oversight of" gives both bodies the oversight; a near miss without a cyber object gives none', async () => {
  const rels = await relationsOf('The Technology Committee assists the Board in the oversight and monitoring of cybersecurity matters.');
  expect(rels).toEqual(expect.arrayContaining(['OVERSEES Technology Committee -> cybersecurity risk', 'OVERSEES Board of Directors -> cybersecurity risk']));
  const miss = await relationsOf('The Technology Committee assists the Board in the oversight of capital allocation.');
  expect(miss.filter((r) => r.startsWith('OVERSEES'))).toEqual([]);
});

test('"has responsibility to prevent … incidents" is responsibility for cyber risk', async () => {
  const rels = await relationsOf(
    'The security operations team reports to the CISO and has responsibility to prevent, detect and remediate cybersecurity incidents.',
  );
  expect(rels).toContain('RESPONSIBLE_FOR security operations team -> cybersecurity risk');
});

test('the chair of a committee reporting to the board is the chair, not the committee (nested mentions)', async () => {
  const rels = await relationsOf('The Chair of the Risk Committee reports to the full Board on these discussions as appropriate.');
  expect(rels).toContain('REPORTS_TO Chair of the Risk Committee -> Board of Directors');
  expect(rels).not.toContain('REPORTS_TO Risk Committee -> Board of Directors');
});

test('board members receiving a briefing are the board itself (C13): no line between the board and its members', async () => {
  const rels = await relationsOf(
    'Our Board of Directors oversees cyber risk. Board members periodically receive presentations on cybersecurity matters from outside experts as part of the Board’s education.',
  );
  expect(rels.filter((r) => /REPORTS_TO (?:Board of Directors -> Board members|Board members -> Board of Directors)/.test(r))).toEqual([]);
});

test('"our VP" is the one vice president the filing names; with two vice presidents it stays its own', async () => {
  const one = await relationsOf('Our program is led by our Vice President of Platform Security. Our VP reports to the Chief Operating Officer.');
  expect(one).toContain('REPORTS_TO Vice President of Platform Security -> Chief Operating Officer');
  const two = await relationsOf(
    'Our Vice President of Platform Security and our Vice President of Fraud Prevention lead the program. Our VP reports to the Chief Operating Officer.',
  );
  expect(two.filter((r) => /Vice President of .* -> Chief Operating Officer/.test(r))).toEqual([]);
});

// ---- a process's targets include the parties its purpose names as the source of the risks (C14: own noun phrases)
test.each([
  [
    'We perform supplier risk management to identify and mitigate risks from third parties such as resellers and integrators.',
    'supplier risk management',
    ['third parties', 'resellers', 'integrators'],
  ],
  [
    'We maintain a structured review process to manage the cyber risks associated with our use of hosting providers.',
    'structured review process',
    ['hosting providers'],
  ],
  [
    'Our team conducts annual assessments to evaluate cybersecurity threats posed by payment processors, including card network vendors.',
    'annual assessments to evaluate cybersecurity threats',
    ['payment processors', 'card network vendors'],
  ],
] as const)('risk sources are targets: %s', async (text, process, targets) => {
  const found = await processes(text, 'process.noun');
  const best = found.find((p) => overlap(p.process, process) >= 0.5);
  expect(best).toBeDefined();
  for (const t of targets) expect(best!.targets).toContain(t);
});

test('a near miss: risks a party faces from threats are not a process aimed at that party', async () => {
  const found = await processes('We perform penetration testing to identify risks from ransomware affecting our systems.', 'process.noun');
  expect(found.flatMap((p) => p.targets)).toEqual([]);
});

test('a board body "responsible for monitoring and overseeing" cyber risk oversees it and does not run it (C3, C10)', async () => {
  const rels = await relationsOf(
    'The Technology Committee of the Board is responsible for monitoring and overseeing risk management from cybersecurity threats.',
  );
  expect(rels).toContain('OVERSEES Technology Committee -> cybersecurity risk');
  expect(rels).not.toContain('RESPONSIBLE_FOR Technology Committee -> cybersecurity risk');
});

test('", who is a member of X and leads Y": the title leads, not X and not the earlier subject', async () => {
  const rels = await relationsOf(
    'The CISO reports to our Chief Digital Officer, who is a member of our Executive Council and leads our cybersecurity program.',
  );
  expect(rels).toContain('RESPONSIBLE_FOR Chief Digital Officer -> cybersecurity risk');
  expect(rels).not.toContain('RESPONSIBLE_FOR Executive Council -> cybersecurity risk');
});

test("a responsibility the parse gives to another subject is not the nearby title's", async () => {
  const rels = await relationsOf(
    'Management, under the supervision of our Chief Resilience Officer, is directly responsible for assessing and managing cybersecurity risks.',
  );
  expect(rels).toContain('RESPONSIBLE_FOR Management -> cybersecurity risk');
  expect(rels).not.toContain('RESPONSIBLE_FOR Chief Resilience Officer -> cybersecurity risk');
});

test('a process named with its purpose keeps the purpose, not where the risks come from nor the means', async () => {
  const found = await processes(
    'We have implemented processes to manage the cybersecurity risks associated with our use of hosting providers through our supplier assurance program.',
    'process.noun',
  );
  const p = found.find((x) => x.process.startsWith('processes to manage'));
  expect(p?.process).toBe('processes to manage the cybersecurity risks');
  expect(p?.targets).toContain('hosting providers');
});

test('a career is no arrangement: "years of experience leading security teams" gives no reporting line', async () => {
  const rels = await relationsOf('Our Chief Resilience Officer has over 20 years of experience leading platform security teams at large companies.');
  expect(rels.filter((r) => r.startsWith('REPORTS_TO'))).toEqual([]);
});

test('a restrictive "who" right after a title is about that title, not the group it is listed in', async () => {
  const rels = await relationsOf(
    'We designate senior personnel, including our Chief Resilience Officer who reports to our Chief Operating Officer, to manage cyber risk.',
  );
  expect(rels).toContain('REPORTS_TO Chief Resilience Officer -> Chief Operating Officer');
  expect(rels.filter((r) => /^REPORTS_TO senior personnel/.test(r))).toEqual([]);
});

test('"risks arising from our use of providers": the source stays out of the process name and is its target', async () => {
  const found = await processes(
    'We have implemented procedures to identify and mitigate cybersecurity risks arising from our use of hosting providers.',
    'process.noun',
  );
  const p = found.find((x) => x.process.startsWith('procedures'));
  expect(p?.process).toBe('procedures to identify and mitigate cybersecurity risks');
  expect(p?.targets).toContain('hosting providers');
});

test('C11 with a list: a committee discussing risks with management, including two officers, is informed by each', async () => {
  const rels = await relationsOf(
    'The Risk Committee regularly discusses cybersecurity risks with management, including our Head of Platform Security and our General Counsel.',
  );
  expect(rels).toEqual(
    expect.arrayContaining([
      'REPORTS_TO management -> Risk Committee',
      'REPORTS_TO Head of Platform Security -> Risk Committee',
      'REPORTS_TO General Counsel -> Risk Committee',
    ]),
  );
});

test('a meeting partner two levels down the object ("discuss our approach to threats with X") is still the partner', async () => {
  const rels = await relationsOf(
    'Each year, the Risk Committee discusses our approach to overseeing cybersecurity threats with our Security Representative and other members of senior management.',
  );
  expect(rels).toEqual(expect.arrayContaining(['REPORTS_TO Security Representative -> Risk Committee']));
  const miss = await relationsOf(
    'Each year, the Risk Committee discusses our approach to overseeing cybersecurity threats with reference to industry surveys.',
  );
  expect(miss.filter((r) => r.startsWith('REPORTS_TO'))).toEqual([]);
});

test('a coordinated verb shares its head verb\'s frequency ("regularly reviews and discusses … with")', async () => {
  const d = disclosureOf(
    'The Risk Committee regularly reviews and discusses cybersecurity risks with management, including our General Counsel, and as appropriate with outside advisors.',
  );
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const counsel = x.entities.find((e) => e.name === 'General Counsel')!;
  const edge = x.relations.find((r) => r.type === 'REPORTS_TO' && r.from === counsel.id);
  expect(edge?.attributes.frequency).toBe('regularly');
});

test('inversion: "Reporting to our CSO are a number of security leaders" is the leaders reporting', async () => {
  const rels = await relationsOf(
    'Reporting to our Chief Resilience Officer are a number of experienced security leaders responsible for parts of our business.',
  );
  expect(rels).toContain('REPORTS_TO experienced security leaders -> Chief Resilience Officer');
});

test('"X is informed about and monitors Y" (Item 106(c)(2)(ii) wording): the passive\'s subject monitors', async () => {
  const rels = await relationsOf(
    'Our Chief Resilience Officer and senior management are informed about and monitor the prevention, detection, mitigation and remediation of cybersecurity incidents.',
  );
  expect(rels).toEqual(
    expect.arrayContaining(['RESPONSIBLE_FOR Chief Resilience Officer -> cybersecurity risk', 'RESPONSIBLE_FOR senior management -> cybersecurity risk']),
  );
});

test('a team the registrant sets up for a purpose has that purpose: "we deploy teams to address threats"; a near miss with another subject', async () => {
  expect(await relationsOf('We deploy multidisciplinary teams to address cybersecurity threats.')).toContain(
    'RESPONSIBLE_FOR multidisciplinary teams -> cybersecurity risk',
  );
  expect(await relationsOf('We have a Cyber Defense Team in place to respond to cybersecurity incidents.')).toContain(
    'RESPONSIBLE_FOR Cyber Defense Team -> cybersecurity risk',
  );
  const miss = await relationsOf('Our vendors deploy their own teams to address cybersecurity threats.');
  expect(miss.filter((r) => r.startsWith('RESPONSIBLE_FOR'))).toEqual([]);
});

test('"X has 30 years of experience and has led security teams" is a career, not an arrangement', async () => {
  const rels = await relationsOf('Our Chief Resilience Officer has over 25 years of experience and has led platform security teams at several companies.');
  expect(rels.filter((r) => r.startsWith('REPORTS_TO') || r.startsWith('RESPONSIBLE_FOR'))).toEqual([]);
});

test('"X is able to be informed about, and monitor, …" gives X the monitoring (a passive under a controller)', async () => {
  const rels = await relationsOf(
    'Through ongoing communications with these teams, the Chief Resilience Officer is able to be informed promptly about, and monitor the prevention and remediation of, cybersecurity threats.',
  );
  expect(rels).toContain('RESPONSIBLE_FOR Chief Resilience Officer -> cybersecurity risk');
});

test('a lowercase committee name with a comma list and "which we refer to as" is one committee under both names', async () => {
  const d = disclosureOf(
    'Cyber risk is overseen by the audit, risk and compliance committee of our board of directors, which we refer to as our audit committee. Our audit committee receives quarterly updates from our Chief Resilience Officer.',
  );
  const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
  const committees = x.entities.filter((e) => e.type === 'Committee' && e.attributes.kind !== 'full_board');
  expect(committees.map((c) => c.name)).toEqual(['audit, risk and compliance committee']);
  expect(committees[0]!.aliases).toContain('audit committee');
});

test('"the Committee, comprised solely of independent directors, oversees …": members, and the committee (not the directors) oversees', async () => {
  const rels = await relationsOf('The Risk Committee, comprised solely of independent directors, oversees our cybersecurity program.');
  expect(rels).toEqual(expect.arrayContaining(['MEMBER_OF independent directors -> Risk Committee', 'OVERSEES Risk Committee -> cybersecurity risk']));
  expect(rels).not.toContain('OVERSEES independent directors -> cybersecurity risk');
});

test('"the board, through its audit committee, oversees …" makes the committee the board\'s', async () => {
  const rels = await relationsOf('Our board of directors, through its audit committee, oversees our processes for identifying cybersecurity risks.');
  expect(rels).toEqual(
    expect.arrayContaining([
      'SUBCOMMITTEE_OF audit committee -> Board of Directors',
      'OVERSEES audit committee -> cybersecurity risk',
      'OVERSEES Board of Directors -> cybersecurity risk',
    ]),
  );
});

describe('coordinated objects take the frequency written after each ("to the committee quarterly and to the Board annually")', () => {
  const frequencies = async (text: string): Promise<Record<string, string | undefined>> => {
    const d = disclosureOf(text);
    const x = extract(d, await testAnalyzer().analyze(sentencesOf(d)));
    const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
    return Object.fromEntries(x.relations.filter((r) => r.type === 'REPORTS_TO').map((r) => [name(r.to), r.attributes.frequency as string | undefined]));
  };
  test.each([
    'Our Chief Information Security Officer reports to the Audit Committee quarterly and to the full Board annually.',
    'The CISO reports on cybersecurity matters to the Audit Committee quarterly and to the Board of Directors annually.',
    'Our Head of Security briefs the Audit Committee quarterly and the Board annually regarding cybersecurity risks.',
  ])('%s', async (text) => {
    const got = await frequencies(text);
    expect(got['Audit Committee']).toBe('quarterly');
    expect(Object.entries(got).find(([k]) => /Board/.test(k))?.[1]).toBe('annually');
  });
  test('near miss: one frequency before coordinated objects is both objects’ frequency', async () => {
    const got = await frequencies('Our Chief Information Security Officer quarterly reports to the Audit Committee and the Board of Directors.');
    expect(got['Audit Committee']).toBe('quarterly');
    expect(Object.entries(got).find(([k]) => /Board/.test(k))?.[1]).toBe('quarterly');
  });
});
