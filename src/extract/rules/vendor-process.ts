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
    if (vendors.length === 0) return out;
    for (const p of ctx.processes) {
      const targets = vendors.filter((v) => v.start >= p.start && v.start - p.end < 120);
      if (targets.length === 0) continue;
      out.push({ type: 'HAS_PROCESS', from: 'E_CO', to: p });
      for (const t of targets) out.push({ type: 'TARGETS', from: p, to: t });
    }
    return out;
  },
};
