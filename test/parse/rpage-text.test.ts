import { parseRpageText } from '../../src/parse/rpage-text';
import { parseFiling, ParseError } from '../../src/parse';

const page = (rows: string): string => `|\nCybersecurity Risk Management and Strategy Disclosure\n|12 Months Ended\nMar. 31, 2025\n${rows}`;

describe('R-page text rendering', () => {
  test('resolves labels to elements, unwraps hard-wrapped lines, drops bullet cells, reads the period', () => {
    const d = parseRpageText(
      page(
        [
          '|Cybersecurity Risk Management, Strategy, and Governance [Abstract]',
          '|Cybersecurity Risk Role of Management [Text Block]',
          '|Our',
          'chief information security officer leads the',
          'security team.',
          '|●',
          '|Second paragraph.',
          '|Cybersecurity Risk Management Third Party Engaged [Flag]',
          '|false',
        ].join('\n'),
      ),
    );
    expect(d.periodEnd).toBe('2025-03-31');
    expect(d.fiscalYear).toBeNull(); // not stated on the page: parseFiling reads it off the period end unless one is given
    expect(d.facts).toEqual([
      expect.objectContaining({
        kind: 'text',
        element: 'cyd:CybersecurityRiskRoleOfManagementTextBlock',
        text: 'Our chief information security officer leads the security team.\nSecond paragraph.',
        value: 'Our chief information security officer leads the security team. Second paragraph.',
      }),
      expect.objectContaining({ kind: 'flag', element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', value: false }),
    ]);
    expect(d.facts[0]!.position.line).toBe(7);
  });

  test('element names in the popup details win over labels', () => {
    const d = parseRpageText(
      page(
        [
          '|Cybersecurity Risk Management, Strategy, and Governance [Line Items]',
          '|Some Relabelled Row [Text Block]',
          '|Text.',
          '|X',
          '- References',
          '+ Details',
          'Name: cyd_CybersecurityRiskManagementStrategyAndGovernanceLineItems',
          '|X',
          '- References',
          '+ Details',
          'Name: cyd_CybersecurityRiskRoleOfManagementTextBlock',
        ].join('\n'),
      ),
    );
    expect(d.facts.map((f) => f.element)).toEqual(['cyd:CybersecurityRiskRoleOfManagementTextBlock']);
  });

  test('a flag that is not true/false is a problem, not a fact', () => {
    const d = parseRpageText(page('|Cybersecurity Risk Management Third Party Engaged [Flag]\n|maybe'));
    expect(d.facts).toHaveLength(0);
    expect(d.problems[0]!.message).toMatch(/not true\/false/);
  });

  test('identity from options fills what the page lacks', () => {
    const bytes = Buffer.from(page('|Cybersecurity Risk Management Third Party Engaged [Flag]\n|true'));
    const d = parseFiling({ kind: 'file', name: 'x.txt', bytes }, { identity: { cik: '0000000042', company: 'Acme', form: '20-F' } });
    expect(d.company).toEqual({ name: 'Acme', cik: '0000000042', ticker: null });
    expect(d.form).toBe('20-F');
    expect(d.problems).toEqual([]);
  });

  test('empty and binary input are refused with a one-line reason', () => {
    expect(() => parseFiling({ kind: 'file', name: 'e', bytes: new Uint8Array() })).toThrow(new ParseError('empty file'));
    expect(() => parseFiling({ kind: 'file', name: 'b', bytes: Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]) })).toThrow(/binary file/);
  });
});
