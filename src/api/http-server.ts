import { HeaderMap, type ApolloServer } from '@apollo/server';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { Repositories } from '../graph/repositories';
import type { TextIngestService } from '../domain/ingest-service';
import { createContext, type ApiContext, type ApiLimits } from './context';
import type { Ide } from './ide';

/** /ready answers within about this long (plus the time to write the answer), whatever Neo4j does. */
export const READY_WITHIN_MS = 1_500;

export interface HttpOptions {
  /** What ingestFiling loads a filing with (the composition root builds it: src/ingest/ingest-service.ts). */
  ingest: TextIngestService;
  host: string;
  port: number;
  corsOrigins: readonly string[];
  apiKey: string | undefined;
  limits: ApiLimits;
  maxBodyBytes?: number;
  /** The GraphQL IDE (src/api/ide.ts), outside production only: the composition root leaves it out there. */
  ide?: Ide;
}

export interface RunningHttp {
  readonly url: string;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * A small Node http adapter over Apollo's framework-neutral executeHTTPGraphQLRequest, so the same
 * process can also answer /health (liveness) and /ready (Neo4j reachable).
 */
export async function startHttp(apollo: ApolloServer<ApiContext>, repos: Repositories, log: Logger, opts: HttpOptions): Promise<RunningHttp> {
  await apollo.start();
  const server = createServer((req, res) => {
    const started = process.hrtime.bigint();
    const requestId = String(req.headers['x-request-id'] ?? randomUUID());
    res.setHeader('x-request-id', requestId);
    handle(req, res, requestId)
      .catch((e) => {
        log.error({ err: e, requestId }, 'request failed');
        if (!res.headersSent) send(res, 500, { error: 'internal error' });
      })
      .finally(() => {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log.info({ requestId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
      });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<void> {
    const rawUrl = req.url ?? '/';
    const q = rawUrl.indexOf('?');
    const pathname = q < 0 ? rawUrl : rawUrl.slice(0, q);
    const search = q < 0 ? '' : rawUrl.slice(q);
    if (applyCors(req, res, opts.corsOrigins)) return;
    if (pathname === '/health') return send(res, 200, { status: 'ok' });
    if (pathname === '/ready') {
      // bounded whatever Neo4j does: a stopped (not dead) Neo4j accepts connections and never answers
      try {
        await repos.health.ping(READY_WITHIN_MS);
        return send(res, 200, { status: 'ready' });
      } catch (e) {
        log.warn({ requestId, err: e }, 'not ready: Neo4j did not answer');
        return send(res, 503, { status: 'unavailable', reason: 'Neo4j is not reachable' });
      }
    }
    if (opts.ide?.handle(req, res, pathname, search)) return;
    if (pathname !== '/graphql' && pathname !== '/') return send(res, 404, { error: 'not found' });
    const body = req.method === 'POST' ? await readJson(req, opts.maxBodyBytes ?? 1_000_000) : undefined;
    if (body instanceof Error) return send(res, 400, { errors: [{ message: body.message, extensions: { code: 'BAD_REQUEST' } }] });
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const canWrite = opts.apiKey !== undefined && req.headers['x-api-key'] === opts.apiKey;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: async () => createContext(repos, log, requestId, canWrite, opts.limits, opts.ingest),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return void res.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port, opts.host, () => ok());
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  return {
    url: `http://${opts.host === '0.0.0.0' ? 'localhost' : opts.host}:${port}/graphql`,
    server,
    close: async () => {
      const closed = new Promise<void>((ok) => server.close(() => ok()));
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), 5_000).unref(); // in-flight requests get 5 s
      await closed;
      await apollo.stop();
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

/** Returns true when the request was a CORS preflight that has been answered. */
function applyCors(req: IncomingMessage, res: ServerResponse, origins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (origin && (origins.includes('*') || origins.includes(origin))) {
    res.setHeader('access-control-allow-origin', origins.includes('*') ? '*' : origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-allow-headers', 'content-type, x-api-key, apollo-require-preflight');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  }
  if (req.method === 'OPTIONS') {
    res.statusCode = 204;
    res.end();
    return true;
  }
  return false;
}

/** The request body (JSON parsed when it says so), or an Error when it is too large or not JSON. */
function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('error', fail);
    req.on('end', () => {
      if (tooLarge) return ok(new Error(`request body over ${limit} bytes`));
      const text = chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
      if (text === '') return ok(undefined);
      if (!String(req.headers['content-type'] ?? '').includes('json')) return ok(text);
      try {
        ok(JSON.parse(text));
      } catch {
        ok(new Error('request body is not valid JSON'));
      }
    });
  });
}
