/**
 * The import boundaries of ../shared/STYLE.md as one lint rule, `architecture/boundaries`.
 *
 * Every import form is checked (import and export ... from, `import type`, `import('x')` expressions
 * and types, `require('x')`, `import x = require('x')`) against the file it resolves to, not the
 * string it is written as: `../graph/executor` from src/parse and `../../graph/executor` from
 * src/extract/frames are the same room. BOUNDARIES below is the table; ARCHITECTURE.md explains it.
 */
import { builtinModules } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

const PURE = ['src/domain', 'src/parse', 'src/extract'];
const EDGE = ['src/graph', 'src/api', 'src/ingest', 'src/config', 'src/nlp', 'src/embedded-neo4j', 'src/cli'];

/**
 * Each boundary: the files it applies to (`from`, folders relative to the repository root), what they may
 * not import (`forbids(target)`, target = { kind: 'builtin' | 'package' | 'file', name, room }), and the
 * message, which names the rule of the architecture it enforces.
 */
export const BOUNDARIES = [
  {
    id: 'pureNoNode',
    from: PURE,
    forbids: (t) => t.kind === 'builtin',
    message:
      "{{room}} is pure and imports no Node built-in ('{{name}}'): parse, extract and domain take text or bytes and return values (STYLE.md principle 1, pure core, I/O at the edge); files, sockets and processes belong to src/ingest, src/graph or src/api.",
  },
  {
    id: 'pureNoEdge',
    from: PURE,
    forbids: (t) => t.kind === 'file' && EDGE.includes(t.room),
    message:
      "{{room}} is pure and imports nothing from {{target}} ('{{name}}'): the pipeline runs parse → extract → graph → api and the pure stages know nothing downstream or at the edge (STYLE.md: the shape, and principle 1); pass what they need in as values.",
  },
  {
    id: 'driverOnlyInGraph',
    from: ['src'],
    except: ['src/graph', 'src/embedded-neo4j'],
    forbids: (t) => t.kind === 'package' && t.name === 'neo4j-driver',
    message:
      'neo4j-driver is imported only in src/graph, not in {{room}}: Cypher and the driver live in graph/, and driver types are converted to plain TypeScript before they leave it (STYLE.md principle 2); use a repository or a writer from src/graph.',
  },
  {
    id: 'graphBelowStages',
    from: ['src/graph'],
    forbids: (t) => t.kind === 'file' && t.room.startsWith('src/') && !['src/graph', 'src/domain'].includes(t.room),
    message:
      "src/graph imports only src/domain, not {{target}} ('{{name}}'): graph is a stage below ingest and api, holding connections, Cypher and repositories (STYLE.md: the shape); the embedded Neo4j's process is src/embedded-neo4j, configuration is read by the composition root.",
  },
  {
    id: 'apiNoPipeline',
    from: ['src/api'],
    forbids: (t) => t.kind === 'file' && ['src/parse', 'src/extract', 'src/ingest', 'src/nlp', 'src/embedded-neo4j'].includes(t.room),
    message:
      "src/api imports no parser, extractor, linguistic layer or ingest module ({{target}}, '{{name}}'): resolvers are thin and call a repository, a loader or a service from the context (STYLE.md principle 3); the pipeline reaches the API as the TextIngestService the composition root hands it.",
  },
  {
    id: 'srcSelfContained',
    from: ['src'],
    forbids: (t) => t.kind === 'file' && ['test', 'bench', 'fixtures', 'dist', 'dist-bench'].includes(t.room),
    message:
      "src/ is the product and imports nothing from {{target}} ('{{name}}'): tests, benchmarks and fixtures depend on src/, never the other way (STYLE.md: the shape).",
  },
  {
    id: 'noDist',
    from: ['test', 'bench', 'fixtures'],
    forbids: (t) => t.kind === 'file' && ['dist', 'dist-bench'].includes(t.room),
    message:
      "{{room}} imports {{target}} ('{{name}}'): tests and benchmarks import src/ (ts-jest compiles it), so a change in src/ is what is tested and a stale build never is; only the CLI tests run the built binary, through bin/ (CONTRIBUTING.md, tests that test the source).",
  },
  {
    id: 'testsNoBench',
    from: ['test', 'fixtures'],
    forbids: (t) => t.kind === 'file' && t.room === 'bench',
    message:
      "{{room}} imports a benchmark file ('{{name}}'): benchmarks are not test fixtures (STYLE.md: bench/ is for benchmarks); shared test data lives in fixtures/, which tests and benchmarks both import.",
  },
];

const posix = (p) => p.split(sep).join('/');

/** The room of a repository-relative path: src/<folder> (src/cli for src/cli.ts), else its top folder. */
function roomOf(rel) {
  const parts = rel.split('/');
  if (parts[0] === 'src') return parts.length > 2 ? `src/${parts[1]}` : `src/${parts[1].replace(/\.[cm]?[jt]s$/, '')}`;
  return parts[0];
}

const within = (room, folders) => folders.some((f) => room === f || room.startsWith(`${f}/`) || (f === 'src' && room.startsWith('src/')));

/** What an import specifier written in `file` refers to. */
function targetOf(spec, file) {
  if (spec.startsWith('node:') || BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0])) return { kind: 'builtin', name: spec };
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const rel = posix(relative(ROOT, resolve(dirname(file), spec)));
    if (rel.startsWith('..')) return null;
    return { kind: 'file', name: spec, room: roomOf(rel) };
  }
  const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
  return { kind: 'package', name };
}

const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'imports respect the architecture of ../shared/STYLE.md (see ARCHITECTURE.md)' },
    schema: [],
    messages: Object.fromEntries(BOUNDARIES.map((b) => [b.id, b.message])),
  },
  create(context) {
    const rel = posix(relative(ROOT, context.filename));
    if (rel.startsWith('..')) return {};
    const room = roomOf(rel);
    const apply = BOUNDARIES.filter((b) => within(room, b.from) && !within(room, b.except ?? []));
    if (apply.length === 0) return {};
    const check = (node, spec) => {
      if (typeof spec !== 'string') return;
      const target = targetOf(spec, context.filename);
      if (!target) return;
      for (const b of apply) {
        if (!b.forbids(target)) continue;
        context.report({ node, messageId: b.id, data: { room, name: spec, target: target.room ?? target.name } });
        return;
      }
    };
    const fromSource = (node) => node.source && check(node.source, node.source.value);
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        const [arg] = node.arguments;
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && arg?.type === 'Literal') check(arg, arg.value);
      },
      TSImportType: (node) => {
        const lit = node.argument?.literal ?? node.argument; // typescript-eslint 8: argument is a TSLiteralType
        if (lit?.type === 'Literal') check(node, lit.value);
      },
      TSExternalModuleReference: (node) => node.expression.type === 'Literal' && check(node, node.expression.value),
    };
  },
};

export default { meta: { name: 'architecture' }, rules: { boundaries } };
