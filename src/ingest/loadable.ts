import type { Disclosure } from '../domain/disclosure';

/**
 * Why a parsed filing is not loaded, or null when it is loadable. A filing with no cyd fact and no
 * Item 1C/16K narrative (a truncated inline XBRL file, an HTML document that is not a cybersecurity
 * disclosure) would load as an empty filing of its registrant and hide the problem; it is that file's
 * error instead, with the parser's own reason when it gave one.
 */
export function nothingToLoad(d: Disclosure): string | null {
  if (d.facts.length > 0 || d.sections.length > 0) return null;
  const generic = (m: string) => m === 'no cyd facts found' || m.startsWith('no registrant identity');
  const why = d.problems.find((p) => p.severity === 'error') ?? d.problems.find((p) => !generic(p.message));
  return `no cyd facts and no Item 1C/16K section: nothing to load${why ? ` (${why.message})` : ''}`;
}
