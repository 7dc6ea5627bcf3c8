import type { Mention } from '../mention';
import { lower } from '../mention';
import { normalizeRole, roleKey } from '../mentions/roles';
import { thirdPartyCategory, thirdPartyKey } from '../mentions/third-parties';
import { unitKey } from '../mentions/units';
import type { Tree } from './tree';

/**
 * Entity mentions from the parse's noun phrases, typed by the class of their head noun (GUIDELINE §3.2;
 * extraction-errors D2, D3): positions and leaders are Roles, groups of the registrant's people are
 * InternalUnits, agent and organisation nouns of outside parties are ThirdParties. The span is the head
 * with its compound and adjectival modifiers, plus an "of" complement for titles ("Head of Platform
 * Security"); determiners and possessives are left out, and relative or participial clauses end it.
 */
export const HEAD_CLASSES: Record<string, 'Role' | 'InternalUnit' | 'ThirdParty'> = {
  officer: 'Role',
  president: 'Role',
  head: 'Role',
  lead: 'Role',
  leader: 'Role',
  executive: 'Role',
  director: 'Role',
  counsel: 'Role',
  chair: 'Role',
  chairperson: 'Role',
  chairman: 'Role',
  chairwoman: 'Role',
  manager: 'Role',
  representative: 'Role',
  vp: 'Role',
  svp: 'Role',
  evp: 'Role',
  ciso: 'Role',
  cio: 'Role',
  cto: 'Role',
  cso: 'Role',
  cro: 'Role',
  cdo: 'Role',
  cpo: 'Role',
  team: 'InternalUnit',
  department: 'InternalUnit',
  function: 'InternalUnit',
  group: 'InternalUnit',
  organization: 'InternalUnit',
  office: 'InternalUnit',
  unit: 'InternalUnit',
  staff: 'InternalUnit',
  personnel: 'InternalUnit',
  professional: 'InternalUnit',
  squad: 'InternalUnit',
  division: 'InternalUnit',
  taskforce: 'InternalUnit',
  vendor: 'ThirdParty',
  supplier: 'ThirdParty',
  provider: 'ThirdParty',
  consultant: 'ThirdParty',
  advisor: 'ThirdParty',
  adviser: 'ThirdParty',
  assessor: 'ThirdParty',
  auditor: 'ThirdParty',
  firm: 'ThirdParty',
  expert: 'ThirdParty',
  specialist: 'ThirdParty',
  contractor: 'ThirdParty',
  subcontractor: 'ThirdParty',
  partner: 'ThirdParty',
  agency: 'ThirdParty',
  processor: 'ThirdParty',
  reseller: 'ThirdParty',
  integrator: 'ThirdParty',
  franchisee: 'ThirdParty',
  licensee: 'ThirdParty',
  counterparty: 'ThirdParty',
  tester: 'ThirdParty',
  researcher: 'ThirdParty',
  evaluator: 'ThirdParty',
  consultancy: 'ThirdParty',
  party: 'ThirdParty',
  user: 'ThirdParty',
};
/** Modifiers that make a head an outside party, or a group the registrant's own. */
const EXTERNAL = /^(?:third|external|outside|independent|outsourced|contracted|managed)$/;
const INTERNAL_ONLY = new Set(['user', 'expert', 'specialist', 'professional', 'personnel', 'staff', 'leader', 'executive']);
/** Heads that need a modifier to name anything: a bare "group" or "function" names nothing. */
const NEEDS_MODIFIER = new Set([
  'team',
  'group',
  'function',
  'office',
  'unit',
  'organization',
  'division',
  'head',
  'lead',
  'party',
  'partner',
  'firm',
  'professional',
  'personnel',
  'staff',
  'director',
  'executive',
  'manager',
  'representative',
]);
const ENGAGED = /^(?:retain|engage|hire|contract|appoint)$/;
const LEFT = new Set(['compound', 'amod', 'flat', 'nummod']);
const SKIP_AMOD = /^(?:such|other|certain|various|several|many|each|all|any|relevant|appropriate|applicable|respective|same|new|existing|key)$/;

export function nounPhraseMentions(tree: Tree, text: string): Mention[] {
  const out: Mention[] = [];
  for (const t of tree.tokens) {
    if (!t.tag.startsWith('NN') || t.rel === 'compound' || t.rel === 'flat') continue;
    if (tree.tokens[t.i - 1]?.text === '(') continue; // "Chief Information Security Officer (CISO)": the abbreviation belongs to the title
    // C13: "Board members" as a group are a Role (directors)
    if (
      t.lemma === 'member' &&
      t.tag === 'NNS' &&
      tree.children(t.i).some((c) => tree.tok(c).rel === 'compound' && tree.tok(c).lemma === 'board' && c === t.i - 1)
    ) {
      const start = tree.tok(t.i - 1).start;
      out.push({
        type: 'Role',
        text: text.slice(start, t.end),
        start,
        end: t.end,
        key: 'role:DIRECTOR',
        attributes: { normalized: 'DIRECTOR', category: 'board', plural: true },
      });
      continue;
    }
    const stem = t.lemma.replace(/s$/, '');
    const lemma = !Object.hasOwn(HEAD_CLASSES, t.lemma) && Object.hasOwn(HEAD_CLASSES, stem) ? stem : t.lemma;
    let type = Object.hasOwn(HEAD_CLASSES, lemma) ? HEAD_CLASSES[lemma] : undefined;
    if (!type) continue;
    // left modifiers adjacent to the head
    let first = t.i;
    const mods = tree
      .children(t.i)
      .filter((c) => c < t.i && LEFT.has(tree.tok(c).rel.split(':')[0]!))
      .sort((a, b) => b - a);
    for (const m of mods) {
      const [s] = tree.span(m);
      const sTok = tree.tokens.findIndex((x) => x.start >= s);
      if (sTok < 0 || sTok > first) continue;
      if (tree.tok(m).rel === 'amod' && SKIP_AMOD.test(tree.tok(m).lemma)) break;
      // "our retained consultants": the engagement is the relation, not part of the party's description
      if (tree.tok(m).rel === 'amod' && /^VB[ND]$/.test(tree.tok(m).tag) && ENGAGED.test(tree.tok(m).lemma)) break;
      if (tree.tokens.slice(sTok, first).some((x) => x.rel === 'det' || x.rel === 'nmod:poss' || x.tag === 'PRP$' || x.tag === 'DT')) break;
      first = sTok;
    }
    const modifiers = tree.tokens.slice(first, t.i).map((x) => x.lemma);
    const external = modifiers.some((m) => EXTERNAL.test(m)) || /third-party|third party/.test(lower(text.slice(tree.tok(first).start, t.end)));
    if (type === 'ThirdParty' && INTERNAL_ONLY.has(lemma) && !external) continue; // "our security experts" are staff
    if (type === 'InternalUnit' && external) type = 'ThirdParty';
    if (type === 'Role' && INTERNAL_ONLY.has(lemma) && external) continue;
    let end = t.end;
    // titles keep their "of" complement: "Head of Platform Security", "Vice President of Engineering"
    if (type === 'Role' || lemma === 'office') {
      const of = tree.marked(t.i, 'of', ['nmod']).find((c) => c > t.i);
      if (of !== undefined && !/^(?:board|committee|company|council)$/.test(tree.tok(of).lemma))
        end = tree.span(of, ['acl', 'acl:relcl', 'appos', 'conj', 'cc', 'punct']).at(1)!;
      // a group of leaders keeps where they come from, the whole list: "leaders from each business line" (GUIDELINE §3.2)
      const from =
        t.tag === 'NNS' && /^(?:leader|head|representative|executive)$/.test(lemma) ? tree.marked(t.i, 'from', ['nmod']).find((c) => c > t.i) : undefined;
      if (from !== undefined) end = Math.max(end, tree.span(from, ['acl', 'acl:relcl', 'appos']).at(1)!);
    }
    // parties keep a "with" complement that says which ones ("third parties with expertise in …")
    if (type === 'ThirdParty') {
      const withC = tree.marked(t.i, 'with', ['nmod']).find((c) => c > t.i);
      if (withC !== undefined && /^(?:expertise|experience|knowledge|capabilities|access|specialization)$/.test(tree.tok(withC).lemma))
        end = tree.span(withC, ['acl', 'acl:relcl', 'appos', 'conj', 'cc', 'punct']).at(1)!;
    }
    if (first === t.i && end === t.end && NEEDS_MODIFIER.has(lemma) && !(type === 'ThirdParty' && external)) continue;
    const start = tree.tok(first).start;
    const name = text.slice(start, end).replace(/[\s,;:]+$/, '');
    if ((name.length < 3 && !/^[A-Z]{2}$/.test(name)) || /^(?:management|members?)$/i.test(name)) continue;
    out.push(mentionOf(type, name, start));
  }
  return out;
}

function mentionOf(type: 'Role' | 'InternalUnit' | 'ThirdParty', name: string, start: number): Mention {
  const end = start + name.length;
  if (type === 'Role') {
    const { normalized, category } = normalizeRole(name);
    const plural = /s$/.test(name) && !/(?:counsel|ss)$/i.test(name);
    return { type, text: name, start, end, key: roleKey(name), attributes: plural ? { normalized, category, plural: true } : { normalized, category } };
  }
  if (type === 'ThirdParty') return { type, text: name, start, end, key: thirdPartyKey(name), attributes: { category: thirdPartyCategory(name) } };
  return { type, text: name, start, end, key: unitKey(name), attributes: { category: /team|group|squad/i.test(name) ? 'team' : 'staff_group' } };
}
