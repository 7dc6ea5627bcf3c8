import type { IdentityOverride } from '../domain/disclosure';
import type { Analyzer } from '../nlp/client';
import { analyzeAndExtract } from './pipeline';
import type { Executor } from '../graph/executor';
import { writeFiling, type WriteOutcome } from '../graph/filing-writer';
import { buildFilingRows } from '../graph/rows';
import { parseFiling } from '../parse';

/** One filing sent as text (the API's ingestFiling): parse → extract → write, all in memory. */
export async function ingestContent(executor: Executor, analyzer: Analyzer, input: { name: string; content: string; identity: IdentityOverride }): Promise<{ outcome: WriteOutcome; problems: string[] }> {
  const disclosure = parseFiling({ kind: 'file', name: input.name, bytes: Buffer.from(input.content, 'utf8') }, { identity: input.identity });
  const outcome = await writeFiling(executor, buildFilingRows(disclosure, await analyzeAndExtract(disclosure, analyzer)));
  return { outcome, problems: disclosure.problems.map((p) => `${p.severity}: ${p.message}`) };
}
