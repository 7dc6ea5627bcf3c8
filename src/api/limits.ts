import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { ApiContext } from './context';
import { measureOperation } from './cost';

/**
 * Depth and cost limits, checked once the operation is resolved and before any resolver runs (the cost
 * model is in cost.ts). A plugin rather than a validation rule, because Apollo reports every validation
 * failure as GRAPHQL_VALIDATION_FAILED and clients need the specific code. A list argument over the cap
 * is the client's mistake (BAD_USER_INPUT), refused before its cost is even added up.
 */
export function queryLimitsPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const measured = measureOperation(schema, fragments, operation, request.variables ?? {});
          const http = { status: 400, headers: new Map() };
          if (measured.kind === 'bad-argument') throw new GraphQLError(measured.message, { extensions: { code: 'BAD_USER_INPUT', http } });
          const { depth, cost } = measured;
          if (depth > maxDepth)
            throw new GraphQLError(`query depth ${depth} exceeds the maximum of ${maxDepth}`, { extensions: { code: 'QUERY_TOO_DEEP', http } });
          if (cost > maxCost)
            throw new GraphQLError(`query cost ${formatCost(cost)} exceeds the maximum of ${maxCost}`, { extensions: { code: 'QUERY_TOO_COSTLY', http } });
        },
      };
    },
  };
}

const formatCost = (cost: number): string => (Number.isSafeInteger(cost) ? String(cost) : 'over 2^53');
