/**
 * The linguistic analysis of one sentence, as the linguistic layer (src/nlp, Stanford CoreNLP) gives it:
 * tokens with lemma, Penn Treebank tag, UTF-16 offsets into the sentence text, and a Universal
 * Dependencies tree (head is a 0-based token index, -1 for the root or when the sentence was not parsed).
 */
export interface Token {
  readonly i: number;
  readonly text: string;
  readonly lemma: string; // lower case
  readonly tag: string;
  readonly start: number;
  readonly end: number;
  readonly head: number;
  readonly rel: string; // nsubj, obj, obl, nmod:poss, conj, appos, acl:relcl, … ('' when unparsed)
}

export interface ParsedSentence {
  readonly tokens: readonly Token[];
  /** False when the layer only tagged the sentence (longer than its parse limit). */
  readonly parsed: boolean;
}

/** Parses by sentence text: what extraction reads. A sentence missing from it is read without a parse. */
export type SentenceParses = ReadonlyMap<string, ParsedSentence>;

/** The layer's wire format, one line per sentence: [word, lemma, tag, begin, end, head (1-based, 0 root, -1 none), deprel]. */
export type WireToken = [string, string, string, number, number, number, string];

export function fromWire(line: { t: WireToken[] }): ParsedSentence {
  let parsed = line.t.length > 0;
  const tokens = line.t.map(([text, lemma, tag, start, end, head, rel], i): Token => {
    if (head < 0) parsed = false;
    return { i, text, lemma: lemma.toLowerCase(), tag, start, end, head: head > 0 ? head - 1 : -1, rel };
  });
  return { tokens, parsed };
}
