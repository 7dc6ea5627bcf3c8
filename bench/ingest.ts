import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { connectGraph } from '../src/graph/connect';
import { startLocalNeo4j } from '../src/embedded-neo4j/local-neo4j';
import { setupSchema } from '../src/graph/schema-setup';
import { writeFilings } from '../src/graph/filing-writer';
import { buildFilingRows, type FilingRows } from '../src/graph/rows';
import { ingestFiles } from '../src/ingest/ingest';
import { processFile } from '../src/ingest/pipeline';
import { openAnalyzer } from '../src/nlp';
import { loadEnv } from '../src/config/env';
import { writeCorpus } from '../fixtures/synthetic/write-corpus';
import { benchIngestRealSize } from './ingest-real-size';

/**
 * End-to-end ingest of N synthetic filings (all formats) into a fresh embedded Neo4j on this machine:
 * filings/s and peak memory, and the load phase side by side with a bare UNWIND MERGE of the same rows
 * through neo4j-driver (no change detection, no replacement, no alias merging). Then N real-size inline
 * XBRL 10-Ks end to end (ingest-real-size.ts). Run: npm run bench:ingest (BENCH_N=10000 small filings
 * and BENCH_REAL_N=10000 real-size ones by default; 0 skips a part).
 */
const N = Number(process.env.BENCH_N ?? 10_000);
const REAL_N = Number(process.env.BENCH_REAL_N ?? 10_000);
const BATCH = 250;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dg-bench-'));
  try {
    if (N > 0) await benchSmall(work);
    if (REAL_N > 0) await benchIngestRealSize(work, REAL_N);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function benchSmall(work: string): Promise<void> {
  const t0 = Date.now();
  const paths = writeCorpus(join(work, 'corpus'), N);
  console.log(`generated ${N} synthetic filings in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const local = await startLocalNeo4j({ home: join(work, 'neo4j'), port: 0, pageCacheMb: 512, heapMb: 512, fresh: true });
  const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    await setupSchema(graph.executor);
    const analyzer = await openAnalyzer({ url: loadEnv().NLP_URL });
    const rows: FilingRows[] = [];
    for (const p of paths) {
      const { disclosure, extraction } = await processFile(p, analyzer);
      rows.push(buildFilingRows(disclosure, extraction));
    }
    const driver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', ''));
    const session = driver.session({ database: 'neo4j' });
    const wipe = () => session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS');
    const bare = async () => {
      const t = Date.now();
      for (let i = 0; i < rows.length; i += BATCH) await session.executeWrite((tx) => bareLoad(tx, rows.slice(i, i + BATCH)));
      return Date.now() - t;
    };
    // warm-up: page cache and query plans, so no variant pays for being first
    await bare();
    await wipe();
    const bareMs = await bare();
    await wipe();
    // our writer over the same rows, nothing else competing for the cores
    const t2 = Date.now();
    for (let i = 0; i < rows.length; i += BATCH) await writeFilings(graph.executor, rows.slice(i, i + BATCH));
    const oursMs = Date.now() - t2;
    await wipe();
    await session.close();
    await driver.close();
    // the real thing: files → workers (parse, extract) → batched writes, pipelined
    await analyzer.close();
    // a fresh linguistic layer for the end-to-end run: nothing analysed for the comparison above is reused
    const fresh = await openAnalyzer({ url: loadEnv().NLP_URL });
    const summary = await ingestFiles(graph.executor, [join(work, 'corpus')], { analyzer: fresh, batchSize: BATCH });
    await fresh.close();
    const rssMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `ingest end to end: ${summary.filingsWritten} filings, ${summary.errors.length} errors, ${(summary.ms.total / 1000).toFixed(1)} s = ${(N / (summary.ms.total / 1000)).toFixed(0)} filings/s; peak RSS ${rssMb.toFixed(0)} MB (Node process incl. workers; the rows above were also held for the comparison)`,
    );
    console.log(
      `load phase, same rows: bare UNWIND MERGE floor ${(bareMs / 1000).toFixed(1)} s | our writer ${(oursMs / 1000).toFixed(1)} s = ${(oursMs / bareMs).toFixed(2)}x the floor`,
    );
    console.log(
      `load time inside the pipelined ingest (sharing the cores with parsing): ${(summary.ms.load / 1000).toFixed(1)} s = ${(summary.ms.load / bareMs).toFixed(2)}x the floor`,
    );
  } finally {
    await graph.close();
    await local.stop();
  }
}

async function bareLoad(tx: import('neo4j-driver').ManagedTransaction, batch: FilingRows[]): Promise<void> {
  await tx.run('UNWIND $rows AS r MERGE (c:Company {cik: r.company.cik}) MERGE (f:Filing {id: r.filing.id}) SET f += r.filing MERGE (c)-[:FILED]->(f)', {
    rows: batch.map((r) => ({ company: r.company, filing: r.filing })),
  });
  await tx.run('UNWIND $rows AS r MATCH (f:Filing {id: r.fid}) CREATE (x:Fact) SET x = r.x CREATE (f)-[:HAS_FACT]->(x)', {
    rows: batch.flatMap((r) => r.facts.map((x) => ({ fid: r.filing.id, x }))),
  });
  await tx.run('UNWIND $rows AS r MATCH (f:Filing {id: r.fid}) MERGE (fl:Flag {element: r.element}) CREATE (f)-[:HAS_FLAG {value: r.value}]->(fl)', {
    rows: batch.flatMap((r) => r.flags.map((x) => ({ fid: r.filing.id, element: x.element, value: x.value }))),
  });
  await tx.run('UNWIND $rows AS r MATCH (f:Filing {id: r.fid}) MERGE (n:Entity {key: r.key}) SET n.name = r.name CREATE (f)-[:MENTIONS]->(n)', {
    rows: batch.flatMap((r) => r.entities.map((e) => ({ fid: r.filing.id, key: e.key, name: e.name }))),
  });
  const rels = batch.flatMap((r) => Object.entries(r.relations).flatMap(([type, list]) => (list ?? []).map((x) => ({ type, ...x }))));
  for (const type of new Set(rels.map((r) => r.type))) {
    await tx.run(`UNWIND $rows AS r MATCH (a:Entity {key: r.from}), (b:Entity {key: r.to}) CREATE (a)-[x:${type}]->(b) SET x = r.props`, {
      rows: rels.filter((r) => r.type === type),
    });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
