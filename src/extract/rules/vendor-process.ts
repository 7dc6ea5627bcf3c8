import type { Mention } from '../mention';
import type { Candidate, Rule } from './grammar';
import { isVendorLike } from '../mentions/third-parties';

/**
 * HAS_PROCESS (registrant → process it applies to third parties) and TARGETS (process → the third
 * parties it applies to), when a process phrase and vendor-like parties share a sentence and the
 * parties come inside or after the process phrase.
 */
export const vendorProcess: Rule = {
  name: 'vendor-process',
  apply(ctx) {
    const out: Candidate[] = [];
    const vendors = ctx.mentions.filter((m) => m.type === 'ThirdParty' && isVendorLike(m.text));
    const parties = ctx.mentions.filter((m) => m.type === 'ThirdParty');
    const obligated = obligatedParties(ctx.text, vendors);
    for (const p of ctx.processes) {
      // "a third-party assessment agency" names a party, not a process
      if (parties.some((t) => p.start >= t.start && p.end <= t.end)) continue;
      // "as part of our supplier selection process, we conduct screenings": the screenings are the process (GUIDELINE §3.2)
      if (/\bas\s+(?:a\s+)?part\s+of\s+(?:our|the|its|this)\s+$/i.test(ctx.text.slice(Math.max(0, p.start - 30), p.start))) continue;
      // the parties the process applies to: inside its phrase, or close after it and not the agent ("via", "by")
      const targets = vendors.filter(
        (v) => v.start >= p.start && (v.end <= p.end || (v.start - p.end < 120 && !/\b(?:via|by)\b/.test(ctx.text.slice(p.end, v.start)))),
      );
      // an obligation applies to what the obliged party must complete, sign or adopt, or what it is bound through
      const obligedObject =
        /\b(?:complete|sign|submit|undergo|execute|accept|adopt|pass|meet|enter into|through|via|under)\s+(?:(?:our|the|a|an)\s+)?(?:[\w’']+[’']s\s+)?$/i.test(
          ctx.text.slice(Math.max(0, p.start - 40), p.start),
        );
      if (targets.length === 0 && obligedObject) targets.push(...obligated.filter((v) => v.end <= p.start));
      // "our third-party risk management program" is a vendor process by its own name, targets named or not
      // "third-party assessments" are performed by third parties (ENGAGES), not applied to them
      const byParties =
        /^(?:independent\s+|external\s+)?third[- ]party\s+(?:assessments?|audits?|reviews?|testing|evaluations?|benchmarking|penetration)/i.test(p.text);
      const selfEvident = /third[- ]party|vendor|supplier|service provider|supply chain/i.test(p.text) && !/^(?:engaged?|use)\b/i.test(p.text) && !byParties;
      if (byParties && !vendors.some((v) => v.start >= p.end)) continue;
      if (targets.length === 0 && !selfEvident) continue;
      out.push({ type: 'HAS_PROCESS', from: 'E_CO', to: p });
      for (const t of targets) out.push({ type: 'TARGETS', from: p, to: t });
    }
    return out;
  },
};

/**
 * Parties a sentence puts under an obligation or makes its topic before naming the processes:
 * "we require all external vendors … to complete our DPIA process", "Suppliers for projects involving
 * data should complete our impact assessment", "In terms of sharing data with our suppliers, … agreements".
 */
function obligatedParties(text: string, vendors: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const v of vendors) {
    const before = text.slice(Math.max(0, v.start - 40), v.start);
    const after = text.slice(v.end, v.end + 200);
    if (/\brequires?\s+(?:that\s+)?(?:our\s+|all\s+|each\s+|any\s+|certain\s+|such\s+|these\s+|the\s+)?$/i.test(before)) out.push(v);
    else if (v.start < 3 && /^[^.;]{0,160}?\b(?:should|must|shall|(?:is|are) required to|need to)\b/i.test(after)) out.push(v);
    else if (/^(?:In terms of|With respect to|Regarding|As to|When|In connection with)\b/i.test(text) && v.end < text.indexOf(',')) out.push(v);
  }
  return out;
}

/**
 * "Through this evolving program, we assess the risks … that impact select suppliers": a definite
 * reference to the last vendor process named before extends its targets.
 */
export const processAnaphor: Rule = {
  name: 'process-anaphor',
  apply(ctx) {
    const ref = /\b(?:this|that|the|such)\s+(?:evolving\s+|same\s+)?(program|process|framework)\b/i.exec(ctx.text);
    const last = ctx.previousProcess;
    if (!ref || !last || !new RegExp(`\\b${ref[1]}`, 'i').test(last.text)) return [];
    if (ctx.processes.some((p) => p.start <= ref.index && p.end >= ref.index)) return [];
    return ctx.mentions
      .filter((m) => m.type === 'ThirdParty' && isVendorLike(m.text) && m.start > ref.index)
      .map((t) => ({ type: 'TARGETS' as const, from: last, to: t }));
  },
};
