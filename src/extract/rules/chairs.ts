import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { objectsAfter, subjectsBefore } from './grammar';

/** CHAIRS: "is chaired by X", "X chairs", "X, chair of Y", and chair titles ("Chair of the Audit Committee"). */
export const chairs: Rule = {
  name: 'chairs',
  apply(ctx) {
    const out: Candidate[] = [];
    if (!/chair|led by|headed by/i.test(ctx.text)) return out;
    for (const m of matches(/\b(?:is|are)\s+(?:chaired|led|headed)\s+by\b/g, ctx.text)) {
      const committee = subjectsBefore(ctx, m.index, ['Committee']).at(-1);
      // the chair is the first name after "chaired by"; titles in apposition to it are that person's roles
      const who = objectsAfter(ctx, m.index + m[0].length, ['Person', 'Role'])[0];
      if (committee && who) out.push({ type: 'CHAIRS', from: who, to: committee });
    }
    for (const m of matches(/\b(?:chairs|chaired|serves as (?:the )?chair(?:man|person)? of|is (?:the )?chair(?:man|person)? of)\b/g, ctx.text)) {
      const who = subjectsBefore(ctx, m.index, ['Person', 'Role']).at(-1);
      const committee = objectsAfter(ctx, m.index + m[0].length, ['Committee'], 30)[0];
      if (who && committee) out.push({ type: 'CHAIRS', from: who, to: committee });
    }
    for (const role of ctx.mentions.filter((x) => x.type === 'Role' && x.attributes.normalized === 'CHAIR')) {
      const committee = ctx.mentions.find((x) => x.type === 'Committee' && x.start >= role.start && x.end <= role.end);
      if (committee) out.push({ type: 'CHAIRS', from: role, to: committee });
    }
    return out;
  },
};
