/** Floors on the shared scorer's figures (see gold-score.test.ts), each in [0, 1]. */
export interface Floor {
  overall: number;
  recall: number;
  attributes: number;
  frequency: number;
  byType: Record<string, number>;
}

/**
 * Every figure of the shared scorer's output (`score-extraction.mjs --attributes`) that is below its
 * floor, and every figure the output does not carry (a changed format must fail, not pass by reading
 * nothing); empty when all are at or above. Duplicates must be zero.
 */
export function shortfalls(out: string, floor: Floor): string[] {
  const found: string[] = [];
  const figure = (what: string, re: RegExp): number | null => {
    const m = re.exec(out);
    if (m) return Number(m[1]);
    found.push(`${what}: not in the scorer's output`);
    return null;
  };
  const atLeast = (what: string, re: RegExp, min: number): void => {
    const value = figure(what, re);
    if (value !== null && !(value >= min)) found.push(`${what} ${value} is below the floor ${min}`);
  };
  atLeast('relation F1', /^extraction: relation F1 ([\d.]+)/m, floor.overall);
  atLeast('relation recall', /^extraction: relation F1 [\d.]+ \(P [\d.]+ R ([\d.]+)\)/m, floor.recall);
  atLeast('attribute accuracy', /^attributes: accuracy ([\d.]+)/m, floor.attributes);
  atLeast('REPORTS_TO frequency', /^reports_to frequency\s+([\d.]+)/m, floor.frequency);
  for (const [type, min] of Object.entries(floor.byType)) atLeast(`${type} F1`, new RegExp(`^${type}\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)`, 'm'), min);
  const duplicates = figure('duplicates', /^identity: \d+ named entities matched, (\d+) duplicates/m);
  if (duplicates !== null && duplicates !== 0) found.push(`${duplicates} duplicate entities (must be 0)`);
  return found;
}
