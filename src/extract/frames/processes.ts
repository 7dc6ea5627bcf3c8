import type { SentenceContext } from '../context';
import type { Mention } from '../mention';
import { processCategory, processKey } from '../mentions/vendor-processes';
import type { Candidate } from '../rules/grammar';
import type { Tree } from '../syntax/tree';
import { blocked } from '../syntax/modality';

/**
 * Vendor processes from the parse (GUIDELINE §3.2 VendorProcess, C12, C14): what the registrant applies
 * to third parties, read three ways, each a row of PROCESS_FRAMES with its own examples:
 *   noun     a process noun phrase the registrant conducts ("we perform diligence on critical suppliers")
 *   require  a requirement laid on parties and stated as a verb phrase ("we require vendors to notify us
 *            of incidents"; "providers are contractually required to …"): the verb phrase is the process,
 *            unless it names a process noun ("complete our security questionnaire")
 *   assess   a verb phrase whose object is the parties ("we assess providers for cyber risks at onboarding")
 * TARGETS are the parties named as their own noun phrase: the process's complement, the party the
 * requirement is laid on, or the object of the assessing verb; never a modifier inside the process name.
 */
export interface ProcessFrame {
  readonly id: string;
  readonly shape: 'noun' | 'require' | 'assess' | 'component' | 'aimed';
  readonly verbs: readonly string[];
  readonly examples: readonly [ProcessExample, ProcessExample, ProcessExample];
  readonly nearMiss: string;
}
export interface ProcessExample {
  readonly text: string;
  readonly process: string;
  readonly targets: readonly string[];
}

/** Head nouns of processes, controls and requirements (document, instrument and activity nouns). */
export const PROCESS_NOUNS = new Set([
  'diligence',
  'assessment',
  'review',
  'evaluation',
  'audit',
  'questionnaire',
  'screening',
  'monitoring',
  'program',
  'programme',
  'process',
  'agreement',
  'contract',
  'provision',
  'requirement',
  'clause',
  'training',
  'plan',
  'oversight',
  'selection',
  'certification',
  'attestation',
  'inspection',
  'vetting',
  'check',
  'procedure',
  'standard',
  'term',
  'obligation',
  'undertaking',
  'letter',
  'survey',
  'rating',
  'scan',
  'management',
  'control',
  'framework',
  'evaluation',
  'analysis',
  'verification',
  'testing',
  'policy',
  'onboarding',
  'commitment',
  'approach',
  'measure',
  'safeguard',
]);

export const PROCESS_FRAMES: readonly ProcessFrame[] = [
  {
    id: 'process.noun',
    shape: 'noun',
    verbs: [
      'conduct',
      'perform',
      'maintain',
      'implement',
      'undertake',
      'complete',
      'carry',
      'apply',
      'employ',
      'have',
      'establish',
      'develop',
      'require',
      'provide',
      'negotiate',
      'use',
      'leverage',
      'utilize',
      'follow',
      'run',
      'operate',
      'administer',
      'impose',
      'enter',
      'execute',
      'obtain',
      'deploy',
      'adopt',
    ],
    examples: [
      {
        text: 'We perform annual security reviews of our payment processors.',
        process: 'annual security reviews of our payment processors',
        targets: ['payment processors'],
      },
      { text: 'Before onboarding, we conduct diligence on resellers that connect to our network.', process: 'diligence on resellers', targets: ['resellers'] },
      {
        text: 'The Company maintains data protection agreements with its hosting providers.',
        process: 'data protection agreements with its hosting providers',
        targets: ['hosting providers'],
      },
    ],
    nearMiss: 'Our hosting providers perform their own security reviews.',
  },
  {
    id: 'process.require',
    shape: 'require',
    verbs: ['require', 'obligate', 'oblige', 'mandate', 'ask', 'expect', 'compel', 'request', 'instruct', 'direct'],
    examples: [
      {
        text: 'We require integrators to notify us of security events within a day.',
        process: 'notify us of security events within a day',
        targets: ['integrators'],
      },
      {
        text: 'Payment processors are contractually required to encrypt cardholder data.',
        process: 'encrypt cardholder data',
        targets: ['Payment processors'],
      },
      { text: 'We also require our resellers to complete an annual security questionnaire.', process: 'annual security questionnaire', targets: ['resellers'] },
    ],
    nearMiss: 'Our regulators require us to report material incidents.',
  },
  {
    id: 'process.assess',
    shape: 'assess',
    verbs: ['assess', 'review', 'evaluate', 'monitor', 'vet', 'screen', 'audit', 'examine', 'inspect', 'survey', 'qualify', 'test', 'track', 'score'],
    examples: [
      {
        text: 'We assess our hosting providers for cybersecurity risk before contracting.',
        process: 'assess our hosting providers for cybersecurity risk',
        targets: ['hosting providers'],
      },
      {
        text: 'Our procurement team regularly evaluates prospective suppliers against our security standards.',
        process: 'evaluates prospective suppliers against our security standards',
        targets: ['prospective suppliers'],
      },
      { text: 'Critical resellers are reviewed every year by our security team.', process: 'reviewed every year', targets: ['Critical resellers'] },
    ],
    nearMiss: 'Independent assessors review our controls every year.',
  },
  {
    id: 'process.component',
    shape: 'component',
    verbs: ['include', 'consist', 'comprise', 'involve', 'encompass', 'entail'],
    examples: [
      { text: 'Our reseller assurance program includes security questionnaires and annual site audits.', process: 'security questionnaires', targets: [] },
      { text: 'We run a supplier risk program, which includes onboarding assessments and contract reviews.', process: 'onboarding assessments', targets: [] },
      {
        text: 'Our review of hosting providers consists of a security questionnaire and penetration test results.',
        process: 'security questionnaire',
        targets: ['hosting providers'],
      },
    ],
    nearMiss: 'Our incident response plan includes tabletop exercises and forensic procedures.',
  },
  {
    id: 'process.aimed',
    shape: 'aimed',
    verbs: [],
    examples: [
      {
        text: 'Cybersecurity considerations shape the selection and oversight of our hosting providers.',
        process: 'selection and oversight of our hosting providers',
        targets: ['hosting providers'],
      },
      {
        text: 'Security reviews of prospective resellers are part of our onboarding.',
        process: 'Security reviews of prospective resellers',
        targets: ['prospective resellers'],
      },
      {
        text: 'The CISO reports on the monitoring of critical suppliers to the Risk Committee.',
        process: 'monitoring of critical suppliers',
        targets: ['critical suppliers'],
      },
    ],
    nearMiss: "Our suppliers' security reviews are their own responsibility.",
  },
];

const BY_VERB = new Map<string, ProcessFrame[]>();
for (const f of PROCESS_FRAMES) for (const v of f.verbs) BY_VERB.set(v, [...(BY_VERB.get(v) ?? []), f]);
/** C12: a requirement stated with one of these nouns is that noun phrase ("complete our security questionnaire"); otherwise the verb phrase ("maintain security controls to …"). */
const INSTRUMENTS = new Set([
  'questionnaire',
  'assessment',
  'audit',
  'review',
  'agreement',
  'contract',
  'certification',
  'attestation',
  'training',
  'screening',
  'diligence',
  'evaluation',
  'inspection',
  'survey',
  'letter',
  'undertaking',
  'commitment',
  'clause',
  'provision',
]);
/** Words that make a process phrase about outside parties by its own name. */
const VENDOR_WORDS = /third[- ]part|vendor|supplier|service provider|supply chain|contractor|partner|reseller|processor|integrator|franchisee|provider/i;
const GENERIC = new Set([
  'approach',
  'measure',
  'safeguard',
  'process',
  'program',
  'programme',
  'procedure',
  'control',
  'policy',
  'framework',
  'management',
  'standard',
  'term',
  'plan',
  'requirement',
  'provision',
]);
const STOP_RELS = ['acl:relcl', 'appos', 'parataxis', 'punct', 'cc', 'conj', 'advcl', 'dep'];

export function applyProcessFrames(tree: Tree, ctx: SentenceContext): Candidate[] {
  const parties = ctx.mentions.filter((m) => m.type === 'ThirdParty');
  if (parties.length === 0 && !VENDOR_WORDS.test(ctx.text)) return [];
  const partyAt = (i: number) => parties.find((m) => m.start <= tree.tok(i).start && tree.tok(i).end <= m.end + 1);
  const partiesIn = (a: number, b: number) => parties.filter((m) => m.start >= a && m.end <= b);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const emit = (start: number, end: number, targets: readonly Mention[], frame: string, verbal = false) => {
    const text = ctx.text.slice(start, end).replace(/[\s,;:.]+$/, '');
    if (text.length < 4 || seen.has(text)) return;
    // a party named only as a modifier inside the name (C14) is not a target, and a phrase that is itself a party is no process
    if (parties.some((p) => p.start <= start && p.end >= start + text.length)) return;
    seen.add(text);
    const process: Mention = {
      type: 'VendorProcess',
      text,
      start,
      end: start + text.length,
      key: processKey(text),
      attributes: { category: processCategory(text), frame },
    };
    out.push({ type: 'HAS_PROCESS', from: 'E_CO', to: process, attributes: { frame } });
    for (const t of targets)
      if (verbal || !(t.start >= start && t.end <= start + text.length && !complementParty(ctx.text, start, t)))
        out.push({ type: 'TARGETS', from: process, to: t, attributes: { frame } });
  };

  for (const t of tree.tokens) {
    if (!t.tag.startsWith('VB')) continue;
    const frames = BY_VERB.get(t.lemma);
    if (!frames || blocked(tree, t.i)) continue;
    const subject = tree.subjectOf(t.i);
    // the registrant (or its own people) applies the process; a party doing something is not one
    if (subject !== undefined && partyAt(subject)) continue;
    for (const frame of frames) {
      if (frame.shape === 'noun') {
        for (const o of objectsOf(tree, t.i)) {
          if (!PROCESS_NOUNS.has(tree.tok(o).lemma) || partyAt(o)) continue;
          let [s, e] = nounSpan(tree, o);
          // "we have implemented processes to manage …": the purpose the parser hung from the verb names the process
          const purpose = tree.deps(t.i, 'xcomp').find((x) => tree.caseOf(x) === 'to' && x > o && /^\s*to\s*$/.test(ctx.text.slice(e, tree.tok(x).start)));
          if (purpose !== undefined) e = Math.max(e, purposeEnd(tree, purpose));
          // the complement may hang from the verb ("perform diligence on suppliers"): take it when it follows at once
          for (const c of tree.deps(t.i, 'obl'))
            if (
              /^(?:on|of|for|with|over|regarding)$/.test(tree.caseOf(c)) &&
              /^\s*$/.test(ctx.text.slice(e, tree.span(c)[0]).replace(/^\s*(?:on|of|for|with|over|regarding)\b/, ''))
            )
              e = Math.max(e, tree.span(c, STOP_RELS)[1]);
          if (GENERIC.has(tree.tok(o).lemma) && e === tree.tok(o).end && !tree.children(o).some((c) => tree.tok(c).rel === 'compound')) continue; // "similar processes" names nothing
          const inSpan = partiesIn(s, e);
          // a process whose phrase names no party applies to the parties the verb names ("training … to certain third parties")
          const named = inSpan.length > 0 ? inSpan : tree.deps(t.i, 'obl').flatMap((c) => conjunctParties(tree, c, partyAt));
          // and to the parties its purpose names as the source of the risks it manages ("… to manage risks posed by vendors, including …")
          const targets = [
            ...named,
            ...riskSources(tree, [o, ...tree.deps(t.i, 'advcl'), ...tree.deps(t.i, 'xcomp')], partyAt).filter((m) => !named.includes(m)),
          ];
          // the process must concern parties: named in its own phrase or as the verb's recipient
          if (targets.length === 0 && !VENDOR_WORDS.test(ctx.text.slice(s, e))) continue;
          emit(s, e, targets, frame.id);
        }
      } else if (frame.shape === 'require') {
        for (const x of tree.deps(t.i, 'xcomp')) {
          const obliged = tree.isPassive(t.i) ? tree.dep(t.i, 'nsubj:pass') : tree.dep(t.i, 'obj');
          if (obliged === undefined) continue;
          const targets = conjunctParties(tree, obliged, partyAt);
          if (targets.length === 0) continue;
          for (const v of [x, ...tree.deps(x, 'conj').filter((c) => tree.tok(c).tag.startsWith('VB'))]) {
            const obj = tree.dep(v, 'obj');
            if (obj !== undefined && INSTRUMENTS.has(tree.tok(obj).lemma)) {
              const [s, e] = nounSpan(tree, obj); // C12: a noun phrase wins
              emit(s, e, targets, frame.id);
            } else {
              const [s, e] = verbSpan(tree, v);
              emit(s, e, targets, frame.id, true);
            }
          }
        }
      } else if (frame.shape === 'component') {
        // the parts of a vendor process are vendor processes too, for the same parties
        if (subject === undefined || !PROCESS_NOUNS.has(tree.tok(subject).lemma)) continue;
        const [ps, pe] = nounSpan(tree, subject);
        const parentText = ctx.text.slice(ps, pe);
        const parentTargets = partiesIn(ps, pe).filter((p) => complementParty(ctx.text, ps, p));
        if (parentTargets.length === 0 && !VENDOR_WORDS.test(parentText)) continue;
        for (const o of [...objectsOf(tree, t.i), ...tree.marked(t.i, 'of', ['obl']).flatMap((c) => tree.conjuncts(c))]) {
          if (!PROCESS_NOUNS.has(tree.tok(o).lemma) || partyAt(o)) continue;
          const [s, e] = nounSpan(tree, o);
          emit(s, e, [...parentTargets, ...partiesIn(s, e)], frame.id);
        }
      } else {
        const obj = tree.isPassive(t.i) ? tree.dep(t.i, 'nsubj:pass') : tree.dep(t.i, 'obj');
        if (obj === undefined) continue;
        const targets = conjunctParties(tree, obj, partyAt);
        if (
          targets.length === 0 ||
          (subject !== undefined &&
            !tree.isPassive(t.i) &&
            !/^(?:we|company)$/.test(tree.tok(subject).lemma) &&
            !ctx.mentions.some((m) => m.type !== 'ThirdParty' && m.start <= tree.tok(subject).start && tree.tok(subject).end <= m.end))
        )
          continue;
        const [s, e] = tree.isPassive(t.i) ? verbSpan(tree, t.i, ['nsubj:pass', 'aux:pass', 'aux', 'obl:agent']) : verbSpan(tree, t.i, ['nsubj']);
        emit(s, e, targets, frame.id, true);
      }
    }
  }
  // a process noun aimed at parties by its own complement is a vendor process whatever verb governs it
  // ("considerations shape the selection and oversight of our suppliers"); parties' own reviews are not (their possessor)
  for (const t of tree.tokens) {
    if (!t.tag.startsWith('NN') || !PROCESS_NOUNS.has(t.lemma) || GENERIC.has(t.lemma) || t.rel === 'compound' || partyAt(t.i)) continue;
    if (t.rel === 'conj' && PROCESS_NOUNS.has(tree.tok(t.head).lemma)) continue; // read from the first conjunct
    const group = tree.conjuncts(t.i).filter((c) => tree.tok(c).tag.startsWith('NN'));
    const complement = group
      .flatMap((c) => tree.children(c).filter((k) => k > c && /^nmod/.test(tree.tok(k).rel) && /^(?:of|on|over|for|regarding)$/.test(tree.caseOf(k))))
      .at(-1);
    if (complement === undefined) continue;
    const targets = conjunctParties(tree, complement, partyAt);
    if (targets.length === 0 || tree.children(t.i).some((c) => tree.tok(c).rel === 'nmod:poss' && partyAt(c))) continue;
    const governor = tree.chain(t.i).find((h) => tree.tok(h).tag.startsWith('VB'));
    if (governor !== undefined && blocked(tree, governor)) continue;
    const [s] = nounSpan(tree, t.i);
    const e = tree.span(complement, STOP_RELS, (k) => exemplifies(tree, k))[1];
    emit(s, e, targets, 'process.aimed');
  }
  return out;
}

/**
 * The parties a process's purpose names as where the risks come from: a risk or threat noun in the
 * process's phrase or purpose clause, with its source ("risks from", "threats presented/posed by",
 * "risks associated with our use of", "risks arising from") naming parties, with their conjuncts and lists.
 */
const RISK_NOUNS = /^(?:risk|threat|exposure|vulnerability)$/;
const SOURCE_PREPS = new Set(['from', 'by', 'with', 'of']);
function riskSources(tree: Tree, roots: readonly number[], partyAt: (i: number) => Mention | undefined): Mention[] {
  const out: Mention[] = [];
  const seen = new Set<number>();
  const stack = [...roots];
  const sources = (n: number): number[] => {
    const direct = tree.children(n).filter((c) => /^(?:nmod|obl)/.test(tree.tok(c).rel) && SOURCE_PREPS.has(tree.caseOf(c)) && tree.caseOf(c) !== 'of');
    // "presented by", "posed by", "associated with", "arising from": the participle's oblique
    const via = tree
      .children(n)
      .filter((c) => /^(?:acl|amod)/.test(tree.tok(c).rel) && tree.tok(c).tag.startsWith('VB'))
      .flatMap((c) => tree.deps(c, 'obl').filter((o) => SOURCE_PREPS.has(tree.caseOf(o)) && tree.caseOf(o) !== 'of'));
    // "our use of third-party providers": the parties used
    return [...direct, ...via].flatMap((x) => (/^(?:use|engagement|reliance)$/.test(tree.tok(x).lemma) ? tree.marked(x, 'of', ['nmod']) : [x]));
  };
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (seen.has(n) || seen.size > 200) continue;
    seen.add(n);
    if (RISK_NOUNS.test(tree.tok(n).lemma))
      for (const src of sources(n)) for (const m of conjunctParties(tree, src, partyAt)) if (!out.includes(m)) out.push(m);
    for (const c of tree.children(n)) if (!/^(?:acl:relcl|parataxis|punct)$/.test(tree.tok(c).rel)) stack.push(c);
  }
  return out;
}

function conjunctParties(tree: Tree, h: number, partyAt: (i: number) => Mention | undefined): Mention[] {
  const out: Mention[] = [];
  const listed = (c: number) => ['include', 'including', 'such'].flatMap((p) => tree.marked(c, p, ['nmod', 'obl']));
  for (const c of tree.conjuncts(h)) {
    for (const x of [c, ...listed(c).flatMap((l) => tree.conjuncts(l))]) {
      const m = partyAt(x);
      if (m && !out.includes(m)) out.push(m);
    }
  }
  return out;
}

/** "diligence on suppliers": a party in the process's complement is a target, one in its modifiers is not (C14). */
function complementParty(text: string, start: number, party: Mention): boolean {
  return /\b(?:on|of|for|with|over|regarding|to|by|from|about)\s+(?:[\w’'-]+\s+){0,4}$/i.test(text.slice(start, party.start));
}

function objectsOf(tree: Tree, v: number): number[] {
  const out: number[] = [];
  const o = tree.isPassive(v) ? tree.dep(v, 'nsubj:pass') : tree.dep(v, 'obj');
  if (o !== undefined) out.push(...tree.conjuncts(o).filter((c) => tree.tok(c).tag.startsWith('NN')));
  return out;
}

/** A process noun with its modifiers and its prepositional and infinitival complements; clauses end it. */
function nounSpan(tree: Tree, n: number): [number, number] {
  let start = tree.tok(n).start;
  let end = tree.tok(n).end;
  for (const c of tree.children(n)) {
    const r = tree.tok(c).rel;
    if (c < n && /^(?:compound|amod|nummod|flat)/.test(r)) start = Math.min(start, tree.span(c)[0]);
    if (c > n && r.startsWith('nmod') && r !== 'nmod:poss') end = Math.max(end, tree.span(c, STOP_RELS, (k) => exemplifies(tree, k))[1]);
    if (c > n && r === 'acl' && tree.caseOf(c) === 'to') end = Math.max(end, purposeEnd(tree, c));
  }
  return [start, end];
}

/**
 * A process's purpose ("processes to identify, assess and manage cyber risks") is part of its name; where
 * the risks come from ("… associated with our use of vendors", "… posed by suppliers") and the means
 * ("through our vendor program") are not: the parties are targets of their own (C14), the means another process.
 */
function purposeEnd(tree: Tree, x: number): number {
  const skip = (c: number) => {
    const t = tree.tok(c);
    const onRisk = t.head >= 0 && RISK_NOUNS.test(tree.tok(t.head).lemma);
    if (onRisk && ((/^(?:acl|amod)$/.test(t.rel) && /^VB[NG]$/.test(t.tag)) || (/^nmod/.test(t.rel) && /^(?:from|by|with)$/.test(tree.caseOf(c))))) return true;
    if (/^(?:obl|nmod)/.test(t.rel) && /^(?:through|via)$/.test(tree.caseOf(c))) return true;
    return exemplifies(tree, c);
  };
  return tree.span(x, ['acl:relcl', 'parataxis', 'advcl', 'dep', 'appos'], skip)[1];
}

/** "third parties, including vendors": the examples a phrase lists are parties of their own, not part of a process's name. */
function exemplifies(tree: Tree, c: number): boolean {
  return /^(?:nmod|obl)/.test(tree.tok(c).rel) && /^(?:including|include|such)\b/.test(tree.caseOf(c));
}

/** A verb phrase without its subject, "to" and clause-level additions. */
function verbSpan(tree: Tree, v: number, without: readonly string[] = []): [number, number] {
  const skip = [...STOP_RELS, 'nsubj', 'mark', 'aux', ...without];
  let start = tree.tok(v).start;
  let end = tree.tok(v).end;
  for (const c of tree.children(v)) {
    const r = tree.tok(c).rel;
    if (skip.some((w) => r === w || r.startsWith(`${w}:`))) continue;
    const [a, b] = tree.span(c, STOP_RELS);
    start = Math.min(start, a);
    end = Math.max(end, b);
  }
  return [start, end];
}
