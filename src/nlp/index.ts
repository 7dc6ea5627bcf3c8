import { NlpClient, type Analyzer } from './client';
import { startLocalNlp, type LocalNlp } from './corenlp-process';

export type { Analyzer } from './client';
export { NlpClient } from './client';

/**
 * The linguistic layer for this process: `url` (NLP_URL, host:port of a running layer, e.g. the
 * docker-compose service) when given, else a local CoreNLP process started here and stopped on close.
 */
export async function openAnalyzer(opts: { url?: string; log?: (line: string) => void } = {}): Promise<Analyzer> {
  const url = opts.url; // from the zod-validated environment (config/env.ts), never read here
  if (url) {
    const m = /^(?:tcp:\/\/)?([^:/]+):(\d+)\/?$/.exec(url);
    if (!m) throw new Error(`NLP_URL must be host:port, got ${url}`);
    return new NlpClient(m[1]!, Number(m[2]));
  }
  const local: LocalNlp = await startLocalNlp({ log: opts.log });
  const client = new NlpClient(local.host, local.port);
  return {
    analyze: (s) => client.analyze(s),
    close: async () => {
      await client.close();
      await local.stop();
    },
  };
}

/** An analyzer that starts the layer on first use (a server that may never be sent a filing). */
export function lazyAnalyzer(opts: { url?: string; log?: (line: string) => void } = {}): Analyzer {
  let opened: Promise<Analyzer> | null = null;
  return {
    analyze: async (s) => {
      opened ??= openAnalyzer(opts);
      try {
        return await (await opened).analyze(s);
      } catch (e) {
        if (
          opened !== null &&
          (await opened.then(
            () => false,
            () => true,
          ))
        )
          opened = null; // a failed start is tried again next time
        throw e;
      }
    },
    close: async () => {
      const o = opened;
      opened = null;
      if (o)
        await o.then(
          (a) => a.close(),
          () => undefined,
        );
    },
  };
}
