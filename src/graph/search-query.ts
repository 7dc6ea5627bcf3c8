/**
 * What a client may type into `search(text:)`, read into a Lucene query for the fact_text index. Pure.
 *
 * The syntax is small and ours, so every mistake is the client's and is reported in one line:
 * words (matched as words: Lucene's own syntax characters are escaped), "quoted phrases", and the
 * operators AND, OR and NOT (upper case) between terms; words side by side are alternatives (OR).
 * Refused: an unbalanced quote, an operator without a term on each side it needs, only excluded
 * terms, more than MAX_SEARCH_WORDS words (Lucene's limit of 1,024 clauses), or overlong text.
 */
export const MAX_SEARCH_WORDS = 1_024;
export const MAX_SEARCH_CHARS = 10_000;

export type SearchQuery = { kind: 'query'; lucene: string; words: string[] } | { kind: 'invalid'; reason: string };

type Token = { kind: 'term'; text: string; phrase: boolean } | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' };

// the index's standard analyzer splits on these boundaries; a CJK ideograph or kana is a word of its own
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}\p{M}]+/gu;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function parseSearchText(text: string): SearchQuery {
  if (text.length > MAX_SEARCH_CHARS)
    return invalid(`search text has ${text.length} characters; at most ${MAX_SEARCH_CHARS.toLocaleString('en-US')} are accepted`);
  const tokens = tokenize(text);
  if (!Array.isArray(tokens)) return tokens;
  const problem = grammarProblem(tokens);
  if (problem) return invalid(problem);
  const words = tokens.flatMap((t) => (t.kind === 'term' ? (t.text.match(WORD) ?? []) : []));
  if (words.length > MAX_SEARCH_WORDS)
    return invalid(`search text has ${words.length} words; at most ${MAX_SEARCH_WORDS.toLocaleString('en-US')} are accepted`);
  const lucene = tokens
    .map((t) => (t.kind === 'op' ? t.op : t.phrase ? `"${t.text.replace(LUCENE_SPECIAL, '\\$&')}"` : t.text.replace(LUCENE_SPECIAL, '\\$&')))
    .join(' ');
  const positive = tokens.filter((t, i) => t.kind === 'term' && !isOp(tokens[i - 1], 'NOT'));
  return { kind: 'query', lucene, words: positive.flatMap((t) => (t.kind === 'term' ? (t.text.match(WORD) ?? []) : [])) };
}

const invalid = (reason: string): SearchQuery => ({ kind: 'invalid', reason });
const isOp = (t: Token | undefined, op?: string): boolean => t?.kind === 'op' && (op === undefined || t.op === op);

/** Words, phrases and operators; a term with no letter or digit (a lone bracket) is dropped: it would match nothing. */
function tokenize(text: string): Token[] | SearchQuery {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return invalid('search text has an unbalanced quote (")');
      pushTerm(
        tokens,
        text
          .slice(i + 1, end)
          .trim()
          .replace(/\s+/g, ' '),
        true,
      );
      i = end + 1;
    } else {
      let end = i;
      while (end < text.length && !/\s/.test(text[end]!) && text[end] !== '"') end++;
      const word = text.slice(i, end);
      if (word === 'AND' || word === 'OR' || word === 'NOT') tokens.push({ kind: 'op', op: word });
      else pushTerm(tokens, word, false);
      i = end;
    }
  }
  return tokens;
}

function pushTerm(tokens: Token[], text: string, phrase: boolean): void {
  if (/[\p{L}\p{N}]/u.test(text)) tokens.push({ kind: 'term', text, phrase });
}

/** AND / OR need a term before and a term (or NOT term) after; NOT needs a term after; something must be searched for. */
function grammarProblem(tokens: readonly Token[]): string | null {
  if (tokens.length === 0) return 'search text has no words to search for';
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'op') continue;
    const before = tokens[i - 1];
    const after = t.op === 'NOT' ? tokens[i + 1] : isOp(tokens[i + 1], 'NOT') ? tokens[i + 2] : tokens[i + 1];
    if (t.op !== 'NOT' && (!before || before.kind !== 'term')) return `${t.op} needs a word or phrase before it`;
    if (!after || after.kind !== 'term') return `${t.op} needs a word or phrase after it`;
  }
  if (!tokens.some((t, i) => t.kind === 'term' && !isOp(tokens[i - 1], 'NOT'))) return 'search text only excludes (NOT); add a word or phrase to search for';
  return null;
}
