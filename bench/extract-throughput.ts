import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract, sentencesOf } from '../src/extract';
import { parseFiling } from '../src/parse';
import type { Disclosure } from '../src/domain/disclosure';
import type { SentenceParses } from '../src/domain/linguistics';
import { NlpClient } from '../src/nlp/client';
import { startLocalNlp } from '../src/nlp/corenlp-process';
import { fmt, timeIt } from './util';

/**
 * Extraction throughput on the real plain-text Item 1C sections in ../shared (one core each side), side by
 * side in the same run with the linguistic layer alone on the same sentences (the floor): the layer with one
 * thread, analysing every sentence afresh (no client cache), then the extractor's own work on those parses.
 * Run: npm run bench:extract
 */
async function main(): Promise<void> {
  const dir = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'text');
  const disclosures: Disclosure[] = readdirSync(dir)
    .map((f) => parseFiling({ kind: 'file', name: f, bytes: readFileSync(join(dir, f)) }))
    .filter((d) => d.facts.length > 0 || d.sections.length > 0);
  const sentences = disclosures.map((d) => sentencesOf(d));
  const nSentences = sentences.reduce((n, s) => n + s.length, 0);
  const local = await startLocalNlp({ threads: 1 });
  try {
    // warm-up: JIT and model pages
    await new NlpClient(local.host, local.port).analyze(sentences.flat());
    const ROUNDS = 3;
    let parses: SentenceParses[] = [];
    const t0 = Date.now();
    for (let r = 0; r < ROUNDS; r++) {
      const client = new NlpClient(local.host, local.port, 1); // (almost) no cache: every sentence is analysed
      parses = [];
      for (const s of sentences) parses.push(await client.analyze(s));
      await client.close();
    }
    const layerMs = (Date.now() - t0) / ROUNDS;
    const XR = 20;
    const extractMs =
      timeIt(() => {
        for (let r = 0; r < XR; r++) disclosures.forEach((d, i) => extract(d, parses[i]));
      }) / XR;
    const oldMs =
      timeIt(() => {
        for (let r = 0; r < XR; r++) for (const d of disclosures) extract(d);
      }) / XR;
    const n = disclosures.length;
    console.log(`${n} real Item 1C sections, ${nSentences} sentences`);
    console.log(
      `linguistic layer alone (CoreNLP, 1 thread)   ${fmt(n / (layerMs / 1000), 1)} filings/s  (${fmt(nSentences / (layerMs / 1000), 0)} sentences/s)`,
    );
    console.log(
      `extraction on its parses (1 core)            ${fmt(n / (extractMs / 1000), 1)} filings/s  = ${(extractMs / layerMs).toFixed(2)}x the layer's time (goal <= 0.5x)`,
    );
    console.log(`extraction without parses (the old rules)   ${fmt(n / (oldMs / 1000), 1)} filings/s`);
    console.log(`end to end (layer + extraction)              ${fmt(n / ((layerMs + extractMs) / 1000), 1)} filings/s`);
  } finally {
    await local.stop();
  }
}

void main();
