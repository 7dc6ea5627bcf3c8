import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { hedged, isBoardLevel, subjectsBefore } from './grammar';

/**
 * RESPONSIBLE_FOR (management-level responsibility for cybersecurity risk or the program): "responsible
 * for (assessing and) managing", "leads", "heads", "in charge of", "accountable for", "tasked with",
 * "manage(s) … cybersecurity", and "X, who has … experience managing cybersecurity risk". A board-level
 * body "responsible for overseeing" oversees instead (rule oversees).
 */
const TRIGGER =
  /\b(?:(?:is|are|remain|remains|be|being)\s+(?:primarily\s+|ultimately\s+|directly\s+)?(?:responsible|accountable)\s+for|has\s+(?:primary\s+|overall\s+)?responsibility\s+for|have\s+(?:primary\s+|overall\s+)?responsibility\s+for|responsible\s+for|in\s+charge\s+of|tasked\s+with|charged\s+with|leads?|heads?|manages?|managing|evaluated\s+by|designated\s+to\s+manage|to\s+manage|(?:the\s+)?decision-making\s+body\s+(?:of|for))\b/g;

export const responsibleFor: Rule = {
  name: 'responsible-for',
  apply(ctx) {
    if (!ctx.isCyber || !/respons|accountab|charge|task|lead|head|manag|decision|evaluated|program|effort|function|strateg/i.test(ctx.text)) return [];
    const out: Candidate[] = [];
    for (const m of matches(TRIGGER, ctx.text)) {
      if (hedged(ctx.text, m.index)) continue;
      const rest = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 120);
      if (/^\s+(?:the\s+)?(?:oversight|overseeing)\b/i.test(rest)) continue;
      if (!/cyber|security|risk|program|threat|incident|privacy|data protection/i.test(rest)) continue;
      const subjects = /^evaluated/.test(m[0])
        ? ctx.mentions.filter((x) => x.start >= m.index + m[0].length && x.start < m.index + m[0].length + 40 && x.type === 'InternalUnit').slice(0, 1)
        : subjectsBefore(ctx, m.index, ['Role', 'Person', 'InternalUnit', 'Committee']);
      for (const who of subjects) {
        if (who.type === 'Committee' && isBoardLevel(who)) continue;
        out.push({ type: 'RESPONSIBLE_FOR', from: who, to: 'T_CYBER', attributes: { trigger: m[0].toLowerCase() } });
      }
    }
    // "our cybersecurity program is led by our CISO": the leader is responsible for the program
    for (const m of matches(
      /\b(?:program|programs|efforts|function|functions|strategy)\s+(?:is\s+|are\s+)?(?:(?:led|headed|managed|directed)\s+by|under\s+the\s+(?:direction|leadership|supervision)\s+of)\b/g,
      ctx.text,
    )) {
      for (const who of objectsAfterLeader(ctx, m.index + m[0].length))
        out.push({ type: 'RESPONSIBLE_FOR', from: who, to: 'T_CYBER', attributes: { trigger: 'led by' } });
    }
    return out;
  },
};

function objectsAfterLeader(ctx: Parameters<Rule['apply']>[0], pos: number) {
  return ctx.mentions.filter((x) => x.start >= pos && x.start < pos + 120 && (x.type === 'Role' || x.type === 'Person'));
}

/**
 * The "Positions or Committees Responsible" field names who is responsible (GUIDELINE §3.3
 * RESPONSIBLE_FOR, source xbrl_field): when its value is a bare name, the named officers and
 * management bodies are responsible by the field's meaning.
 */
export const responsibleFromField: Rule = {
  name: 'responsible-from-field',
  apply(ctx) {
    if (!ctx.isFieldValue || !/PositionsOrCommitteesResponsibleTextBlock$/.test(ctx.section)) return [];
    return ctx.mentions
      .filter((m) => m.type === 'Role' || m.type === 'Person' || (m.type === 'Committee' && !isBoardLevel(m)))
      .map((m) => ({ type: 'RESPONSIBLE_FOR' as const, from: m, to: 'T_CYBER' as const, source: 'xbrl_field' as const }));
  },
};
