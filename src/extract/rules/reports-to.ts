import { matches } from '../mention';
import type { Candidate, Rule } from './grammar';
import { GOVERNANCE, frequency, hedged, objectFrequency, objectsAfter, subjectsBefore } from './grammar';
import type { Mention } from '../mention';

/**
 * REPORTS_TO (subordinate → superior; GUIDELINE §3.3): a line ("reports (directly) to", "reporting to",
 * "led by", "under the direction of") or informing ("provides updates/briefings/reports to", "briefs",
 * "updates", "notifies", "escalates to"; "Y receives reports from X", "Y is briefed by X", "Y reviews
 * management reports"). Coordination distributes on both sides.
 */
const INFORM_NOUN = '(?:updates?|reports?|briefings?|presentations?|information|summaries|reviews?|overviews?|insights?|recommendations?)';
const LINE_TO =
  /\b(?:reports?|reporting|report)\s+(?:directly\s+|regularly\s+|quarterly\s+|annually\s+|periodically\s+|functionally\s+|administratively\s+)?(?:up\s+)?(?:in\s+to|into|to)\b/g;
const PROVIDES = new RegExp(
  `\\b(?:provides?|providing|gives?|delivers?|presents?|submits?|makes?|sends?)\\b[^.;]{0,120}?\\b${INFORM_NOUN}\\b[^.;]{0,160}?\\bto\\b`,
  'g',
);
const VERB_INFORMS = /\b(?:briefs?|updates?|informs?|notif(?:y|ies)|advises?|apprises?|escalates?[^.;]{0,80}?\bto)\b/g;
const RECEIVES = new RegExp(
  `\\b(?:receives?|receiving|reviews?|is\\s+provided\\s+with|are\\s+provided\\s+with|obtains?|hears?)\\b[^.;]{0,160}?\\b${INFORM_NOUN}\\b[^.;]{0,200}?\\b(?:from|by)\\b`,
  'g',
);
const PASSIVE = /\b(?:is|are)\s+(?:regularly\s+|periodically\s+|promptly\s+)?(?:briefed|updated|informed|notified|apprised)\s+(?:[^.;]{0,60}?\s)?by\b/g;
const LED_BY = /\b(?:led|headed|managed|directed)\s+by\b|\bunder\s+the\s+(?:direction|leadership|supervision)\s+of\b|\breporting\s+(?:directly\s+)?to\b/g;
const MANAGEMENT_REPORTS = /\b(?:reviews?|receives?)\s+management\s+reports\b/g;
const REPORTS_SOMETHING_TO = /\breports?\s+(?!to\b|directly\b|regularly\b)(?:any\s+|its\s+|their\s+|on\s+)?[^.;]{0,100}?\bto\b/g;
const REPORTED_BY = /\b(?:reported|escalated|communicated|presented|provided)\s+by\b/g;
const DISCUSSES_WITH = /\b(?:discuss(?:es)?|review(?:s)?|consult(?:s)?)\b[^.;]{0,120}?\bwith\b/g;
const MEETS_WITH = /\bmeets?\s+(?:regularly\s+|periodically\s+|quarterly\s+|at least annually\s+)?with\b/g;

export const reportsTo: Rule = {
  name: 'reports-to',
  apply(ctx) {
    const out: Candidate[] = [];
    if (
      !/report|updat|brief|inform|notif|advis|appris|escalat|present|provid|give|deliver|submit|led |head|direct|manag|leadership|supervis|meet|receiv|review|obtain|hear/i.test(
        ctx.text,
      )
    )
      return out;
    const attrs = (kind: 'line' | 'informs', to: readonly Candidate['to'][], b: Candidate['to']): Record<string, string> => {
      const placed = to.filter((x): x is Mention => typeof x !== 'string');
      const f = (typeof b === 'string' ? null : objectFrequency(placed, b, ctx.text)) ?? frequency(ctx.text);
      return f ? { kind, frequency: f } : { kind };
    };
    const emit = (from: readonly Candidate['from'][], to: readonly Candidate['to'][], kind: 'line' | 'informs') => {
      for (const a of from)
        for (const b of to) {
          if (a === 'E_CO' || b === 'T_CYBER' || a.key === b.key || a.type === 'ThirdParty' || b.type === 'ThirdParty') continue;
          out.push({ type: 'REPORTS_TO', from: a, to: b, attributes: attrs(kind, to, b) });
        }
    };
    const superiors = ['Committee', 'Role', 'Person', 'InternalUnit'] as const;
    for (const m of /report/i.test(ctx.text) ? matches(LINE_TO, ctx.text) : []) {
      if (hedged(ctx.text, m.index)) continue;
      const obj = objectsAfter(ctx, m.index + m[0].length, superiors, 40);
      const sentenceInitial = /^\s*reporting/i.test(ctx.text.slice(0, m.index + 10)) && m.index < 3;
      if (sentenceInitial) emit(objectsAfter(ctx, (obj.at(-1)?.end ?? m.index) + 1, GOVERNANCE, 80), obj, 'line');
      else emit(subjectsBefore(ctx, m.index), obj, 'line');
    }
    for (const m of /provid|giv|deliver|present|submit|make|send/i.test(ctx.text) ? matches(PROVIDES, ctx.text) : []) {
      if (hedged(ctx.text, m.index)) continue;
      emit(subjectsBefore(ctx, m.index), objectsAfter(ctx, m.index + m[0].length, superiors, 40), 'informs');
    }
    for (const m of /brief|updat|inform|notif|advis|appris|escalat/i.test(ctx.text) ? matches(VERB_INFORMS, ctx.text) : []) {
      if (hedged(ctx.text, m.index)) continue;
      // "receives reports and updates from …" uses the word as a noun, not as the verb "updates the Board"
      if (
        /(?:(?:reports?|presentations?|briefings?|information|,)\s+and|,|regular|periodic|quarterly|annual|the|with|receives?|provides?|of)\s+$/i.test(
          ctx.text.slice(Math.max(0, m.index - 24), m.index),
        )
      )
        continue;
      if (/^\s+(?:from|on|regarding|about|to|and)\b/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
      emit(subjectsBefore(ctx, m.index), objectsAfter(ctx, m.index + m[0].length, ['Committee', 'Role', 'Person'], 30), 'informs');
    }
    for (const m of /receiv|review|provided with|obtain|hear/i.test(ctx.text) ? matches(RECEIVES, ctx.text) : []) {
      // the receiver is the verb's own subject: coordinated by "and", not a comma-joined earlier phrase
      const group = subjectsBefore(ctx, m.index, ['Committee', 'Role', 'Person', 'InternalUnit']);
      const receiver = group.filter(
        (g, i) => i === group.length - 1 || /^\s*(?:and|or|&)\s+(?:the\s+|our\s+)?$/i.test(ctx.text.slice(g.end, group[i + 1]!.start)),
      );
      emit(objectsAfter(ctx, m.index + m[0].length, GOVERNANCE, 40), receiver, 'informs');
    }
    for (const m of /briefed|updated|informed|notified|apprised/i.test(ctx.text) ? matches(PASSIVE, ctx.text) : []) {
      emit(objectsAfter(ctx, m.index + m[0].length, GOVERNANCE, 40), subjectsBefore(ctx, m.index, ['Committee', 'Role', 'Person']), 'informs');
    }
    for (const m of /led by|headed by|managed by|directed by|under the|reporting/i.test(ctx.text) ? matches(LED_BY, ctx.text) : []) {
      if (/^reporting/i.test(m[0]) && m.index < 3) continue;
      const sub = ctx.mentions.filter((x) => x.end <= m.index && x.type !== 'ThirdParty').at(-1);
      // only what is led stands right before "led by": "a team, led by our CSO," — not "programs led by"
      if (sub && /^[\s,]*(?:(?:which|that|who)\s+)?(?:is|are)?\s*$/.test(ctx.text.slice(sub.end, m.index))) {
        emit([sub], objectsAfter(ctx, m.index + m[0].length, ['Role', 'Person', 'Committee'], 30), 'line');
      }
    }
    for (const m of /report/i.test(ctx.text) ? matches(REPORTS_SOMETHING_TO, ctx.text) : []) {
      if (hedged(ctx.text, m.index)) continue;
      emit(subjectsBefore(ctx, m.index), objectsAfter(ctx, m.index + m[0].length, superiors, 40), 'informs');
    }
    const firstReportedBy = / by /i.test(ctx.text) ? ctx.text.search(REPORTED_BY) : -1;
    for (const m of / by /i.test(ctx.text) ? matches(REPORTED_BY, ctx.text) : []) {
      const reporters = objectsAfter(ctx, m.index + m[0].length, GOVERNANCE, 40);
      if (reporters.length === 0) continue;
      // "reported by X to Y" names the recipient; "… reviews updates presented by X" reports to the sentence's subject body
      const after = ctx.text.slice(reporters.at(-1)!.end, reporters.at(-1)!.end + 30);
      const to = /^[^.;]*?\bto\b/.exec(after);
      // the body the sentence is about stands before the first "presented by", not inside an earlier list of presenters
      const subject = ctx.mentions.find((x) => x.type === 'Committee' && x.end <= firstReportedBy);
      const targets = to
        ? objectsAfter(ctx, reporters.at(-1)!.end + to[0].length, superiors, 30)
        : subject && !reporters.some((r) => r.key === subject.key)
          ? [subject]
          : [];
      emit(reporters, targets, 'informs');
    }
    // "Senior management regularly discusses cyber risks … with the Audit Committee": informing a board body
    for (const m of / with /i.test(ctx.text) ? matches(DISCUSSES_WITH, ctx.text) : []) {
      const who = subjectsBefore(ctx, m.index, ['Role', 'Person', 'InternalUnit']);
      const body = objectsAfter(ctx, m.index + m[0].length, ['Committee'], 30).filter((b) => b.attributes.level !== 'management');
      emit(who, body, 'informs');
    }
    for (const m of /meet/i.test(ctx.text) ? matches(MEETS_WITH, ctx.text) : []) {
      const host = subjectsBefore(ctx, m.index, ['Committee', 'Role', 'Person']);
      const guests = objectsAfter(ctx, m.index + m[0].length, GOVERNANCE, 30);
      // a board-level body meeting with management is management informing it
      if (host.some((h) => h.type === 'Committee')) emit(guests, host, 'informs');
      else emit(host, guests, 'informs');
    }
    for (const m of /management reports/i.test(ctx.text) ? matches(MANAGEMENT_REPORTS, ctx.text) : []) {
      const mgmt = ctx.mentions.find((x) => x.type === 'InternalUnit' && x.start >= m.index && x.end <= m.index + m[0].length);
      if (mgmt) emit([mgmt], subjectsBefore(ctx, m.index, ['Committee', 'Role', 'Person']), 'informs');
    }
    return out;
  },
};
