#!/usr/bin/env node
import { Command, CommanderError, Option } from 'commander';
import { FORMATS, IdentityOverrideSchema, type IdentityOverride } from './domain/disclosure';
import { loadEnv, ConfigError, type Env } from './config/env';
import { createLogger } from './config/logger';
import { ensureDatabase } from './embedded-neo4j/ensure-database';
import { createRepositories } from './graph/repositories';
import { createApolloServer, EXAMPLE_QUERY } from './api/server';
import { startHttp } from './api/http-server';
import { createIde } from './api/ide';
import { ideTabs } from './api/ide-examples';
import { anyToRead, DEFAULT_FILE_LIMITS, expandPaths, ingestFiles, ingestInputs, type IngestSummary } from './ingest/ingest';
import type { Executor } from './graph/executor';
import { createIngestService } from './ingest/ingest-service';
import { createProgress } from './ingest/progress';
import { countByKind } from './ingest/error-kinds';
import { nothingToLoad } from './ingest/loadable';
import { createStatusLines } from './config/status';
import { readIdentityMap } from './ingest/identity-map';
import { InputError } from './ingest/read-input';
import { parseFile, processFile } from './ingest/pipeline';
import { lazyAnalyzer, openAnalyzer } from './nlp';
import { join } from 'node:path';
import { projectRoot } from './config/paths';

/** The composition root: every command wires config → stages → output here and nowhere else. */
class CliError extends Error {}

const identityOptions = (cmd: Command): Command =>
  cmd
    .addOption(new Option('--format <format>', 'force the input format instead of detecting it').choices([...FORMATS]))
    .option('--cik <cik>', "registrant's CIK, when the file does not carry it")
    .option('--company <name>', "registrant's name, when the file does not carry it")
    .option('--ticker <ticker>', 'trading symbol')
    .option('--form <form>', 'form type (10-K, 10-K/A, 20-F, 20-F/A, 8-K)')
    .option('--fiscal-year <year>', 'fiscal year')
    .option('--accession <number>', 'accession number (0000000000-00-000000)');

function identityFrom(opts: Record<string, unknown>): IdentityOverride {
  const raw = Object.fromEntries(
    Object.entries({
      cik: opts.cik,
      company: opts.company,
      ticker: opts.ticker,
      form: opts.form,
      fiscalYear: opts.fiscalYear,
      accession: opts.accession,
    }).filter(([, v]) => v !== undefined),
  );
  const parsed = IdentityOverrideSchema.safeParse(raw);
  if (!parsed.success)
    throw new CliError(parsed.error.issues.map((i) => `--${String(i.path[0]).replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${i.message}`).join('; '));
  return parsed.data;
}

const print = (value: unknown, json: boolean): void => {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : String(value) + '\n');
};

function positiveInt(raw: string, name: string, zeroOk: boolean): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < (zeroOk ? 0 : 1)) throw new CliError(`${name}: expected a whole number${zeroOk ? '' : ' above 0'}, got "${raw}"`);
  return n;
}

const MAX_SUMMARY_PROBLEMS = 100;

/** For an ingest with no file to read: every input is an error or skipped before the database is used. */
const NO_DATABASE = new Proxy({} as Executor, {
  get: () => {
    throw new Error('no database was started: there is no file to read');
  },
});

function summaryText(s: IngestSummary): string {
  const rate = s.ms.total > 0 ? ((s.filingsWritten + s.filingsUnchanged) / (s.ms.total / 1000)).toFixed(1) : '0';
  const kinds = countByKind(s.errors.map((e) => e.reason));
  const lines = [
    `files: ${s.files}, filings written: ${s.filingsWritten}, unchanged: ${s.filingsUnchanged}, errors: ${s.errors.length}${kinds ? ` (${kinds})` : ''}, skipped: ${s.skipped.length}, nodes: ${s.nodes}, relationships: ${s.relationships}, problems: ${s.problems.length} (${(s.ms.total / 1000).toFixed(1)} s, ${rate} filings/s)`,
    ...s.errors.map((e) => `  error: ${e.file}: ${e.reason}`),
    ...s.skipped.map((e) => `  skipped: ${e.file}: ${e.reason}`),
    // what the parsers reported about files that loaded (an unreadable flag, a missing continuation, ...)
    ...s.problems.slice(0, MAX_SUMMARY_PROBLEMS).map((p) => `  ${p.severity === 'error' ? 'problem' : 'warning'}: ${p.file}: ${p.message}`),
  ];
  if (s.problems.length > MAX_SUMMARY_PROBLEMS) lines.push(`  … ${s.problems.length - MAX_SUMMARY_PROBLEMS} more problems`);
  if (s.errors.length + s.skipped.length > 0)
    lines.push(`not all loaded: ${s.errors.length} error(s), ${s.skipped.length} skipped (exit code 1); each line above names the file and the reason`);
  return lines.join('\n');
}

async function serve(env: Env, loadPaths: string[]): Promise<void> {
  const log = createLogger(env.LOG_LEVEL, { buffered: true });
  // startup steps go to stderr at once, in order, before the banner (the request log is buffered)
  const status = createStatusLines();
  const step = (l: string) => status.line(l);
  // the JVM's death is written at once, not left in the log buffer of an idle server
  const db = await ensureDatabase(env, step, (l) => (log.error(l), log.flush()));
  const analyzer = lazyAnalyzer({ url: env.NLP_URL, log: step });
  if (loadPaths.length > 0) {
    step(`loading ${loadPaths.join(', ')}: parsing, analysing and writing the filings…`);
    const summary = await ingestFiles(db.graph.executor, loadPaths, { analyzer });
    status.done();
    step(`loaded: ${summary.filingsWritten} filings written, ${summary.filingsUnchanged} unchanged, ${summary.errors.length} errors`);
    log.info({ ...summary, errors: summary.errors.length, skipped: summary.skipped.length, problems: summary.problems.length }, 'demo data loaded');
    for (const e of summary.errors) log.warn(e, 'demo file failed');
  }
  status.done();
  const repos = createRepositories(db.graph.executor);
  const development = env.NODE_ENV !== 'production';
  const apollo = createApolloServer({ development, maxDepth: env.MAX_QUERY_DEPTH, maxCost: env.MAX_QUERY_COST });
  const http = await startHttp(apollo, repos, log, {
    host: env.HOST,
    port: env.PORT,
    apiKey: env.API_KEY,
    ingest: createIngestService(db.graph.executor, analyzer),
    // the GraphQL IDE at the endpoint's GET, outside production only
    ide: development ? createIde({ endpoint: '/graphql', tabs: ideTabs(EXAMPLE_QUERY) }) : undefined,
    limits: { maxPageSize: env.MAX_PAGE_SIZE, maxDepth: env.MAX_QUERY_DEPTH, maxCost: env.MAX_QUERY_COST },
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  });
  process.stdout.write(
    `disclosure-graph GraphQL API at ${http.url}\n(Neo4j: ${db.graph.uri})\n${development ? `GraphQL IDE (GraphiQL): open ${http.url} in a browser\n` : ''}Try:\ncurl -s ${http.url} -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n`,
  );
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down');
    await http.close();
    await analyzer.close();
    await db.close();
    await new Promise<void>((ok) => log.flush(() => ok()));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

export function buildProgram(): Command {
  const program = new Command('disclosure-graph')
    .description('Cybersecurity governance disclosures (Reg. S-K Item 106) → Neo4j knowledge graph → GraphQL')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  identityOptions(program.command('parse <file>').description('parse a filing (file or EDGAR folder) into its cyd facts'))
    .option('--json', 'print the Disclosure as JSON')
    .action((file: string, opts: Record<string, unknown>) => {
      const disclosure = parseFile(file, { format: opts.format as never, identity: identityFrom(opts) });
      const empty = nothingToLoad(disclosure);
      if (empty) throw new CliError(`${file}: ${empty}`);
      if (opts.json) return print(disclosure, true);
      print(
        `${disclosure.company.name ?? '(registrant unknown)'} ${disclosure.form ?? ''} FY${disclosure.fiscalYear ?? '?'}: ${disclosure.facts.length} cyd facts`,
        false,
      );
      for (const f of disclosure.facts) print(`  ${f.element} = ${f.kind === 'flag' ? f.value : JSON.stringify(String(f.value).slice(0, 80))}`, false);
      for (const p of disclosure.problems) print(`  ${p.severity}: ${p.message}`, false);
    });

  identityOptions(program.command('extract <file>').description('extract the governance graph (entities, relations, flags) from a filing'))
    .option('--json', 'print the extraction as JSON')
    .action(async (file: string, opts: Record<string, unknown>) => {
      const identity = identityFrom(opts);
      // a bad file fails before the layer starts
      const empty = nothingToLoad(parseFile(file, { format: opts.format as never, identity }));
      if (empty) throw new CliError(`${file}: ${empty}`);
      const analyzer = await openAnalyzer({ url: loadEnv().NLP_URL, log: (l) => process.stderr.write(l + '\n') });
      const { extraction } = await processFile(file, analyzer, { format: opts.format as never, identity }).finally(() => analyzer.close());
      if (opts.json) return print(extraction, true);
      const name = (id: string) => extraction.entities.find((e) => e.id === id)?.name ?? id;
      for (const r of extraction.relations) print(`${name(r.from)} -[${r.type}]-> ${name(r.to)}`, false);
    });

  identityOptions(program.command('ingest <paths...>').description('parse, extract and load filings (files, folders or globs) into Neo4j'))
    .option('--workers <n>', 'parse child processes (default: cores - 1; 0 = parse on the main thread)')
    .option('--batch-size <n>', 'filings per write transaction', '250')
    .option('--identity-map <file>', 'JSON object: file name → { cik, company, form, fiscalYear, … } for files that lack identity')
    .option(
      '--file-timeout <seconds>',
      'time one file may take to read and parse in a worker; then it fails and its worker is replaced',
      String(DEFAULT_FILE_LIMITS.deadlineMs / 1000),
    )
    .option('--worker-heap <MB>', 'heap of one parse worker; a file that needs more fails and its worker is replaced', String(DEFAULT_FILE_LIMITS.heapMb))
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      const env = loadEnv();
      const identityFor = opts.identityMap ? readIdentityMap(String(opts.identityMap)) : undefined;
      const workers = opts.workers === undefined ? undefined : positiveInt(String(opts.workers), '--workers', true);
      const batchSize = positiveInt(String(opts.batchSize), '--batch-size', false);
      const limits = {
        deadlineMs: 1000 * positiveInt(String(opts.fileTimeout), '--file-timeout', false),
        heapMb: positiveInt(String(opts.workerHeap), '--worker-heap', false),
      };
      const identity = identityFrom(opts);
      const inputs = [...expandPaths(paths, { own: opts.identityMap ? [String(opts.identityMap)] : [] })];
      const status = createStatusLines();
      if (!anyToRead(inputs)) {
        // nothing to read: say so for each argument, and start no database
        const summary = await ingestInputs(NO_DATABASE, inputs, { analyzer: lazyAnalyzer({}), identity });
        print(summaryText(summary), false);
        process.exitCode = 1;
        return;
      }
      // with `serve` running on the embedded Neo4j, load into it (it advertises its Bolt address)
      const db = await ensureDatabase(
        env,
        (l) => status.line(l),
        (l) => status.line(l),
        { attach: true },
      );
      const analyzer = lazyAnalyzer({ url: env.NLP_URL, log: (l) => status.line(l) });
      status.done();
      const progress = createProgress(inputs.filter((i) => typeof i === 'string' || !i.kind).length);
      try {
        const summary = await ingestInputs(db.graph.executor, inputs, {
          analyzer,
          format: opts.format as never,
          identity,
          identityFor,
          workers,
          batchSize,
          limits,
          onProgress: (e) => progress.tick(e),
        });
        progress.stop();
        status.done();
        print(summaryText(summary), false);
        if (summary.errors.length + summary.skipped.length > 0) process.exitCode = 1;
      } finally {
        progress.stop();
        await analyzer.close();
        await db.close();
      }
    });

  program
    .command('serve')
    .description('serve the GraphQL API over the graph (starts the embedded Neo4j when NEO4J_URI is unset)')
    .option('--load <paths...>', 'ingest these filings before serving')
    .action(async (opts: { load?: string[] }) => serve(loadEnv(), opts.load ?? []));

  program
    .command('demo')
    .description("load the project's demo filings (invented companies) and serve GraphQL: what `npm start` runs")
    .action(async () => serve(loadEnv(), [join(projectRoot(), 'demo', 'filings')]));

  return program;
}

/** A closed stdout (`… | head`) ends the program quietly: what was wanted has been read. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  try {
    await buildProgram().parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof CliError) process.stderr.write(`disclosure-graph: ${e.message}\n`);
    else if (e instanceof ConfigError) process.stderr.write(`disclosure-graph: ${e.message}\n`);
    else if (e instanceof InputError) process.stderr.write(`disclosure-graph: ${e.message}\n`);
    else {
      const file = argv.slice(3).find((a) => !a.startsWith('-'));
      const msg = String((e as Error)?.message ?? e).split('\n')[0];
      process.stderr.write(`disclosure-graph: ${file && !msg.startsWith(file) ? `${file}: ` : ''}${msg}\n`);
    }
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv).then((code) => {
    if (code !== 0) process.exit(code);
  });
}
