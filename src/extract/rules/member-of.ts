import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { isBoard, objectsAfter, subjectsBefore } from './grammar';

/**
 * MEMBER_OF (Person, Role or InternalUnit → a committee other than the full board) and IS_DIRECTOR
 * (a person on the board): "X is a member of Y", "Y is comprised of X", "X serves on Y", "members include X".
 */
export const memberOf: Rule = {
  name: 'member-of',
  apply(ctx) {
    const out: Candidate[] = [];
    if (!/member|serves? on|sits? on|compris|compos|made up|consist|includ/.test(ctx.text)) return out;
    const emit = (who: Candidate['from'], body: Candidate['to']) => {
      if (who === 'E_CO' || body === 'T_CYBER') return;
      if (isBoard(body)) {
        if (who.type === 'Person') out.push({ type: 'IS_DIRECTOR', from: who, to: body });
      } else out.push({ type: 'MEMBER_OF', from: who, to: body });
    };
    for (const m of matches(/(?:\b(?:is|are|as)|,)\s+(?:a\s+|an\s+)?members?\s+of\b|\bserves?\s+on\b|\bsits?\s+on\b/g, ctx.text)) {
      const who = subjectsBefore(ctx, m.index, ['Person', 'Role', 'InternalUnit']);
      const body = objectsAfter(ctx, m.index + m[0].length, ['Committee'], 40)[0];
      if (body) for (const w of who) emit(w, body);
    }
    for (const m of matches(
      /\b(?:(?:is|are)\s+)?(?:comprised|composed|made up)\s+of\b|\bconsists?\s+of\b|\bmembers\s+(?:include|including)\b|\bwhose members\s+(?:include|are)\b|\b(?:also\s+)?includes\b(?:\s*,\s*among\s+other[^,]{0,40},)?/g,
      ctx.text,
    )) {
      const body = subjectsBefore(ctx, m.index, ['Committee']).at(-1);
      if (!body) continue;
      for (const w of objectsAfter(ctx, m.index + m[0].length, ['Person', 'Role', 'InternalUnit'], 60)) emit(w, body);
    }
    return out;
  },
};
