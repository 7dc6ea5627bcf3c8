import { MarkupParser } from './markup-parser';
import { TextBuilder } from './text-builder';

/**
 * An HTML fragment (escaped XHTML from an XBRL instance, an R-page cell) → value and readable text.
 * In an XBRL instance a text block's value is markup, so its plain value is derived the way EDGAR's
 * text renderings read: every tag boundary separates words (`tagsSeparate`).
 */
export function htmlToText(html: string, opts: { tagsSeparate?: boolean } = {}): { value: string; text: string } {
  const b = new TextBuilder();
  const sep = opts.tagsSeparate ? () => b.separate() : () => undefined;
  const parser = new MarkupParser(
    {
      onopentag: (name) => (b.open(name), sep()),
      onclosetag: (name) => (b.close(name), sep()),
      ontext: (t) => b.text(t),
    },
    { lowerCaseTags: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  return { value: b.value(), text: b.readable() };
}
