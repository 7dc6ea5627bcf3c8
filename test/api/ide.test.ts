import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse, print } from 'graphql';
import { chromium, type Browser } from 'playwright-core';
import { IDE_CSP } from '../../src/api/ide';
import { README_EXAMPLES, ideTabs } from '../../src/api/ide-examples';
import { EXAMPLE_QUERY } from '../../src/api/server';
import { gql, startTestApi, useDemoApi } from '../helpers/api';

/** Issue #11: a GraphQL IDE that works offline, served by the API itself outside production. */
const demo = useDemoApi();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const page = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers: { accept: 'text/html,application/xhtml+xml', ...headers } });

test("the IDE's tabs are the README's example queries, in order, after the landing query", () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const api = readme.slice(readme.indexOf('## The GraphQL API'), readme.indexOf('\n## ', readme.indexOf('## The GraphQL API') + 5));
  const inReadme = [...api.matchAll(/```graphql\n([\s\S]*?)```/g)].flatMap((m) => parse(m[1]!).definitions.map((d) => print(d)));
  expect(README_EXAMPLES.map((e) => print(parse(e.query)))).toEqual(inReadme);
  // each tab is the same operation, named after its example so the tab bar tells them apart
  const tabs = ideTabs(EXAMPLE_QUERY);
  expect(tabs).toHaveLength(inReadme.length + 1);
  expect(tabs[1]!.query).toMatch(/^# .+\nquery ChairsWhoAreDirectors \{\n/);
  expect(tabs.map((t) => print(parse(t.query)).replace(/^query \w+ /, ''))).toEqual([print(parse(EXAMPLE_QUERY)), ...inReadme]);
});

test('a browser GET of the endpoint is the IDE page, with a same-origin-only CSP', async () => {
  const res = await page(demo.api.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(res.headers.get('content-security-policy')).toBe(IDE_CSP);
  expect(IDE_CSP).not.toMatch(/unsafe|https?:|\*/);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await res.text();
  const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  expect(sources.length).toBeGreaterThanOrEqual(5);
  for (const src of sources) expect(src).toMatch(/^\/ide\/[\w.-]+$/);
  for (const src of sources) expect([src, (await fetch(new URL(src, demo.api.url))).status]).toEqual([src, 200]);
});

test('the files are gzipped when asked, revalidated by ETag, and unknown ones are 404', async () => {
  const url = new URL('/ide/graphiql.min.js', demo.api.url);
  const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
  const body = Buffer.from(await plain.arrayBuffer());
  expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  // fetch() gunzips by itself, so read the raw bytes through a request that does not
  const raw = await new Promise<{ encoding?: string; bytes: Buffer }>((ok, fail) => {
    void import('node:http').then(({ get }) =>
      get(url, { headers: { 'accept-encoding': 'gzip' } }, (r) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c)).on('end', () => ok({ encoding: r.headers['content-encoding'], bytes: Buffer.concat(chunks) }));
      }).on('error', fail),
    );
  });
  expect(raw.encoding).toBe('gzip');
  expect(raw.bytes.length).toBeLessThan(body.length / 2);
  expect(gunzipSync(raw.bytes).equals(body)).toBe(true);
  const again = await fetch(url, { headers: { 'accept-encoding': 'identity', 'if-none-match': plain.headers.get('etag')! } });
  expect(again.status).toBe(304);
  // the gzipped representation has a tag of its own
  const zipped = await fetch(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.get('etag')! } });
  expect(zipped.status).toBe(200);
  expect(zipped.headers.get('etag')).not.toBe(plain.headers.get('etag'));
  expect((await fetch(url, { headers: { 'accept-encoding': 'gzip', 'if-none-match': zipped.headers.get('etag')! } })).status).toBe(304);
  expect((await fetch(new URL('/ide/nope.js', demo.api.url))).status).toBe(404);
});

test('GraphQL over GET and POST is untouched: CSRF prevention still refuses a simple GET, an HTML GET with a query is not the page', async () => {
  expect((await page(`${demo.api.url}?query=${encodeURIComponent('{ companies { cik } }')}`)).status).toBe(400);
  expect((await gql(demo.api.url, '{ companies { cik } }')).data.companies.length).toBeGreaterThanOrEqual(3);
  const cors = await page(demo.api.url, { origin: 'https://bi.example' });
  expect(cors.headers.get('access-control-allow-origin')).toBe('https://bi.example');
  expect(cors.headers.get('vary')).toMatch(/^origin, /);
});

test('in production there is no IDE: no page, no files', async () => {
  const prod = await startTestApi(demo.graph, { development: false });
  try {
    const res = await page(prod.url);
    expect(res.headers.get('content-type')).not.toMatch(/html/);
    expect(await res.text()).not.toMatch(/graphiql/i);
    expect((await fetch(new URL('/ide/graphiql.min.js', prod.url))).status).toBe(404);
  } finally {
    await prod.close();
  }
});

describe('in a real browser (Debian chromium, headless)', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no browser at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set CHROMIUM_PATH`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // root in CI: no sandbox; and no background traffic of Chromium's own, which a closed network refuses
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('runs a README example and a typed query through the IDE, loading nothing from outside the server', async () => {
    const origin = new URL(demo.api.url).origin;
    const context = await browser.newContext();
    const requests: string[] = [];
    const problems: string[] = [];
    context.on('request', (r) => void requests.push(r.url()));
    context.on('requestfailed', (r) => void problems.push(`failed: ${r.url()}`));
    const tab = await context.newPage();
    tab.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
    tab.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    // whatever the page's CSP refuses (an inline style, a script from elsewhere) is a console error too
    await tab.addInitScript({
      content: "document.addEventListener('securitypolicyviolation', (e) => console.error('CSP refused ' + e.violatedDirective + ': ' + e.blockedURI));",
    });
    try {
      await tab.goto(demo.api.url);
      // every README example is a tab; pick the committee counts and run it
      const tabs = tab.locator('.graphiql-tab');
      await tabs.nth(README_EXAMPLES.length).waitFor();
      expect(await tabs.count()).toBe(README_EXAMPLES.length + 1);
      await tab.getByRole('tab', { name: 'CommitteeKindCounts' }).click();
      await tab.locator('.graphiql-query-editor').getByText('committeeKindCounts').first().waitFor();
      await tab.locator('.graphiql-execute-button').click();
      const expected = (await gql(demo.api.url, '{ committeeKindCounts { committeeKind companies committees } }')).data.committeeKindCounts;
      const response = tab.locator('.result-window');
      await response.getByText(`"committeeKind": "${expected[0].committeeKind}"`).waitFor();
      for (const row of expected) await response.getByText(`"committeeKind": "${row.committeeKind}"`).waitFor();

      // a query typed into a new tab
      await tab.locator('.graphiql-tab-add').click();
      await tab.locator('.graphiql-query-editor .CodeMirror').click();
      await tab.keyboard.press('ControlOrMeta+A');
      await tab.keyboard.press('Delete');
      await tab.keyboard.insertText('{ company(cik: "9900002") { name filings { form } } }');
      await tab.locator('.graphiql-execute-button').click();
      await response.getByText('"name": "Bluefin Logistics Ltd."').waitFor();
      await response.getByText('"form": "FORM_20_F"').waitFor();

      const network = requests.filter((u) => !u.startsWith('data:'));
      expect(network.length).toBeGreaterThanOrEqual(8); // the page, its files, introspection and both queries
      expect(network.filter((u) => new URL(u).origin !== origin)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
