import type { ParsedSentence, Token } from '../../domain/linguistics';

/**
 * Read-only navigation over one sentence's Universal Dependencies tree: children by relation, case
 * markers, conjuncts, voice, and the logical subject and object of a predicate (passives, shared
 * subjects of coordinated verbs, relative clauses, participles and object control).
 */
const OBJECT_CONTROL = new Set([
  'require',
  'ask',
  'expect',
  'appoint',
  'designate',
  'direct',
  'engage',
  'retain',
  'hire',
  'task',
  'enable',
  'allow',
  'instruct',
  'encourage',
  'oblige',
  'obligate',
  'mandate',
  'compel',
  'request',
  'authorize',
  'charge',
  'empower',
  'select',
  'use',
  'leverage',
  'contract',
  'employ',
]);

/** Verbs by which the registrant sets up people for a purpose ("we deploy / have / maintain / dedicate a team to …"). */
const PURPOSE_HOLDERS = new Set([
  'deploy',
  'have',
  'maintain',
  'establish',
  'form',
  'create',
  'build',
  'assign',
  'dedicate',
  'designate',
  'devote',
  'staff',
  'organize',
]);

export class Tree {
  readonly tokens: readonly Token[];
  private readonly kids: number[][];

  constructor(readonly parse: ParsedSentence) {
    this.tokens = parse.tokens;
    this.kids = this.tokens.map(() => []);
    for (const t of this.tokens) if (t.head >= 0 && t.head < this.tokens.length) this.kids[t.head]!.push(t.i);
  }

  tok(i: number): Token {
    return this.tokens[i]!;
  }

  children(i: number): readonly number[] {
    return this.kids[i] ?? [];
  }

  /** Children whose relation is `rel` or a subtype of it ("obl" matches "obl:tmod", "obl:agent"). */
  deps(i: number, rel: string): number[] {
    return this.children(i).filter((c) => {
      const r = this.tokens[c]!.rel;
      return r === rel || r.startsWith(`${rel}:`);
    });
  }

  dep(i: number, rel: string): number | undefined {
    return this.deps(i, rel)[0];
  }

  /** The preposition (or prepositions: "on behalf of") that marks a nominal, lower case. */
  caseOf(i: number): string {
    return this.children(i)
      .filter((c) => this.tokens[c]!.rel === 'case' || this.tokens[c]!.rel === 'mark')
      .map((c) => this.tokens[c]!.lemma)
      .join(' ');
  }

  /** Obliques and nominal modifiers of `i` marked by `prep` ("to", "with", "from", "of", "for", …). */
  marked(i: number, prep: string, rels: readonly string[] = ['obl', 'nmod', 'advcl', 'acl']): number[] {
    return rels
      .flatMap((r) => this.deps(i, r))
      .filter((c) => this.caseOf(c).split(' ').includes(prep))
      .sort((a, b) => a - b);
  }

  isPassive(v: number): boolean {
    if (this.children(v).some((c) => this.tokens[c]!.rel === 'aux:pass' || this.tokens[c]!.rel === 'nsubj:pass')) return true;
    const t = this.tokens[v]!;
    if (t.tag !== 'VBN') return false;
    if (t.rel === 'acl' || (t.rel === 'conj' && this.isPassive(t.head))) return true;
    // a reduced passive the parser coordinated: "…, led by our CISO, …"
    return this.reducedParticiple(v) !== undefined;
  }

  /** "key staff, led by the CISO, …" parsed as a conjunct of the main verb: the noun before the comma it modifies. */
  reducedParticiple(v: number): number | undefined {
    const t = this.tokens[v]!;
    if (t.tag !== 'VBN' || t.rel !== 'conj') return undefined;
    const kids = this.children(v).map((c) => this.tokens[c]!);
    if (kids.some((k) => k.rel.startsWith('nsubj') || k.rel.startsWith('aux'))) return undefined;
    if (!kids.some((k) => k.rel.startsWith('obl') && this.caseOf(k.i) === 'by')) return undefined;
    const comma = this.tokens[v - 1];
    const noun = this.tokens[v - 2];
    return comma?.text === ',' && noun?.tag.startsWith('NN') ? noun.i : undefined;
  }

  /** `i` and every conjunct hanging from it (A, B and C → [A, B, C]), plus appositions. */
  conjuncts(i: number, depth = 0): number[] {
    const out = [i];
    if (depth > 8) return out;
    for (const c of this.children(i)) {
      const r = this.tokens[c]!.rel;
      // an indefinite apposition describes ("Jane Roe, an independent director"); it does not name a second argument
      const indefinite = r === 'appos' && this.children(c).some((d) => this.tokens[d]!.rel === 'det' && /^(?:a|an)$/.test(this.tokens[d]!.lemma));
      if (r === 'conj' || (r === 'appos' && !indefinite)) out.push(...this.conjuncts(c, depth + 1));
    }
    return out;
  }

  /** The logical subject of predicate `v` (the agent for a passive), with what it inherits. */
  subjectOf(v: number, depth = 0): number | undefined {
    if (depth > 6) return undefined;
    const t = this.tokens[v]!;
    if (this.isPassive(v)) {
      const isAgent = (c: number) => this.tokens[c]!.rel === 'obl:agent' || (this.tokens[c]!.rel.startsWith('obl') && this.caseOf(c) === 'by');
      const agent = this.deps(v, 'obl').find(isAgent);
      if (agent !== undefined) return agent;
      // a misattached frequency adverb carries the agent: "reported at least quarterly by the CIO"
      for (const a of this.deps(v, 'advmod'))
        for (const b of [a, ...this.deps(a, 'advmod')]) {
          const found = this.children(b).find(isAgent);
          if (found !== undefined) return found;
        }
      // or the oblique before it: "is provided with briefings by the CISO"
      for (const o of this.deps(v, 'obl')) {
        const found = this.deps(o, 'nmod').find((c) => this.caseOf(c) === 'by');
        if (found !== undefined) return found;
      }
      if (t.rel === 'conj' && t.head >= 0 && this.isPassive(t.head) && !this.dep(v, 'nsubj:pass')) return this.subjectOf(t.head, depth + 1);
      return undefined;
    }
    // ", who is a member of X and leads Y" parsed with "who" as the clause's head: the clause is about the noun before it
    if (t.tag === 'WP' && /^(?:dep|acl:relcl|parataxis|appos)$/.test(t.rel) && t.head >= 0 && this.tokens[t.head]!.tag.startsWith('NN')) return t.head;
    const subj = this.deps(v, 'nsubj').find((c) => this.tokens[c]!.rel !== 'nsubj:pass');
    if (subj !== undefined) return this.antecedentOf(subj) ?? subj;
    const head = t.head;
    if (head < 0) return undefined;
    // inversion: "Reporting to our CSO are a number of security leaders": the participle is the copula's subject
    if (/^(?:nsubj|csubj)/.test(t.rel) && t.tag === 'VBG' && this.children(head).some((c) => this.tokens[c]!.rel === 'cop')) return head;
    // "X is informed about and monitors Y": an active verb coordinated with a passive shares its surface subject
    if (t.rel === 'conj' && this.isPassive(head) && !this.isPassive(v)) {
      const s = this.dep(head, 'nsubj:pass');
      if (s !== undefined) return this.antecedentOf(s) ?? s;
      // "X is able to be informed about, and monitor, …": the passive's subject is its controller's
      if (this.tokens[head]!.rel === 'xcomp' && this.tokens[head]!.head >= 0) return this.subjectOf(this.tokens[head]!.head, depth + 1);
    }
    if (t.rel === 'conj') return this.subjectOf(head, depth + 1); // "X oversees A and reviews B"
    if (t.rel === 'acl:relcl') return head; // "the committee, which oversees …"
    if (t.rel === 'acl' && t.tag === 'VBG') return head; // "a committee overseeing …"
    if (t.rel === 'xcomp' || (/^(?:advcl|ccomp)$/.test(t.rel) && /^(?:to|in|by)$/.test(this.caseOf(v)))) {
      const obj = this.dep(head, 'obj');
      // object control only for verbs that put someone to a task ("require vendors to …", "appoint X to …");
      // "the team uses tools to prevent …" is the team preventing
      if (obj !== undefined && t.rel === 'xcomp' && OBJECT_CONTROL.has(this.tokens[head]!.lemma)) return obj;
      // a purpose the registrant gives what it sets up: "we deploy teams to address threats", "we have a team in place to respond"
      if (
        obj !== undefined &&
        this.caseOf(v) === 'to' &&
        PURPOSE_HOLDERS.has(this.tokens[head]!.lemma) &&
        /^(?:we|us|company)$/.test(this.tokens[this.dep(head, 'nsubj') ?? head]!.lemma)
      )
        return obj;
      return this.subjectOf(head, depth + 1);
    }
    return undefined;
  }

  /** The logical object of predicate `v` (the surface subject of a passive). */
  objectOf(v: number): number | undefined {
    const t = this.tokens[v]!;
    if (this.isPassive(v)) {
      const s = this.dep(v, 'nsubj:pass');
      if (s !== undefined) return this.antecedentOf(s) ?? s;
      if (t.rel === 'acl' || t.rel === 'acl:relcl') return t.head; // "the team led by X", "a team that is led by X"
      const reduced = this.reducedParticiple(v);
      if (reduced !== undefined) return reduced;
      if (t.rel === 'conj' && t.head >= 0) return this.objectOf(t.head);
      return undefined;
    }
    const obj = this.dep(v, 'obj');
    if (obj !== undefined) return this.antecedentOf(obj) ?? obj;
    if (t.rel === 'acl:relcl' && this.children(v).every((c) => !this.tokens[c]!.rel.startsWith('nsubj'))) return t.head; // "the group that the CIO leads"
    return undefined;
  }

  /** A relative pronoun stands for the noun its clause modifies. */
  antecedentOf(i: number): number | undefined {
    const t = this.tokens[i]!;
    if (!/^(?:WDT|WP)$/.test(t.tag)) return undefined;
    // a restrictive relative right after a noun ("our CISO who reports to …") is about that noun, wherever the parser hung the clause
    const before = this.tokens[i - 1];
    if (t.tag === 'WP' && before && before.tag.startsWith('NN') && before.rel !== 'compound') return before.i;
    for (let h = t.head, n = 0; h >= 0 && n < 4; h = this.tokens[h]!.head, n++) {
      const r = this.tokens[h]!.rel;
      if (r === 'acl:relcl') return this.tokens[h]!.head;
      // ", who manages our team" the parser left unattached: a clause hanging from a noun is about that noun
      const above = this.tokens[h]!.head;
      if (
        t.tag === 'WP' &&
        /^(?:dep|parataxis|appos)$/.test(r) &&
        above >= 0 &&
        this.tokens[above]!.tag.startsWith('NN') &&
        this.tokens[h]!.tag.startsWith('VB')
      )
        return above;
    }
    return undefined;
  }

  /** Offsets spanned by the subtree of `i`, optionally leaving out some relations' subtrees. */
  span(i: number, without: readonly string[] = [], skip: (c: number) => boolean = () => false): [number, number] {
    let start = this.tokens[i]!.start;
    let end = this.tokens[i]!.end;
    const stack = [...this.children(i)];
    while (stack.length > 0) {
      const c = stack.pop()!;
      const r = this.tokens[c]!.rel;
      if (without.some((w) => r === w || r.startsWith(`${w}:`)) || skip(c)) continue;
      start = Math.min(start, this.tokens[c]!.start);
      end = Math.max(end, this.tokens[c]!.end);
      stack.push(...this.children(c));
    }
    return [start, end];
  }

  /** Predicates from `v` up to the root: a hedge or condition anywhere above applies to `v`. */
  chain(v: number): number[] {
    const out: number[] = [];
    for (let h = v, n = 0; h >= 0 && n < 12; h = this.tokens[h]!.head, n++) out.push(h);
    return out;
  }
}
