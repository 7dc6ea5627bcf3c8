import { MarkupParser } from './markup-parser';
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

export function parseIxbrl(text: string): ParsedFiling {
  const facts: PendingFact[] = [];
  const continuations = new Map<string, { continuedAt: string | null; capture: Capture }>();
  const contexts = new ContextPeriods();
  const shared = new TextBuilder();
  const open: Capture[] = [];
  const problems: Problem[] = [];
  let depth = 0;
  let excludeDepth = 0;
  let tooDeep = 0;
  const capture = (): Capture | null => {
    if (open.length >= MAX_FACT_NESTING) return (tooDeep++, null);
    const c: Capture = { depth, from: shared.mark(), to: null };
    open.push(c);
    return c;
  };

  const parser = new MarkupParser(
    {
      onopentag(name, attrs) {
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
                offset: parser.startIndex,
                capture: c,
              });
          }
        } else if (name === 'ix:continuation' && attrs.id) {
          const c = capture();
          if (c) continuations.set(attrs.id, { continuedAt: attrs.continuedat ?? null, capture: c });
        } else contexts.open(name, attrs.id);
        if (excludeDepth === 0 && open.length > 0) shared.open(name);
      },
      ontext(data) {
        contexts.text(data);
        if (excludeDepth > 0 || open.length === 0) return;
        shared.text(data);
      },
      onclosetag(name) {
        if (excludeDepth === 0 && open.length > 0) shared.close(name);
        while (open.length > 0 && open[open.length - 1]!.depth === depth) open.pop()!.to = shared.mark();
        if (name === 'ix:exclude') excludeDepth = Math.max(0, excludeDepth - 1);
        contexts.close(name);
        depth--;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(text);

  if (tooDeep > 0) {
    problems.push(
      problem(
        'error',
        `${tooDeep} ix facts or continuations nested more than ${MAX_FACT_NESTING} deep were not read (their text is part of the facts around them)`,
      ),
    );
  }
  if (!/<\/html>\s*$/i.test(text.slice(-500))) problems.push(problem('warning', 'document is truncated: no closing </html>; facts after the cut are lost'));
  const cydFacts = facts.filter((f) => f.name.startsWith('cyd:'));
  const lines = lineIndex(
    text,
    cydFacts.map((f) => f.offset),
  );
  const dei = new Map<string, string>();
  const out: Fact[] = [];
  for (const { fact: f, value, text: readable } of readValues(facts, continuations, shared, text.length, problems)) {
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
  continuations: Continuations,
  shared: TextBuilder,
  length: number,
  problems: Problem[],
): Generator<{ fact: PendingFact; value: string; text: string }> {
  const end = shared.mark();
  const span = (c: Capture) => (c.to ?? end).raw - c.from.raw + (c.to ?? end).out - c.from.out;
  const claimed = new Map<string, string>(); // continuation id → the fact whose chain took it
  let budget = FACT_TEXT_RATIO * length + 1_000_000;
  let unread = 0;
  for (const fact of facts) {
    const chain = chainOf(fact, continuations, claimed, (msg) => problems.push(problem('warning', msg)));
    const size = chain.reduce((n, c) => n + span(c), 0);
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
