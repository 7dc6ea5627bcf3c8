import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type GraphQLSchema, type SourceLocation } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each distinct operation is compiled once
 * into a JavaScript function (cached, least recently used evicted) and then run per request. Apollo
 * Server 4 has no executor option; its `gateway` interface is the supported way to supply one, and
 * Apollo keeps doing everything else (parsing, validation, plugins, limits, error formatting).
 */
export function jitGateway(schema: GraphQLSchema, maxCompiled = 1000): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();
  const executor: GatewayExecutor = async (rc) => {
    const key = `${rc.queryHash}:${rc.operationName ?? ''}`;
    let query = compiled.get(key);
    if (query) {
      compiled.delete(key); // re-insert: Map order is recency
    } else {
      const result = compileQuery(schema, rc.document, rc.operationName ?? undefined);
      if (!isCompiledQuery(result)) return result;
      query = result;
      if (compiled.size >= maxCompiled) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, query);
    const result = await query.query(undefined, rc.context, rc.request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
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

/**
 * graphql-jit reports errors with its own GraphQLError subclass, without an `extensions` object when
 * there are none, which Apollo's error formatting does not accept: re-create those as graphql-js errors, keeping the message,
 * path, locations, extensions and the original error (which formatError reads to pick a stable code).
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  if (e.extensions && typeof e.extensions === 'object') return e;
  const jit = e as { message: string; path?: readonly (string | number)[]; locations?: readonly SourceLocation[]; originalError?: Error; extensions?: Record<string, unknown> };
  const error = new GraphQLError(jit.message, { path: jit.path, originalError: jit.originalError ?? (e as Error), extensions: jit.extensions });
  if (jit.locations) Object.defineProperty(error, 'locations', { value: jit.locations, enumerable: true });
  return error;
}
