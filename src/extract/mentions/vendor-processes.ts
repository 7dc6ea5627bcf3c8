import { lower, matches, type Mention } from '../mention';

/**
 * Processes applied to third parties (Reg. S-K 106(b)(1)(iii), GUIDELINE §3.2 VendorProcess): the process
 * noun phrase with its compound modifiers and its infinitival or prepositional complement, stopping at a
 * relative clause or a comma. Only proposed in sentences that name a vendor-like third party.
 */
const PROCESS =
  /\b(process(?:es)?|program(?:s|me)?|procedures?|reviews?|assessments?|due diligence(?: reviews?| audits?)?|questionnaires?|audits?|screenings?|policy|policies|agreements?|contracts|contractual (?:requirements?|provisions?|obligations?)|requirements?|monitoring|onboarding|approach|practices|letters?|undertakings?|commitment letters?|certifications?)\b/g;
// words that end a process name's modifiers when reading leftwards from its head
const NOT_MODIFIER =
  /^(?:we|our|its|their|the|a|an|this|these|that|those|such|any|all|each|with|to|of|for|in|on|by|from|as|at|into|and|or|also|have|has|had|use|uses|used|maintain|maintains|implemented|implement|established|establish|conduct|conducts|include|includes|including|require|requires|evolve|refine|continue|continuing|manage|manages|outline|outlines|enforce|enforces|perform|performs|engage|complete|follow|follows|through|via|connection|part|certain|specific|various|other|is|are|be|been|designed|intended|before|after|when|while|where|which|who|[a-z]{3,}(?<!supp|assemb|fami|ear|on)ly|[a-z]+ing)$/i; // "-ly" adverbs end modifiers; "supply" does not
const MAX_MODIFIERS = 5;
const REQUIRE = /\b(require|requires)\s+((?:our|each|all|any|certain|such|these|the)\s+)?/g;
const LEAD_STOP =
  /^(we|our|its|the|a|an|and|or|have|has|also|use|uses|maintain|maintains|implemented|established|conduct|conducts|include|includes|including|such|as|to|of|for|with|in|on|by|through|these|this|that|which|other|certain|specific|various|generally|are|is|be|been|designed|intended)\s+/i;
const GENERIC = /^(process(es)?|programs?|procedures?|requirements?|policy|policies|approach|reviews?|monitoring)$/i;

export const processKey = (name: string): string => `process:${lower(name)}`;

export function processCategory(name: string): string {
  const n = lower(name);
  if (/contract|agreement|require|undertaking|certify|obligation/.test(n)) return 'contractual_requirement';
  if (/audit/.test(n)) return 'audit';
  if (/monitor|onboard|off-board|track/.test(n)) return 'monitoring';
  if (/screen|due diligence|questionnaire|selection|pre-contract|onboarding/.test(n)) return 'pre_contract_assessment';
  if (/risk|assess|identif|review|evaluat/.test(n)) return 'risk_identification';
  return 'other';
}

/** Reads leftwards from a head over its compound modifiers ("structured third-party risk management"). */
function modifiersStart(sentence: string, head: number): number {
  let start = head;
  for (let i = 0; i < MAX_MODIFIERS; i++) {
    const m = /(\(?[\w’'-]+\)?)\s+$/.exec(sentence.slice(Math.max(0, start - 40), start));
    if (!m || (NOT_MODIFIER.test(m[1]!.replace(/[()]/g, '')) && !/^(?:onboarding|monitoring|screening|auditing)$/i.test(m[1]!))) break;
    start -= m[0].length;
  }
  return start;
}

/** Extends a process head to the right over its complement ("to evaluate …", "of vendors", "for …"). */
function complement(sentence: string, end: number): number {
  const rest = sentence.slice(end);
  // commas may continue a list inside the complement ("the privacy, data protection and … of our providers")
  const m =
    /^\s+(?:to|for|of|on|with|governing|concerning|regarding|designed to|intended to|used to)\s+(?:[^,;:()]|\([^()]{0,40}\)|,\s(?=[a-z](?!hich\b|nd we\b))){1,220}/.exec(
      rest,
    );
  if (!m) return end;
  const cut =
    /\s+(?:that|which|who|where|whereby|including|such as|as well as|generally|typically|set out|sets out|require|requires|include|includes|are|is|was|were|have|has|via|how|whether|what|and (?:perform|conduct|use|maintain|monitor|require|engage|take|implement)\w*)\b/.exec(
      m[0],
    );
  return end + (cut ? cut.index : m[0].length);
}

export function detectVendorProcesses(sentence: string): Mention[] {
  const out: Mention[] = [];
  const add = (start: number, end: number) => {
    let text = sentence
      .slice(start, end)
      .trim()
      .replace(/[.,;:]+$/, '');
    let s = start + sentence.slice(start, end).indexOf(text);
    for (let i = 0; i < 6 && LEAD_STOP.test(text); i++) {
      const cut = LEAD_STOP.exec(text)![0].length;
      text = text.slice(cut);
      s += cut;
    }
    if (text.length < 6 || GENERIC.test(text)) return;
    out.push({ type: 'VendorProcess', text, start: s, end: s + text.length, key: processKey(text), attributes: { category: processCategory(text) } });
  };
  for (const m of matches(PROCESS, sentence)) {
    const start = modifiersStart(sentence, m.index);
    // "a security policy which outlines mandatory requirements for …": the outlined content belongs to the policy
    if (
      /\b(?:which|that)\s+(?:outlines?|sets?\s+out|includes?|specif(?:y|ies)|describes?|contains?)\s+(?:\w+\s+){0,2}$/i.test(
        sentence.slice(Math.max(0, start - 40), start),
      )
    )
      continue;
    add(start, complement(sentence, m.index + m[0].length));
  }
  const named = out.length;
  for (const m of matches(REQUIRE, sentence)) {
    const clause = /^[^.;]{1,220}/.exec(sentence.slice(m.index))![0];
    const stop = /,\s+(?:and|which|including)\b|;/.exec(clause);
    const end = m.index + (stop ? stop.index : clause.length);
    // "require vendors to complete our DPIA process": the named process is the process, not the requirement
    if (out.slice(0, named).some((p) => p.start > m.index && p.start < end)) continue;
    add(m.index, end);
  }
  return out;
}
