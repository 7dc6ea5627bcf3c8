import type { EntityType, RelationType } from '../../domain/extraction';
import type { SentenceContext } from '../context';
import type { Mention } from '../mention';
import type { Token } from '../../domain/linguistics';
import type { Candidate } from '../rules/grammar';
import { frequency, objectFrequency } from '../rules/grammar';
import { resolveAnaphor, resolvePluralAnaphor } from '../syntax/anaphora';
import type { Tree } from '../syntax/tree';
import { blocked } from '../syntax/modality';
import { FRAMES, type Frame } from './frames';

/**
 * Reads one parsed sentence with the frame table: every token whose lemma triggers a frame has its
 * arguments found in the dependency tree (slots, see frames.ts), distributed over conjuncts and
 * appositions, mapped to the sentence's mentions, checked against the relation's argument types, and
 * proposed as candidates that record the frame's id. Hedged, conditional and negated predicates give
 * nothing (GUIDELINE C6).
 */
type Arg = Mention | 'E_CO' | 'T_CYBER';
type ArgType = EntityType;

/** Argument types per relation (GUIDELINE §3.3 and C3, C8). */
const TYPES: Record<string, { subject: readonly ArgType[]; object: readonly ArgType[] }> = {
  CHAIRS: { subject: ['Person', 'Role'], object: ['Committee'] },
  MEMBER_OF: { subject: ['Person', 'Role', 'InternalUnit'], object: ['Committee'] },
  REPORTS_TO: { subject: ['Person', 'Role', 'Committee', 'InternalUnit'], object: ['Person', 'Role', 'Committee', 'InternalUnit'] },
  OVERSEES: { subject: ['Committee', 'Person', 'Role'], object: ['Topic', 'Committee', 'InternalUnit', 'Role', 'Person'] },
  RESPONSIBLE_FOR: { subject: ['Committee', 'Person', 'Role', 'InternalUnit'], object: ['Topic'] },
  ENGAGES: { subject: ['Company'], object: ['ThirdParty'] },
};

const BY_LEMMA = new Map<string, Frame[]>();
for (const f of FRAMES) for (const l of f.trigger) BY_LEMMA.set(l, [...(BY_LEMMA.get(l) ?? []), f]);

/** The object phrase speaks of cybersecurity (the Topic node, GUIDELINE §3.2 Topic). */
const CYBER_TOPIC =
  /cyber|information[- ]security|data[- ]security|info-?sec|security (?:risk|program|threat|incident|matter|posture|function|strateg|operation|team|organization|polic|control|practice|measure|personnel|professional|staff|group|event)|privacy and security|security and privacy|information technology risk|IT risk|technology risk|data protection|security of our (?:information|systems|networks|data)/i;
const DUTY = /^(?:duty|responsibility|role|function|mandate|charter|remit|purview|task)$/;
const OVERSIGHT = /^(?:oversee|oversight|supervise|supervision|overseeing)$/;
const COMPANY_WORDS = /^(?:we|us|company|corporation|organization)$/;
const LEADERSHIP_UNIT = /management|leadership|executive|officers|leaders/i;

export function applyFrames(tree: Tree, ctx: SentenceContext): Candidate[] {
  const mentionAt = indexMentions(tree, ctx);
  const out: Candidate[] = [];
  for (const t of tree.tokens) {
    // a verb the tagger read as a plural noun keeps its plural lemma ("briefs"): try the stem
    const frames = BY_LEMMA.get(t.lemma) ?? (t.tag === 'NNS' ? BY_LEMMA.get(t.lemma.replace(/s$/, '')) : undefined);
    if (!frames) continue;
    for (const frame of frames) {
      if (!posMatches(tree, t.i, frame.pos)) continue;
      if (frame.marker && (frame.marker.startsWith('!') ? tree.caseOf(t.i) === frame.marker.slice(1) : tree.caseOf(t.i) !== frame.marker)) continue;
      if (blocked(tree, t.i)) continue;
      out.push(...readFrame(tree, t.i, frame, ctx, mentionAt));
    }
  }
  return out;
}

function readFrame(tree: Tree, v: number, frame: Frame, ctx: SentenceContext, mentionAt: (i: number) => Mention | undefined): Candidate[] {
  let anchor = v;
  if (frame.carrier) {
    // the informing noun: the predicate's object, or (passive) its surface subject
    const carrier = [tree.objectOf(v), ...tree.deps(v, 'obj'), ...(frame.carrierVia ? tree.marked(v, frame.carrierVia, ['obl', 'nmod']) : [])].find(
      (c) => c !== undefined && frame.carrier!.includes(tree.tok(c).lemma),
    );
    if (carrier === undefined) return [];
    anchor = carrier;
  }
  if (
    frame.complement &&
    !tree.children(v).some((c) => /^(?:xcomp|ccomp|advmod|obl|dep)/.test(tree.tok(c).rel) && frame.complement!.includes(tree.tok(c).lemma))
  )
    return [];
  if (
    frame.transitive !== undefined &&
    (tree.dep(v, 'obj') !== undefined || (tree.isPassive(v) && tree.dep(v, 'nsubj:pass') !== undefined)) !== frame.transitive
  )
    return [];
  if (frame.ownObject) {
    const o = tree.objectOf(v) ?? tree.marked(v, 'on', ['obl'])[0];
    const phrase = o === undefined ? '' : ctx.text.slice(...tree.span(o, ['acl:relcl']));
    if (!/\b(?:our|us|the Company['’]s)\b/i.test(phrase) && !CYBER_TOPIC.test(phrase)) return [];
  }
  const types = TYPES[frame.relation]!;
  // engaging parties is for the registrant's own cyber processes: the risks of using vendors are not an engagement
  if (
    frame.relation === 'ENGAGES' &&
    frame.pos !== 'verb' &&
    tree
      .chain(v)
      .slice(1)
      .some((h) => /^(?:risk|threat|exposure)$/.test(tree.tok(h).lemma))
  )
    return [];
  let subjects = firstYield(frame.subject, (slot) => args(tree, v, slotTokens(tree, v, anchor, slot), types.subject, frame, ctx, mentionAt, 'subject'));
  if (subjects.length === 0 && frame.impliedSubject) subjects = [frame.impliedSubject];
  // "the Board oversees cyber risk through its Audit Committee": the committee exercises the oversight too
  if (frame.relation === 'OVERSEES' && subjects.length > 0) {
    const through = [...tree.marked(v, 'through', ['obl']), ...tree.marked(v, 'via', ['obl'])];
    subjects = [...subjects, ...args(tree, v, through, ['Committee'], frame, ctx, mentionAt, 'subject').filter((a) => !subjects.includes(a))];
  }
  if (subjects.length === 0) return [];
  const objects = firstYield(frame.object, (slot) => args(tree, v, slotTokens(tree, v, anchor, slot), types.object, frame, ctx, mentionAt, 'object'));
  const out: Candidate[] = [];
  for (const s0 of subjects)
    for (const o0 of objects) {
      // each pair is read afresh: a swap for one pair (C11) must not carry over to the next
      let s = s0;
      let o = o0;
      if (s === o || (typeof s !== 'string' && typeof o !== 'string' && s.key === o.key)) continue;
      if (frame.boardSide) {
        // C11: a meeting between an officer or unit and a board body: the board body is the superior
        const sBoard = isBoardBody(s);
        const oBoard = isBoardBody(o);
        // a board committee meeting with the full board informs it
        const sFull = typeof s !== 'string' && s.attributes.kind === 'full_board';
        const oFull = typeof o !== 'string' && o.attributes.kind === 'full_board';
        if (sBoard && oBoard && sFull !== oFull) {
          if (sFull) [s, o] = [o, s];
        } else {
          if (sBoard === oBoard) continue;
          if (sBoard) [s, o] = [o, s];
        }
      }
      // C3: "responsible for overseeing" states oversight, not management responsibility; "for implementing and
      // overseeing" states both; an "oversight responsibility" is oversight
      let relations: (RelationType | null)[] = [relationFor(frame, s, o)];
      if (frame.relation === 'RESPONSIBLE_FOR' && frame.pos !== 'verb' && typeOf(s) !== 'InternalUnit') {
        // the activities named after "for" (not a coordinated clause with a subject of its own)
        const complements = tree
          .marked(v, 'for')
          .flatMap((c) => tree.conjuncts(c))
          .filter((c) => !tree.children(c).some((k) => tree.tok(k).rel.startsWith('nsubj')));
        // C10: a board body's monitoring is oversight
        // the gerund right after "for" names the activity even where the parser hung the phrase elsewhere
        const word = (c: number) => {
          const mark = tree.children(c).find((k) => /^(?:case|mark)$/.test(tree.tok(k).rel) && tree.tok(k).lemma === 'for');
          const next = mark !== undefined ? tree.tokens[mark + 1] : undefined;
          return next && next.tag === 'VBG' ? next.i : c;
        };
        const oversees = (c0: number) => {
          const c = word(c0);
          return OVERSIGHT.test(tree.tok(c).lemma) || (isBoardBody(s) && /^monitor(?:ing)?$/.test(tree.tok(c).lemma));
        };
        const overseeing = complements.filter(
          (c) => oversees(c) || tree.children(c).some((k) => /^(?:amod|compound)$/.test(tree.tok(k).rel) && OVERSIGHT.test(tree.tok(k).lemma)),
        ).length;
        const compoundOversight = tree.children(v).some((c) => tree.tok(c).rel === 'compound' && OVERSIGHT.test(tree.tok(c).lemma));
        if (compoundOversight || (overseeing > 0 && overseeing === complements.length)) relations = ['OVERSEES'];
        else if (overseeing > 0) relations = ['OVERSEES', relations[0]!];
      }
      for (const relation of relations) {
        if (!relation) continue;
        const attributes: Record<string, string> = { frame: frame.id };
        if (relation === 'REPORTS_TO') {
          attributes.kind =
            frame.kind === 'auto'
              ? typeof o !== 'string' && (o.type === 'Person' || o.type === 'Role') && tree.dep(v, 'obj') === undefined
                ? 'line'
                : 'informs'
              : (frame.kind ?? 'informs');
          const [a, b] = tree.span(v, ['acl:relcl', 'parataxis']);
          // the predicate's own time adverbs first, a coordinated verb sharing its head's ("regularly reviews and
          // discusses … with"), then the clause, then the sentence
          const own = [v, ...(tree.tok(v).rel === 'conj' && tree.tok(v).head >= 0 ? [tree.tok(v).head] : [])]
            .flatMap((h) => tree.children(h).filter((c) => /^(?:advmod|obl:tmod|obl|nmod:tmod)$/.test(tree.tok(c).rel) && (h === v || c < v)))
            .map((c) => ctx.text.slice(...tree.span(c)))
            .join(' ');
          // coordinated objects with a frequency each ("to the committee quarterly and to the Board annually"):
          // the words from this object to the next are its own
          const f =
            (typeof o === 'string'
              ? null
              : objectFrequency(
                  objects.filter((x): x is Mention => typeof x !== 'string'),
                  o,
                  ctx.text,
                  b,
                )) ??
            (own ? frequency(own) : null) ??
            frequency(ctx.text.slice(a, b)) ??
            frequency(ctx.text);
          if (f) attributes.frequency = f;
        }
        out.push({ type: relation, from: s as Candidate['from'], to: o as Candidate['to'], attributes });
      }
    }
  return out;
}

/** Type checks that depend on both arguments (C3, C8, C10) and the full board (MEMBER_OF excludes it). */
function relationFor(frame: Frame, s: Arg, o: Arg): RelationType | null {
  const st = typeOf(s);
  const ot = typeOf(o);
  const types = TYPES[frame.relation]!;
  if (!(frame.subjectTypes ?? types.subject).includes(st) || !(frame.objectTypes ?? types.object).includes(ot)) return null;
  if (frame.subjectLevel && (frame.subjectLevel === 'board') !== isBoardBody(s)) return null;
  switch (frame.relation) {
    case 'RESPONSIBLE_FOR':
      // a board body oversees (C3, C10: its monitoring is oversight); it does not run the program
      if (isBoardBody(s) && frame.pos === 'verb') return null;
      return frame.relation;
    case 'REPORTS_TO':
      if (ot === 'InternalUnit' && !LEADERSHIP_UNIT.test((o as Mention).text)) return null; // C8
      return frame.relation;
    case 'MEMBER_OF':
      if (typeof o !== 'string' && o.attributes.kind === 'full_board' && st !== 'Person') return null;
      return frame.relation;
    default:
      return frame.relation;
  }
}

const typeOf = (a: Arg): ArgType => (a === 'E_CO' ? 'Company' : a === 'T_CYBER' ? 'Topic' : a.type);
const isBoardBody = (a: Arg): boolean => typeof a !== 'string' && a.type === 'Committee' && a.attributes.level !== 'management';

function firstYield<T>(slots: readonly string[], read: (slot: string) => T[]): T[] {
  for (const s of slots) {
    const got = read(s);
    if (got.length > 0) return got;
  }
  return [];
}

/** The head tokens a slot names, before conjuncts are distributed. */
function slotTokens(tree: Tree, v: number, anchor: number, slot: string): number[] {
  const t = tree.tok(v);
  switch (slot) {
    case 'core:subj':
      return defined(tree.subjectOf(v));
    case 'core:obj': {
      const o = tree.objectOf(v);
      if (o !== undefined) return [o];
      // "X oversees and manages Y": the object of a coordinated verb is shared
      const conjVerb = tree
        .deps(v, 'conj')
        .map((c) => tree.objectOf(c))
        .find((x) => x !== undefined);
      if (conjVerb !== undefined) return [conjVerb];
      // "prevent, detect and react to threats": the last conjunct's complement is shared
      const last = tree.deps(v, 'conj').at(-1);
      if (last !== undefined && !tree.children(last).some((c) => tree.tok(c).rel.startsWith('nsubj'))) {
        const obl = tree.deps(last, 'obl')[0];
        if (obl !== undefined) return [obl];
      }
      if (t.rel === 'conj' && t.head >= 0 && !tree.isPassive(v)) return defined(tree.objectOf(t.head));
      // the tagger reads the adjective "outside" as a preposition: "engage outside firms" has no object
      return tree.deps(v, 'obl').filter((c) => tree.caseOf(c) === 'outside');
    }
    case 'holder':
      return holder(tree, v);
    case 'governor':
      return holder(tree, v, false);
    case 'poss':
      return tree.deps(v, 'nmod:poss').filter((c) => !/^PRP/.test(tree.tok(c).tag));
    case 'xsubj':
      // "keeps the Committee informed": the subject of the small clause
      return [...tree.deps(v, 'xcomp'), ...tree.deps(v, 'dep')].flatMap((x) => defined(tree.dep(x, 'nsubj')));
    case 'copsubj':
      return tree.children(v).some((c) => tree.tok(c).rel === 'cop') ? defined(tree.dep(v, 'nsubj')) : [];
    case 'self':
      return [v];
    case 'of':
      // "the Committee, comprised of independent directors, …" parsed with the participle as a preposition
      if (t.rel === 'case' && t.head >= 0) return [t.head];
      return slotTokens(tree, v, anchor, `prep:${slot}`);
    case 'obj':
    case 'subj':
      if (t.rel === 'case' && t.head >= 0 && tree.tok(t.head).head >= 0) return [tree.tok(t.head).head];
      return slotTokens(tree, v, anchor, `core:${slot}`);
    case 'head':
      return t.rel === 'amod' || t.rel === 'acl' || t.rel === 'acl:relcl' ? [t.head] : [];
    default: {
      return prepositionSlot(tree, v, anchor, slot.replace(/^prep:/, ''));
    }
  }
}

/** The phrases marked by a preposition on the predicate, its carrier or its object, wherever the parser hung them. */
function prepositionSlot(tree: Tree, v: number, anchor: number, slot: string): number[] {
  const t = tree.tok(v);
  const on = [...tree.marked(v, slot, ['obl', 'nmod', 'advcl', 'acl', 'xcomp']), ...(anchor !== v ? tree.marked(anchor, slot) : [])];
  // a misattached adverb or time phrase carries the oblique: "meets quarterly with the Committee"
  if (on.length === 0) for (const c of tree.children(v)) if (/^(?:advmod|obl:tmod|xcomp)$/.test(tree.tok(c).rel)) on.push(...tree.marked(c, slot));
  // the phrase may hang one level down, from the predicate's object or oblique ("presentations on cyber matters from the CISO")
  if (on.length === 0) for (const c of tree.children(v)) if (/^(?:obj|obl)/.test(tree.tok(c).rel)) on.push(...tree.marked(c, slot, ['nmod']));
  // or two levels down, where the object's own complement took it ("discuss our approach to threats with the CISO")
  if (on.length === 0)
    for (const c of tree.children(v))
      if (/^(?:obj|obl)/.test(tree.tok(c).rel)) for (const n of tree.deps(c, 'nmod')) if (tree.caseOf(n) !== slot) on.push(...tree.marked(n, slot, ['nmod']));
  // a phrase that starts right after a noun trigger belongs to it, wherever the parser attached it ("in coordination with X")
  if (on.length === 0 && !t.tag.startsWith('VB')) {
    const next = tree.tokens[v + 1];
    if (next && next.rel === 'case' && next.lemma === slot && next.head > v) on.push(next.head);
    // "has responsibility to prevent …": the infinitive the parser hung from the light verb
    if (next && next.rel === 'mark' && next.lemma === slot && next.head > v && tree.tok(next.head).tag.startsWith('VB')) on.push(next.head);
  }
  const obj = tree.dep(v, 'obj');
  if (on.length === 0 && obj !== undefined && anchor === v) on.push(...tree.marked(obj, slot, ['nmod']));
  return on;
}

/** Who holds a relational noun or adjective: possessor, copula subject, or the subject of the verb governing it. */
function holder(tree: Tree, n: number, possessor = true): number[] {
  const poss = possessor ? tree.dep(n, 'nmod:poss') : undefined;
  if (poss !== undefined && !/^PRP/.test(tree.tok(poss).tag)) return [poss];
  if (tree.children(n).some((c) => tree.tok(c).rel === 'cop') || tree.tok(n).tag.startsWith('JJ')) {
    const s = tree.subjectOf(n);
    if (s !== undefined) return [s];
  }
  const t = tree.tok(n);
  // "oversight responsibility is shared by X"
  if (t.rel === 'nsubj:pass' && t.head >= 0) {
    const agent = tree.subjectOf(t.head);
    if (agent !== undefined) return [agent];
  }
  // "responsibility for X rests with Y"
  if (t.rel.startsWith('nsubj') && t.head >= 0 && /^(?:rest|lie|reside|sit|fall)$/.test(tree.tok(t.head).lemma)) {
    const w = tree.marked(t.head, 'with', ['obl'])[0] ?? tree.marked(t.head, 'on', ['obl'])[0];
    if (w !== undefined) return [w];
  }
  if (t.head >= 0 && /^(?:obj|obl|nmod|xcomp|advcl)/.test(t.rel)) {
    const g = t.head;
    // "X is in charge of", "X has oversight of", "X assists the Board in its oversight of"
    const s = tree.subjectOf(g);
    // "the Committee's duties include oversight of …": the holder of the duties
    if (s !== undefined && DUTY.test(tree.tok(s).lemma)) {
      const p = tree.dep(s, 'nmod:poss') ?? tree.marked(s, 'of', ['nmod'])[0];
      if (p !== undefined) return [p];
    }
    if (s !== undefined) return [s, ...assisted(tree, g)];
    if (tree.tok(g).tag.startsWith('NN')) return [g]; // "our team, with support from outside firms, …": the noun it attaches to
  }
  if (poss !== undefined && /^PRP/.test(tree.tok(poss).tag)) return [poss];
  return [];
}

const defined = (x: number | undefined): number[] => (x === undefined ? [] : [x]);

/** "X assists the Board in (fulfilling) its oversight of …": the assisted body holds the duty as well. */
const ASSIST = /^(?:assist|help|support|aid)$/;
function assisted(tree: Tree, g: number): number[] {
  for (const h of [g, tree.tok(g).head]) {
    if (h < 0) continue;
    const o = tree.dep(h, 'obj');
    if (ASSIST.test(tree.tok(h).lemma) && o !== undefined) return [o];
    if (!/^(?:advcl|xcomp|obl)/.test(tree.tok(g).rel)) break;
  }
  return [];
}

/** Slot tokens → entities: conjuncts and "including" lists distributed, mentions looked up, types kept. */
const TRANSPARENT = /^(?:member|part|each|one|all|some|majority|any|number)$/;

function args(
  tree: Tree,
  trigger: number,
  heads: number[],
  allowed: readonly ArgType[],
  frame: Frame,
  ctx: SentenceContext,
  mentionAt: (i: number) => Mention | undefined,
  side: 'subject' | 'object',
): Arg[] {
  const out: Arg[] = [];
  const seen = new Set<string>();
  const push = (a: Arg) => {
    const k = typeof a === 'string' ? a : a.key;
    if (!seen.has(k) && allowed.includes(typeOf(a))) {
      seen.add(k);
      out.push(a);
    }
  };
  for (const h of heads) {
    const tokens = expand(tree, h);
    const before = out.length;
    for (const i0 of tokens) {
      // a relative pronoun stands for its antecedent ("our CTO, to whom the CISO reports")
      const i = /^(?:WP|WDT)$/.test(tree.tok(i0).tag) ? (tree.antecedentOf(i0) ?? i0) : i0;
      if (!mentionAt(i)) {
        const many = resolvePluralAnaphor(tree, i, ctx.antecedents ?? []);
        if (many.length > 0) {
          for (const m of many) push(m);
          continue;
        }
      }
      const m = mentionAt(i) ?? resolveAnaphor(tree, i, ctx.antecedents ?? []);
      const tok = tree.tok(i);
      // the registrant acts through its own people: "our security team works with …" is the company engaging
      if (allowed.includes('Company') && (COMPANY_WORDS.test(tok.lemma) || (m && m.type !== 'ThirdParty') || (!m && tok.tag.startsWith('NN')))) push('E_CO');
      else if (m) push(m);
    }
    // the Topic only where the object phrase names no entity of its own ("oversees the security team" is the team)
    const named = out.length > before || tokens.some((i) => mentionAt(i) !== undefined);
    // C2: leading a unit that is responsible for cybersecurity is responsibility for it
    if (
      frame.topic &&
      allowed.includes('Topic') &&
      side === 'object' &&
      frame.relation === 'RESPONSIBLE_FOR' &&
      tokens.some((i) => mentionAt(i)?.type === 'InternalUnit' && CYBER_TOPIC.test(mentionAt(i)!.text))
    )
      push('T_CYBER');
    if (frame.topic && allowed.includes('Topic') && side === 'object' && !named) {
      // a relational noun's complements may hang from the noun itself ("oversight of risks from cyber threats")
      const [a, b] = tree.span(h, ['acl:relcl']);
      const [c, d] = frame.pos === 'verb' ? [a, b] : tree.span(trigger, ['acl:relcl', 'nmod:poss', 'nsubj', 'cop']);
      if (CYBER_TOPIC.test(ctx.text.slice(a, b)) || CYBER_TOPIC.test(ctx.text.slice(c, d))) push('T_CYBER');
    }
  }
  return out;
}

/** A head with its conjuncts, appositions and "including X" / "such as X" members. */
function expand(tree: Tree, h: number): number[] {
  const out = new Set<number>();
  const listed = (c: number) => [
    ...tree.marked(c, 'include', ['nmod', 'obl']),
    ...tree.marked(c, 'including', ['nmod', 'obl']),
    ...tree.marked(c, 'such', ['nmod', 'obl']),
  ];
  for (const c0 of tree.conjuncts(h)) {
    const c = transparent(tree, c0);
    out.add(c);
    for (const inc of listed(c)) for (const x of tree.conjuncts(inc)) out.add(transparent(tree, x));
  }
  // "discusses risks with management, including A and B": the list may attach to the phrase's head instead
  const t = tree.tok(h);
  if (t.head >= 0 && /^(?:nmod|obl)/.test(t.rel))
    for (const inc of listed(t.head)) if (inc > h) for (const x of tree.conjuncts(inc)) out.add(transparent(tree, x));
  return [...out];
}

/** "members of the Council", "each of these committees": the group named in the "of" phrase. */
function transparent(tree: Tree, h: number): number {
  if (!TRANSPARENT.test(tree.tok(h).lemma)) return h;
  const of = tree.marked(h, 'of', ['nmod'])[0];
  if (of !== undefined) return of;
  // "the Committee members": the committee (not "Board members", a Role of its own, C13)
  const body = tree.children(h).find((c) => tree.tok(c).rel === 'compound' && /^(?:committee|council|subcommittee)$/.test(tree.tok(c).lemma));
  return body ?? h;
}

/**
 * A pattern rule's responsibility the parse contradicts: every occurrence of the rule's trigger word has a
 * grammatical subject that names other entities ("Management, under the supervision of our CISO, is
 * responsible for …" is management's responsibility, not the CISO's). Rules still speak where the parse is silent.
 */
export function contradictedByParse(tree: Tree, ctx: SentenceContext, c: Candidate): boolean {
  if (c.attributes?.frame || typeof c.from === 'string') return false;
  let at: readonly Token[];
  if (c.type === 'OVERSEES') {
    // the verbs of oversight ("the Committee, comprised of independent directors, oversees …": the committee)
    at = tree.tokens.filter((t) => t.tag.startsWith('VB') && /^(?:oversee|supervise|govern)$/.test(t.lemma));
  } else {
    if (c.type !== 'RESPONSIBLE_FOR' || typeof c.attributes?.trigger !== 'string') return false;
    const word = c.attributes.trigger.split(/\s+/).find((w) => !/^(?:is|are|was|were|be|directly|primarily|also|ultimately|the|our)$/.test(w));
    at = tree.tokens.filter((t) => t.text.toLowerCase() === word);
  }
  if (at.length === 0) return false;
  const mentionAt = indexMentions(tree, ctx);
  const from = c.from;
  return at.every((t) => {
    const s = tree.subjectOf(t.i);
    if (s === undefined) return false;
    const named = tree
      .conjuncts(s)
      .map((i) => mentionAt(i))
      .filter((m): m is Mention => m !== undefined);
    return named.length > 0 && !named.some((m) => m.key === from.key);
  });
}

/** Each token's innermost mention (a committee inside a chair title stays the committee). */
function indexMentions(tree: Tree, ctx: SentenceContext): (i: number) => Mention | undefined {
  const all = [...ctx.mentions];
  const at: (Mention | undefined)[] = tree.tokens.map((t) => {
    let best: Mention | undefined;
    // a token inside the mention (one character of slack at the end: a title that ends in an abbreviation's dot)
    for (const m of all) if (m.start <= t.start && t.end <= m.end + 1 && t.start < m.end && (!best || m.end - m.start < best.end - best.start)) best = m;
    return best;
  });
  return (i) => at[i];
}

function posMatches(tree: Tree, i: number, pos: Frame['pos']): boolean {
  const tag = tree.tok(i).tag;
  if (pos === 'verb') {
    if (tag.startsWith('VB')) return true;
    // the tagger reads a present-tense verb after a name as a plural noun ("the CISO briefs the Board"):
    // a noun with a subject or an object of its own is a verb
    const kids = tree.children(i).map((c) => tree.tok(c).rel);
    return /^(?:NNS|NN|JJ)$/.test(tag) && kids.some((r) => r === 'nsubj') && (kids.includes('obj') || kids.includes('obl'));
  }
  if (pos === 'noun') return tag.startsWith('NN');
  return tag.startsWith('JJ') || tag === 'VBN' || (tag === 'VBD' && /^(?:amod|acl)$/.test(tree.tok(i).rel));
}
