import { MarkupParser } from './markup-parser';
import { CYD_QNAME, type Fact } from '../domain/disclosure';
import { kindOfElementName } from '../domain/cyd-elements';
import { booleanFromTransform, identityFromDei } from './dei';
import { htmlToText } from './html-text';
import { ContextPeriods } from './context-periods';
import { excerpt, problem } from './problems';
import type { ParsedFiling } from './parsed-filing';
import { lineIndex } from './text-lines';

/**
 * XBRL 2.1 instance documents (EDGAR's extracted *_htm.xml): cyd facts whose text blocks hold escaped
 * XHTML, dei cover facts, and contexts. Streaming, in XML mode; DTD entity declarations are never
 * expanded (the tokenizer knows only the predefined and numeric entities), so entity bombs are inert.
 */
export function looksLikeXbrlInstance(head: string): boolean {
  return /<(xbrli:)?xbrl[\s>]/.test(head) && /http:\/\/www\.xbrl\.org\/2003\/instance/.test(head) && !/<ix:header/i.test(head);
}

interface Collected {
  name: string;
  contextRef: string | null;
  offset: number;
  text: string;
}

export function parseXbrlInstance(text: string): ParsedFiling {
  const collected: Collected[] = [];
  const contexts = new ContextPeriods();
  let current: Collected | null = null;
  let depth = 0;
  const parser = new MarkupParser(
    {
      onopentag(name, attrs) {
        depth++;
        if (depth === 2 && (name.startsWith('cyd:') || name.startsWith('dei:'))) {
          current = { name, contextRef: attrs.contextRef ?? null, offset: parser.startIndex, text: '' };
        } else contexts.open(name, attrs.id);
      },
      ontext(data) {
        if (current) current.text += data;
        else contexts.text(data);
      },
      onclosetag(name) {
        if (current && depth === 2) {
          collected.push(current);
          current = null;
        }
        contexts.close(name);
        depth--;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(text);

  const problems = [];
  if (!/<\/(xbrli:)?xbrl>\s*$/.test(text.slice(-500)))
    problems.push(problem('warning', 'document is truncated: no closing </xbrl>; facts after the cut are lost'));
  const dei = new Map<string, string>();
  const facts: Fact[] = [];
  const lines = lineIndex(
    text,
    collected.map((c) => c.offset),
  );
  for (const c of collected) {
    if (c.name.startsWith('dei:')) {
      if (!dei.has(c.name.slice(4))) dei.set(c.name.slice(4), c.text.trim());
      continue;
    }
    const position = { offset: c.offset, line: lines.get(c.offset)! };
    if (!CYD_QNAME.test(c.name)) {
      problems.push(problem('error', `element "${excerpt(c.name)}" is not a cyd element name; the fact is skipped`, position));
      continue;
    }
    const kind = kindOfElementName(c.name);
    if (kind === 'flag') {
      const b = booleanFromTransform(undefined, c.text);
      if (b === null) problems.push(problem('error', `${c.name}: "${excerpt(c.text, 40)}" is not a boolean`, position));
      else facts.push({ kind: 'flag', element: c.name, value: b, contextRef: c.contextRef, position });
    } else if (kind === 'text') {
      const { value, text: readable } = htmlToText(c.text, { tagsSeparate: true });
      facts.push({ kind: 'text', element: c.name, value, text: readable, contextRef: c.contextRef, position });
    }
  }
  const firstContext = facts[0]?.contextRef;
  const id = identityFromDei(dei, firstContext ? (contexts.ends.get(firstContext) ?? null) : null);
  return { format: 'xbrl', ...id, accession: null, facts, problems };
}
