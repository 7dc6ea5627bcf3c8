import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { GOVERNANCE, hedged, objectsAfter, subjectsBefore } from './grammar';

/**
 * OVERSEES (Committee, Person or Role → cybersecurity risk): "X oversees …", "X has oversight (of|over) …",
 * "X is responsible for (the) oversight/overseeing", passives "overseen by X", "subject to oversight by X",
 * and delegation "has delegated (…) oversight (…) to X" (X oversees). A team that "oversees" is
 * management responsibility (RESPONSIBLE_FOR), since OVERSEES takes governance bodies and officers.
 */
export const oversees: Rule = {
  name: 'oversees',
  apply(ctx) {
    if (!ctx.isCyber || !/overs|review|monitor|evaluat|delegat/i.test(ctx.text)) return [];
    const out: Candidate[] = [];
    const emit = (who: Candidate['from']) => {
      if (who === 'E_CO') return;
      if (who.type === 'InternalUnit') out.push({ type: 'RESPONSIBLE_FOR', from: who, to: 'T_CYBER' });
      else if (who.type !== 'ThirdParty') out.push({ type: 'OVERSEES', from: who, to: 'T_CYBER' });
    };
    const delegated = /\bdelegated\b[^.;]{0,120}?\b(?:oversight|responsibility)\b[^.;]{0,120}?\bto\b|\bdelegated\s+to\b(?=[^.;]{0,80}\boversight\b)/g;
    const delegations = [...matches(delegated, ctx.text)];
    for (const m of delegations) {
      for (const who of objectsAfter(ctx, m.index + m[0].length, ['Committee', 'Role', 'Person'], 80)) emit(who);
    }
    for (const m of matches(/\b(?:overseen|oversight)\s+(?:is\s+provided\s+)?by\b|\bunder the oversight of\b/g, ctx.text)) {
      for (const who of objectsAfter(ctx, m.index + m[0].length, GOVERNANCE, 60)) emit(who);
    }
    // "the Board of Directors’ overall risk oversight function": the possessor exercises the oversight
    for (const m of matches(/[’']s?\s+(?:[a-z-]+\s+){0,3}oversight\b/g, ctx.text)) {
      const owner = ctx.mentions.find((x) => x.end === m.index && (x.type === 'Committee' || x.type === 'Role' || x.type === 'Person'));
      if (owner) emit(owner);
    }
    // "… oversight function directly, as well as through the audit committee": the committee oversees too
    if (/oversight|oversee/i.test(ctx.text)) {
      for (const m of matches(/\b(?:as well as |and |including |directly and )?through\s+(?:the|its|their)\s+/g, ctx.text)) {
        for (const who of objectsAfter(ctx, m.index + m[0].length, ['Committee'], 10)) if (who.attributes.kind !== 'full_board') emit(who);
      }
    }
    // "risk assessments that are reviewed by the Audit Committee and our Board": review by a board-level body is oversight
    for (const m of matches(/\b(?:reviewed|monitored|evaluated)\s+by\b/g, ctx.text)) {
      for (const who of objectsAfter(ctx, m.index + m[0].length, ['Committee'], 30)) if (who.attributes.level !== 'management') emit(who);
    }
    for (const m of matches(/\b(?:oversees|oversee|overseeing|oversight|overseen)\b/g, ctx.text)) {
      if (hedged(ctx.text, m.index)) continue;
      // the noun counts only when someone has or exercises it: "has oversight", "responsible for oversight"
      if (
        m[0] === 'oversight' &&
        !/\b(?:has|have|had|maintains?|exercises?|provides?|retains?|responsib\w+ for(?: the)?|primary|direct|specific|dedicated|its|their)\s+(?:\w+\s+){0,2}$/i.test(
          ctx.text.slice(Math.max(0, m.index - 50), m.index),
        )
      )
        continue;
      if (delegations.some((d) => m.index >= d.index && m.index <= d.index + d[0].length)) continue;
      if (/^\s+(?:by|of the (?:board|committee))\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
      // "oversees teams across the company": the object is a unit, not the topic
      const overseen = /^overs/.test(m[0]) && m[0] !== 'oversight' ? objectsAfter(ctx, m.index + m[0].length, ['InternalUnit'], 12) : [];
      for (const who of subjectsBefore(ctx, m.index)) {
        if (overseen.length > 0 && who.type !== 'InternalUnit') for (const o of overseen) out.push({ type: 'OVERSEES', from: who, to: o });
        else emit(who);
      }
    }
    return out;
  },
};
