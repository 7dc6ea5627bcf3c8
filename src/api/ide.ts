import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IdeTab } from './ide-examples';

/** Where the IDE's files are served from; the page itself is the endpoint's GET (an HTML request without `query`). */
export const IDE_ASSET_PREFIX = '/ide/';

/**
 * Everything the page may load: itself and the files below, from the server's own origin (issue #11: the
 * IDE works on a machine without internet): no inline script or style, nothing from another origin.
 */
export const IDE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export interface IdeOptions {
  /** The GraphQL endpoint's path, which the IDE posts to (same origin). */
  endpoint: string;
  tabs: readonly IdeTab[];
}

/** Answers the IDE's page and files; `handle` returns false for every other request. */
export interface Ide {
  handle(req: IncomingMessage, res: ServerResponse, pathname: string, search: string): boolean;
}

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer;
  etag: string;
}

/** A file of an installed package, found through its package.json so the layout of node_modules does not matter. */
function packageFile(pkg: string, file: string): Buffer {
  return readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
}

function asset(type: string, body: Buffer | string): Asset {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  return { type, body: bytes, gzip: gzipSync(bytes), etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
}

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>disclosure-graph · GraphiQL</title>
    <link rel="icon" href="${IDE_ASSET_PREFIX}favicon.svg" />
    <link rel="stylesheet" href="${IDE_ASSET_PREFIX}graphiql.min.css" />
    <link rel="stylesheet" href="${IDE_ASSET_PREFIX}ide.css" />
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
    <script src="${IDE_ASSET_PREFIX}react.production.min.js"></script>
    <script src="${IDE_ASSET_PREFIX}react-dom.production.min.js"></script>
    <script src="${IDE_ASSET_PREFIX}graphiql.min.js"></script>
    <script src="${IDE_ASSET_PREFIX}ide.js"></script>
  </body>
</html>
`;

const CSS = 'html, body, #graphiql { height: 100%; margin: 0; }\n';

/** GraphiQL's pink, so the browser does not ask for /favicon.ico (a 404 in its console). */
const FAVICON = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#e535ab"/></svg>\n';

/** The page's one script of our own: GraphiQL over a same-origin fetcher, the examples as tabs (an external file, so the CSP needs no 'unsafe-inline' script). */
const bootstrap = (opts: IdeOptions): string => `(function () {
  var config = ${JSON.stringify({ endpoint: opts.endpoint, tabs: opts.tabs })};
  var post = GraphiQL.createFetcher({ url: new URL(config.endpoint, location.href).href });
  // GraphiQL 4 reads a tab's operation name 100 ms after its text changes, so Run right after switching tabs
  // sends the previous tab's name with this tab's query; send a name only when the query defines it
  var fetcher = function (params, options) {
    var words = String(params.query).split(/[^_0-9A-Za-z]+/);
    var defined = words.some(function (w, i) { return /^(query|mutation|subscription)$/.test(w) && words[i + 1] === params.operationName; });
    return post(defined ? params : Object.assign({}, params, { operationName: undefined }), options);
  };
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultTabs: config.tabs, defaultEditorToolsVisibility: false, shouldPersistHeaders: false }),
  );
})();
`;

/** The page and its files, read (and gzipped) once, on the first request for any of them. */
function loadAssets(opts: IdeOptions): Map<string, Asset> {
  const js = 'text/javascript; charset=utf-8';
  const css = 'text/css; charset=utf-8';
  return new Map([
    ['', asset('text/html; charset=utf-8', PAGE)],
    [`${IDE_ASSET_PREFIX}graphiql.min.css`, asset(css, packageFile('graphiql', 'graphiql.min.css'))],
    [`${IDE_ASSET_PREFIX}graphiql.min.js`, asset(js, packageFile('graphiql', 'graphiql.min.js'))],
    [`${IDE_ASSET_PREFIX}react.production.min.js`, asset(js, packageFile('react', 'umd/react.production.min.js'))],
    [`${IDE_ASSET_PREFIX}react-dom.production.min.js`, asset(js, packageFile('react-dom', 'umd/react-dom.production.min.js'))],
    [`${IDE_ASSET_PREFIX}ide.css`, asset(css, CSS)],
    [`${IDE_ASSET_PREFIX}favicon.svg`, asset('image/svg+xml', FAVICON)],
    [`${IDE_ASSET_PREFIX}ide.js`, asset(js, bootstrap(opts))],
  ]);
}

/** A browser's navigation to the endpoint, as Apollo's landing page rule has it: GET, HTML preferred, no operation in the URL. */
function wantsPage(req: IncomingMessage, search: string): boolean {
  const accept = String(req.headers.accept ?? '');
  return accept.includes('text/html') && !new URLSearchParams(search).has('query');
}

export function createIde(opts: IdeOptions): Ide {
  let assets: Map<string, Asset> | undefined;
  const pagePaths = new Set([opts.endpoint, '/']);
  return {
    handle(req, res, pathname, search) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false;
      const key = pagePaths.has(pathname) ? (wantsPage(req, search) ? '' : undefined) : pathname.startsWith(IDE_ASSET_PREFIX) ? pathname : undefined;
      if (key === undefined) return false;
      assets ??= loadAssets(opts);
      const found = assets.get(key);
      if (!found) {
        res.statusCode = 404;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ error: 'not found' }));
        return true;
      }
      send(req, res, found, key === '');
      return true;
    },
  };
}

function send(req: IncomingMessage, res: ServerResponse, a: Asset, page: boolean): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('cache-control', 'no-cache'); // revalidated by ETag, so a new version of a package shows at once
  const vary = res.getHeader('vary'); // applyCors may have set vary: origin
  res.setHeader('vary', vary ? `${String(vary)}, accept, accept-encoding` : 'accept, accept-encoding');
  if (page) {
    res.setHeader('content-security-policy', IDE_CSP);
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  // one tag per representation (RFC 9110 8.8.3): the gzipped bytes are not the plain ones
  const etag = gzip ? `${a.etag.slice(0, -1)}-gz"` : a.etag;
  res.setHeader('etag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    return void res.end();
  }
  const body = gzip ? a.gzip : a.body;
  res.statusCode = 200;
  res.setHeader('content-type', a.type);
  if (gzip) res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' ? undefined : body);
}
