import type { EntityType } from './extraction';

/**
 * What a name must look like to be a node of its type, and the name a node is shown by. Pure: the graph
 * writer applies both to every extracted entity (src/graph/rows.ts), so the rules hold whatever detector
 * or frame proposed the entity.
 *
 * Validity is decided by the head noun of the name's first noun phrase (GUIDELINE §3.2 defines each type
 * by its head noun: a Committee's is committee / board / council, a ThirdParty's a kind of external
 * party, a VendorProcess's a process, review, contract, …). The phrase ends at the first complement
 * (a preposition, an infinitival "to", a comma, a relative or participial clause); its last word is the
 * head. A span that starts with a verb, an adverb or a pronoun ("require …", "also assess …", "notify us
 * of …") has no noun head of the class and is not an entity, whatever its words.
 */
type Named = Exclude<EntityType, 'Company' | 'Topic'>;

const HEADS: Record<Named, RegExp> = {
  Committee: /^(?:committees?|subcommittees?|councils?|board|directors)$/,
  Role: /^(?:officers?|president|co-president|counsel|directors?|chair|chairs|chairperson|chairman|chairwoman|heads?|leaders?|executives?|managers?|engineers?|representatives?|secretary|treasurer|members|[A-Z]{2,5}s?)$/,
  Person: /^.+$/,
  InternalUnit:
    /^(?:teams?|departments?|functions?|groups?|management|leadership|personnel|professionals|executives|experts|staff|offices?|organizations?|units?|divisions?|centers?|centres?)$/,
  ThirdParty:
    /^(?:parties|party|third-party|third-parties|vendors?|suppliers?|providers?|consultants?|consultancy|auditors?|assessors?|advisors?|advisers?|firms?|agency|agencies|experts?|specialists?|counsel|contractors?|partners?|researchers?|testers?|agents?|evaluators?|companies|company|organizations?|laboratories|labs?)$/,
  VendorProcess:
    /^(?:process(?:es)?|procedures?|programs?|programmes?|assessments?|reviews?|audits?|diligence|screenings?|questionnaires?|contracts?|agreements?|requirements?|undertakings?|letters?|terms|provisions|clauses|monitoring|evaluations?|onboarding|polic(?:y|ies)|practices|controls?|approach(?:es)?|frameworks?|management|oversight|selection|testing|tests|certifications?|measures|standards|obligations|commitments?|inspections?|verification|vetting)$/,
};

/** Words that end the first noun phrase: prepositions, infinitival "to", relative and subordinating words. */
const COMPLEMENT =
  /^(?:of|for|to|on|with|from|at|in|by|throughout|across|among|regarding|concerning|governing|including|that|which|who|whom|where|as|based|designed|associated|presented|relating|related|under|within|between|against|via|prior|into|over|such|whose|when|if)$/i;
/** Words a name never starts with: pronouns, adverbs, discourse markers. */
const NOT_A_START =
  /^(?:we|us|it|they|them|he|she|also|generally|additionally|further|furthermore|moreover|then|thus|among|as|when|if|where|which|that|this|these|those|such|there|here|not|only|both|either)$/i;
/** Base-form verbs that open an extracted clause rather than a noun phrase (a requirement's verb, an action). */
const VERB_START =
  /^(?:requires?|adopts?|notif(?:y|ies)|assess(?:es)?|maintains?|performs?|conducts?|implements?|utilizes?|ensures?|provides?|engages?|identif(?:y|ies)|evaluates?|establish(?:es)?|agrees?|protects?|mitigates?|escalates?|tracks?|leverages?|obtains?|applies|apply)$/i;

/** Gerunds that head or modify a noun in names of bodies, units and processes. */
const GERUND_NOUN =
  /^(?:onboarding|monitoring|testing|screening|vetting|auditing|working|steering|operating|engineering|accounting|reporting|consulting|processing|planning|training|offboarding|contracting|purchasing|sourcing|outsourcing|manufacturing|marketing|computing|networking|banking|lending|underwriting|ethical hacking|hacking)$/;

const words = (name: string): string[] =>
  name
    .replace(/\([^)]*\)/g, ' ') // a parenthesised abbreviation is part of the name, not its head
    .replace(/[“”"]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * The head noun of a name's first noun phrase, or null when the phrase is empty. With `commaEnds` a comma
 * ends the phrase ("Vice President, Information Technology"); without, it may join adjectives
 * ("independent, third-party assessor").
 */
export function headNoun(name: string, commaEnds = true): string | null {
  const out: string[] = [];
  for (const [i, raw] of words(name).entries()) {
    const w = raw.replace(/[’']s$/, '');
    const endsClause = (commaEnds && /,$/.test(w)) || /[;:]$/.test(w);
    const bare = w.replace(/[,;:.]+$/, '');
    if (i > 0 && COMPLEMENT.test(bare)) break;
    // a participle after the head opens a clause ("experience leading technology teams"); a capitalised word is part of a
    // name ("Risk Steering Committee"), and gerunds that form compounds ("working group", "vendor onboarding") stay
    if (i > 0 && /^[a-z][a-z-]*ing$/.test(bare) && !GERUND_NOUN.test(bare)) break;
    out.push(bare);
    if (endsClause) break;
  }
  return out.at(-1) ?? null;
}

/** True when `name` can name an entity of `type`; false for clauses and generic phrases a detector over-reached into. */
export function isEntityName(type: EntityType, name: string): boolean {
  if (type === 'Company' || type === 'Topic') return true;
  const ws = words(name);
  const first = ws[0]?.replace(/[,;:]+$/, '') ?? '';
  if (!first || (/\d/.test(first) && ws.length === 1)) return false;
  if (type === 'Person') return ws.every((w) => /^[A-Z][\p{L}’'.-]*,?$/u.test(w)) && ws.some((w) => /^[A-Z][\p{L}’'-]{1,}/u.test(w));
  if (NOT_A_START.test(first) || VERB_START.test(first)) return false;
  if (/^[A-Z]\.$/.test(first)) return false; // an initial opens a person's name, never a title or a body
  if (ws.length > 1 && /ing$/i.test(first) && !GERUND_NOUN.test(first.toLowerCase())) return false; // "utilizing third-party …"
  const inClass = (head: string | null): boolean => head !== null && HEADS[type].test(/^[A-Z]{2,5}s?$/.test(head) ? head : head.toLowerCase());
  return inClass(headNoun(name, true)) || inClass(headNoun(name, false));
}

const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', '&']);

/** Title Case: every word capitalised but minor words after the first; words already in capitals ("IT", "ERM") stay. */
export function titleCase(name: string): string {
  return name
    .split(/(\s+)/)
    .map((w, i) => {
      if (/^\s+$/.test(w) || w === '') return w;
      if (i > 0 && MINOR.has(w.toLowerCase())) return w.toLowerCase();
      if (/[A-Z]/.test(w.slice(1))) return w; // "INFOSEC", "McAfee", "iPhone"-like forms are written on purpose
      return w
        .split('-')
        .map((p) => (p ? p[0]!.toUpperCase() + p.slice(1) : p))
        .join('-');
    })
    .join('');
}

/** An abbreviation such as "CISO", "RCSC", "CISOs". */
const isAbbreviation = (n: string): boolean => /^[A-Z][A-Za-z]{0,1}[A-Z]{1,5}s?$/.test(n) && n.length <= 7;

/**
 * The name a node is shown by, from the surface forms one filing writes: the full board is "Board of
 * Directors" (GUIDELINE C4); otherwise the longest form that is not an abbreviation, in Title Case for
 * committees and roles (so "audit committee" and "Audit Committee" show alike), as written for persons
 * (the full name is the longest) and for descriptions of units, third parties and processes.
 */
export function displayName(type: EntityType, names: readonly string[], fullBoard = false): string {
  if (type === 'Committee' && fullBoard) return 'Board of Directors';
  const spelled = names.filter((n) => !isAbbreviation(n));
  const pool = spelled.length > 0 ? spelled : [...names];
  const longest = [...pool].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0] ?? '';
  return type === 'Committee' || type === 'Role' ? titleCase(longest) : longest;
}
