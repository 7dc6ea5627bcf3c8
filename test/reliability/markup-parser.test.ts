import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Parser, type ParserOptions } from 'htmlparser2';
import { MarkupParser } from '../../src/parse/markup-parser';
import { hasShared, sharedPath } from '../helpers/shared';

/**
 * MarkupParser is htmlparser2's Parser with O(1) stacks (src/parse/markup-parser.ts): it must emit the
 * very same events, with the same positions, as the Parser it replaces.
 */
function events(Impl: typeof Parser, input: string, options: ParserOptions): string {
  const hash = createHash('sha256');
  const log = (...parts: unknown[]) => hash.update(JSON.stringify([...parts, parser.startIndex, parser.endIndex]));
  const parser: Parser = new Impl(
    {
      onopentag: (name, attrs, implied) => log('open', name, attrs, implied),
      onclosetag: (name, implied) => log('close', name, implied),
      ontext: (t) => log('text', t),
      oncomment: (t) => log('comment', t),
      oncdatastart: () => log('cdata'),
      onprocessinginstruction: (name, data) => log('pi', name, data),
      onend: () => log('end'),
    },
    options,
  );
  parser.end(input);
  return hash.digest('hex');
}

const HTML: ParserOptions = { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true, recognizeSelfClosing: true };
const XML: ParserOptions = { xmlMode: true, decodeEntities: true };

const SNIPPETS = [
  '<p>one<p>two<div>three</div><li>a<li>b</ul>',
  '<table><tr><td>1<td>2<tr><td>3</table><p>after',
  '<div><span>unclosed <b>bold <i>italic</div> tail',
  '</p></br><br/><img src=x><hr>text</span></div>',
  '<select><option>a<option>b<optgroup><option>c</select>',
  '<dl><dt>t<dd>d<dt>t2</dl><ruby>x<rt>y<rp>z</ruby>',
  '<svg><path d="m0"/><foreignObject><div/>inside</foreignObject><circle/></svg><math><mi>x</mi></math><div/>',
  '<ix:nonNumeric name="cyd:X" contextRef="c"><ix:exclude>page</ix:exclude>kept<ix:continuation id="k"/></ix:nonNumeric>',
  '<!DOCTYPE html><?xml version="1.0"?><!-- comment --><![CDATA[data]]><script>if (a<b) x</script><style>p{}</style>',
  '&amp; &#160; &nbsp; &unknown; <a title="&quot;q&quot;" href=\'x\' flag>link</a>',
  `${'<div>'.repeat(300)}deep${'</div>'.repeat(150)}${'</span>'.repeat(50)}`,
  `${'<p><b>'.repeat(200)}implied`,
];

test.each(SNIPPETS.map((s, i) => [i, s]))('HTML snippet %i: the same events', (_i, snippet) => {
  expect(events(MarkupParser, snippet, HTML)).toBe(events(Parser, snippet, HTML));
});

test.each(SNIPPETS.map((s, i) => [i, s]))('XML snippet %i: the same events', (_i, snippet) => {
  expect(events(MarkupParser, snippet, XML)).toBe(events(Parser, snippet, XML));
});

const corpus = hasShared
  ? ['ixbrl', 'xbrl', 'formats'].flatMap((dir) =>
      readdirSync(sharedPath('corpus', dir))
        .filter((f) => /\.(htm|html|xml)$/.test(f))
        .map((f) => [`${dir}/${f}`]),
    )
  : [];
(hasShared ? test.each(corpus) : test.skip.each([['(no ../shared corpus)']]))('real filing %s: the same events', (file) => {
  const text = readFileSync(sharedPath('corpus', file), 'utf8');
  const options = file.startsWith('xbrl/') || file.endsWith('.xml') ? XML : HTML;
  expect(events(MarkupParser, text, options)).toBe(events(Parser, text, options));
});
