import type { Tree } from './tree';

/**
 * What the text asserts as the registrant's current arrangement (GUIDELINE C6): a predicate under a hedge,
 * a condition, a plan, a negation, or in the simple past of a biography asserts none. Relation frames and
 * vendor-process frames share this test.
 */
const PLANS = new Set(['intend', 'plan', 'seek', 'aim', 'anticipate', 'hope', 'propose', 'consider', 'expect', 'want', 'wish']);
const HEDGES = new Set(['may', 'might', 'could', 'would', 'can', 'should']);
const CONDITIONS = /^(?:if|unless|whether|should|in case|once)$/;
const NEGATIONS = new Set(['not', 'never', "n't", 'no']);
const BIOGRAPHY = /^(?:experience|background|career|tenure|expertise)$/;

/** The predicate's object speaks of a career ("has 20 years of experience"). */
function careerStated(tree: Tree, h: number): boolean {
  const o = tree.dep(h, 'obj');
  if (o === undefined) return false;
  return [o, ...tree.deps(o, 'nmod')].some((n) => BIOGRAPHY.test(tree.tok(n).lemma));
}

/** Hedges, conditions and negation on the predicate or any clause above it (C6). */
export function blocked(tree: Tree, v: number): boolean {
  for (const h of tree.chain(v)) {
    for (const c of tree.children(h)) {
      const k = tree.tok(c);
      if (k.rel === 'aux' && HEDGES.has(k.lemma)) return true;
      if (h === v && (k.rel === 'advmod' || k.rel === 'neg') && NEGATIONS.has(k.lemma)) return true;
    }
    const t = tree.tok(h);
    if (t.rel === 'advcl' && CONDITIONS.test(tree.caseOf(h))) return true;
    // a career, not an arrangement: "30 years of experience leading security organizations", "has 30 years of
    // experience and has led security organizations"
    if (h !== v && t.tag.startsWith('NN') && BIOGRAPHY.test(t.lemma)) return true;
    if (t.rel === 'conj' && t.head >= 0 && careerStated(tree, t.head)) return true;
    // a plan is not an arrangement (C6): "we intend to engage …", "we plan to hire …"
    if (t.rel === 'xcomp' && t.head >= 0 && PLANS.has(tree.tok(t.head).lemma)) return true;
    if (t.tag === 'VBD' && tree.children(h).some((c) => /^(?:previously|formerly)$/.test(tree.tok(c).lemma))) return true;
    // a biography: what someone did before, or somewhere else ("where he led …", "before joining us, she ran …")
    if (h === v && t.tag === 'VBD' && !tree.children(h).some((c) => tree.tok(c).rel === 'aux:pass')) return true;
  }
  return false;
}
