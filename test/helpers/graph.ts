import { connectGraph, type GraphConnection } from '../../src/graph/connect';
import { setupSchema } from '../../src/graph/schema-setup';
import { q } from '../../src/graph/query';

/** Connects to the test run's Neo4j (started by global-setup.ts) and ensures the schema. */
export async function testGraph(): Promise<GraphConnection> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI not set: global-setup did not run');
  const graph = await connectGraph({
    uri,
    user: process.env.NEO4J_USER ?? 'neo4j',
    password: process.env.NEO4J_PASSWORD ?? '',
    database: process.env.NEO4J_DATABASE ?? 'neo4j',
  });
  await setupSchema(graph.executor);
  return graph;
}

/** Tests own disjoint CIK ranges and remove only their own data, so a shared database is never wiped. */
export async function deleteCompanies(graph: GraphConnection, ciks: readonly string[]): Promise<void> {
  await graph.executor.write([
    q('MATCH (f:Filing) WHERE f.cik IN $ciks OPTIONAL MATCH (f)-[:HAS_FACT]->(x) DETACH DELETE x, f', { ciks }),
    q('MATCH (i:Incident) WHERE i.cik IN $ciks DETACH DELETE i', { ciks }),
    q('MATCH (e:Entity) WHERE e.cik IN $ciks DETACH DELETE e', { ciks }),
    q('MATCH (c:Company) WHERE c.cik IN $ciks DETACH DELETE c', { ciks }),
  ]);
}

export async function countFor(graph: GraphConnection, cik: string): Promise<{ nodes: number; rels: number }> {
  const [row] = await graph.executor.read(
    q(
      `MATCH (c:Company {cik: $cik})
       OPTIONAL MATCH (n) WHERE n.cik = $cik
       WITH c, collect(DISTINCT n) AS nodes
       UNWIND nodes AS n
       OPTIONAL MATCH (n)-[r]-()
       RETURN size(nodes) AS nodes, count(DISTINCT r) AS rels`,
      { cik },
    ),
  );
  return { nodes: Number(row?.nodes ?? 0), rels: Number(row?.rels ?? 0) };
}
