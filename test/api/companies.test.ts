import { gql, useDemoApi } from '../helpers/api';

const demo = useDemoApi();

test('companies with filings and flags, over HTTP from the real graph', async () => {
  const res = await gql(demo.api.url, '{ companies { name cik filings { form fiscalYear flags { element value } } } }');
  expect(res.errors).toBeUndefined();
  const northwind = res.data.companies.find((c: { cik: string }) => c.cik === '0009900001');
  expect(northwind.name).toBe('Northwind Robotics Inc.');
  expect(northwind.filings.map((f: { fiscalYear: number }) => f.fiscalYear)).toEqual([2025, 2024]);
  expect(northwind.filings[0].flags).toContainEqual({ element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', value: true });
  const cedar = res.data.companies.find((c: { cik: string }) => c.cik === '0009900003');
  expect(cedar.filings[0].flags).toContainEqual({ element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', value: false });
});

test('company(cik:) accepts an unpadded CIK and returns null for an unknown one', async () => {
  const res = await gql(demo.api.url, 'query($a: String!, $b: String!) { a: company(cik: $a) { name filings { form } } b: company(cik: $b) { name } }', {
    a: '9900002',
    b: '1',
  });
  expect(res.data).toEqual({ a: { name: 'Bluefin Logistics Ltd.', filings: [{ form: 'FORM_20_F' }] }, b: null });
});

test('responses are compact JSON, not pretty-printed', async () => {
  const res = await fetch(demo.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ companies { cik name } }' }),
  });
  const text = await res.text();
  expect(text.startsWith('{"data":{"companies":[{"cik":')).toBe(true);
  expect(text).not.toMatch(/\n/);
});

test('health and readiness endpoints', async () => {
  const base = demo.api.url.replace(/\/graphql$/, '');
  expect((await fetch(`${base}/health`)).status).toBe(200);
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});

test('CSRF prevention refuses a simple GET without a preflight header', async () => {
  const res = await fetch(`${demo.api.url}?query=${encodeURIComponent('{ companies { cik } }')}`);
  expect(res.status).toBe(400);
});
