import { Parser } from 'htmlparser2';

/**
 * Where in an inline XBRL document the parse has to look, found with string search instead of
 * tokenizing every byte. A 10-K's primary document is mostly financial statements (thousands of
 * ix:nonFraction facts in styled tables); what the parse reads is the ix:header (dei facts in ix:hidden,
 * the contexts), the cyd and dei facts, and the ix:continuation chains they name (Inline XBRL 1.1
 * §4.1.1). The Item 1C narrative is located separately, on the raw text (item1c-html.ts).
 *
 * The scan finds every `<ix:` / `</ix:` tag with one regular expression and rebuilds the nesting of the
 * ix elements alone (htmlparser2's rule: a closing tag closes the innermost open element of its name).
 * A region is an outermost ix element (no ix element around it) that is the ix:header, holds a cyd or
 * dei fact, or holds a continuation some needed fact or continuation names, transitively. Each region is
 * then tokenized by itself (ixbrl.ts), which checks that it closes where the scan says and that no
 * closing tag inside it refers to an element opened outside it.
 *
 * The regions parse as they would in the whole document only if every `<ix:` found is a tag (not text
 * in a comment, a title, a script, or an attribute value) and every tag is found. The scan proves that
 * with string searches, and answers `fallback` with the reason when it cannot, so the caller parses the
 * whole document:
 * - a quoted attribute value holding `<` or `>` (`<` is not well-formed XML; with `>` a tag's end would
 *   not be the next `>`): with none, a tag ends at the first `>` after its `<`;
 * - markup whose content the tokenizer does not read as tags: `<script`, `<style`, `<textarea`, `<xmp`,
 *   `<svg`, `<math` (foreign content), `<![` (CDATA), a self-closing `<title/>`, `</` not followed by a
 *   letter; comments, declarations, processing instructions and `<title>` are skipped exactly;
 * - an ix tag or such markup right after an unclosed `<` (inside another tag, or a stray `<`);
 * - a needed ix element never closed (a truncated document), or ix elements nested more than
 *   MAX_FACT_NESTING deep (the parse's own limit must see the same captures);
 * - a context, endDate or instant tag outside the ix:header (the contexts are read from the header);
 * - an attribute of a fact or continuation that cannot be read without the tokenizer (an ix start tag
 *   holding `&` where it matters is read by htmlparser2 itself, so entities decode as in the full parse).
 * Every search moves forward or scans back at most to the previous `<`, so the scan is linear (#13).
 */
export interface Region {
  readonly start: number; // offset of the region's `<`
  readonly end: number; // offset just past its closing tag's `>`
}

export type Fallback = { kind: 'fallback'; reason: string };
export type IxbrlScan = { kind: 'regions'; regions: Region[] } | Fallback;

interface IxElement {
  readonly name: string; // lowercased, e.g. ix:nonnumeric
  readonly start: number;
  readonly tagEnd: number; // offset of the start tag's `>`
  readonly top: number; // index of its outermost ix element in `tops`
}

interface Top {
  readonly start: number;
  end: number | null;
  needed: boolean;
}

const IX_TAG = /<(\/?)ix:[^ \t\n\f\r/>]*/gi; // htmlparser2's whitespace, not JavaScript's \s
const HAZARD = /<(?:!|\?|\/[^a-zA-Z]|(?:script|style|title|textarea|xmp|svg|math)[ \t\n\f\r/>])/gi;
const QUOTED_WITH_BRACKET = /=\s*(?:"[^"<>]*[<>]|'[^'<>]*[<>])/;
const CONTEXT_TAG = /<\/?(?:xbrli:)?(?:context|enddate|instant)[ \t\n\f\r/>]/gi;

export function scanIxbrl(text: string, maxNesting: number): IxbrlScan {
  if (QUOTED_WITH_BRACKET.test(text)) return fallback('a quoted attribute value holds < or >');
  const opaque = opaqueSpans(text);
  if (opaque.kind === 'fallback') return opaque;
  const skip = skipper(opaque.spans);

  const tops: Top[] = [];
  const open: IxElement[] = [];
  const facts: IxElement[] = [];
  const continuations: IxElement[] = [];
  let headers = 0;
  IX_TAG.lastIndex = 0;
  for (let m = IX_TAG.exec(text); m; m = IX_TAG.exec(text)) {
    const at = m.index;
    if (skip(at)) continue;
    if (!afterTagEnd(text, at)) return fallback(`an ix tag at offset ${at} follows an unclosed <`);
    const name = m[0].slice(m[1] ? 2 : 1).toLowerCase();
    const tagEnd = text.indexOf('>', at);
    if (tagEnd === -1) return fallback(`the ix tag at offset ${at} never ends`);
    if (m[1]) {
      if (text[at + m[0].length] === '/') return fallback(`a closing ix tag at offset ${at} has a / in its name`);
      let i = open.length - 1;
      while (i >= 0 && open[i]!.name !== name) i--;
      if (i < 0) continue; // a stray closing tag: the tokenizer ignores it too
      open.length = i;
      if (i === 0) tops[tops.length - 1]!.end = tagEnd + 1;
      continue;
    }
    if (open.length === 0) tops.push({ start: at, end: null, needed: false });
    const el: IxElement = { name, start: at, tagEnd, top: tops.length - 1 };
    if (name === 'ix:header') {
      tops[el.top]!.needed = true;
      headers++;
    } else if (name === 'ix:nonnumeric' || name === 'ix:nonfraction') facts.push(el);
    else if (name === 'ix:continuation') continuations.push(el);
    if (text[tagEnd - 1] === '/') {
      if (open.length === 0) tops[el.top]!.end = tagEnd + 1; // self-closing (recognizeSelfClosing)
      continue;
    }
    open.push(el);
    if (open.length > maxNesting) return fallback(`ix elements nest more than ${maxNesting} deep`);
  }
  if (headers === 0 && facts.length === 0) return fallback('no ix:header and no ix facts');

  const needed = neededContinuations(text, facts, continuations, tops);
  if (needed.kind === 'fallback') return needed;
  const regions: Region[] = [];
  for (const t of tops) {
    if (!t.needed) continue;
    if (t.end === null) return fallback(`the ix element at offset ${t.start} is never closed (truncated document?)`);
    regions.push({ start: t.start, end: t.end });
  }
  return contextsInside(text, regions, skipper(opaque.spans));
}

const fallback = (reason: string): Fallback => ({ kind: 'fallback', reason });

/**
 * Marks the outermost elements holding a cyd or dei fact, and those holding a continuation that a
 * marked fact's chain reaches. Attributes are read by htmlparser2 from the start tag alone (entities
 * decode as in the whole document); tags that cannot hold a cyd or dei name are not read at all.
 */
function neededContinuations(text: string, facts: IxElement[], continuations: IxElement[], tops: Top[]): { kind: 'ok' } | Fallback {
  const attrs = startTagReader();
  const byId = new Map<string, { el: IxElement; continuedAt: string | null }[]>();
  for (const c of continuations) {
    const a = attrs(text.slice(c.start, c.tagEnd + 1));
    if (!a) return fallback(`the ix:continuation start tag at offset ${c.start} does not read as one tag`);
    if (!a.id) continue; // the parse ignores a continuation without an id
    const list = byId.get(a.id) ?? [];
    list.push({ el: c, continuedAt: a.continuedat ?? null });
    byId.set(a.id, list);
  }
  const queue: string[] = [];
  for (const f of facts) {
    const tag = text.slice(f.start, f.tagEnd + 1);
    if (!tag.includes('cyd:') && !tag.includes('dei:') && !tag.includes('&')) continue;
    const a = attrs(tag);
    if (!a) return fallback(`the ix fact start tag at offset ${f.start} does not read as one tag`);
    const name = a.name ?? '';
    if (!name.startsWith('cyd:') && !name.startsWith('dei:')) continue;
    tops[f.top]!.needed = true;
    if (a.continuedat) queue.push(a.continuedat);
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const c of byId.get(id) ?? []) {
      tops[c.el.top]!.needed = true;
      if (c.continuedAt) queue.push(c.continuedAt);
    }
  }
  return { kind: 'ok' };
}

/** The attributes of one start tag, read by htmlparser2 with the parse's options; null if it is not exactly one start tag. */
function startTagReader(): (tag: string) => Record<string, string> | null {
  let got: Record<string, string> | null = null;
  let count = 0;
  const parser = new Parser(
    {
      onopentag(_name, attribs) {
        count++;
        got = attribs;
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  return (tag) => {
    got = null;
    count = 0;
    parser.reset();
    parser.end(tag);
    return count === 1 ? got : null;
  };
}

/**
 * Comments, declarations, processing instructions and titles: spans whose content the tokenizer does
 * not read as tags. Found in document order, each from where the one before ends, as the tokenizer
 * meets them. Markup the scan does not bound exactly is a fallback.
 */
function opaqueSpans(text: string): { kind: 'ok'; spans: Region[] } | Fallback {
  const spans: Region[] = [];
  HAZARD.lastIndex = 0;
  for (let m = HAZARD.exec(text); m; m = HAZARD.exec(text)) {
    const at = m.index;
    if (!afterTagEnd(text, at)) return fallback(`markup at offset ${at} follows an unclosed <`);
    const s = m[0].toLowerCase();
    let end: number;
    if (s === '<!' && text.startsWith('--', at + 2)) {
      const close = text.indexOf('-->', at + 2); // the tokenizer allows <!--> and <!--->
      end = close === -1 ? text.length : close + 3;
    } else if (s === '<!' && text[at + 2] === '[') return fallback(`a CDATA section or <![ at offset ${at}`);
    else if (s === '<!' || s === '<?') {
      const close = text.indexOf('>', at + 2);
      end = close === -1 ? text.length : close + 1;
    } else if (s.startsWith('<title')) {
      const tagEnd = text.indexOf('>', at);
      if (tagEnd === -1 || text[tagEnd - 1] === '/') return fallback(`a self-closing or unended <title> at offset ${at}`);
      const close = /<\/title[ \t\n\f\r>]/gi;
      close.lastIndex = tagEnd;
      const c = close.exec(text);
      end = c ? c.index : text.length; // the closing </title> itself is an ordinary tag
    } else return fallback(`${excerpt(s)} at offset ${at}: its content is not read as tags`);
    spans.push({ start: at, end });
    HAZARD.lastIndex = Math.max(HAZARD.lastIndex, end);
  }
  return { kind: 'ok', spans };
}

const excerpt = (s: string): string => s.replace(/\s/g, ' ');

/** Whether an offset is inside one of the spans; asked with increasing offsets, so one walk over the spans. */
function skipper(spans: readonly Region[]): (at: number) => boolean {
  let i = 0;
  return (at) => {
    while (i < spans.length && spans[i]!.end <= at) i++;
    return i < spans.length && spans[i]!.start <= at;
  };
}

/**
 * Whether the `<` at `at` is where the tokenizer is in text: the nearest `<` or `>` before it is a `>`
 * (quoted values hold neither, checked first). The scan back stops at the previous `<`, which is the
 * previous tag or markup found, so all these scans together cover the text once.
 */
function afterTagEnd(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 62) return true; // >
    if (c === 60) return false; // <
  }
  return true;
}

/** Every context, endDate and instant tag must lie in a region (the header): the contexts are read there. */
function contextsInside(text: string, regions: Region[], skip: (at: number) => boolean): IxbrlScan {
  let r = 0;
  CONTEXT_TAG.lastIndex = 0;
  for (let m = CONTEXT_TAG.exec(text); m; m = CONTEXT_TAG.exec(text)) {
    while (r < regions.length && regions[r]!.end <= m.index) r++;
    const inside = r < regions.length && regions[r]!.start <= m.index;
    if (!inside && !skip(m.index)) return fallback(`a context tag at offset ${m.index} is outside the ix:header`);
  }
  return { kind: 'regions', regions };
}
