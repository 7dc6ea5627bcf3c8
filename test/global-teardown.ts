import { rmSync } from 'node:fs';
import type { LocalNeo4j } from '../src/embedded-neo4j/local-neo4j';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __dgNlp?: { stop(): Promise<void> } }).__dgNlp?.stop();
  const local = (globalThis as { __dgNeo4j?: LocalNeo4j }).__dgNeo4j;
  if (!local) return;
  await local.stop();
  if (process.env.DG_TEST_NEO4J_HOME) rmSync(process.env.DG_TEST_NEO4J_HOME, { recursive: true, force: true });
}
