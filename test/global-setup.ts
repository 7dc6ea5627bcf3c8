import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalNeo4j, type LocalNeo4j } from '../src/embedded-neo4j/local-neo4j';
import { startLocalNlp, type LocalNlp } from '../src/nlp/corenlp-process';

/**
 * A real Neo4j for the whole run (NEO4J_URI when given, else the embedded launcher on a free port) and the
 * real linguistic layer (NLP_URL when given, else a local CoreNLP process on a free port).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.NLP_URL) {
    const nlp: LocalNlp = await startLocalNlp({ log: (l) => process.stderr.write(`\n${l}\n`) });
    process.env.NLP_URL = `${nlp.host}:${nlp.port}`;
    (globalThis as { __dgNlp?: LocalNlp }).__dgNlp = nlp;
  }
  if (process.env.NEO4J_URI) return;
  const home = mkdtempSync(join(tmpdir(), 'dg-neo4j-test-'));
  const local: LocalNeo4j = await startLocalNeo4j({ home, port: 0, pageCacheMb: 128, heapMb: 512, fresh: true, log: (l) => process.stderr.write(`\n${l}\n`) });
  process.env.NEO4J_URI = local.uri;
  process.env.DG_TEST_NEO4J_HOME = home;
  (globalThis as { __dgNeo4j?: LocalNeo4j }).__dgNeo4j = local;
}
