import { lower, matches, type Mention } from '../mention';

/** Roles (GUIDELINE §3.2): officer titles, their abbreviations, board positions and function heads. */
const CHIEF = /\b(?:(?:Interim|Acting|Deputy|Global|Group|Senior|Executive)\s+)?Chief\s+(?:(?:[A-Z][\w&’'-]*|&|and)\s+){0,6}?Officers?\b/g;
const CHIEF_LOWER = /\b(?:(?:interim|acting|deputy|global)\s+)?chief\s+(?:[a-z&-]+\s+){0,5}?officers?\b/g;
const OTHER_OFFICER = /\b(?:[A-Z][a-z]+\s+){1,3}(?:Officer|Engineer)\b/g;
const VP = /\b(?:(?:Senior|Executive|Group)\s+)?Vice\s+President(?:,?\s+(?:of\s+)?(?:(?:[A-Z][\w&-]*|and|&),?\s+){0,6}[A-Z][\w&-]*)?/g;
const HEAD = /\b(?:Head|Director|Leader)\s+of\s+(?:(?:[A-Z][\w&-]*|and|&)\s+){0,5}[A-Z][\w&-]*/g;
const COUNSEL = /\b(?:General\s+Counsel|general\s+counsel)\b/g;
const ABBR = /\b(CISO|CIO|CTO|CEO|CFO|CSO|CRO|CLO|CPO|CDO|COO|CTrO|CIDO|CISOs)\b/g;
const CHAIR =
  /\b(?:(?:Chair|Chairperson|Chairman|Chairwoman|chair|chairperson)\s+of\s+(?:the\s+)?(?:[A-Z][\w&’'-]*\s+){0,6}(?:Committee|Board|Council)|(?:[A-Z][\w&-]*\s+){1,5}Committee\s+(?:Chair|Chairperson|Chairman|chair)|Lead\s+Independent\s+Director)\b/g;
const DIRECTORS = /\b((?:independent|non-employee|other)\s+)?directors?\b/g;
const PRESIDENT = /\b(?<!Vice\s)(?:[Cc]o-)?[Pp]resident\b/g;
const LEADERS = /\b(business leaders|leaders of (?:[a-z,]+\s+){1,6}?(?:functions|departments)|leaders from each business line)\b/g;

const CODES: [RegExp, string, string][] = [
  [/chief information security officer|^cisos?$/, 'CISO', 'security'],
  [/chief (information )?security officer|^cso$/, 'CSO', 'security'],
  [/chief information officer|^cio$/, 'CIO', 'executive'],
  [/chief technology officer|^cto$/, 'CTO', 'executive'],
  [/chief executive officer|^ceo$/, 'CEO', 'executive'],
  [/chief financial officer|^cfo$/, 'CFO', 'executive'],
  [/chief risk officer|^cro$/, 'CRO', 'executive'],
  [/chief legal officer|general counsel|^clo$/, 'GC', 'executive'],
  [/chief operating officer|^coo$/, 'COO', 'executive'],
  [/chief data officer|^cdo$/, 'CDO', 'executive'],
  [/chief trust officer|^ctro$/, 'CHIEF_TRUST_OFFICER', 'security'],
  [/chief privacy|^cpo$/, 'CHIEF_PRIVACY_OFFICER', 'executive'],
  [/vice president.*security/, 'VP_SECURITY', 'security'],
  [/^co-president$/, 'CO_PRESIDENT', 'executive'],
  [/^president$/, 'PRESIDENT', 'executive'],
  [/head of .*security/, 'HEAD_OF_SECURITY', 'security'],
  [/^chair|chair(person|man)?$|lead independent director/, 'CHAIR', 'board'],
  [/directors?$/, 'DIRECTOR', 'board'],
  [/leaders/, 'FUNCTION_HEAD', 'function_head'],
];

export function normalizeRole(title: string): { normalized: string; category: string; compound?: boolean } {
  const t = lower(title)
    .replace(/^(interim|acting|deputy|global|group|senior)\s+/, '')
    .replace(/^(?:s|e)?vp\b,?/, 'vice president');
  for (const [re, normalized, category] of CODES) if (re.test(t)) return { normalized, category };
  // compound chief titles take their leading specialisation: "chief information and digital officer", "chief product and technology officer"
  const chief = /^chief ((?:[a-z&-]+ )+)officer$/.exec(t)?.[1] ?? '';
  if (/\btechnology\b/.test(chief) && !/\binformation\b/.test(chief)) return { normalized: 'CTO', category: 'executive', compound: true };
  if (/^information\b/.test(chief)) return { normalized: 'CIO', category: 'executive', compound: true };
  if (/\b(?:digital|data)\b/.test(chief)) return { normalized: 'CDO', category: 'executive', compound: true };
  return { normalized: 'OTHER', category: /security|cyber/.test(t) ? 'security' : 'executive' };
}

export function roleKey(title: string): string {
  const { normalized, compound } = normalizeRole(title);
  if (normalized === 'CHAIR') return `role:chair:${lower(title)}`;
  // a compound title shares a code with its plain one but is another position ("Chief Information and Digital Officer" beside a CIO)
  if (compound) return `role:${lower(title).replace(/s$/, '')}`;
  return normalized === 'OTHER'
    ? `role:${lower(title).replace(/s$/, '')}`
    : `role:${normalized}${/s$/.test(lower(title)) && normalized !== 'DIRECTOR' ? 's' : ''}`;
}

/** "Chief Information Digital Officer and Senior Vice President, Information Technology" is one position. */
function mergeCompoundTitles(sentence: string, out: Mention[]): void {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out.find((x) => x.start > a.end && /^\s+and\s+$/.test(sentence.slice(a.end, x.start)) && /^(?:Senior |Executive )?Vice President/.test(x.text));
    if (!b || !/Officer$/.test(a.text)) continue;
    const text = sentence.slice(a.start, b.end);
    out.splice(out.indexOf(b), 1);
    out[i] = { ...a, text, end: b.end };
  }
}

export function detectRoles(sentence: string): Mention[] {
  const out: Mention[] = [];
  const add = (text: string, at: number) => {
    const lead = /^(?:(?:Our|The|Its|Their|This|Each|Both|Any|Company['’]s)\s+)+/.exec(text)?.[0] ?? '';
    const t = text.slice(lead.length).trim();
    const start = at + lead.length;
    if (!/\s|[A-Z]{2}/.test(t) && !/^(?:co-)?president$|^directors?$/i.test(t)) return;
    const { normalized, category } = normalizeRole(t);
    out.push({
      type: 'Role',
      text: t,
      start,
      end: start + t.length,
      key: roleKey(t),
      attributes: { normalized, category, plural: /s$/.test(t) && normalized !== 'GC' },
    });
  };
  // cheap keyword checks keep the heavier patterns off sentences that cannot match them
  const has = (k: RegExp) => k.test(sentence);
  const patterns: [RegExp, RegExp][] = [
    [CHAIR, /[Cc]hair|Lead Independent/],
    [CHIEF, /Chief/],
    [CHIEF_LOWER, /chief/],
    [VP, /Vice/],
    [HEAD, /Head|Director|Leader/],
    [COUNSEL, /ounsel/],
    [OTHER_OFFICER, /Officer|Engineer/],
    [ABBR, /C[A-Za-z]{1,3}O/],
    [PRESIDENT, /resident/],
    [LEADERS, /leaders/],
  ];
  for (const [re, key] of patterns) if (has(key)) for (const m of matches(re, sentence)) add(m[0], m.index);
  mergeCompoundTitles(sentence, out);
  for (const m of has(/irector/) ? matches(DIRECTORS, sentence) : []) {
    const before = sentence.slice(Math.max(0, m.index - 12), m.index);
    if (!m[1] && /\bof\s+$/i.test(before)) continue; // "Board of Directors" is the board, not a role
    if (!m[1] && !/\b(our|a|an|as|the)\s+$/i.test(before)) continue;
    add(m[0], m.index);
  }
  return out;
}
