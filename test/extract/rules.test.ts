import { extract } from '../../src/extract';
import type { Disclosure } from '../../src/domain/disclosure';

/** Invented sentences exercising each construction the rules must handle. */
function run(text: string, element = 'cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock'): string[] {
  const d: Disclosure = {
    source: { name: 't', format: 'rpage-text' },
    company: { name: 'Testco', cik: null, ticker: null },
    form: '10-K',
    fiscalYear: 2024,
    periodEnd: null,
    accession: null,
    facts: [{ kind: 'text', element, value: text, text, contextRef: null, position: { offset: 0, line: 1 } }],
    sections: [],
    problems: [],
  };
  const x = extract(d);
  const name = (id: string) => x.entities.find((e) => e.id === id)!.name;
  return x.relations.map((r) => `${r.type} ${name(r.from)} -> ${name(r.to)}`).sort();
}

test('appositive: a named person, a director and co-president, chairs a committee', () => {
  const rels = run(
    'At the management level, the Data Risk Council is chaired by Mr. Arjun Mehta, our director and co-president, and oversees cybersecurity risks. Mr. Mehta reports to our board of directors.',
  );
  expect(rels).toEqual(
    expect.arrayContaining([
      'CHAIRS Arjun Mehta -> Data Risk Council',
      'HOLDS_ROLE Arjun Mehta -> director',
      'HOLDS_ROLE Arjun Mehta -> co-president',
      'REPORTS_TO Arjun Mehta -> Board of Directors',
    ]),
  );
});

test('coordination distributes: one reporting verb, two superiors', () => {
  expect(run('Our Chief Information Security Officer reports to the Chief Executive Officer and the Audit Committee on cybersecurity matters.')).toEqual(
    expect.arrayContaining([
      'REPORTS_TO Chief Information Security Officer -> Chief Executive Officer',
      'REPORTS_TO Chief Information Security Officer -> Audit Committee',
    ]),
  );
});

test('a lowercase description and "of the board" give a subcommittee that oversees', () => {
  expect(run('The corporate governance committee of the board of directors oversees our cybersecurity risk management.')).toEqual([
    'OVERSEES corporate governance committee -> cybersecurity risk',
    'SUBCOMMITTEE_OF corporate governance committee -> Board of Directors',
  ]);
});

test('receiving reports inverts the direction; the frequency is kept', () => {
  const d = run('The Risk Committee receives quarterly reports from our CISO regarding cybersecurity threats.');
  expect(d).toContain('REPORTS_TO CISO -> Risk Committee');
  const text = 'The Risk Committee receives quarterly reports from our CISO regarding cybersecurity threats.';
  const x = extract({
    ...disclosureOf(text),
    facts: [
      {
        kind: 'text',
        element: 'cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock',
        value: text,
        text,
        contextRef: null,
        position: { offset: 0, line: 1 },
      },
    ],
  });
  expect(x.relations.find((r) => r.type === 'REPORTS_TO')!.attributes).toEqual({ kind: 'informs', frequency: 'quarterly' });
});

function disclosureOf(text: string): Disclosure {
  return {
    source: { name: 't', format: 'rpage-text' },
    company: { name: 'Testco', cik: null, ticker: null },
    form: '10-K',
    fiscalYear: 2024,
    periodEnd: null,
    accession: null,
    facts: [
      {
        kind: 'text',
        element: 'cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock',
        value: text,
        text,
        contextRef: null,
        position: { offset: 0, line: 1 },
      },
    ],
    sections: [],
    problems: [],
  };
}

test('hedges give no edge: "may engage" is not an engagement', () => {
  expect(
    run(
      'We may engage outside cybersecurity consultants from time to time.',
      'cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
    ),
  ).toEqual([]);
  expect(
    run(
      'We engage outside cybersecurity consultants to test our controls.',
      'cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
    ),
  ).toEqual(['ENGAGES Testco -> outside cybersecurity consultants']);
});

test('vendor processes target the parties they apply to', () => {
  expect(
    run(
      'We conduct security questionnaires of third-party service providers before onboarding.',
      'cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
    ),
  ).toEqual(
    expect.arrayContaining([
      'HAS_PROCESS Testco -> security questionnaires of third-party service providers before onboarding',
      'TARGETS security questionnaires of third-party service providers before onboarding -> third-party service providers',
    ]),
  );
});

test('every relation carries its evidence sentence with offsets into the fact text', () => {
  const text = 'Our program is strong. The Audit Committee oversees cybersecurity risk.';
  const d: Disclosure = {
    source: { name: 't', format: 'rpage-text' },
    company: { name: 'T', cik: null, ticker: null },
    form: null,
    fiscalYear: null,
    periodEnd: null,
    accession: null,
    facts: [
      {
        kind: 'text',
        element: 'cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock',
        value: text,
        text,
        contextRef: null,
        position: { offset: 0, line: 1 },
      },
    ],
    sections: [],
    problems: [],
  };
  const [rel] = extract(d).relations;
  expect(rel!.evidence).toEqual([
    {
      text: 'The Audit Committee oversees cybersecurity risk.',
      section: 'cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock',
      start: 23,
      end: 71,
      source: 'text',
    },
  ]);
  expect(text.slice(rel!.evidence[0]!.start, rel!.evidence[0]!.end)).toBe(rel!.evidence[0]!.text);
});

test('officers listed under a responsible group share its responsibility', () => {
  const rels = run(
    'We have a small group of senior leaders who are responsible for managing cybersecurity risk.\nThese leaders include:\n• Chief Information Security Officer, who runs security operations.\n• General Counsel, who advises on incident disclosure.',
    'cyd:CybersecurityRiskRoleOfManagementTextBlock',
  );
  expect(rels).toEqual(
    expect.arrayContaining([
      'RESPONSIBLE_FOR Chief Information Security Officer -> cybersecurity risk',
      'RESPONSIBLE_FOR General Counsel -> cybersecurity risk',
    ]),
  );
});

test('disclosure, incident response and crisis committees are management committees, a board committee stays one', async () => {
  const { committeeLevel } = await import('../../src/extract/mentions/committees');
  expect(committeeLevel('Disclosure Committee', 'Our Disclosure Committee evaluates the materiality of incidents.')).toBe('management');
  expect(committeeLevel('Incident Response Committee', 'The Incident Response Committee meets as needed.')).toBe('management');
  expect(committeeLevel('Crisis Committee', 'A Crisis Committee convenes after an incident.')).toBe('management');
  expect(committeeLevel('Technology Committee', 'The Technology Committee of the Board oversees cyber risk.')).toBe('board_committee');
});
