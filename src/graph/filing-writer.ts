import { RELATION_TYPES } from '../domain/extraction';
import type { Executor } from './executor';
import { q, type Query } from './query';
import { resolveIdentities, type KnownEntity } from './identity';
import { KnownEntityRowSchema, parseRows } from './records';
import { companyKey, type EntityRow, type FilingRows } from './rows';

export type WriteOutcome = { kind: 'written'; filingId: string; nodes: number; relationships: number } | { kind: 'unchanged'; filingId: string };

const ENTITY_LABELS: readonly EntityRow['type'][] = ['Topic', 'Committee', 'Person', 'Role', 'InternalUnit', 'ThirdParty', 'VendorProcess'];

export async function writeFiling(executor: Executor, rows: FilingRows): Promise<WriteOutcome> {
  return (await writeFilings(executor, [rows]))[0]!;
}

/**
 * Writes a batch of filings in one managed write transaction, so each filing is all or nothing (a crash
 * leaves no half-written filing). Every statement UNWINDs over the whole batch. Filings whose content hash
 * is unchanged are skipped; filings that existed before lose their previous facts, flags, mentions and
 * provenance-carrying edges first, so a corrected filing replaces exactly its own data.
 *
 * Safe under concurrency (two ingests of the same files at once end as one): the transaction first locks
 * every filing of the batch (lockFilings), and only then reads what the graph holds and decides what to
 * write. A second writer of the same filing waits for the first to commit, then finds it unchanged.
 * Filings are locked in id order, and rows are written in company, filing and entity-key order, so two
 * batches take their locks in the same order and rarely wait on each other in a cycle. A deadlock that
 * remains is detected by Neo4j and retried by the driver (a transient error), re-running the whole
 * decision inside the new transaction. The fixed order also makes the result independent of the order
 * in which files finished parsing.
 */
export async function writeFilings(executor: Executor, batch: readonly FilingRows[]): Promise<WriteOutcome[]> {
  const unique = dedupeById(batch).sort((a, b) => compare(a.company.cik, b.company.cik) || compare(a.filing.id, b.filing.id));
  const written = await executor.writeWith(async (run) => {
    await run(lockCompanies(unique.map((r) => r.company)));
    const existing = await run(lockFilings(unique.map((r) => r.filing.id)));
    const hashOf = new Map(existing.filter((r) => r.hash !== null).map((r) => [String(r.id), String(r.hash)]));
    const stale = unique.filter((r) => hashOf.get(r.filing.id) !== r.filing.contentHash);
    // keys are resolved against the companies' nodes while their locks are held, so two writers never mint two nodes for one thing
    const known = stale.length > 0 ? await run(knownEntities(stale.map((r) => r.company.cik))) : [];
    const changed = resolveIdentities(stale, parseRows(KnownEntityRowSchema, known) satisfies KnownEntity[]);
    const replaced = changed.filter((r) => hashOf.has(r.filing.id));
    const same = unique.filter((r) => !stale.includes(r));
    const queries = changed.length > 0 ? batchWriteQueries(changed, replaced) : [];
    // an unchanged result still records the source it came from, so the next run skips its analysis
    if (same.length > 0)
      queries.push(
        q('UNWIND $rows AS row MATCH (f:Filing {id: row.id}) SET f.sourceHash = row.sourceHash', {
          rows: same.map((r) => ({ id: r.filing.id, sourceHash: r.filing.sourceHash })),
        }),
      );
    for (const query of queries) await run(query);
    return new Set(stale.map((r) => r.filing.id));
  });
  return batch.map((r) =>
    written.has(r.filing.id) && unique.includes(r)
      ? { kind: 'written', filingId: r.filing.id, nodes: nodeCount(r), relationships: relationshipCount(r) }
      : { kind: 'unchanged', filingId: r.filing.id },
  );
}

/**
 * Takes the write lock on each filing of a batch, in id order, and returns the content hash it held
 * before (null for a filing this transaction creates). MERGE on the unique Filing.id makes a concurrent
 * creator wait for this one to commit; SET on an existing node takes its exclusive lock, held until commit.
 * The hash is read after the lock is held: read before it, a waiting writer would act on the value the
 * first writer is about to replace.
 */
export function lockFilings(ids: readonly string[]): Query {
  return q(
    `UNWIND $ids AS id
     MERGE (f:Filing {id: id})
     SET f.writeLock = true
     REMOVE f.writeLock
     WITH f
     RETURN f.id AS id, f.contentHash AS hash`,
    { ids: [...new Set(ids)].sort() },
  );
}

/**
 * Takes the write lock on each company of a batch, in CIK order (creating the ones not yet known), so
 * two writers of one company's filings resolve entity identity one after the other (identity.ts).
 */
export function lockCompanies(companies: readonly { cik: string; key: string }[]): Query {
  const rows = [...new Map(companies.map((c) => [c.cik, c])).values()].sort((a, b) => compare(a.cik, b.cik));
  return q(
    `UNWIND $rows AS row
     MERGE (c:Company {cik: row.cik})
     ON CREATE SET c:Entity, c.key = row.key
     SET c.writeLock = true
     REMOVE c.writeLock`,
    { rows: rows.map((c) => ({ cik: c.cik, key: c.key })) },
  );
}

/** The committees and persons the graph holds for some companies, with every name they are known by. */
export function knownEntities(ciks: readonly string[]): Query {
  return q(
    `UNWIND $ciks AS cik
     MATCH (n:Entity {cik: cik}) WHERE n:Committee OR n:Person
     RETURN n.key AS key, CASE WHEN n:Committee THEN 'Committee' ELSE 'Person' END AS type, n.cik AS cik,
            [n.name] + coalesce(n.aliases, []) AS names
     ORDER BY key`,
    { ciks: [...new Set(ciks)].sort() },
  );
}

/** True when the graph already holds this filing from the same source text and extractor version: nothing to analyse or write. */
export async function storedFromSameSource(executor: Executor, filingId: string, sourceHash: string): Promise<boolean> {
  const rows = await executor.read(q('MATCH (f:Filing {id: $id}) RETURN f.sourceHash = $hash AS same', { id: filingId, hash: sourceHash }));
  return rows.length > 0 && rows[0]!.same === true;
}

/**
 * Removes filings and what only they stated: facts, flags, mentions, their edges, entities no other
 * filing mentions; the entities that remain take their names and aliases from the mentions left.
 * One write transaction, under the same company and filing locks as a write. Returns the ids removed.
 */
export async function deleteFilings(executor: Executor, ids: readonly string[]): Promise<string[]> {
  return executor.writeWith(async (run) => {
    const found = await run(q('UNWIND $ids AS id MATCH (f:Filing {id: id}) RETURN f.id AS id, f.cik AS cik ORDER BY id', { ids: [...new Set(ids)] }));
    if (found.length === 0) return [];
    const ciks = [...new Set(found.map((r) => String(r.cik)))].sort();
    const gone = found.map((r) => String(r.id));
    await run(lockCompanies(ciks.map((cik) => ({ cik, key: companyKey(cik) }))));
    await run(lockFilings(gone));
    for (const query of [
      ...removalQueries(gone),
      q('UNWIND $ids AS id MATCH (f:Filing {id: id}) DETACH DELETE f', { ids: gone }),
      orphanRemoval(ciks),
      renameFromMentions(ciks),
    ])
      await run(query);
    return gone;
  });
}

/** What a filing stated, removed before it is replaced or deleted: facts, flags, mentions and its extracted edges. */
function removalQueries(ids: readonly string[]): Query[] {
  return [
    q('UNWIND $ids AS id MATCH (:Filing {id: id})-[:HAS_FACT]->(x:Fact) DETACH DELETE x', { ids }),
    q('UNWIND $ids AS id MATCH (:Filing {id: id})-[r:HAS_FLAG|MENTIONS]->() DELETE r', { ids }),
    q('UNWIND $ids AS id MATCH (:Filing {id: id})-[:REPORTS]->(i:Incident) DETACH DELETE i', { ids }),
    ...RELATION_TYPES.map((t) => q(`UNWIND $ids AS id MATCH ()-[r:${t} {filingId: id}]->() DELETE r`, { ids })),
  ];
}

/** Entities of some companies that no filing mentions any more. */
const orphanRemoval = (ciks: readonly string[]): Query =>
  q('UNWIND $ciks AS cik MATCH (e:Entity {cik: cik}) WHERE NOT e:Company AND NOT (e)<-[:MENTIONS]-() DETACH DELETE e', { ciks: [...ciks] });

/** The statements of one batch, as values (tests and the benchmark use them too). */
export function batchWriteQueries(changed: readonly FilingRows[], replaced: readonly FilingRows[]): Query[] {
  const ids = replaced.map((r) => r.filing.id);
  const queries: Query[] = [];
  queries.push(
    q(
      `UNWIND $rows AS row
       MERGE (c:Company {cik: row.company.cik})
       ON CREATE SET c:Entity, c.key = row.company.key
       SET c.name = coalesce(row.company.name, c.name), c.ticker = coalesce(row.company.ticker, c.ticker)
       MERGE (f:Filing {id: row.filing.id})
       SET f += row.filing, f.cik = row.company.cik, f.fiscalYear = toInteger(row.filing.fiscalYear)
       MERGE (c)-[:FILED]->(f)`,
      { rows: changed.map((r) => ({ company: r.company, filing: r.filing })) },
    ),
  );
  if (ids.length > 0) queries.push(...removalQueries(ids));
  queries.push(
    q(
      `UNWIND $rows AS row
       MATCH (f:Filing {id: row.filingId})
       CREATE (x:Fact {id: row.id}) SET x.element = row.element, x.label = row.label, x.ordinal = toInteger(row.ordinal), x.text = row.text, x.filingId = row.filingId, x.cik = row.cik
       CREATE (f)-[:HAS_FACT]->(x)`,
      { rows: changed.flatMap((r) => r.facts.map((x) => ({ ...x, filingId: r.filing.id, cik: r.company.cik }))) },
    ),
    q(
      `UNWIND $rows AS row
       MATCH (f:Filing {id: row.filingId})
       MERGE (fl:Flag {element: row.element}) ON CREATE SET fl.label = row.label
       CREATE (f)-[:HAS_FLAG {value: row.value}]->(fl)`,
      { rows: changed.flatMap((r) => r.flags.map((x) => ({ ...x, filingId: r.filing.id }))) },
    ),
  );
  for (const label of ENTITY_LABELS) {
    const rows = changed
      .flatMap((r) => r.entities.filter((e) => e.type === label).map((e) => ({ ...e, filingId: r.filing.id })))
      .sort((a, b) => compare(a.key, b.key));
    if (rows.length === 0) continue;
    queries.push(
      q(
        `UNWIND $rows AS row
         MATCH (f:Filing {id: row.filingId})
         MERGE (n:Entity {key: row.key})
         ON CREATE SET n:${label}, n.name = row.display, n.normName = row.normName, n.cik = row.cik, n.aliases = row.aliases
         SET n += row.props
         CREATE (f)-[:MENTIONS {display: row.display, normName: row.normName, names: row.names}]->(n)`,
        {
          rows: rows.map(({ key, filingId, display, normName, names, cik, aliases, props }) => ({
            key,
            filingId,
            display,
            normName,
            names,
            cik,
            aliases,
            props,
          })),
        },
      ),
    );
  }
  for (const type of RELATION_TYPES) {
    const rows = changed.flatMap((r) => r.relations[type] ?? []);
    if (rows.length === 0) continue;
    queries.push(
      q(
        `UNWIND $rows AS row
         MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
         CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows },
      ),
    );
  }
  queries.push(...incidentQueries(changed, replaced));
  if (ids.length > 0) {
    // entities that only the replaced versions mentioned go with them
    queries.push(orphanRemoval([...new Set(replaced.map((r) => r.company.cik))]));
  }
  queries.push(renameFromMentions([...new Set(changed.map((r) => r.company.cik))]));
  return queries;
}

/**
 * Each entity of some companies takes its name and aliases from the filings that still mention it: the
 * name is the fullest display name any of them gives (longest; equal lengths in code-point order, so the
 * result does not depend on the order filings were written), the aliases every other surface form,
 * sorted. Run after every write, so a replaced or removed filing's forms leave with it. Nodes whose
 * mentions carry no names (written before names were kept per mention) keep what they have.
 */
export function renameFromMentions(ciks: readonly string[]): Query {
  return q(
    `UNWIND $ciks AS cik
     MATCH (n:Entity {cik: cik}) WHERE NOT n:Company
     WITH n, [(n)<-[m:MENTIONS]-(:Filing) WHERE m.display IS NOT NULL | m] AS ms
     WHERE size(ms) > 0
     WITH n, ms, reduce(b = head(ms), m IN ms | CASE WHEN size(m.display) > size(b.display) OR (size(m.display) = size(b.display) AND m.display < b.display) THEN m ELSE b END) AS best
     WITH n, best, reduce(acc = [], m IN ms | acc + [a IN m.names WHERE NOT a IN acc]) AS names
     SET n.name = best.display, n.normName = best.normName,
         n.aliases = COLLECT { UNWIND names AS a WITH a WHERE a <> best.display RETURN a ORDER BY a }`,
    { ciks: [...ciks].sort() },
  );
}

/**
 * The batch's incidents (Form 8-K Item 1.05), and the AMENDS links of every company whose 8-Ks the batch
 * wrote or replaced, recomputed as a whole: an 8-K/A amends the company's latest 8-K incident dated on or
 * before it, whichever order the two were loaded in.
 */
function incidentQueries(changed: readonly FilingRows[], replaced: readonly FilingRows[]): Query[] {
  const incidents = changed.flatMap((r) => (r.incident ? [r.incident] : []));
  const ciks = [...new Set([...changed, ...replaced].filter((r) => r.incident || r.filing.form?.startsWith('8-K')).map((r) => r.company.cik))].sort();
  if (ciks.length === 0) return [];
  return [
    ...(incidents.length > 0
      ? [
          q(
            `UNWIND $rows AS row
             MATCH (f:Filing {id: row.id})
             MERGE (i:Incident {id: row.id}) SET i = row
             MERGE (f)-[:REPORTS]->(i)`,
            { rows: incidents },
          ),
        ]
      : []),
    q(
      `UNWIND $ciks AS cik
       MATCH (a:Incident {cik: cik}) WHERE a.form = '8-K/A'
       OPTIONAL MATCH (a)-[old:AMENDS]->()
       DELETE old
       WITH DISTINCT a
       CALL { WITH a MATCH (o:Incident {cik: a.cik}) WHERE o.form = '8-K' AND o.date <= a.date RETURN o ORDER BY o.date DESC, o.id DESC LIMIT 1 }
       MERGE (a)-[:AMENDS]->(o)`,
      { ciks },
    ),
  ];
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function dedupeById(batch: readonly FilingRows[]): FilingRows[] {
  const byId = new Map<string, FilingRows>();
  for (const r of batch) byId.set(r.filing.id, r); // the last version of a filing in one batch wins
  return [...byId.values()];
}

const nodeCount = (r: FilingRows): number => 2 + r.facts.length + r.entities.length + (r.incident ? 1 : 0);

function relationshipCount(r: FilingRows): number {
  const extracted = Object.values(r.relations).reduce((n, list) => n + (list?.length ?? 0), 0);
  return 1 + r.facts.length + r.flags.length + r.entities.length + extracted + (r.incident ? 1 : 0);
}
