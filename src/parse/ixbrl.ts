import { MarkupParser } from './markup-parser';
import { scanIxbrl, type Region } from './ixbrl-scan';
import { CYD_QNAME, type Fact, type Problem } from '../domain/disclosure';
import { kindOfElementName } from '../domain/cyd-elements';
import { booleanFromTransform, identityFromDei } from './dei';
import { ContextPeriods } from './context-periods';
import { excerpt, problem } from './problems';
import type { ParsedFiling } from './parsed-filing';
import { TextBuilder, type TextMark } from './text-builder';
import { item1cSection } from './item1c-html';
import { lineAt, lineIndex } from './text-lines';

/**
 * Inline XBRL 1.1 primary documents, in one streaming pass over htmlparser2's tokenizer (no DOM).
 * Collects ix:nonNumeric cyd and dei facts with their ix:continuation chains (Inline XBRL 1.1 §4.1.1),
 * skips ix:exclude content (§4.1.3), reads boolean transforms for [Flag] elements, and the contexts'
 * periods from ix:resources.
 *
 * A fact's value includes the text of the facts nested in it. The text inside facts is written once, to
 * one TextBuilder shared by all of them, and each fact and continuation (a capture) records where its
 * text starts and ends in it; values are read from those ranges after the pass. So the pass costs the
 * same however deep facts nest. The values themselves hold each nested character once per enclosing
 * fact, so what they hold is bounded twice, and a problem says what each bound dropped: captures nested
 * more than MAX_FACT_NESTING deep are not read as facts (their text still belongs to the facts around
 * them; real filings nest at most 7 deep, facts in continuations in facts), and all facts together
 * hold at most FACT_TEXT_RATIO times the document's length (see readValues).
 */
export const MAX_FACT_NESTING = 16;

interface Capture {
  readonly depth: number; // element depth of the tag that opened it
  readonly from: TextMark;
  to: TextMark | null;
}

interface PendingFact {
  name: string;
  id: string | null;
  format: string | undefined;
  contextRef: string | null;
  continuedAt: string | null;
  offset: number;
  capture: Capture;
}

type Continuations = ReadonlyMap<string, { continuedAt: string | null; capture: Capture }>;

export function looksLikeIxbrl(head: string): boolean {
  return /<ix:(header|nonNumeric|nonFraction)\b/i.test(head) || /xmlns:ix="http:\/\/www\.xbrl\.org\/2013\/inlineXBRL"/i.test(head);
}

/**
 * Reads only the regions the targeted scan finds (ixbrl-scan.ts): the ix:header, the cyd and dei facts
 * and the continuations their chains name, each tokenized alone. It falls back to the whole document
 * when the scan cannot bound the regions (the scan says why), when a region does not parse as the scan
 * bounded it (a closing tag inside it closes an element opened outside it, or it closes elsewhere), or
 * when the facts' text comes near the FACT_TEXT_RATIO budget (the budget counts separators that depend on
 * text outside the regions). Either way the result is the same as parseIxbrlFull's.
 */
export function parseIxbrl(text: string): ParsedFiling {
  const scan = scanIxbrl(text, MAX_FACT_NESTING);
  if (scan.kind === 'regions') {
    const pass = readPass(text, scan.regions);
    const parsed = pass && finish(text, pass, true);
    if (parsed) return parsed;
  }
  return parseIxbrlFull(text);
}

/** The whole document through the tokenizer: what parseIxbrl falls back to, and the baseline of `npm run bench:parse`. */
export function parseIxbrlFull(text: string): ParsedFiling {
  return finish(text, readPass(text, null)!, false)!;
}

interface Pass {
  facts: PendingFact[];
  continuations: Map<string, { continuedAt: string | null; capture: Capture }>;
  contexts: ContextPeriods;
  shared: TextBuilder;
  problems: Problem[];
  tooDeep: number;
}

/**
 * One streaming pass over the document, or over each region in document order with a fresh tokenizer
 * (offsets are the region's start plus the tokenizer's); null when a region does not parse as bounded.
 */
function readPass(text: string, regions: readonly Region[] | null): Pass | null {
  const pass: Pass = { facts: [], continuations: new Map(), contexts: new ContextPeriods(), shared: new TextBuilder(), problems: [], tooDeep: 0 };
  const { facts, continuations, contexts, shared, problems } = pass;
  const open: Capture[] = [];
  let depth = 0;
  let excludeDepth = 0;
  let base = 0;
  let rootClosedAt = -1;
  const capture = (): Capture | null => {
    if (open.length >= MAX_FACT_NESTING) return (pass.tooDeep++, null);
    const c: Capture = { depth, from: shared.mark(), to: null };
    open.push(c);
    return c;
  };
  let parser: RegionParser;
  const handler = {
    onopentag(name: string, attrs: Record<string, string>) {
      depth++;
      if (name === 'ix:exclude') excludeDepth++;
      else if (name === 'ix:nonnumeric' || name === 'ix:nonfraction') {
        const qname = attrs.name ?? '';
        const ours = qname.startsWith('cyd:') || qname.startsWith('dei:'); // another taxonomy's fact is only text of the facts around it
        if (ours && qname.startsWith('cyd:') && !CYD_QNAME.test(qname))
          problems.push(problem('error', `fact name "${excerpt(qname)}" is not a cyd element name; the fact is skipped`));
        else if (ours) {
          const c = capture();
          if (c)
            facts.push({
              name: qname,
              id: attrs.id ?? null,
              format: attrs.format,
              contextRef: attrs.contextref ?? null,
              continuedAt: attrs.continuedat ?? null,
              offset: base + parser.startIndex,
              capture: c,
            });
        }
      } else if (name === 'ix:continuation' && attrs.id) {
        const c = capture();
        if (c) continuations.set(attrs.id, { continuedAt: attrs.continuedat ?? null, capture: c });
      } else contexts.open(name, attrs.id);
      if (excludeDepth === 0 && open.length > 0) shared.open(name);
    },
    ontext(data: string) {
      contexts.text(data);
      if (excludeDepth > 0 || open.length === 0) return;
      shared.text(data);
    },
    onclosetag(name: string) {
      if (excludeDepth === 0 && open.length > 0) shared.close(name);
      while (open.length > 0 && open[open.length - 1]!.depth === depth) open.pop()!.to = shared.mark();
      if (name === 'ix:exclude') excludeDepth = Math.max(0, excludeDepth - 1);
      contexts.close(name);
      depth--;
      if (depth === 0 && rootClosedAt === -1) rootClosedAt = parser.endIndex;
    },
  };
  if (!regions) {
    parser = new RegionParser(handler, OPTIONS);
    parser.end(text);
    return pass;
  }
  for (const r of regions) {
    base = r.start;
    rootClosedAt = -1;
    parser = new RegionParser(handler, OPTIONS);
    parser.write(text.slice(r.start, r.end));
    if (parser.stray || rootClosedAt !== r.end - r.start - 1) return null;
    parser.end();
  }
  return pass;
}

const OPTIONS = { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true };

/** MarkupParser that notes a closing tag naming no element it has open: in a region, that element may be open outside it. */
class RegionParser extends MarkupParser {
  stray = false;

  override onclosetag(start: number, endIndex: number): void {
    const self = this as unknown as { stack: { indexOf(name: string): number }; getSlice(start: number, end: number): string };
    const name = self.getSlice(start, endIndex).toLowerCase();
    if (!this.isVoidElement(name) && self.stack.indexOf(name) === -1) this.stray = true;
    super.onclosetag(start, endIndex);
  }
}

/** Problems, values, identity and the Item 1C section from a pass; null when a targeted pass must be redone in full. */
function finish(text: string, pass: Pass, targeted: boolean): ParsedFiling | null {
  const { facts, continuations, contexts, shared } = pass;
  const problems = [...pass.problems];
  if (pass.tooDeep > 0) {
    problems.push(
      problem(
        'error',
        `${pass.tooDeep} ix facts or continuations nested more than ${MAX_FACT_NESTING} deep were not read (their text is part of the facts around them)`,
      ),
    );
  }
  const plan = planValues(facts, continuations, shared, text.length, targeted);
  if (!plan) return null;
  if (!/<\/html>\s*$/i.test(text.slice(-500))) problems.push(problem('warning', 'document is truncated: no closing </html>; facts after the cut are lost'));
  const cydFacts = facts.filter((f) => f.name.startsWith('cyd:'));
  const lines = lineIndex(
    text,
    cydFacts.map((f) => f.offset),
  );
  const dei = new Map<string, string>();
  const out: Fact[] = [];
  for (const { fact: f, value, text: readable } of readValues(facts, plan, shared, text.length, problems)) {
    if (f.name.startsWith('dei:')) {
      if (!dei.has(f.name.slice(4))) dei.set(f.name.slice(4), value);
      continue;
    }
    const position = { offset: f.offset, line: lines.get(f.offset)! };
    const kind = kindOfElementName(f.name);
    if (kind === 'flag') {
      const b = booleanFromTransform(f.format, value);
      if (b === null)
        problems.push(problem('error', `${f.name}: cannot read a boolean from "${excerpt(value, 40)}" (format ${excerpt(f.format ?? 'none')})`, position));
      else out.push({ kind: 'flag', element: f.name, value: b, contextRef: f.contextRef, position });
    } else if (kind === 'text') out.push({ kind: 'text', element: f.name, value, text: readable, contextRef: f.contextRef, position });
  }
  const firstContext = cydFacts[0]?.contextRef ?? null;
  const id = identityFromDei(dei, firstContext ? (contexts.ends.get(firstContext) ?? null) : null);
  const section = item1cSection(text);
  const sections = section ? [{ name: 'Item 1C', text: section.text, position: { offset: section.offset, line: lineAt(text, section.offset) } }] : [];
  return { format: 'ixbrl', ...id, accession: null, facts: out, sections, problems };
}

/**
 * The facts' values, read from their captures' ranges once the pass is over, in document order (outer
 * facts before the facts nested in them). All facts together hold at most FACT_TEXT_RATIO times the
 * document's length (and a megabyte): nesting within MAX_FACT_NESTING can still repeat one text 16
 * times, and what a filing passes on (to the ingest's main thread, to the graph) stays proportional to
 * the file. Facts past that are reported, not read; real filings use a small part of it.
 */
export const FACT_TEXT_RATIO = 4;

function* readValues(
  facts: readonly PendingFact[],
  plan: ValuePlan,
  shared: TextBuilder,
  length: number,
  problems: Problem[],
): Generator<{ fact: PendingFact; value: string; text: string }> {
  const end = shared.mark();
  let budget = FACT_TEXT_RATIO * length + 1_000_000;
  let unread = 0;
  for (const [i, fact] of facts.entries()) {
    for (const msg of plan.warnings[i]!) problems.push(problem('warning', msg));
    const chain = plan.chains[i]!;
    const size = chain.reduce((n, c) => n + spanOf(c, end), 0);
    if (size > budget) {
      unread++;
      continue;
    }
    budget -= size;
    const parts = chain.map((c) => shared.range(c.from, c.to ?? end));
    yield {
      fact,
      value: parts
        .map((p) => p.value)
        .filter((p) => p !== '')
        .join(' '),
      text: parts
        .map((p) => p.text)
        .filter((p) => p !== '')
        .join('\n'),
    };
  }
  if (unread > 0)
    problems.push(
      problem(
        'error',
        `${unread} facts were not read: with them the facts would hold over ${FACT_TEXT_RATIO} times the document's text (nested facts repeat the text they contain)`,
      ),
    );
}

const spanOf = (c: Capture, end: TextMark): number => (c.to ?? end).raw - c.from.raw + (c.to ?? end).out - c.from.out;

interface ValuePlan {
  chains: Capture[][];
  warnings: string[][]; // per fact, what following its chain found
}

/**
 * Every fact's chain, before any value is read. A targeted pass may count one separator per capture
 * differently (the text before a region is not read), so near the budget it is redone in full (null);
 * so is a chain naming a continuation the regions lack (the scan reads every continuation a chain can
 * name, so this only guards the scan).
 */
function planValues(facts: readonly PendingFact[], continuations: Continuations, shared: TextBuilder, length: number, targeted: boolean): ValuePlan | null {
  const claimed = new Map<string, string>(); // continuation id → the fact whose chain took it
  const warnings = facts.map((): string[] => []);
  const chains = facts.map((fact, i) => chainOf(fact, continuations, claimed, (msg) => warnings[i]!.push(msg)));
  if (!targeted) return { chains, warnings };
  const end = shared.mark();
  const total = chains.reduce((n, chain) => n + chain.reduce((k, c) => k + spanOf(c, end) + 1, 0), 0);
  if (total >= FACT_TEXT_RATIO * length + 1_000_000) return null;
  if (warnings.some((ws) => ws.some((w) => w.includes('not found')))) return null;
  return { chains, warnings };
}

/**
 * A fact's capture and those of its continuation chain (Inline XBRL 1.1 §4.1.1). A continuation belongs
 * to one chain: one that another fact's chain already took is reported and not read twice.
 */
function chainOf(f: PendingFact, continuations: Continuations, claimed: Map<string, string>, warn: (m: string) => void): Capture[] {
  const chain = [f.capture];
  const seen = new Set<string>();
  for (let next = f.continuedAt; next;) {
    if (seen.has(next)) {
      warn(`${excerpt(f.name)}: continuation cycle at "${excerpt(next)}"`);
      break;
    }
    seen.add(next);
    const c = continuations.get(next);
    if (!c) {
      warn(`${excerpt(f.name)}: ix:continuation "${excerpt(next)}" not found`);
      break;
    }
    const owner = claimed.get(next);
    if (owner !== undefined) {
      warn(`${excerpt(f.name)}: ix:continuation "${excerpt(next)}" already continues ${excerpt(owner)}; it is read once`);
      break;
    }
    claimed.set(next, f.name);
    chain.push(c.capture);
    next = c.continuedAt;
  }
  return chain;
}
