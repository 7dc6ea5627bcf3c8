import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApiContext } from './context';

/**
 * Depth and cost limits, checked once the operation is resolved and before any resolver runs. A plugin
 * rather than a validation rule, because Apollo reports every validation failure as
 * GRAPHQL_VALIDATION_FAILED and clients need the specific code. Cost: every field costs 1; a field with
 * a `first` argument multiplies its subtree by it; other nested lists are estimated at 10 items.
 */
export function queryLimitsPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const { depth, cost } = measure(operation.selectionSet, fragments, 0, new Set());
          const http = { status: 400, headers: new Map() };
          if (depth > maxDepth) throw new GraphQLError(`query depth ${depth} exceeds the maximum of ${maxDepth}`, { extensions: { code: 'QUERY_TOO_DEEP', http } });
          if (cost > maxCost) throw new GraphQLError(`query cost ${cost} exceeds the maximum of ${maxCost}`, { extensions: { code: 'QUERY_TOO_COSTLY', http } });
        },
      };
    },
  };
}

function measure(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, level: number, seen: Set<string>): { depth: number; cost: number } {
  let depth = level;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      if (!sel.selectionSet) {
        cost += 1;
        continue;
      }
      const inner = measure(sel.selectionSet, fragments, level + 1, seen);
      const first = sel.arguments?.find((a) => a.name.value === 'first')?.value;
      const factor = first?.kind === Kind.INT ? Math.max(1, Number(first.value)) : level === 0 ? 1 : 10;
      cost += 1 + factor * inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      const inner =
        sel.kind === Kind.INLINE_FRAGMENT
          ? measure(sel.selectionSet, fragments, level, seen)
          : seen.has(sel.name.value) || !fragments[sel.name.value]
            ? { depth: level, cost: 0 }
            : measure(fragments[sel.name.value]!.selectionSet, fragments, level, new Set([...seen, sel.name.value]));
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
  }
  return { depth, cost };
}
