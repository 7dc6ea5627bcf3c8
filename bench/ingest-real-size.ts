import { readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { connectGraph } from '../src/graph/connect';
import { startLocalNeo4j } from '../src/embedded-neo4j/local-neo4j';
import { setupSchema } from '../src/graph/schema-setup';
import { ingestInputs } from '../src/ingest/ingest';
import { parseFile } from '../src/ingest/pipeline';
import { openAnalyzer, type Analyzer } from '../src/nlp';
import { sentencesOf } from '../src/extract';
import { loadEnv } from '../src/config/env';
import { realSizeCorpus } from '../fixtures/synthetic/write-corpus';
import { parseIxbrl, parseIxbrlFull } from '../src/parse/ixbrl';

/**
 * N real-size inline XBRL 10-Ks (fixtures/synthetic/real-size.ts, ~2.7 MB each, BENCH_REAL_N, 10,000 by
 * default) end to end into a fresh embedded Neo4j through the real linguistic layer (CoreNLP), with the
 * product's ingest (parse children, analysis, extraction, batched writes). Each file is generated and
 * written when the ingest asks for it and removed once it is done, so disk holds only the files in
 * flight; generation runs on the benchmark's main thread and is timed and reported apart.
 *
 * Reports filings/s and MB/s end to end, the peak RSS of this process and of its children (parse
 * children, Neo4j's JVM, CoreNLP's JVM; sampled from /proc every 250 ms), and the split: the parse cost
 * per filing measured alone (targeted and full) on a sample, the time some analysis was pending and how
 * many sentences the layer was sent vs answered from the client's cache, and the write transactions'
 * time. Nothing is skipped: every filing's sentences go to the layer (the client memoises repeated
 * sentences, and synthetic filings repeat template sentences, which the report counts).
 */
export async function benchIngestRealSize(work: string, n: number): Promise<void> {
  console.log(`\nreal-size inline XBRL: ${n} filings end to end (fresh Neo4j, fresh linguistic layer)`);
  const sampleDir = join(work, 'sample');
  const sample = [...realSizeCorpus(sampleDir, 30)];
  const sampleMb = sample.reduce((s, p) => s + readFileSync(p).length, 0) / 1048576;
  const perFile = (fn: (p: string) => unknown) => {
    const t = process.hrtime.bigint();
    for (const p of sample) fn(p);
    return Number(process.hrtime.bigint() - t) / 1e6 / sample.length;
  };
  perFile(parseFile); // warm-up
  const fileMs = perFile(parseFile);
  const targetedMs = perFile((p) => parseIxbrl(readFileSync(p, 'utf8')));
  const fullMs = perFile((p) => parseIxbrlFull(readFileSync(p, 'utf8')));
  const sentences = sample.map((p) => sentencesOf(parseFile(p)).length);
  console.log(
    `  parse alone, one core, ${sample.length}-file sample (${(sampleMb / sample.length).toFixed(2)} MB each): what a parse child does per file (read, decode, detect, parse, check) ${fileMs.toFixed(1)} ms; read + targeted parse ${targetedMs.toFixed(1)} ms, read + full parser ${fullMs.toFixed(1)} ms; ${(sentences.reduce((a, b) => a + b, 0) / sample.length).toFixed(0)} sentences/filing`,
  );
  rmSync(sampleDir, { recursive: true, force: true });

  const local = await startLocalNeo4j({ home: join(work, 'neo4j-real'), port: 0, pageCacheMb: 512, heapMb: 512, fresh: true });
  const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const memory = startMemorySampler();
  try {
    await setupSchema(graph.executor);
    const layer = await openAnalyzer({ url: loadEnv().NLP_URL });
    const analyzer = timedAnalyzer(layer);
    const stats = { generationMs: 0, bytes: 0 };
    const dir = join(work, 'real-size');
    const t0 = Date.now();
    const summary = await ingestInputs(graph.executor, realSizeCorpus(dir, n, { stats }), {
      analyzer,
      batchSize: 250,
      onProgress: ({ file }) => {
        try {
          unlinkSync(file);
        } catch {
          // already removed
        }
      },
    });
    const wallS = (Date.now() - t0) / 1000;
    await layer.close();
    const peaks = memory.stop();
    const mb = stats.bytes / 1048576;
    const withoutGen = wallS - stats.generationMs / 1000;
    console.log(
      `  end to end: ${summary.filingsWritten} written, ${summary.errors.length} errors${summary.errors[0] ? ` (first: ${summary.errors[0].reason})` : ''}, ${mb.toFixed(0)} MB in ${wallS.toFixed(1)} s = ${(n / wallS).toFixed(1)} filings/s, ${(mb / wallS).toFixed(1)} MB/s`,
    );
    console.log(
      `  of which generating and writing the files on the main thread: ${(stats.generationMs / 1000).toFixed(1)} s; without it ~${withoutGen.toFixed(1)} s = ${(n / withoutGen).toFixed(1)} filings/s (an estimate: generation overlapped the pipeline)`,
    );
    console.log(
      `  split: parse ~${((fileMs * n) / 1000).toFixed(0)} s of one core in the parse child (sample rate x N); analysis pending ${(analyzer.busyMs / 1000).toFixed(1)} s of the wall time, ${analyzer.sentences} sentences asked, ${analyzer.distinct} distinct; write transactions ${(summary.ms.load / 1000).toFixed(1)} s`,
    );
    console.log(
      `  peak RSS: this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; children at their peak: ${Object.entries(peaks.byKind)
        .map(([k, v]) => `${k} ${v.toFixed(0)} MB`)
        .join(', ')}; all together at the worst sample ${peaks.total.toFixed(0)} MB`,
    );
    if (n < 10_000)
      console.log(
        `  extrapolated to 10,000 at the same rate: ${(((10_000 / n) * wallS) / 60).toFixed(1)} min (${(((10_000 / n) * withoutGen) / 60).toFixed(1)} min without generation)`,
      );
  } finally {
    memory.stop();
    await graph.close();
    await local.stop();
  }
}

/** Wraps the layer: the wall time during which some analysis was pending, and the sentences asked for. */
function timedAnalyzer(inner: Analyzer): Analyzer & { busyMs: number; sentences: number; distinct: number } {
  let active = 0;
  let since = 0;
  const seen = new Set<string>();
  const out = {
    busyMs: 0,
    sentences: 0,
    distinct: 0,
    async analyze(s: readonly string[]) {
      out.sentences += s.length;
      for (const x of s) seen.add(x);
      out.distinct = seen.size;
      if (active++ === 0) since = Date.now();
      try {
        return await inner.analyze(s);
      } finally {
        if (--active === 0) out.busyMs += Date.now() - since;
      }
    },
    close: () => inner.close(),
  };
  return out;
}

/** Peak RSS of this process's descendants, by kind (parse child, Neo4j, CoreNLP), from /proc. */
function startMemorySampler(): { stop: () => { byKind: Record<string, number>; total: number } } {
  const byKind: Record<string, number> = {};
  let total = 0;
  const sample = () => {
    const children = new Map<number, number[]>();
    const info = new Map<number, { rssMb: number; cmd: string }>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const status = readFileSync(`/proc/${d}/status`, 'utf8');
        const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
        const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
        const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
        children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
        info.set(Number(d), { rssMb: rss, cmd });
      } catch {
        // the process ended
      }
    }
    const now: Record<string, number> = {};
    let sum = info.get(process.pid)?.rssMb ?? 0;
    const walk = (pid: number) => {
      for (const c of children.get(pid) ?? []) {
        const i = info.get(c)!;
        const kind = /neo4j|launcher/i.test(i.cmd)
          ? 'Neo4j'
          : /corenlp|stanford|nlp/i.test(i.cmd)
            ? 'CoreNLP'
            : /parse-child/.test(i.cmd)
              ? 'parse children'
              : 'other';
        now[kind] = (now[kind] ?? 0) + i.rssMb;
        sum += i.rssMb;
        walk(c);
      }
    };
    walk(process.pid);
    for (const [k, v] of Object.entries(now)) byKind[k] = Math.max(byKind[k] ?? 0, v);
    total = Math.max(total, sum);
  };
  const timer = setInterval(sample, 250);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      return { byKind, total };
    },
  };
}
