import type { GraphConnection } from '../../src/graph/connect';
import type { RunningHttp } from '../../src/api/http-server';
import { parseSearchText } from '../../src/graph/search-query';
import { capturingLogger, gql, startTestApi } from '../helpers/api';
import { testGraph } from '../helpers/graph';

/**
 * Issue #13, 7 and 8: client mistakes are BAD_USER_INPUT with a one-line reason (never an internal
 * error), production answers carry no schema suggestions, and what is masked is logged for operators.
 * Every hostile input is generated here.
 */
let graph: GraphConnection;
let dev: RunningHttp;
let prod: RunningHttp;
beforeAll(async () => {
  graph = await testGraph();
  dev = await startTestApi(graph);
  prod = await startTestApi(graph, { development: false });
});
afterAll(async () => {
  await dev.close();
  await prod.close();
  await graph.close();
});

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined => res.errors?.[0]?.extensions?.code;

async function stillAnswers(url: string): Promise<void> {
  const res = await gql(url, '{ companies { cik } }');
  expect(res.errors).toBeUndefined();
  expect(Array.isArray(res.data.companies)).toBe(true);
}

describe('client mistakes are BAD_USER_INPUT with a one-line reason', () => {
  const search = (text: string) => gql(dev.url, 'query($t: String!) { search(text: $t) { element } }', { t: text });
  const oneLine = (res: { errors?: { message: string; extensions?: { code?: string } }[] }) => {
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message).not.toMatch(/\n/);
    expect(res.errors![0]!.message.length).toBeLessThanOrEqual(200);
    return res.errors![0]!.message;
  };

  test('search syntax errors', async () => {
    expect(oneLine(await search('AND'))).toBe('AND needs a word or phrase before it');
    expect(oneLine(await search('risk AND'))).toBe('AND needs a word or phrase after it');
    expect(oneLine(await search('OR risk'))).toBe('OR needs a word or phrase before it');
    expect(oneLine(await search('risk NOT'))).toBe('NOT needs a word or phrase after it');
    expect(oneLine(await search('NOT risk'))).toMatch(/only excludes/);
    expect(oneLine(await search('"board oversight'))).toBe('search text has an unbalanced quote (")');
    expect(oneLine(await search('risk "board" "oversight'))).toBe('search text has an unbalanced quote (")');
    expect(oneLine(await search('(( ))'))).toBe('search text has no words to search for');
    // what is well-formed is searched: operators, phrases, Lucene's own syntax characters as plain text
    for (const ok of ['risk AND board', 'risk OR NOT board', '"board oversight" NOT vendor', 'risk* ~board^2 [a TO b] {x} field:value \\', 'and or not']) {
      const res = await search(ok);
      expect([ok, res.errors]).toEqual([ok, undefined]);
    }
  });

  test('an operation name the document does not define, or none for a document of two, is refused, not an internal error', async () => {
    const post = async (body: object) => {
      const res = await fetch(dev.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, ...((await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }) };
    };
    // Apollo's own code for it (as without graphql-jit), not an internal error
    const failure = (message: string) => ({ status: 400, errors: [{ message, extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } }] });
    expect(await post({ query: 'query A { companies { cik } }', operationName: 'B' })).toEqual(failure('Unknown operation named "B".'));
    expect(await post({ query: 'query A { companies { cik } } query B { companies { name } }' })).toEqual(
      failure('Must provide operation name if query contains multiple operations.'),
    );
    expect((await post({ query: 'query A { companies { cik } } query B { companies { name } }', operationName: 'B' })).status).toBe(200);
  });

  test('more than 1,024 search words; 1,024 are searched', async () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    expect(oneLine(await search(words(1_025)))).toBe('search text has 1025 words; at most 1,024 are accepted');
    // one "word" that the index would split into 2,000 terms counts as 2,000
    expect(oneLine(await search(Array(2_000).fill('ab').join('-')))).toMatch(/2000 words/);
    expect((await search(words(1_024))).errors).toBeUndefined();
    expect(parseSearchText('x'.repeat(20_000))).toEqual({ kind: 'invalid', reason: 'search text has 20000 characters; at most 10,000 are accepted' });
  });

  test('an oversized, malformed or out-of-range cursor', async () => {
    const page = (after: string) => gql(dev.url, 'query($a: String) { filings(after: $a) { totalCount } }', { a: after });
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    for (const after of ['xyz', b64('dg:-1'), b64('dg:1e3'), b64('dg:99999999999999999999999999'), b64(`dg:${'9'.repeat(400_000)}`), 'A'.repeat(500_000)]) {
      expect(oneLine(await page(after))).toBe('after is not a cursor from this API');
    }
    // keyset cursors: only the canonical encoding of a well-formed key of that list and ordering
    const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const after of [
      b64url(['filings:FISCAL_YEAR:DESC', 'x', 'y']),
      b64url(['filings:FISCAL_YEAR:DESC', 2024]),
      b64url({ a: 1 }),
      b64url('dg'),
      Buffer.from('[nope').toString('base64url'),
      b64url(['filings:FISCAL_YEAR:DESC', 2024, 'id']) + 'A',
    ]) {
      expect(oneLine(await page(after))).toBe('after is not a cursor from this API');
    }
    expect(oneLine(await page(b64url(['relationships', '1', 2024, 'f', 'T', 'a', 'b', 'r'])))).toBe(
      'after is a cursor of another list or ordering: start again without after',
    );
    expect(
      oneLine(
        await gql(dev.url, 'query($a: String) { filings(orderBy: { field: FORM }, after: $a) { totalCount } }', {
          a: b64url(['filings:FISCAL_YEAR:DESC', 2024, 'id']),
        }),
      ),
    ).toMatch(/another list or ordering/);
    expect((await page(b64url(['filings:FISCAL_YEAR:DESC', 2024, 'id']))).errors).toBeUndefined();
    expect((await page('')).errors).toBeUndefined(); // BI tools send "" for the first page
  });

  test('a wrong variable type, in development and in production', async () => {
    const res = await gql(dev.url, 'query($n: Int) { filings(first: $n) { totalCount } }', { n: 'abc' });
    expect(res.status).toBe(400);
    expect(oneLine(res)).toMatch(/\$n/);
    const enumTypo = await gql(prod.url, 'query($g: FlagGrouping!) { flagRates(groupBy: $g) { rate } }', { g: 'YAR' });
    expect(oneLine(enumTypo)).not.toMatch(/Did you mean/);
    expect(codeOf(await gql(prod.url, 'query($f: FilingFilter) { filings(filter: $f) { totalCount } }', { f: { fiscalYear: 'soon' } }))).toBe('BAD_USER_INPUT');
  });

  test('a message quotes at most a short excerpt of a huge argument or variable', async () => {
    const huge = 'x'.repeat(500_000);
    const cik = await gql(dev.url, 'query($c: String!) { company(cik: $c) { name } }', { c: huge });
    expect(oneLine(cik)).toMatch(/is not a CIK|…/);
    const wrongType = await gql(dev.url, 'query($n: Int) { filings(first: $n) { totalCount } }', { n: huge });
    expect(oneLine(wrongType)).toMatch(/…$/);
    expect(JSON.stringify(wrongType).length).toBeLessThan(1_000);
  });

  test('production answers carry no "Did you mean" suggestions', async () => {
    const typo = '{ companis { name } company(cik: "1") { nme } }';
    const inDev = await gql(dev.url, typo);
    expect(JSON.stringify(inDev.errors)).toMatch(/Did you mean/);
    const inProd = await gql(prod.url, typo);
    expect(inProd.errors!.length).toBeGreaterThan(0);
    for (const e of inProd.errors!)
      expect(e).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.not.stringMatching(/Did you mean/) });
    await stillAnswers(prod.url);
  });
});

describe('operators see masked errors', () => {
  test('an internal error is logged with its cause and request id; the client gets only the id', async () => {
    const { log, lines } = capturingLogger();
    const broken = await testGraph();
    await broken.close(); // its pool is closed: every read now fails inside the graph layer
    const api = await startTestApi(broken, { development: false, log });
    try {
      const res = await gql(api.url, '{ companies { cik } }');
      expect(res.errors).toHaveLength(1);
      const error = res.errors![0]!;
      expect(['INTERNAL_SERVER_ERROR', 'UNAVAILABLE']).toContain(error.extensions!.code);
      expect(error.extensions!.requestId).toBe(res.requestId);
      expect(JSON.stringify(res)).not.toMatch(/neo4j|driver|pool|stack|at /i);
      const logged = lines().find((l) => l.msg === 'request error (masked)');
      expect(logged).toMatchObject({
        requestId: res.requestId,
        code: error.extensions!.code,
        path: 'companies',
        err: { message: expect.stringMatching(/pool|closed/i), stack: expect.any(String) },
      });
      // a client mistake is not an operator's problem: not logged as one
      await gql(api.url, '{ company(cik: "not-a-cik") { name } }');
      expect(lines().filter((l) => l.msg === 'request error (masked)')).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});
