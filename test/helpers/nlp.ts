import { NlpClient } from '../../src/nlp/client';

let shared: NlpClient | null = null;

/** The test run's real linguistic layer (started by test/global-setup.ts, or NLP_URL), one client per test file. */
export function testAnalyzer(): NlpClient {
  if (shared) return shared;
  const m = /^([^:]+):(\d+)$/.exec(process.env.NLP_URL ?? '');
  if (!m) throw new Error('NLP_URL is not set: test/global-setup.ts starts the linguistic layer');
  shared = new NlpClient(m[1]!, Number(m[2]));
  return shared;
}
