import type { AttributeValue, EntityType } from '../domain/extraction';

/** A span in one sentence that names an entity; `key` decides which mentions are one entity. */
export interface Mention {
  readonly type: Exclude<EntityType, 'Company' | 'Topic'>;
  readonly text: string; // as written
  readonly start: number; // offsets in the sentence
  readonly end: number;
  readonly key: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

/** All matches of a global regex, bounded: at most `limit` matches per sentence. */
export function* matches(re: RegExp, text: string, limit = 200): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let n = 0;
  for (let m = re.exec(text); m && n < limit; m = re.exec(text), n++) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

const lowered = new Map<string, string>();

/** Lowercased, apostrophes and spaces normalised; memoised, since the same names recur in every sentence. */
export function lower(s: string): string {
  let v = lowered.get(s);
  if (v === undefined) {
    if (lowered.size > 10_000) lowered.clear();
    v = s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
    lowered.set(s, v);
  }
  return v;
}
