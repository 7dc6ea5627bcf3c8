import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { ApiContext } from './context';
import { formatError } from './errors';
import { errorReportingPlugin } from './error-reporting';
import { jitGateway } from './jit-executor';
import { queryLimitsPlugin } from './limits';
import { resolvers } from './resolvers';
import { loadTypeDefs } from './schema-files';

export interface ApiServerOptions {
  development: boolean;
  maxDepth: number;
  maxCost: number;
}

export const EXAMPLE_QUERY = `{
  companies {
    name
    cik
    filings { form fiscalYear flags { element value } }
  }
}`;

/** Apollo with our schema, thin resolvers and masked errors; the HTTP edge lives in http-server.ts. */
export function createApolloServer(opts: ApiServerOptions): ApolloServer<ApiContext> {
  const schema = makeExecutableSchema<ApiContext>({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
  return new ApolloServer<ApiContext>({
    // graphql-jit executes (see jit-executor.ts); Apollo parses, validates, runs plugins, formats errors
    gateway: jitGateway(schema, { hideSuggestions: !opts.development }),
    formatError,
    // compact JSON: Apollo's default pretty-prints every response (2-space indent), 15-25% of its bytes
    stringifyResult: (result) => JSON.stringify(result),
    csrfPrevention: true,
    // the CLI owns shutdown: it must stop HTTP, then the driver, then the embedded Neo4j, in that order
    stopOnTerminationSignals: false,
    introspection: opts.development,
    includeStacktraceInErrorResponses: false,
    // production: no "Did you mean …" field or type suggestions, which would map the schema for a caller without introspection
    hideSchemaDetailsFromClientErrors: !opts.development,
    plugins: [
      // no @cacheControl hints in the schema: skip the per-field cache-policy hook Apollo installs by default
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(opts.maxDepth, opts.maxCost),
      errorReportingPlugin(),
      // Apollo's landing pages load their code from a CDN (issue #11: only an offline notice without
      // internet); outside production the HTTP edge serves GraphiQL from node_modules instead (ide.ts)
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
}
