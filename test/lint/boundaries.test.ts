import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Each import boundary of the architecture (eslint/architecture.mjs, ARCHITECTURE.md) fires on a small
 * file placed at a path in the room it guards, with its own message, and stays quiet on the imports that
 * room is allowed. The files are in memory; ESLint runs once, with the project's real config.
 */
type Case = { path: string; code: string; fires: string | null; says?: string };

const CASES: Case[] = [
  // src/domain, src/parse, src/extract are pure: no Node built-ins...
  { path: 'src/parse/virtual.ts', code: "import { readFileSync } from 'node:fs';", fires: 'pureNoNode', says: 'STYLE.md principle 1' },
  { path: 'src/domain/virtual.ts', code: "import { join } from 'path';", fires: 'pureNoNode' },
  { path: 'src/extract/frames/virtual.ts', code: "const { spawn } = require('child_process');", fires: 'pureNoNode' },
  { path: 'src/domain/virtual.ts', code: "import fs = require('fs');", fires: 'pureNoNode' },
  // ...and nothing from the stages after them or the edge
  { path: 'src/extract/frames/virtual.ts', code: "import type { Executor } from '../../graph/executor';", fires: 'pureNoEdge', says: 'src/graph' },
  { path: 'src/parse/virtual.ts', code: "import { loadEnv } from '../config/env';", fires: 'pureNoEdge', says: 'src/config' },
  { path: 'src/parse/virtual.ts', code: "export { IdentityError } from '../graph/rows';", fires: 'pureNoEdge' },
  { path: 'src/domain/virtual.ts', code: "export const load = () => import('../ingest/ingest');", fires: 'pureNoEdge', says: 'src/ingest' },
  { path: 'src/extract/virtual.ts', code: "import type { Analyzer } from '../nlp/client';", fires: 'pureNoEdge', says: 'src/nlp' },
  { path: 'src/extract/virtual.ts', code: "import { ApolloServer } from '../api/server';", fires: 'pureNoEdge', says: 'src/api' },
  {
    path: 'src/extract/frames/virtual.ts',
    code: "import { extract } from '..';\nimport type { Disclosure } from '../../domain/disclosure';\nimport { z } from 'zod';",
    fires: null,
  },
  // neo4j-driver only in src/graph (and the embedded Neo4j's room)
  { path: 'src/ingest/virtual.ts', code: "import neo4j from 'neo4j-driver';", fires: 'driverOnlyInGraph', says: 'STYLE.md principle 2' },
  { path: 'src/api/virtual.ts', code: "export type Id = import('neo4j-driver').Integer;", fires: 'driverOnlyInGraph' },
  { path: 'src/cli.ts', code: "import { int } from 'neo4j-driver/lib/integer';", fires: 'driverOnlyInGraph' },
  { path: 'src/graph/virtual.ts', code: "import neo4j from 'neo4j-driver';", fires: null },
  { path: 'src/embedded-neo4j/virtual.ts', code: "import neo4j from 'neo4j-driver';\nimport { spawn } from 'node:child_process';", fires: null },
  // src/graph is below the stages that use it
  { path: 'src/graph/virtual.ts', code: "import type { Env } from '../config/env';", fires: 'graphBelowStages', says: 'src/config' },
  {
    path: 'src/graph/virtual.ts',
    code: "import { startLocalNeo4j } from '../embedded-neo4j/local-neo4j';",
    fires: 'graphBelowStages',
    says: 'src/embedded-neo4j',
  },
  { path: 'src/graph/virtual.ts', code: "import type { Relation } from '../domain/extraction';\nimport { q } from './query';", fires: null },
  // src/api: thin resolvers, no pipeline
  { path: 'src/api/resolvers/virtual.ts', code: "import { parseFiling } from '../../parse';", fires: 'apiNoPipeline', says: 'STYLE.md principle 3' },
  { path: 'src/api/resolvers/virtual.ts', code: "import { ingestContent } from '../../ingest/ingest-content';", fires: 'apiNoPipeline', says: 'src/ingest' },
  { path: 'src/api/virtual.ts', code: "import { extract } from '../extract';", fires: 'apiNoPipeline', says: 'src/extract' },
  { path: 'src/api/virtual.ts', code: "import type { Analyzer } from '../nlp/client';", fires: 'apiNoPipeline', says: 'src/nlp' },
  {
    path: 'src/api/resolvers/virtual.ts',
    code: "import type { Repositories } from '../../graph/repositories';\nimport type { TextIngestService } from '../../domain/ingest-service';",
    fires: null,
  },
  // src/ is the product: nothing from tests, benchmarks, fixtures or builds
  { path: 'src/ingest/virtual.ts', code: "import { tempDir } from '../../test/helpers/fixtures';", fires: 'srcSelfContained', says: 'test' },
  { path: 'src/ingest/virtual.ts', code: "import { syntheticFiling } from '../../fixtures/synthetic/model';", fires: 'srcSelfContained', says: 'fixtures' },
  // tests and benchmarks import src/, never dist/
  { path: 'test/api/virtual.test.ts', code: "import { main } from '../../dist/cli';", fires: 'noDist', says: 'stale build' },
  { path: 'test/reliability/virtual.test.ts', code: "const { startLocalNeo4j } = require('../../dist/embedded-neo4j/local-neo4j.js');", fires: 'noDist' },
  { path: 'bench/virtual.ts', code: "import { Executor } from '../dist-bench/src/graph/executor';", fires: 'noDist' },
  { path: 'test/api/virtual.test.ts', code: "import { createApolloServer } from '../../src/api/server';", fires: null },
  // tests never import benchmark files; shared data is in fixtures/
  { path: 'test/parse/virtual.test.ts', code: "import { median } from '../../bench/util';", fires: 'testsNoBench', says: 'fixtures/' },
  { path: 'fixtures/synthetic/virtual.ts', code: "import { median } from '../../bench/util';", fires: 'testsNoBench' },
  { path: 'test/parse/virtual.test.ts', code: "import { syntheticFiling } from '../../fixtures/synthetic/model';", fires: null },
  { path: 'bench/virtual.ts', code: "import { writeCorpus } from '../fixtures/synthetic/write-corpus';\nimport neo4j from 'neo4j-driver';", fires: null },
];

const ROOT = join(__dirname, '..', '..');
const { boundaries, results } = (() => {
  const res = spawnSync(process.execPath, [join(__dirname, 'lint-virtual.mjs')], { cwd: ROOT, input: JSON.stringify(CASES), encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`lint-virtual.mjs failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as {
    boundaries: string[];
    results: { path: string; messages: { ruleId: string | null; messageId?: string; message: string }[] }[];
  };
})();

test.each(CASES.map((c, i) => [c.fires ?? 'nothing', c.path, c.code.split('\n')[0], i] as const))('%s fires at %s for %s', (_id, _path, _code, i) => {
  const c = CASES[i]!;
  const boundary = results[i]!.messages.filter((m) => m.ruleId === 'architecture/boundaries');
  if (c.fires === null) return expect(boundary).toEqual([]);
  expect(boundary.map((m) => m.messageId)).toEqual([c.fires]);
  if (c.says) expect(boundary[0]!.message).toContain(c.says);
});

test('every boundary in the table has a case here that shows it firing', () => {
  const covered = new Set(CASES.map((c) => c.fires));
  expect(boundaries.filter((id) => !covered.has(id))).toEqual([]);
});
