/**
 * What kind of failure an ingest error is, for the summary's counts: read from the reasons this
 * project's own readers, parsers and writers give (src/ingest, src/parse), first match wins.
 */
export const ERROR_KINDS = [
  ['nothing matched', /^no file matches|^no filing in this folder/],
  ['identity conflict', /contradicts the filing's own/],
  ['no identity', /no CIK for the registrant|no registrant identity/],
  ['no cyd content', /nothing to load|no cyd facts/],
  ['unsupported format', /unrecognized format|binary file|not an R-page|no inline XBRL|not an EDGAR filing folder|lists no reports|R page has no|--format /],
  [
    'unreadable',
    /no such file|cannot read|permission denied|not a regular file|symbolic link|dangling|empty file|over the \d+ MB limit|file name of|not valid JSON/,
  ],
  ['parse failed', /per-file deadline|heap cap|parse worker failed|does not fit the model/],
  ['not loaded', /^not loaded/],
] as const satisfies readonly (readonly [string, RegExp])[];

export type ErrorKind = (typeof ERROR_KINDS)[number][0] | 'other';

export function errorKind(reason: string): ErrorKind {
  return ERROR_KINDS.find(([, re]) => re.test(reason))?.[0] ?? 'other';
}

/** `unreadable 2, no identity 1`: each kind with its count, in the table's order. */
export function countByKind(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(errorKind(r), (counts.get(errorKind(r)) ?? 0) + 1);
  return [...ERROR_KINDS.map(([k]) => k), 'other']
    .filter((k) => counts.has(k))
    .map((k) => `${k} ${counts.get(k)}`)
    .join(', ');
}
