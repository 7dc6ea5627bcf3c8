import { lower, matches, type Mention } from '../mention';

/**
 * Named persons (GUIDELINE §3.2): after an honorific ("Mr. Jianfei Dong", "Ms. Raman"), or in
 * apposition to a title ("our CISO, Jane Roe," / "Jane Roe, our Chief Information Security Officer").
 * The key is the family name, so "Mr. Dong" and "Jianfei Dong" are one person.
 */
const NAME = "[A-Z][a-z’'-]+(?:\\s+[A-Z]\\.)?(?:\\s+[A-Z][a-z’'-]+){0,2}";
const HONORIFIC = new RegExp(`\\b(Mr|Ms|Mrs|Dr)\\.?\\s+(${NAME})`, 'g');
const AFTER_TITLE = new RegExp(`(?:Officer|CISO|CIO|CTO|CSO|CEO|CFO|Counsel|President|Director|Security)(?:\\s*\\([A-Za-z/]+\\))?,\\s+(${NAME}),`, 'g');
const BEFORE_TITLE = new RegExp(
  `(?:^|[.;]\\s+|,\\s+|\\band\\s+)(${NAME}),\\s+(?:our|the|who is our|who serves as our)\\s+(?:[A-Za-z-]+\\s+){0,6}?(?:Officer|CISO|CIO|CTO|CSO|director|Director|President|president|co-president|Counsel)`,
  'g',
);
const BEFORE_VERB = new RegExp(
  `(?:^|[.;]\\s+)([A-Z][a-z’'-]+(?:\\s+[A-Z]\\.)?\\s+[A-Z][a-z’'-]+)\\s+(?:serves|chairs|leads|heads|reports|oversees|has served|is our|joined)\\b`,
  'g',
);
const NAME_THEN_TITLE = new RegExp(
  `(?:^|[.;]\\s+)(${NAME}),\\s+(?:our\\s+|the\\s+|a\\s+)?(?:Chief|Vice President|Senior Vice|Executive Vice|Head of|Director of|General Counsel|President|Co-President)\\b`,
  'g',
);
const NOT_NAMES =
  /^(The|Our|We|In|At|This|These|Chief|Board|Audit|Risk|Committee|Company|Vice|Senior|Information|Security|Cybersecurity|Item|Table|Such|Each|Both|Management|Internal|Data|Global|Executive|Technology|Legal|General|Privacy|Enterprise|Head|Director|Our|Its|All|Any|No|Certain|Third|External|Incident|Product|Corporate|Group|Regional|Business|Human|Finance|Operations)\b/;

export const personKey = (name: string): string => `person:${lower(name).split(' ').pop()}`;

export function detectPeople(sentence: string): Mention[] {
  const out: Mention[] = [];
  const add = (name: string, start: number, honorific: string | null) => {
    const clean = name.trim();
    if (NOT_NAMES.test(clean) || clean.length < 3) return;
    out.push({
      type: 'Person',
      text: clean,
      start,
      end: start + clean.length,
      key: personKey(clean),
      attributes: honorific ? { honorific: `${honorific}.` } : {},
    });
  };
  for (const m of matches(HONORIFIC, sentence)) add(m[2]!, m.index + m[0].indexOf(m[2]!, m[1]!.length), m[1]!);
  for (const re of [AFTER_TITLE, BEFORE_TITLE, BEFORE_VERB, NAME_THEN_TITLE]) {
    for (const m of matches(re, sentence)) {
      if (!/\s/.test(m[1]!)) continue; // a bare capitalised word is not a name
      add(m[1]!, m.index + m[0].indexOf(m[1]!), null);
    }
  }
  return out;
}
