import { lower, matches, type Mention } from '../mention';

/**
 * Internal units (GUIDELINE §3.2): teams, departments, working groups, staff groups and "management"
 * as a collective. Kept in the graph only when a relation uses them.
 */
const MANAGEMENT = /\b((?:senior|executive)\s+(?:management|leadership)(?:\s+team)?|management\s+team|executive\s+(?:leadership\s+)?team|[Mm]anagement)\b/g;
const GROUPS =
  /\b(?:[Oo]ur|[Tt]he|[Aa]|[Ii]ts|[Tt]hese|[Dd]edicated|of)\s+((?:(?:[A-Z][a-z]+|unified|centrally-coordinated|dedicated|global|internal|information|cybersecurity|cyber|security|incident|response|privacy|safety|IT|technology|engineering|legal|compliance|risk|audit|internal audit|data|protection|operations|cross-functional|experienced|and|,)\s+){0,6}(?:teams?|departments?|functions?|working groups?|personnel|professionals|executives|office|organization))\b/g;
const SPECIAL =
  /\b((?:core |small |dedicated |cross-functional )?group of (?:senior |experienced )?(?:executives|leaders|managers|officers|professionals)|high-level personnel|cross-functional teams(?: throughout the [Cc]ompany)?|experts from various departments|dedicated personnel at the relevant department|[Tt]eams of dedicated (?:[a-z]+,?\s+){1,5}professionals|teams across the company(?: supporting our security functions[^.,;]*)?)\b/g;
// "risk management", "incident management" and the like are activities, not the management collective
const ACTIVITY_BEFORE =
  /\b(risk|incident|vulnerability|security|crisis|data|identity|access|patch|change|event|asset|program|enterprise|continuity|threat|configuration|supply chain|vendor|third-party|information)\s+$/i;
const ACTIVITY_AFTER =
  /^\s*(system|systems|process|processes|program|programs|framework|frameworks|practices|policies|procedures|strategy|activities|efforts|tools|controls|reports?|level|approach)\b/i;

export const unitKey = (name: string): string => `unit:${lower(name).replace(/^(the|our|its)\s+/, '')}`;

export function detectUnits(sentence: string): Mention[] {
  const out: Mention[] = [];
  const add = (text: string, start: number, category: string) =>
    out.push({ type: 'InternalUnit', text, start, end: start + text.length, key: unitKey(text), attributes: { category } });
  for (const m of matches(MANAGEMENT, sentence)) {
    const before = sentence.slice(Math.max(0, m.index - 30), m.index);
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 20);
    // "management of X" and "assessment and management" name an activity, not the management collective
    if (/^[Mm]anagement$/.test(m[0]) && /^\s+of\b/.test(after) && !/^\s+of\s+(?:the|our)\s+(?:company|business)/i.test(after)) continue;
    if (
      /^[Mm]anagement$/.test(m[0]) &&
      (ACTIVITY_BEFORE.test(before) ||
        (/\b(?:and|or)\s+$/.test(before) && /(?:assessment|identification|mitigation|monitoring)\s+(?:and|or)\s+$/i.test(before)) ||
        (ACTIVITY_AFTER.test(after) && !/^\s*reports?\b/i.test(after)))
    )
      continue;
    add(m[0], m.index, 'management_generic');
  }
  for (const re of [SPECIAL, GROUPS]) {
    for (const m of matches(re, sentence)) {
      const text = (m[1] ?? m[0]).replace(/^(and|,)\s+/, '');
      if (/^(functions?|office|organization|personnel|professionals|executives)$/i.test(text)) continue;
      // "these teams", "this group": a reference to units named before, never a unit of its own (D9)
      if (/^(?:these|this|those|such)\s/i.test(m[0]) && !/\s/.test(text)) continue;
      add(text, m.index + m[0].lastIndexOf(text), /team|group/.test(text) ? 'team' : 'staff_group');
    }
  }
  return out;
}
