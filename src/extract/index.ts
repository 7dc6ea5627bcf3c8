import type { Disclosure, TextFact } from '../domain/disclosure';
import { COMPANY_ID, TOPIC_ID, type AttributeValue, type Evidence, type Extraction, type Relation, type RelationType } from '../domain/extraction';
import { isCyberSentence, resolveOverlaps, type SentenceContext } from './context';
import { EntityTable } from './entity-table';
import { lower, type Mention } from './mention';
import { detectCommittees } from './mentions/committees';
import { detectPeople } from './mentions/people';
import { detectRoles } from './mentions/roles';
import { detectThirdParties } from './mentions/third-parties';
import { detectUnits } from './mentions/units';
import { detectVendorProcesses } from './mentions/vendor-processes';
import type { SentenceParses } from '../domain/linguistics';
import { Tree } from './syntax/tree';
import { nounPhraseMentions } from './syntax/noun-phrases';
import { applyFrames, contradictedByParse } from './frames/engine';
import { applyProcessFrames } from './frames/processes';
import type { Candidate } from './rules/grammar';
import { RULES } from './rules/registry';
import { splitSentences, type Sentence } from './sentences';

/** The text blocks extraction reads: tagged text facts first, then any untagged narrative (Item 1C) the parser found. */
function blocksOf(d: Disclosure): { element: string; text: string }[] {
  return [
    ...d.facts.filter((f): f is TextFact => f.kind === 'text').map((f) => ({ element: f.element, text: f.text })),
    ...d.sections.map((s) => ({ element: s.name, text: s.text })),
  ];
}

/** Every sentence extraction will read, as the linguistic layer must receive them (src/nlp analyses them). */
export function sentencesOf(d: Disclosure): string[] {
  return [...new Set(blocksOf(d).flatMap((b) => splitSentences(b.text).map((s) => s.text)))];
}

/**
 * Disclosure (+ the parses of its sentences) → Extraction. Pure and deterministic: sentences of every
 * text fact, mentions per entity type, then the ordered rules and the dependency frames (for sentences
 * that have a parse); every relation keeps each sentence that states it as evidence.
 */
export function extract(d: Disclosure, parses: SentenceParses = new Map()): Extraction {
  // a sentence in both a tagged block and the narrative is one relation with two evidences
  const blocks = blocksOf(d);
  // every detector runs once per sentence; the abbreviation pass and the rules share its mentions
  const split = blocks.map((f) => ({ fact: f, sentences: splitSentences(f.text).map((s) => ({ sentence: s, detected: detectMentions(s.text) })) }));
  const abbreviations = collectAbbreviations(split.flatMap((s) => s.sentences));
  const table = new EntityTable(d.company.name ?? '(registrant)');
  const relations = new Map<string, { type: RelationType; from: string; to: string; attributes: Record<string, AttributeValue>; evidence: Evidence[] }>();
  let lastCommittee: string | null = null;
  let lastPerson: Mention | null = null;
  let listResponsibility = false;
  let lastProcess: Mention | null = null;

  for (const { fact, sentences } of split) {
    const antecedents: Mention[] = [];
    const isFieldValue = fact.text.length < 160 && fact.text.split(/\s+/).length < 20;
    for (const { sentence, detected } of sentences) {
      const parse = parses.get(sentence.text);
      const tree = parse?.parsed ? new Tree(parse) : undefined; // one dependency tree per sentence, shared by every reader
      const ctx: SentenceContext = {
        ...withNounPhrases(sentenceContext(sentence, detected, fact.element, abbreviations, lastCommittee, lastPerson, isFieldValue, lastProcess), tree),
        antecedents: [...antecedents],
      };
      lastCommittee = ctx.mentions.filter((m) => m.type === 'Committee' && m.attributes.kind !== 'full_board').at(-1)?.key ?? lastCommittee;
      lastPerson = ctx.mentions.filter((m) => m.type === 'Person').at(-1) ?? lastPerson;
      for (const m of [...ctx.mentions, ...ctx.processes]) table.note(m);
      const candidates = RULES.flatMap((rule) => rule.apply(ctx));
      if (tree) {
        for (let i = candidates.length - 1; i >= 0; i--) if (contradictedByParse(tree, ctx, candidates[i]!)) candidates.splice(i, 1);
        candidates.push(...applyFrames(tree, ctx));
        preferParsedProcesses(candidates, applyProcessFrames(tree, ctx));
        preferFrames(candidates);
      }
      currentNames(candidates);
      antecedents.push(...ctx.mentions.filter((m) => m.type !== 'VendorProcess'));
      if (antecedents.length > 40) antecedents.splice(0, antecedents.length - 40);
      // "a core group of senior executives who are responsible for …:" followed by one line per officer:
      // each listed officer shares the group's responsibility
      const leadsWithRole = ctx.mentions[0]?.type === 'Role' && /^[\s•●◦▪\-–]*$/.test(sentence.text.slice(0, ctx.mentions[0].start));
      if (listResponsibility && leadsWithRole)
        candidates.push({ type: 'RESPONSIBLE_FOR', from: ctx.mentions[0]!, to: 'T_CYBER', attributes: { trigger: 'listed member' } });
      else if (listResponsibility && ctx.mentions.length === 0 && /:$/.test(sentence.text))
        listResponsibility = true; // "These executives include:"
      else
        listResponsibility =
          candidates.some((c) => c.type === 'RESPONSIBLE_FOR' && c.from !== 'E_CO' && c.from.type === 'InternalUnit') && /[:.]$/.test(sentence.text);
      lastProcess =
        candidates
          .filter((c) => c.type === 'HAS_PROCESS')
          .map((c) => c.to as Mention)
          .at(-1) ?? lastProcess;
      for (const c of candidates)
        add(relations, table, c, { text: sentence.text, section: fact.element, start: sentence.start, end: sentence.end, source: c.source ?? 'text' });
    }
  }
  const list: Relation[] = [...relations.values()];
  const used = new Set(list.flatMap((r) => [r.from, r.to]));
  return {
    entities: table.entities(used),
    relations: list,
    flags: d.facts.flatMap((f) => (f.kind === 'flag' ? [{ element: f.element, value: f.value }] : [])),
  };
}

function add(
  relations: Map<string, { type: RelationType; from: string; to: string; attributes: Record<string, AttributeValue>; evidence: Evidence[] }>,
  table: EntityTable,
  c: Candidate,
  ev: Evidence,
): void {
  // C13: the board and its members are one body, whichever rule proposed a line between them
  if (
    c.type === 'REPORTS_TO' &&
    [c.from, c.to].some((a) => a !== 'E_CO' && a !== 'T_CYBER' && a.attributes.kind === 'full_board') &&
    [c.from, c.to].some((a) => a !== 'E_CO' && a !== 'T_CYBER' && a.attributes.normalized === 'DIRECTOR')
  )
    return;
  const from = c.from === 'E_CO' ? COMPANY_ID : table.idOf(c.from);
  const to = c.to === 'T_CYBER' ? TOPIC_ID : table.idOf(c.to);
  if (from === to) return;
  const k = `${c.type}|${from}|${to}`;
  let r = relations.get(k);
  if (!r) relations.set(k, (r = { type: c.type, from, to, attributes: { ...(c.attributes ?? {}) }, evidence: [] }));
  else if (c.attributes?.kind === 'line' && r.attributes.kind === 'informs') r.attributes.kind = 'line'; // a stated line outranks informing
  // a committee informs those it reports to; only positions and units have reporting lines
  if (c.type === 'REPORTS_TO' && c.from !== 'E_CO' && c.from.type === 'Committee') r.attributes.kind = 'informs';
  for (const [key, v] of Object.entries(c.attributes ?? {})) if (r.attributes[key] === undefined) r.attributes[key] = v;
  if (!r.evidence.some((e) => e.section === ev.section && e.start === ev.start)) r.evidence.push(ev);
}

/**
 * A sentence that states a rename ("the Audit and Risk Committee (formerly the Audit Committee) oversees …")
 * speaks of the body under its new name: its other relations go to the new name, never the old one.
 */
function currentNames(candidates: Candidate[]): void {
  const renamed = new Map<string, Mention>();
  for (const c of candidates) if (c.type === 'RENAMED_TO' && c.from !== 'E_CO' && c.to !== 'T_CYBER') renamed.set(c.from.key, c.to);
  if (renamed.size === 0) return;
  const now = <T extends Candidate['from'] | Candidate['to']>(a: T): T => (typeof a === 'string' ? a : ((renamed.get(a.key) as T | undefined) ?? a));
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.type === 'RENAMED_TO') continue;
    const moved = { ...c, from: now(c.from), to: now(c.to) };
    if (typeof moved.from !== 'string' && typeof moved.to !== 'string' && moved.from.key === moved.to.key) candidates.splice(i, 1);
    else candidates[i] = moved;
  }
}

/** Processes read from the parse replace the pattern detector's overlapping ones (and their targets) in the sentence. */
function preferParsedProcesses(candidates: Candidate[], parsed: readonly Candidate[]): void {
  const spans = parsed.flatMap((c) => (c.type === 'HAS_PROCESS' && c.to !== 'T_CYBER' ? [c.to] : []));
  if (spans.length === 0) return;
  const overlapped = (m: Mention) => spans.some((p) => m.start < p.end && p.start < m.end);
  for (let k = candidates.length - 1; k >= 0; k--) {
    const c = candidates[k]!;
    const proc = c.type === 'HAS_PROCESS' ? c.to : c.type === 'TARGETS' ? c.from : null;
    if (proc && proc !== 'T_CYBER' && proc !== 'E_CO' && overlapped(proc)) candidates.splice(k, 1);
  }
  candidates.push(...parsed);
}

const argKey = (a: Candidate['from'] | Candidate['to']): string => (typeof a === 'string' ? a : a.key);
const FRAMED: ReadonlySet<string> = new Set(['OVERSEES', 'RESPONSIBLE_FOR', 'REPORTS_TO', 'CHAIRS', 'MEMBER_OF']);

/** Where a frame read a relation's subject in the parse, a pattern rule's other objects for that subject and type are dropped. */
function preferFrames(candidates: Candidate[]): void {
  const read = new Map<string, Set<string>>();
  for (const c of candidates)
    if (c.attributes?.frame && FRAMED.has(c.type)) {
      const k = `${c.type}|${argKey(c.from)}`;
      read.set(k, (read.get(k) ?? new Set()).add(argKey(c.to)));
    }
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i]!;
    if (c.attributes?.frame || !FRAMED.has(c.type)) continue;
    const objects = read.get(`${c.type}|${argKey(c.from)}`);
    if (objects && !objects.has(argKey(c.to))) candidates.splice(i, 1);
  }
}

/** Noun phrases the parse types by head noun join the detectors' mentions where those found nothing. */
function withNounPhrases(ctx: SentenceContext, tree: Tree | undefined): SentenceContext {
  if (!tree) return ctx;
  const extra: Mention[] = [];
  let mentions = ctx.mentions;
  const found = nounPhraseMentions(tree, ctx.text);
  // a party or unit phrase from the parse that strictly contains the detector's shorter one keeps its modifiers ("prospective suppliers")
  for (const m of found) {
    if (m.type !== 'ThirdParty' && m.type !== 'InternalUnit') continue;
    const inner = mentions.filter((k) => k.type === m.type && k.start >= m.start && k.end <= m.end && k.end - k.start < m.end - m.start);
    if (inner.length === 1 && !mentions.some((k) => k !== inner[0] && m.start < k.end && k.start < m.end))
      mentions = mentions.map((k) => (k === inner[0] ? m : k));
  }
  ctx = { ...ctx, mentions, processes: ctx.processes.filter((p) => isProcessPhrase(tree, p)) };
  const phrases = [...found].sort((a, b) => b.end - b.start - (a.end - a.start)); // longest first: "leaders of our business units", not also "business units"
  for (const m of phrases) {
    const overlaps = (k: Mention) => m.start < k.end && k.start < m.end;
    if (ctx.mentions.some(overlaps) || extra.some(overlaps)) continue;
    extra.push(m);
  }
  if (extra.length === 0) return ctx;
  return { ...ctx, mentions: [...ctx.mentions, ...extra].sort((a, b) => a.start - b.start) };
}

const GENERIC_PROCESS = /^(?:process|program|programme|procedure|practice|assessment|policy|framework|approach)$/;

/**
 * The pattern detector's process phrases, checked against the parse (D5): a gerund with an object
 * ("onboarding new partners") is an activity, and a generic head with only adjectives ("similar
 * processes", "further assessment") names no process.
 */
function isProcessPhrase(tree: Tree, p: Mention): boolean {
  const inside = tree.tokens.filter((t) => t.start >= p.start && t.end <= p.end);
  const head = inside.find((t) => t.head < 0 || tree.tok(t.head).start < p.start || tree.tok(t.head).end > p.end);
  if (!head) return true;
  if (head.tag.startsWith('VB') && inside.length === 1) return false;
  if (head.tag === 'VBG' && tree.deps(head.i, 'obj').length > 0) return false;
  // the head's modifiers inside the phrase (the preposition before it is not one: "for further assessment")
  const mods = tree
    .children(head.i)
    .map((c) => tree.tok(c))
    .filter((t) => t.start >= p.start && t.end <= p.end);
  if (GENERIC_PROCESS.test(head.lemma) && inside.length <= 2 && mods.every((t) => t.rel === 'amod' && /^JJ/.test(t.tag))) return false;
  return true;
}

/** "Chief Information Digital Officer (CIDO)", "Regulatory Compliance Committee (RCSC)", "committee (the “Committee”)". */
const DEFINITION = /^\s*\((?:the\s+)?(?:[“"]([A-Z][\w&/’'-]*(?: [A-Z&][\w&/’'-]*){0,5})[”"]|([A-Z][A-Za-z/&]{1,12}))\)/;

/** "the audit, risk and compliance committee of our board, which we refer to as our audit committee", "…, who we refer to as our CISO". */
const REFERRED_AS =
  /^(?:\s+of\s+(?:the|our)\s+[Bb]oard(?:\s+of\s+[Dd]irectors)?)?,?\s+(?:which|who|whom)\s+(?:we\s+refer\s+to|(?:is|are)\s+referred\s+to)\s+as\s+(?:our|the)\s+([A-Za-z][\w&’'-]*(?: [A-Za-z&][\w&’'-]*){0,5}?)(?=\s*[,.;)]|\s+(?:and|or)\b)/;

function detectMentions(text: string): Mention[] {
  return [...detectCommittees(text), ...detectRoles(text), ...detectPeople(text), ...detectUnits(text), ...detectThirdParties(text)];
}

function collectAbbreviations(sentences: readonly { sentence: Sentence; detected: readonly Mention[] }[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const { sentence, detected } of sentences) {
    for (const m of detected) {
      if (m.type !== 'Role' && m.type !== 'Committee' && m.type !== 'InternalUnit') continue;
      const rest = sentence.text.slice(m.end);
      const def = DEFINITION.exec(rest);
      const referred = def ? null : REFERRED_AS.exec(rest);
      const term = def?.[1] ?? def?.[2] ?? referred?.[1];
      // a defined name of several words names a phrase with the same head ("… Finance Committee (“Audit Committee”)")
      const sameHead = !term?.includes(' ') || lower(term.split(' ').at(-1)!) === lower(m.text.split(/\s+/).at(-1)!);
      if (term && sameHead && term !== m.text && m.key !== 'committee:?' && !out.has(term)) out.set(term, m);
    }
  }
  // a title's usual short form, when the filing names one position with that title ("our VP" after "our Vice
  // President of Information Security"); two vice presidents leave it ambiguous
  for (const [short, title] of SHORT_TITLES) {
    if (out.has(short)) continue;
    const holders = new Map<string, Mention>();
    for (const { detected } of sentences) for (const m of detected) if (m.type === 'Role' && title.test(m.text)) holders.set(m.key, m);
    if (holders.size === 1) out.set(short, [...holders.values()][0]!);
  }
  return out;
}

const SHORT_TITLES: readonly (readonly [string, RegExp])[] = [
  ['VP', /^(?:(?:Our|The|Its)\s+)?Vice President\b/],
  ['SVP', /^(?:(?:Our|The|Its)\s+)?Senior Vice President\b/],
  ['EVP', /^(?:(?:Our|The|Its)\s+)?Executive Vice President\b/],
];

function sentenceContext(
  sentence: Sentence,
  detected: readonly Mention[],
  section: string,
  abbreviations: ReadonlyMap<string, Mention>,
  lastCommittee: string | null,
  lastPerson: Mention | null,
  isFieldValue: boolean,
  previousProcess: Mention | null,
): SentenceContext {
  const text = sentence.text;
  const raw: Mention[] = [...detected];
  // "he"/"she" as a clause subject refers to the last named person (pronouns are never entity names)
  if (lastPerson)
    for (const m of text.matchAll(/\b([Hh]e|[Ss]he)\s+(?=(?:also\s+)?(?:chairs|leads|heads|reports|oversees|serves|is|has|meets|provides|briefs)\b)/g))
      raw.push({ ...lastPerson, text: m[1]!, start: m.index!, end: m.index! + m[1]!.length });
  const defined: Mention[] = [];
  for (const [abbr, def] of abbreviations) {
    for (let i = text.indexOf(abbr); i !== -1; i = text.indexOf(abbr, i + abbr.length)) {
      if (/\w/.test(text[i - 1] ?? '') || /\w/.test(text[i + abbr.length] ?? '')) continue;
      defined.push({ ...def, text: abbr, start: i, end: i + abbr.length });
    }
  }
  // a defined short name ("Audit Committee" for the "Audit and Finance Committee") is that entity, not a second one
  for (let k = raw.length - 1; k >= 0; k--) if (defined.some((d) => d.start === raw[k]!.start && d.end === raw[k]!.end)) raw.splice(k, 1);
  raw.push(...defined);
  const resolved = raw.map((m) => {
    if (m.type === 'Role' && abbreviations.has(m.text)) return { ...abbreviations.get(m.text)!, text: m.text, start: m.start, end: m.end };
    if (m.key === 'committee:?') {
      const def = abbreviations.get(m.text);
      if (def) return { ...def, text: m.text, start: m.start, end: m.end };
      return lastCommittee ? { ...m, key: lastCommittee } : null;
    }
    return m;
  });
  const mentions = resolveOverlaps(resolved.filter((m): m is Mention => m !== null && !insideDefinition(text, m)));
  return { text, sentence, section, mentions, processes: detectVendorProcesses(text), isCyber: isCyberSentence(text), isFieldValue, previousProcess };
}

/** The "(CIDO)" in "Chief … Officer (CIDO)" is the definition itself, not a second mention. */
const insideDefinition = (text: string, m: Mention): boolean => /\((?:the\s+)?[“"]?$/.test(text.slice(Math.max(0, m.start - 8), m.start));
