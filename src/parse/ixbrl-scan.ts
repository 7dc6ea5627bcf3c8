import { Parser } from 'htmlparser2';

/**
 * Where in an inline XBRL document the parse has to look, found with string search instead of
 * tokenizing every byte. A 10-K's primary document is mostly financial statements (thousands of
 * ix:nonFraction facts in styled tables); what the parse reads is the ix:header (dei facts in ix:hidden,
 * the contexts), the cyd and dei facts, and the ix:continuation chains they name (Inline XBRL 1.1
 * §4.1.1). The Item 1C narrative is located separately, on the raw text (item1c-html.ts).
 *
 * The scan walks the tags from `<` to `<` with indexOf, without tokenizing what lies between (attributes,
 * text, entities), the way htmlparser2's tokenizer would meet them (walkTags), and rebuilds the nesting
 * of the ix elements alone (htmlparser2's rule: a closing tag closes the innermost open element of its
 * name). A region is an outermost ix element (no ix element around it) that is the ix:header, holds a
 * cyd or dei fact, or holds a continuation some needed fact or continuation names, transitively. Each
 * region is then tokenized by itself (ixbrl.ts), which checks that it closes where the scan says and that
 * no closing tag inside it refers to an element opened outside it.
 *
 * The regions parse as they would in the whole document only if the walk meets the tags the tokenizer
 * meets. Where it cannot be sure it answers `fallback` with the reason, and the caller parses the whole
 * document:
 * - a `<` inside a start tag (in a quoted value: not well-formed XML), a quoted value never closed, a
 *   value starting with `=`, a tag ending in `/` right after an unquoted value (is it self-closing?);
 * - markup whose content the tokenizer does not read as tags, or reads differently: `<script`, `<style`,
 *   `<textarea`, `<xmp`, `<svg`, `<math`, `<![` (CDATA), a self-closing `<title/>`, `</` not followed by
 *   a letter (comments, declarations, processing instructions and `<title>` are followed exactly);
 * - a needed ix element never closed (a truncated document), or ix elements nested more than
 *   MAX_FACT_NESTING deep (the parse's own limit must see the same captures);
 * - a context, endDate or instant tag outside the ix:header (the contexts are read from the header);
 * - a fact or continuation start tag that htmlparser2 does not read as exactly one tag (attributes are
 *   read by htmlparser2 itself, so entities decode as in the full parse).
 * Every search starts where the previous one ended, so the scan is linear (#13).
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

export function scanIxbrl(text: string, maxNesting: number): IxbrlScan {
  const tops: Top[] = [];
  const open: IxElement[] = [];
  const facts: IxElement[] = [];
  const continuations: IxElement[] = [];
  const contextTags: number[] = [];
  let headers = 0;
  let tooDeep = false;
  const walked = walkTags(text, {
    ix(name, at, tagEnd, closing, selfClosing) {
      if (closing) {
        let i = open.length - 1;
        while (i >= 0 && open[i]!.name !== name) i--;
        if (i < 0) return; // a stray closing tag: the tokenizer ignores it too
        open.length = i;
        if (i === 0) tops[tops.length - 1]!.end = tagEnd + 1;
        return;
      }
      if (open.length === 0) tops.push({ start: at, end: selfClosing ? tagEnd + 1 : null, needed: false });
      const el: IxElement = { name, start: at, tagEnd, top: tops.length - 1 };
      if (name === 'ix:header') {
        tops[el.top]!.needed = true;
        headers++;
      } else if (name === 'ix:nonnumeric' || name === 'ix:nonfraction') facts.push(el);
      else if (name === 'ix:continuation') continuations.push(el);
      if (selfClosing) return;
      open.push(el);
      if (open.length > maxNesting) tooDeep = true;
    },
    context(at) {
      contextTags.push(at);
    },
  });
  if (walked) return walked;
  if (tooDeep) return fallback(`ix elements nest more than ${maxNesting} deep`);
  if (headers === 0 && facts.length === 0) return fallback('no ix:header and no ix facts');

  const needed = neededContinuations(text, facts, continuations, tops);
  if (needed.kind === 'fallback') return needed;
  const regions: Region[] = [];
  for (const t of tops) {
    if (!t.needed) continue;
    if (t.end === null) return fallback(`the ix element at offset ${t.start} is never closed (truncated document?)`);
    regions.push({ start: t.start, end: t.end });
  }
  return contextsInside(contextTags, regions);
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

interface TagSink {
  ix(name: string, at: number, tagEnd: number, closing: boolean, selfClosing: boolean): void;
  context(at: number): void;
}

const SPECIAL = new Set(['script', 'style', 'textarea', 'xmp', 'svg', 'math']);
const CONTEXT = new Set(['context', 'xbrli:context', 'enddate', 'xbrli:enddate', 'instant', 'xbrli:instant']);
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12; // htmlparser2's whitespace
const isLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/**
 * The tags of the document, walked the way htmlparser2's tokenizer meets them, with string search
 * (indexOf) from one `<` to the next: a start tag ends at the first `>` outside a quoted attribute value;
 * a closing tag at the next `>`; comments at `-->` (`<!-->` counts), declarations and processing
 * instructions at `>`; a `<title>`'s content is text up to `</title`; a `<` not followed by a letter,
 * `/`, `!` or `?` is text. Reports ix tags and context tags; answers a fallback for what it does not
 * follow exactly (see scanIxbrl). Every search starts where the previous one ended, so it is linear.
 */
function walkTags(text: string, sink: TagSink): Fallback | null {
  const n = text.length;
  let dq = -2; // next " and ' at or after the current position (cached: -2 unknown, -1 none)
  let sq = -2;
  const nextQuote = (from: number): number => {
    if (dq !== -1 && dq < from) dq = text.indexOf('"', from);
    if (sq !== -1 && sq < from) sq = text.indexOf("'", from);
    return dq === -1 ? sq : sq === -1 ? dq : Math.min(dq, sq);
  };
  for (let p = text.indexOf('<'); p !== -1 && p < n - 1;) {
    const c = text.charCodeAt(p + 1);
    if (isLetter(c)) {
      let e = p + 2;
      while (e < n && !isSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== 47 && text.charCodeAt(e) !== 62) e++;
      // the start tag's end: the first > not inside a quoted value (a quote opens a value only after =)
      let gt = text.indexOf('>', e);
      for (let from = e; ;) {
        const q = nextQuote(from);
        if (q === -1 || gt === -1 || q > gt) break;
        let b = q - 1;
        while (b > p && isSpace(text.charCodeAt(b))) b--;
        if (text.charCodeAt(b) !== 61) {
          from = q + 1; // a quote in a name or an unquoted value is an ordinary character
          continue;
        }
        let bb = b - 1;
        while (bb > p && isSpace(text.charCodeAt(bb))) bb--;
        if (text.charCodeAt(bb) === 61) return fallback(`an attribute value starting with = at offset ${b}`);
        const close = text.indexOf(text[q]!, q + 1);
        if (close === -1) return fallback(`an attribute value at offset ${q} is never closed`);
        if (close > gt) gt = text.indexOf('>', close); // > inside a quoted value does not end the tag
        from = close + 1;
      }
      if (gt === -1) return fallback(`the tag at offset ${p} never ends`);
      const lt = text.indexOf('<', p + 1);
      if (lt !== -1 && lt < gt) return fallback(`a < inside the tag at offset ${p} (in a quoted value, not well-formed)`);
      const name = text.slice(p + 1, e).toLowerCase();
      const slash = text.charCodeAt(gt - 1) === 47;
      if (slash && gt - 1 !== e && !isSpace(text.charCodeAt(gt - 2)) && text[gt - 2] !== '"' && text[gt - 2] !== "'")
        return fallback(`the tag at offset ${p} ends in / after an unquoted value`);
      if (name.startsWith('ix:')) sink.ix(name, p, gt, false, slash);
      else if (CONTEXT.has(name)) sink.context(p);
      else if (SPECIAL.has(name)) return fallback(`<${name}> at offset ${p}: its content is not read as tags`);
      else if (name === 'title') {
        if (slash) return fallback(`a self-closing <title/> at offset ${p}`);
        const end = /<\/title[ \t\n\f\r>]/gi;
        end.lastIndex = gt + 1;
        const m = end.exec(text);
        if (!m) return null; // the rest of the document is the title's text
        p = m.index; // the closing </title> is an ordinary closing tag
        continue;
      }
      p = lt; // the first < after the tag's start is after its end
    } else if (c === 47) {
      if (!isLetter(text.charCodeAt(p + 2))) return fallback(`</ not followed by a letter at offset ${p}`);
      let e = p + 3;
      while (e < n && !isSpace(text.charCodeAt(e)) && text.charCodeAt(e) !== 62) e++;
      const gt = text.indexOf('>', e);
      if (gt === -1) return null; // an unended closing tag at the very end closes nothing
      const name = text.slice(p + 2, e).toLowerCase();
      if (name.startsWith('ix:')) {
        if (name.includes('/')) return fallback(`a closing ix tag at offset ${p} has a / in its name`);
        sink.ix(name, p, gt, true, false);
      } else if (CONTEXT.has(name)) sink.context(p);
      p = text.indexOf('<', gt + 1);
    } else if (c === 33) {
      if (text.startsWith('--', p + 2)) {
        const close = text.indexOf('-->', p + 2);
        if (close === -1) return null;
        p = text.indexOf('<', close + 3);
      } else if (text.charCodeAt(p + 2) === 91) return fallback(`a CDATA section or <![ at offset ${p}`);
      else {
        const gt = text.indexOf('>', p + 2);
        if (gt === -1) return null;
        p = text.indexOf('<', gt + 1);
      }
    } else if (c === 63) {
      const gt = text.indexOf('>', p + 2);
      if (gt === -1) return null;
      p = text.indexOf('<', gt + 1);
    } else p = text.indexOf('<', p + 1); // a < in text
  }
  return null;
}

/** Every context, endDate and instant tag must lie in a region (the header): the contexts are read there. */
function contextsInside(contextTags: readonly number[], regions: Region[]): IxbrlScan {
  let r = 0;
  for (const at of contextTags) {
    while (r < regions.length && regions[r]!.end <= at) r++;
    if (!(r < regions.length && regions[r]!.start <= at)) return fallback(`a context tag at offset ${at} is outside the ix:header`);
  }
  return { kind: 'regions', regions };
}
