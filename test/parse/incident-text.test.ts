import { INCIDENT_ELEMENT } from '../../src/domain/cyd-elements';
import { parseFiling } from '../../src/parse';
import { incidentDates } from '../../src/parse/incident-text';

/** Form 8-K Item 1.05 from text: the parts under their own headings, the date of report and the signature date (invented filings). */
const parse = (text: string, identity = {}) => parseFiling({ kind: 'file', name: 'x.txt', bytes: Buffer.from(text) }, { identity });

const COVER = 'FORM 8-K\nCURRENT REPORT\nDate of Report (Date of earliest event reported): April 7, 2025\n\n';
const SIGNED =
  '\n\nSIGNATURES\nPursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.\nDate: April 9, 2025\n';

test('headed parts become one fact per cyd incident element, with their positions', () => {
  const text = `${COVER}Item 1.05 Material Cybersecurity Incidents\n\nNature of the Incident\nOn April 4, 2025, an invented intruder reached our billing\nplatform through a stolen password.\n\nScope:\nThe intruder copied invoices of some customers.\n\nTiming\nWe shut the access on April 5, 2025.\n\nMaterial Impact\nWe do not yet know whether the incident will affect our results.\n\nInformation Not Yet Available\nThe number of customers affected is not yet determined.${SIGNED}`;
  const d = parse(text);
  expect(d.form).toBe('8-K');
  expect(d.periodEnd).toBe('2025-04-07');
  expect(d.filedOn).toBe('2025-04-09');
  expect(d.facts.map((f) => [f.element.replace('cyd:MaterialCybersecurityIncident', ''), f.kind === 'text' ? f.text : f.value])).toEqual([
    ['NatureTextBlock', 'On April 4, 2025, an invented intruder reached our billing platform through a stolen password.'],
    ['ScopeTextBlock', 'The intruder copied invoices of some customers.'],
    ['TimingTextBlock', 'We shut the access on April 5, 2025.'],
    ['MaterialImpactOrReasonablyLikelyMaterialImpactTextBlock', 'We do not yet know whether the incident will affect our results.'],
    ['InformationNotAvailableOrUndeterminedTextBlock', 'The number of customers affected is not yet determined.'],
  ]);
  // each fact's position is where its own text starts
  for (const f of d.facts) expect(text.slice(f.position.offset, f.position.offset + 20)).toBe(f.kind === 'text' ? f.text.slice(0, 20) : null);
});

test('an item without headings stays one nature fact; a given filing date wins over the signature date', () => {
  const d = parse(
    `${COVER}Item 1.05. Material Cybersecurity Incidents.\nOn April 4, 2025, an invented intruder reached our billing platform. The scope and impact are under review.${SIGNED}`,
    {
      filedOn: '2025-04-10',
    },
  );
  expect(d.facts.map((f) => f.element)).toEqual([INCIDENT_ELEMENT]);
  expect(d.filedOn).toBe('2025-04-10');
  // words that open a sentence are no heading
  const e = parse(`Item 1.05 Material Cybersecurity Incidents\nScope of the review is broad, and we continue to assess the incident with advisers.\n`);
  expect(e.facts).toHaveLength(1);
  expect(e.filedOn).toBeUndefined();
  expect(e.periodEnd).toBeNull();
});

test('abbreviated months in the cover and signature dates are read too ("Feb. 5, 2025")', () => {
  const text = `FORM 8-K\nCURRENT REPORT\nDate of Report (Date of earliest event reported): Feb. 3, 2025\n\nItem 1.05 Material Cybersecurity Incidents\nOn February 1, 2025, an invented intruder reached our billing platform; the scope and impact are under review.\n\nSIGNATURES\nDate: Sept. 12, 2025\n`;
  expect(incidentDates(text, text.indexOf('SIGNATURES'))).toEqual({ reportDate: '2025-02-03', signedOn: '2025-09-12' });
});
