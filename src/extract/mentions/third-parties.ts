import { lower, matches, type Mention } from '../mention';

/** External parties or classes of parties (GUIDELINE §3.2 ThirdParty), with the modifiers that describe them. */
const MOD =
  '(?:third[- ]party|third party|external|outside|independent|other|leading|reputable|experienced|qualified|specialized|cybersecurity|cyber|security|information security|privacy|forensic|penetration|incident response|key|critical|certain|select|IT|technology|cloud|software|professional|public accounting|legal|managed security|assessment|evaluation|auditing|consulting|service|and|,)';
const HEAD =
  '(?:assessors?|consultants?|auditors?|advisors?|advisers?|experts?|specialists?|firms?|vendors?|suppliers?|service providers?|providers?|third[- ]parties|third parties|third[- ]party service providers?|counsel|contractors?|partners?|agencies|agency|testers?|evaluators?|agents|consultancies|researchers|(?<=third[- ]party\\s)services)';
const PARTY = new RegExp(`\\b((?:${MOD}\\s+){0,4}${HEAD})\\b`, 'gi');
const VENDOR_LIKE = /vendor|supplier|provider|third[- ]part|partner|contractor|agent/i;

export function thirdPartyCategory(name: string): string {
  const n = lower(name);
  if (/penetration|tester/.test(n)) return 'penetration_tester';
  if (/assessor|assessment|evaluat/.test(n)) return 'assessor';
  if (/auditor|accounting firm|auditing/.test(n)) return 'auditor';
  if (/consult|advis|expert|specialist|counsel/.test(n)) return 'consultant';
  if (/service provider|provider/.test(n)) return 'service_provider';
  if (/vendor|supplier/.test(n)) return 'vendor';
  return 'other';
}

export const isVendorLike = (name: string): boolean => VENDOR_LIKE.test(name) && !/consult|assessor|auditor|advis|expert|counsel/i.test(name);
export const thirdPartyKey = (name: string): string => `party:${lower(name)}`;

export function detectThirdParties(sentence: string): Mention[] {
  const out: Mention[] = [];
  if (
    !/ssessor|onsult|uditor|dvis|xpert|pecialist|firm|endor|upplier|rovider|part(?:y|ies)|ounsel|ontractor|artner|genc|ester|valuator|agents|esearcher/.test(
      sentence,
    )
  )
    return out;
  for (const m of matches(PARTY, sentence)) {
    let text = m[1]!.replace(/^(?:(?:and|or|,)\s*)+/i, '').replace(/^(?:certain|select|key|critical)\s+/i, '');
    if (/^(firms?|agents|partners?|providers?)$/i.test(text) && !/third|service/i.test(sentence.slice(Math.max(0, m.index - 15), m.index))) continue;
    if (/^(service|security|technology|software|cloud)$/i.test(text)) continue;
    text = text.trim();
    const start = m.index + m[0].indexOf(text);
    out.push({ type: 'ThirdParty', text, start, end: start + text.length, key: thirdPartyKey(text), attributes: { category: thirdPartyCategory(text) } });
  }
  return out;
}
