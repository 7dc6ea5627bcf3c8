import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { hedged, objectsAfter } from './grammar';

/**
 * ENGAGES (the registrant → external parties it uses for its cybersecurity processes, Reg. S-K
 * 106(b)(1)(ii)): "engage", "retain", "work with", "partner with", "consult with", "utilize", "leverage",
 * "with the assistance of", and passives "assessed/audited/validated/performed by third parties".
 * "May engage" gives nothing.
 */
const ACTIVE =
  /\b(?:engag(?:e|es|ed|ing)(?:\s+with)?|retain(?:s|ed)?|work(?:s|ing)?\s+(?:closely\s+)?with|partner(?:s|ed)?\s+with|collaborat(?:e|es|ed)\s+with|consult(?:s|ed)?\s+with|utiliz(?:e|es|ed)|leverag(?:e|es|ed)|us(?:e|es|ed)\s+(?:the\s+services\s+of\s+)?|hir(?:e|es|ed)|contract(?:s|ed)?\s+with|obtain(?:s|ed)?\s+input[^.;]{0,180}?\bfrom|(?:data|advice|guidance|insights?|input|reports?|services|assistance|support)\s+(?:[^.;]{0,60}?\s)?from|with\s+the\s+(?:assistance|support|help)\s+of|supported\s+by|assisted\s+by|rel(?:y|ies)\s+on|via|through\s+(?:the\s+use\s+of\s+)?)\b/g;
const PASSIVE =
  /\b(?:assessed|audited|reviewed|validated|tested|evaluated|performed|conducted|certified|examined|assessments?|audits?|reviews?|evaluations?|testing)\s+(?:[a-z]+\s+){0,2}by\b/g;

export const engages: Rule = {
  name: 'engages',
  apply(ctx) {
    const out: Candidate[] = [];
    if (!ctx.mentions.some((m) => m.type === 'ThirdParty')) return out;
    const parties = (pos: number) => objectsAfter(ctx, pos, ['ThirdParty'], 70);
    for (const m of matches(ACTIVE, ctx.text)) {
      if (hedged(ctx.text, m.index)) continue;
      if (/\b(?:our|the|its|their|of)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 8), m.index))) continue; // "our use of …" is a noun
      const purpose =
        /\bto\s+(?:help\s+|assist\s+)?(?:design|implement|support|monitor|test|assess|evaluate|audit|review|identify|manage|respond|investigate)\b/i.test(
          ctx.text.slice(m.index, m.index + 120),
        );
      if (
        /^(us|via|through)/.test(m[0]) &&
        !purpose &&
        !/\b(assessors?|consultants?|auditors?|advisors?|experts?|firms?|specialists?|testers?)\b/i.test(ctx.text.slice(m.index, m.index + 100))
      )
        continue;
      for (const p of parties(m.index + m[0].length)) out.push({ type: 'ENGAGES', from: 'E_CO', to: p, attributes: { hedged: false } });
    }
    for (const m of matches(PASSIVE, ctx.text)) {
      for (const p of parties(m.index + m[0].length)) out.push({ type: 'ENGAGES', from: 'E_CO', to: p, attributes: { hedged: false } });
    }
    return out;
  },
};
