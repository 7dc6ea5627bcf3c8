import type { Token } from '../../domain/linguistics';
import type { Mention } from '../mention';
import { HEAD_CLASSES } from './noun-phrases';
import type { Tree } from './tree';

/**
 * References to an earlier sentence of the same field or section (extraction-errors D9): it / they /
 * he / she, and "this X" / "these X" / "such X" / "that role", resolved to the nearest earlier mention of
 * a compatible type and number. An anaphor never becomes an entity of its own; one without a compatible
 * antecedent gives nothing.
 */
/** The head classes noun phrases are typed by, plus the committee heads and role words references use. */
const HEAD_TYPE: Record<string, Mention['type']> = {
  ...HEAD_CLASSES,
  committee: 'Committee',
  subcommittee: 'Committee',
  council: 'Committee',
  role: 'Role',
  position: 'Role',
  individual: 'Role',
};
const DEMONSTRATIVE = /^(?:this|these|such|that|those|each)$/;

const plural = (m: Mention): boolean => m.attributes.plural === true || (/s$/.test(m.text.split(/\s+/).at(-1) ?? '') && !/(?:ss|counsel)$/i.test(m.text));

/** A plural definite "the committees" / "these teams": every earlier mention of that kind in the field or section. */
export function resolvePluralAnaphor(tree: Tree, i: number, antecedents: readonly Mention[]): Mention[] {
  const t = tree.tok(i);
  if (!t.tag.endsWith('S') || !t.tag.startsWith('NN')) return [];
  const det = tree
    .children(i)
    .map((c) => tree.tok(c))
    .find((c) => c.rel === 'det');
  if (!det || !/^(?:the|these|those|both|all|each)$/.test(det.lemma)) return [];
  const type = Object.hasOwn(HEAD_TYPE, t.lemma) ? HEAD_TYPE[t.lemma] : undefined;
  if (!type) return [];
  const out: Mention[] = [];
  for (const m of antecedents)
    if (m.type === type && new RegExp(`\\b${t.lemma}`, 'i').test(m.text) && m.attributes.kind !== 'full_board' && !out.some((k) => k.key === m.key))
      out.push(m);
  return out.length >= 2 ? out : [];
}

export function resolveAnaphor(tree: Tree, i: number, antecedents: readonly Mention[]): Mention | undefined {
  if (antecedents.length === 0) return undefined;
  const t: Token = tree.tok(i);
  const pick = (ok: (m: Mention) => boolean) => {
    for (let k = antecedents.length - 1; k >= 0; k--) if (ok(antecedents[k]!)) return antecedents[k];
    return undefined;
  };
  if (t.tag === 'PRP') {
    if (t.lemma === 'it') return pick((m) => (m.type === 'Committee' || m.type === 'InternalUnit') && !plural(m));
    if (t.lemma === 'they') return pick((m) => m.type !== 'Person' && m.type !== 'Committee' && plural(m));
    if (t.lemma === 'he' || t.lemma === 'she') return pick((m) => m.type === 'Person') ?? pick((m) => m.type === 'Role' && !plural(m));
    return undefined;
  }
  if (!t.tag.startsWith('NN')) return undefined;
  const det = tree
    .children(i)
    .map((c) => tree.tok(c))
    .find((c) => c.rel === 'det');
  if (!det || !DEMONSTRATIVE.test(det.lemma)) return undefined;
  const type = Object.hasOwn(HEAD_TYPE, t.lemma) ? HEAD_TYPE[t.lemma] : undefined;
  if (!type) return undefined;
  const many = t.tag.endsWith('S');
  // "these teams" takes a unit whose own head is a team; "this role" any single role
  const sameHead = (m: Mention) => new RegExp(`\\b${t.lemma}`, 'i').test(m.text) || /^(?:role|position|individual)$/.test(t.lemma);
  // a plural reference may take a group named in the singular ("our security team … these teams"); a singular one never a plural
  return pick((m) => m.type === type && sameHead(m) && (many || !plural(m)));
}
