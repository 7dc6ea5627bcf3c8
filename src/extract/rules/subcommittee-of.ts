import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { isBoard } from './grammar';

/**
 * SUBCOMMITTEE_OF (GUIDELINE Part B): annotated when the text says "X Committee of the Board",
 * "Board committees, the X and the Y", or "the Board, (including) through its X Committee".
 */
export const subcommitteeOf: Rule = {
  name: 'subcommittee-of',
  apply(ctx) {
    const out: Candidate[] = [];
    const committees = ctx.mentions.filter((m) => m.type === 'Committee' && !isBoard(m));
    const board = ctx.mentions.find(isBoard);
    for (const c of committees) {
      const after = ctx.text.slice(c.end, c.end + 60);
      const ofBoard = /^\s*(?:\([^)]*\)\s*)?of\s+(?:the|our|its)\s+(?:Company['’]s\s+)?[Bb]oard\b/.exec(after);
      if (ofBoard) {
        const target = ctx.mentions.find((m) => isBoard(m) && m.start >= c.end && m.start <= c.end + ofBoard[0].length + 2);
        if (target) out.push({ type: 'SUBCOMMITTEE_OF', from: c, to: target });
      }
    }
    // "The audit committee consists of a subset of the board of directors"
    for (const m of matches(/\b(?:consists?|is\s+composed|is\s+comprised)\s+of\s+(?:a\s+subset|members)\s+of\s+(?:the|our)\s+/g, ctx.text)) {
      const c = committees.filter((x) => x.end <= m.index).at(-1);
      const b = ctx.mentions.find((x) => isBoard(x) && x.start >= m.index + m[0].length && x.start <= m.index + m[0].length + 2);
      if (c && b) out.push({ type: 'SUBCOMMITTEE_OF', from: c, to: b });
    }
    if (board) {
      // "the Board, through its audit committee, oversees …": a lowercase name after "its" too
      for (const m of matches(
        /\b[Bb]oard\s+committees?\b|\bits\s+(?:dedicated\s+|standing\s+)?(?=[A-Z][\w&]*.*?Committee)|\b(?:through|via)\s+its\s+(?=(?:[\w&,-]+\s+){0,5}committee\b)|\bcommittees\s+of\s+(?:the|our)\s+[Bb]oard/g,
        ctx.text,
      )) {
        for (const c of committees.filter((x) => x.start >= m.index && x.start - (m.index + m[0].length) < 80))
          out.push({ type: 'SUBCOMMITTEE_OF', from: c, to: board });
      }
    }
    return out;
  },
};
