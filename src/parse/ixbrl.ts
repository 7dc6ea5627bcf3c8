import { MarkupParser } from './markup-parser';
import { CYD_QNAME, type Fact, type Problem } from '../domain/disclosure';
import { kindOfElementName } from '../domain/cyd-elements';
import { booleanFromTransform, identityFromDei } from './dei';
import { ContextPeriods } from './context-periods';
import { excerpt, problem } from './problems';
import type { ParsedFiling } from './parsed-filing';
import { TextBuilder } from './text-builder';
import { item1cSection } from './item1c-html';
import { lineAt, lineIndex } from './text-lines';

/**
 * Inline XBRL 1.1 primary documents, in one streaming pass over htmlparser2's tokenizer (no DOM).
 * Collects ix:nonNumeric cyd and dei facts with their ix:continuation chains (Inline XBRL 1.1 §4.1.1),
 * skips ix:exclude content (§4.1.3), reads boolean transforms for [Flag] elements, and the contexts'
 * periods from ix:resources.
 */
interface Capture {
  readonly builder: TextBuilder;
  readonly depth: number; // element depth of the tag that opened it
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

export function looksLikeIxbrl(head: string): boolean {
  return /<ix:(header|nonNumeric|nonFraction)\b/i.test(head) || /xmlns:ix="http:\/\/www\.xbrl\.org\/2013\/inlineXBRL"/i.test(head);
}

export function parseIxbrl(text: string): ParsedFiling {
  const facts: PendingFact[] = [];
  const continuations = new Map<string, { continuedAt: string | null; capture: Capture }>();
  const contexts = new ContextPeriods();
  const open: Capture[] = [];
  const problems: Problem[] = [];
  let depth = 0;
  let excludeDepth = 0;

  const parser = new MarkupParser(
    {
      onopentag(name, attrs) {
        depth++;
        if (name === 'ix:exclude') excludeDepth++;
        else if (name === 'ix:nonnumeric' || name === 'ix:nonfraction') {
          const qname = attrs.name ?? '';
          if (qname.startsWith('cyd:') && !CYD_QNAME.test(qname)) problems.push(problem('error', `fact name "${excerpt(qname)}" is not a cyd element name; the fact is skipped`));
          else if (qname.startsWith('cyd:') || qname.startsWith('dei:')) {
            const capture = { builder: new TextBuilder(), depth };
            facts.push({
              name: qname, id: attrs.id ?? null, format: attrs.format, contextRef: attrs.contextref ?? null,
              continuedAt: attrs.continuedat ?? null, offset: parser.startIndex, capture,
            });
            open.push(capture);
          }
        } else if (name === 'ix:continuation' && attrs.id) {
          const capture = { builder: new TextBuilder(), depth };
          continuations.set(attrs.id, { continuedAt: attrs.continuedat ?? null, capture });
          open.push(capture);
        } else contexts.open(name, attrs.id);
        if (excludeDepth === 0) for (const c of open) c.builder.open(name);
      },
      ontext(data) {
        contexts.text(data);
        if (excludeDepth > 0 || open.length === 0) return;
        for (const c of open) c.builder.text(data);
      },
      onclosetag(name) {
        if (excludeDepth === 0) for (const c of open) c.builder.close(name);
        while (open.length > 0 && open[open.length - 1]!.depth === depth) open.pop();
        if (name === 'ix:exclude') excludeDepth = Math.max(0, excludeDepth - 1);
        contexts.close(name);
        depth--;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(text);

  if (!/<\/html>\s*$/i.test(text.slice(-500))) problems.push(problem('warning', 'document is truncated: no closing </html>; facts after the cut are lost'));
  const dei = new Map<string, string>();
  const out: Fact[] = [];
  const cydFacts = facts.filter((f) => f.name.startsWith('cyd:'));
  const lines = lineIndex(text, cydFacts.map((f) => f.offset));
  for (const f of facts) {
    const { value, text: readable } = followChain(f, continuations, (msg) => problems.push(problem('warning', msg)));
    if (f.name.startsWith('dei:')) {
      if (!dei.has(f.name.slice(4))) dei.set(f.name.slice(4), value);
      continue;
    }
    const position = { offset: f.offset, line: lines.get(f.offset)! };
    const kind = kindOfElementName(f.name);
    if (kind === 'flag') {
      const b = booleanFromTransform(f.format, value);
      if (b === null) problems.push(problem('error', `${f.name}: cannot read a boolean from "${excerpt(value, 40)}" (format ${excerpt(f.format ?? 'none')})`, position));
      else out.push({ kind: 'flag', element: f.name, value: b, contextRef: f.contextRef, position });
    } else if (kind === 'text') out.push({ kind: 'text', element: f.name, value, text: readable, contextRef: f.contextRef, position });
  }
  const firstContext = cydFacts[0]?.contextRef ?? null;
  const id = identityFromDei(dei, firstContext ? (contexts.ends.get(firstContext) ?? null) : null);
  const section = item1cSection(text);
  const sections = section ? [{ name: 'Item 1C', text: section.text, position: { offset: section.offset, line: lineAt(text, section.offset) } }] : [];
  return { format: 'ixbrl', ...id, accession: null, facts: out, sections, problems };
}

function followChain(f: PendingFact, continuations: ReadonlyMap<string, { continuedAt: string | null; capture: Capture }>, warn: (m: string) => void): { value: string; text: string } {
  const parts = [f.capture.builder];
  const seen = new Set<string>();
  for (let next = f.continuedAt; next; ) {
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
    parts.push(c.capture.builder);
    next = c.continuedAt;
  }
  return {
    value: parts.map((p) => p.value()).filter((p) => p !== '').join(' '),
    text: parts.map((p) => p.readable()).filter((p) => p !== '').join('\n'),
  };
}
