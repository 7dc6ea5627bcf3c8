import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type GraphQLSchema, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { oneLine } from './errors';

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation is compiled once
 * into a JavaScript function (cached, least recently used evicted) and then run per request. Apollo
 * Server 4 has no executor option; its `gateway` interface is the supported way to supply one, and
 * Apollo keeps doing everything else (parsing, validation, plugins, limits, error formatting).
 */
export function jitGateway(schema: GraphQLSchema, opts: { maxCompiled?: number; hideSuggestions?: boolean } = {}): GatewayInterface {
  const maxCompiled = opts.maxCompiled ?? 1000;
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (rc) => {
    const key = `${rc.queryHash}:${rc.operationName ?? ''}`;
    let query = compiled.get(key);
    if (query) {
      compiled.delete(key); // re-insert: Map order is recency
    } else {
      // no operation to run (an unknown name, or none for a document of several): Apollo leaves it to the
      // executor and answers its error as OPERATION_RESOLUTION_FAILURE (400); graphql-jit would throw,
      // which was masked as an internal error (500)
      if (!rc.operation) return { errors: [new GraphQLError(oneLine(noOperation(rc.request.operationName)))] };
      const result = compileQuery(schema, rc.document, rc.operationName ?? undefined);
      if (!isCompiledQuery(result)) return { errors: (result.errors ?? []).map((e) => requestError(e, opts.hideSuggestions)) };
      query = result;
      if (compiled.size >= maxCompiled) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, query);
    const result = await query.query(undefined, rc.context, rc.request.variables ?? {});
    if (!result.errors) return result;
    // no `data` at all: the variables did not coerce (a string for an Int, an unknown enum value), so
    // nothing ran; that is the client's mistake, as graphql-js execution reports it
    if (!('data' in result)) return { errors: result.errors.map((e) => requestError(e, opts.hideSuggestions)) };
    return { ...result, errors: result.errors.map(asGraphQLError) };
  };
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

/** graphql-js's words (execute's buildExecutionContext) for a document without the operation to run. */
function noOperation(operationName: string | null | undefined): string {
  // validation has refused a document without operations (its fragments are unused) before this
  return operationName ? `Unknown operation named "${operationName}".` : 'Must provide operation name if query contains multiple operations.';
}

/** A variable or operation the client got wrong: BAD_USER_INPUT, HTTP 400, one line, no schema hints in production. */
function requestError(e: GraphQLError, hideSuggestions = false): GraphQLError {
  const message = hideSuggestions ? String(e.message).replace(/ ?Did you mean .*$/s, '') : String(e.message);
  return new GraphQLError(oneLine(message), { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT', http: { status: 400, headers: new Map() } } });
}

/**
 * graphql-jit reports errors with its own GraphQLError subclass, without an `extensions` object when
 * there are none, which Apollo's error formatting does not accept: re-create those as graphql-js errors, keeping the message,
 * path, locations, extensions and the original error (which formatError reads to pick a stable code).
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  if (e.extensions && typeof e.extensions === 'object') return e;
  const jit = e as {
    message: string;
    path?: readonly (string | number)[];
    locations?: readonly SourceLocation[];
    originalError?: Error;
    extensions?: Record<string, unknown>;
  };
  const error = new GraphQLError(jit.message, { path: jit.path, originalError: jit.originalError ?? (e as Error), extensions: jit.extensions });
  if (jit.locations) Object.defineProperty(error, 'locations', { value: jit.locations, enumerable: true });
  return error;
}
