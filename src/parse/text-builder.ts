/**
 * Builds two renderings of an HTML fragment from streaming tokenizer events, without a DOM:
 * - value(): the XBRL fact value for a non-escaped text block, i.e. its text content with whitespace
 *   collapsed and nothing invented at element boundaries (Inline XBRL 1.1 §4.1.5);
 * - text(): readable text, where block elements and <br> become line breaks (paragraphs and list items
 *   on their own lines) and table cells are separated by a space.
 */
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'table',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'blockquote',
  'dd',
  'dt',
  'dl',
  'hr',
  'header',
  'footer',
  'pre',
  'tbody',
  'thead',
  'center',
]);
const CELL = new Set(['td', 'th']);

/** A position in a TextBuilder's output, for reading back what was written between two positions. */
export interface TextMark {
  readonly raw: number;
  readonly out: number;
}

export class TextBuilder {
  private raw = '';
  private out = '';
  private pendingBreak = false;
  private pendingSpace = false;
  // whether raw ends with a space, kept as a flag: raw.endsWith() would flatten the growing string on every call (quadratic)
  private rawEndsWithSpace = false;

  open(tag: string): void {
    this.boundary(tag);
  }

  close(tag: string): void {
    this.boundary(tag);
  }

  text(data: string): void {
    const s = data.replace(/[\u200b\u00ad]/g, '').replace(/[\s\u00a0]+/g, ' ');
    if (s === '') return;
    this.raw += s;
    this.rawEndsWithSpace = s.endsWith(' ');
    if (s === ' ') {
      this.pendingSpace = true;
      return;
    }
    const lead = s.startsWith(' ');
    const body = lead ? s.slice(1) : s;
    if (this.out !== '') {
      if (this.pendingBreak) this.out += '\n';
      else if (this.pendingSpace || lead) this.out += ' ';
    }
    this.pendingBreak = false;
    this.pendingSpace = false;
    const trail = body.endsWith(' ');
    this.out += trail ? body.slice(0, -1) : body;
    if (trail) this.pendingSpace = true;
  }

  /** A word boundary in the value only (the readable text is unaffected). */
  separate(): void {
    if (!this.rawEndsWithSpace) this.raw += ' ';
    this.rawEndsWithSpace = true;
  }

  value(): string {
    return this.raw.replace(/ {2,}/g, ' ').trim();
  }

  readable(): string {
    return this.out;
  }

  mark(): TextMark {
    return { raw: this.raw.length, out: this.out.length };
  }

  /**
   * What a TextBuilder fed only the events between two marks would give, read from this one: the value
   * is the same text with the same collapse; the readable text differs only in the separator (line
   * break or space) written before the range's first text, which belongs to what came before. What a
   * text writes never starts with whitespace, so a leading space or line break is that separator.
   * Read ranges once writing is done: slicing a string that is still growing copies it every time.
   */
  range(from: TextMark, to: TextMark): { value: string; text: string } {
    const text = this.out.slice(from.out, to.out);
    const sep = text.startsWith('\n') || text.startsWith(' ');
    return { value: this.raw.slice(from.raw, to.raw).replace(/ {2,}/g, ' ').trim(), text: sep ? text.slice(1) : text };
  }

  private boundary(tag: string): void {
    if (BLOCK.has(tag)) {
      if (this.out !== '') this.pendingBreak = true;
    } else if (CELL.has(tag)) this.pendingSpace = true;
  }
}
