import type { Mention } from '../mention';
import type { Candidate, Rule } from './grammar';
import { hedged, isBoard } from './grammar';

/**
 * RENAMED_TO (old name → new name): a committee the filing itself says was renamed. Only a stated
 * rename links two committees; two names in two years with no such sentence stay two unrelated nodes.
 * - "the Audit and Risk Committee (formerly the Audit Committee)", "…, formerly known as the …"
 * - "the Audit Committee was renamed (as / to) the Audit and Risk Committee", "… changed its name to …"
 * - "renamed the Audit Committee (as / to) the Audit and Risk Committee", "changed the name of X to Y"
 */
const FORMERLY = /^\s*[(,]?\s*(?:which\s+was\s+|and\s+)?(?:formerly|previously)(?:\s+(?:known\s+as|called|named|the))?\s+(?:the\s+|our\s+|its\s+)?$/i;
const WAS_RENAMED =
  /^\s*(?:\([^()]{0,60}\)\s*)?,?\s*(?:(?:was|has\s+been|had\s+been|were)\s+(?:renamed|re-named)|changed\s+its\s+name|(?:was|has\s+been)\s+re-?designated)\s+(?:as\s+|to\s+|into\s+)?(?:the\s+|our\s+|its\s+)?$/i;
const RENAMED_BEFORE = /\b(?:renamed|re-named|changed\s+the\s+name\s+of)\s+(?:the\s+|our\s+|its\s+)?$/i;
const AS_TO = /^\s*(?:\([^()]{0,60}\)\s*)?(?:as|to|into)\s+(?:the\s+|our\s+|its\s+)?$/i;

const named = (m: Mention): boolean => m.type === 'Committee' && !isBoard(m) && m.key !== 'committee:?';

export const renamedTo: Rule = {
  name: 'renamed-to',
  apply(ctx) {
    const out: Candidate[] = [];
    if (!/formerly|previously|renamed|re-named|changed\s+(?:its|the)\s+name|re-?designated/i.test(ctx.text)) return out;
    const committees = ctx.mentions.filter(named);
    for (let i = 0; i + 1 < committees.length; i++) {
      const a = committees[i]!;
      const b = committees[i + 1]!;
      if (a.key === b.key) continue;
      const between = ctx.text.slice(a.end, b.start);
      if (hedged(ctx.text, a.end)) continue;
      if (FORMERLY.test(between)) out.push({ type: 'RENAMED_TO', from: b, to: a });
      else if (WAS_RENAMED.test(between)) out.push({ type: 'RENAMED_TO', from: a, to: b });
      else if (AS_TO.test(between) && RENAMED_BEFORE.test(ctx.text.slice(Math.max(0, a.start - 40), a.start))) out.push({ type: 'RENAMED_TO', from: a, to: b });
    }
    return out;
  },
};
