import type { Mention } from '../mention';
import type { Candidate, Rule } from './grammar';

/** The registrant's full board, for a director named without the board in the sentence (GUIDELINE §3.3 IS_DIRECTOR). */
const BOARD: Mention = {
  type: 'Committee',
  text: 'Board of Directors',
  start: 0,
  end: 0,
  key: 'committee:board',
  attributes: { level: 'board', kind: 'full_board' },
};

/**
 * HOLDS_ROLE (Person → Role) from apposition: "X, our director and co-president,", "our CISO, X,",
 * "X is our CISO", "X serves as CISO". A director title also gives IS_DIRECTOR when the board is named.
 * Past positions in biographies ("previously served as") give nothing.
 */
export const holdsRole: Rule = {
  name: 'holds-role',
  apply(ctx) {
    const out: Candidate[] = [];
    const ms = ctx.mentions;
    for (let i = 0; i < ms.length; i++) {
      const p = ms[i]!;
      if (p.type !== 'Person') continue;
      const prev = ms[i - 1];
      if (prev?.type === 'Role' && /^\s*(?:\([^)]*\))?,\s*$/.test(ctx.text.slice(prev.end, p.start))) out.push({ type: 'HOLDS_ROLE', from: p, to: prev });
      for (let j = i + 1; j < ms.length && j <= i + 3; j++) {
        const r = ms[j]!;
        if (r.type !== 'Role') break;
        const gap = ctx.text.slice(j === i + 1 ? p.end : ms[j - 1]!.end, r.start);
        const copula =
          /^\s*,?\s*(?:(?:is|as|who is|who serves as|serves as|is serving as|currently serves as|has served as|, our|our|the|an?|and|interim|acting)\s+)+$/i;
        // "Jane Roe, Vice President of Security, …": a title set off by commas right after the name
        const apposition = /^\s*,\s*$/.test(gap) && /^\s*(?:\([^)]*\))?\s*,/.test(ctx.text.slice(r.end));
        const ok = j === i + 1 ? copula.test(gap) || apposition : /^\s*(?:,|and|&)\s*(?:our\s+)?$/.test(gap) || copula.test(gap);
        if (!ok || /previously|formerly|prior/i.test(gap)) break;
        out.push({ type: 'HOLDS_ROLE', from: p, to: r });
        if (r.attributes.normalized === 'DIRECTOR') out.push({ type: 'IS_DIRECTOR', from: p, to: BOARD });
      }
    }
    return out;
  },
};
