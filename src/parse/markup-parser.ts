import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/**
 * htmlparser2's Parser, with its open-element stacks made O(1) per operation.
 *
 * htmlparser2 keeps the stack of open elements (and the foreign-content stack for svg/math)
 * innermost-first and updates them with Array#unshift and #shift, which move every element: n nested
 * elements cost O(n²) time (200,000 nested <div>s took over 40 s). Every parser here builds on this
 * class instead. It runs htmlparser2's own code unchanged (the version is pinned in package.json) and
 * only swaps the two arrays for a TopStack, which keeps the top at the end of its array and counts the
 * names it holds. The events are the same, which test/reliability/markup-parser.test.ts checks against
 * htmlparser2's Parser on varied markup.
 */
export class MarkupParser extends Parser {
  constructor(cbs: Partial<Handler>, options: ParserOptions) {
    super(cbs, options);
    const self = this as unknown as Internals;
    if (!Array.isArray(self.stack) || !Array.isArray(self.foreignContext)) {
      throw new Error('htmlparser2 internals changed (no stack arrays): update src/parse/markup-parser.ts');
    }
    self.stack = TopStack.from(self.stack);
    self.foreignContext = TopStack.from(self.foreignContext);
  }

  /** As htmlparser2's onend (closes what is still open, innermost first), reading the stack from its top. */
  override onend(): void {
    const self = this as unknown as Internals;
    if (self.cbs.onclosetag) {
      this.endIndex = this.startIndex;
      for (const name of (self.stack as TopStack<string>).fromTop()) self.cbs.onclosetag(name, true);
    }
    self.cbs.onend?.();
  }
}

interface Internals {
  stack: string[] | TopStack<string>;
  foreignContext: boolean[] | TopStack<boolean>;
  cbs: Partial<Handler>;
}

/**
 * The array operations htmlparser2 performs on its stacks, where index 0 is the innermost element:
 * `[0]`, `length` (and `length = 0` on reset), `shift`, `unshift`, `indexOf`. The items are stored
 * outermost-first, so unshift and shift are push and pop. indexOf answers -1 from a count when the name
 * is not open (a stray closing tag costs O(1)); otherwise it scans down from the top, and htmlparser2
 * then closes every element it passed, so each element is scanned once: O(1) amortized.
 */
class TopStack<T> {
  private items: T[] = [];
  private readonly counts = new Map<T, number>();

  static from<T>(innermostFirst: readonly T[]): TopStack<T> {
    const s = new TopStack<T>();
    for (let i = innermostFirst.length - 1; i >= 0; i--) s.unshift(innermostFirst[i]!);
    return s;
  }

  get length(): number {
    return this.items.length;
  }

  set length(n: number) {
    if (n !== 0) throw new Error('TopStack can only be emptied');
    this.items = [];
    this.counts.clear();
  }

  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  unshift(item: T): number {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    return this.items.push(item);
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop()!;
    this.counts.set(item, this.counts.get(item)! - 1);
    return item;
  }

  indexOf(item: T): number {
    if (!this.counts.get(item)) return -1;
    return this.items.length - 1 - this.items.lastIndexOf(item);
  }

  *fromTop(): Generator<T> {
    for (let i = this.items.length - 1; i >= 0; i--) yield this.items[i]!;
  }
}
