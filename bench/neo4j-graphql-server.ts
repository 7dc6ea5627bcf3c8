import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

/**
 * The comparison column of the API benchmark: @neo4j/graphql (auto-generated resolvers, Cypher compiled
 * from the selection) serving the same graph, as its own process like ours. Questions its generated
 * queries cannot express (a reporting graph, a year-over-year diff, rates, flat rows) are `@cypher`
 * fields, which is how its users would write them; so is each entity's company (the graph links them
 * by CIK, not by an edge), so that both servers answer with the same information. Prints `NEO4J_GRAPHQL_READY <url>`.
 * Run by bench/api-latency.ts with NEO4J_URI set.
 */
export const TYPE_DEFS = `
  type Company @node { cik: String! name: String ticker: String }
  type Topic @node { key: String! name: String! }
  type Committee @node {
    key: String! name: String! cik: String kind: String level: String
    company: Company @cypher(columnName: "c", statement: "MATCH (c:Company {cik: this.cik}) RETURN c LIMIT 1")
    oversightYears: [Float!]! @cypher(columnName: "y", statement: "MATCH (this)-[r:OVERSEES]->(:Topic) MATCH (f:Filing {id: r.filingId}) RETURN DISTINCT f.fiscalYear AS y ORDER BY y")
    oversees: [Topic!]! @relationship(type: "OVERSEES", direction: OUT)
    chairedBy: [Person!]! @relationship(type: "CHAIRS", direction: IN)
  }
  type Person @node {
    key: String! name: String! cik: String
    company: Company @cypher(columnName: "c", statement: "MATCH (c:Company {cik: this.cik}) RETURN c LIMIT 1")
    chairs: [Committee!]! @relationship(type: "CHAIRS", direction: OUT)
    directorOf: [Committee!]! @relationship(type: "IS_DIRECTOR", direction: OUT)
    roles: [Role!]! @relationship(type: "HOLDS_ROLE", direction: OUT)
  }
  type Role @node {
    key: String! name: String! cik: String normalized: String
    company: Company @cypher(columnName: "c", statement: "MATCH (c:Company {cik: this.cik}) RETURN c LIMIT 1")
    reportsToCommittees: [Committee!]! @relationship(type: "REPORTS_TO", direction: OUT)
    reportsToRoles: [Role!]! @relationship(type: "REPORTS_TO", direction: OUT)
  }
  type Named { name: String }
  type ChainStep { from: Named! to: Named! }
  type ReportingGraph { fiscalYear: Int edges: [ChainStep!]! }
  type FlagRate { element: String! group: String! rate: Float! }
  type YearChanges { addedPeople: [String!]! removedCommittees: [String!]! }
  type RelationshipRow { cik: String type: String! fromName: String! toName: String! }
  type Query {
    reportingChain(cik: String!, from: String!): [ReportingGraph!]! @cypher(columnName: "graph", statement: """
      MATCH (start:Entity {cik: $cik})
      WHERE (start:Role OR start:Committee OR start:Person OR start:InternalUnit)
        AND ((start:Role AND start.normalized = toUpper($from)) OR toLower(start.name) = toLower($from)
             OR any(a IN coalesce(start.aliases, []) WHERE toLower(a) = toLower($from)))
      WITH start
      ORDER BY CASE WHEN start:Role AND start.normalized = toUpper($from) THEN 0 WHEN toLower(start.name) = toLower($from) THEN 1 ELSE 2 END, start.key
      LIMIT 1
      MATCH (co:Company {cik: $cik})-[:FILED]->(f:Filing)-[:MENTIONS]->(start)
      WITH DISTINCT co, start, f.fiscalYear AS fiscalYear
      CALL { WITH co, fiscalYear MATCH (co)-[:FILED]->(y:Filing) WHERE y.fiscalYear = fiscalYear OR (fiscalYear IS NULL AND y.fiscalYear IS NULL) RETURN collect(y.id) AS ids }
      CALL {
        WITH start, ids
        OPTIONAL MATCH (start)-[h:HOLDS_ROLE]-(c:Entity) WHERE h.filingId IN ids AND c <> start
        RETURN collect(DISTINCT c) AS counterparts
      }
      CALL {
        WITH start, counterparts, ids
        UNWIND [start] + counterparts AS o
        OPTIONAL MATCH (o)-[rs:REPORTS_TO*1..6]->(n:Entity) WHERE all(r IN rs WHERE r.filingId IN ids)
        WITH start, counterparts, collect(DISTINCT n) AS reached
        RETURN [n IN reached WHERE n <> start AND NOT n IN counterparts] AS superiors
      }
      CALL {
        WITH start, counterparts, superiors, ids
        UNWIND [start] + counterparts + superiors AS a
        MATCH (a)-[r:REPORTS_TO]->(b:Entity)
        WHERE r.filingId IN ids AND (b IN superiors OR b = start OR b IN counterparts)
        WITH DISTINCT a, r, b ORDER BY a.key, b.key, r.filingId
        RETURN collect({from: {name: a.name}, to: {name: b.name}}) AS edges
      }
      RETURN {fiscalYear: fiscalYear, edges: edges} AS graph ORDER BY fiscalYear DESC""")
    flagRatesByYear: [FlagRate!]! @cypher(columnName: "rate", statement: """
      MATCH (f:Filing)-[h:HAS_FLAG]->(fl:Flag)
      WITH fl, coalesce(toString(f.fiscalYear), 'unknown') AS grp, count(*) AS total, sum(CASE WHEN h.value THEN 1 ELSE 0 END) AS t
      RETURN {element: fl.element, group: grp, rate: toFloat(t) / total} AS rate ORDER BY rate.element, rate.group""")
    yearChanges(cik: String!, fromYear: Int!, toYear: Int!): YearChanges @cypher(columnName: "changes", statement: """
      MATCH (co:Company {cik: $cik})-[:FILED]->(f:Filing)-[:MENTIONS]->(n)
      WHERE f.fiscalYear IN [$fromYear, $toYear] AND (n:Person OR n:Committee)
      WITH collect(DISTINCT [f.fiscalYear, n:Person, n.name]) AS m
      WITH [x IN m WHERE x[0] = $fromYear AND x[1] | x[2]] AS p1, [x IN m WHERE x[0] = $toYear AND x[1] | x[2]] AS p2,
           [x IN m WHERE x[0] = $fromYear AND NOT x[1] | x[2]] AS c1, [x IN m WHERE x[0] = $toYear AND NOT x[1] | x[2]] AS c2
      RETURN {addedPeople: [x IN p2 WHERE NOT x IN p1], removedCommittees: [x IN c1 WHERE NOT x IN c2]} AS changes""")
    relationshipRows(types: [String!]!, limit: Int!): [RelationshipRow!]! @cypher(columnName: "row", statement: """
      MATCH (c:Company)-[:FILED]->(f:Filing)
      WITH c, f, coalesce(f.fiscalYear, -1) AS fy
      WITH c, f, fy ORDER BY c.cik, fy, f.id
      CALL {
        WITH f MATCH (f)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN a, r, b
        UNION ALL
        WITH c, f MATCH (c)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN c AS a, r, b
      }
      WITH c, f, fy, a, r, b, elementId(r) AS rid ORDER BY c.cik, fy, f.id, type(r), a.key, b.key, rid LIMIT $limit
      RETURN {cik: c.cik, type: type(r), fromName: a.name, toName: b.name} AS row""")
    relationshipCount(types: [String!]!): Int! @cypher(columnName: "n", statement: """
      MATCH (c:Company)-[:FILED]->(f:Filing)
      CALL {
        WITH f MATCH (f)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN r
        UNION ALL
        WITH c, f MATCH (c)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN r
      }
      RETURN count(r) AS n""")
  }
`;

async function main(): Promise<void> {
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''));
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT ?? 0), host: '127.0.0.1' } });
  process.stdout.write(`NEO4J_GRAPHQL_READY ${url}\n`);
  process.once(
    'SIGTERM',
    () =>
      void server
        .stop()
        .then(() => driver.close())
        .then(() => process.exit(0)),
  );
}

void main().catch((e) => {
  process.stderr.write(`neo4j-graphql-server: ${(e as Error).message}\n`);
  process.exit(1);
});
