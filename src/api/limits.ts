import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { ApiContext } from './context';

/**
 * Depth and cost limits, checked once the operation is resolved and before any resolver runs. A plugin
 * rather than a validation rule, because Apollo reports every validation failure as
 * GRAPHQL_VALIDATION_FAILED and clients need the specific code. Cost: every field costs 1; a field with
 * a `first` argument (literal or variable) multiplies its subtree by it, and the `edges`/`nodes` of that
 * page count once; other nested lists are estimated at 10 items.
 */
export function queryLimitsPlugin(maxDepth: number, maxCost: number): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const { depth, cost } = measure(operation.selectionSet, { fragments, variables: request.variables ?? {} }, 0, new Set(), false);
          const http = { status: 400, headers: new Map() };
          if (depth > maxDepth) throw new GraphQLError(`query depth ${depth} exceeds the maximum of ${maxDepth}`, { extensions: { code: 'QUERY_TOO_DEEP', http } });
          if (cost > maxCost) throw new GraphQLError(`query cost ${cost} exceeds the maximum of ${maxCost}`, { extensions: { code: 'QUERY_TOO_COSTLY', http } });
        },
      };
    },
  };
}

interface Scope {
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The page size a field asks for with `first`, literal or variable; null when it has none. */
function pageSize(field: FieldNode, scope: Scope): number | null {
  const value = field.arguments?.find((a) => a.name.value === 'first')?.value;
  if (value?.kind === Kind.INT) return Math.max(1, Number(value.value));
  if (value?.kind === Kind.VARIABLE) {
    const v = Number(scope.variables[value.name.value]);
    return Number.isFinite(v) ? Math.max(1, v) : null;
  }
  return null;
}

function measure(set: SelectionSetNode, scope: Scope, level: number, seen: Set<string>, inPage: boolean): { depth: number; cost: number } {
  let depth = level;
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) continue;
      if (!sel.selectionSet) {
        cost += 1;
        continue;
      }
      const first = pageSize(sel, scope);
      // the items of a page: `edges`/`nodes` right under a paged field, and each edge's `node`
      const pageItems = inPage && (sel.name.value === 'edges' || sel.name.value === 'nodes' || sel.name.value === 'node');
      const inner = measure(sel.selectionSet, scope, level + 1, seen, first !== null || (pageItems && sel.name.value === 'edges'));
      const factor = first ?? (level === 0 || pageItems ? 1 : 10);
      cost += 1 + factor * inner.cost;
      depth = Math.max(depth, inner.depth);
    } else {
      const inner =
        sel.kind === Kind.INLINE_FRAGMENT
          ? measure(sel.selectionSet, scope, level, seen, inPage)
          : seen.has(sel.name.value) || !scope.fragments[sel.name.value]
            ? { depth: level, cost: 0 }
            : measure(scope.fragments[sel.name.value]!.selectionSet, scope, level, new Set([...seen, sel.name.value]), inPage);
      cost += inner.cost;
      depth = Math.max(depth, inner.depth);
    }
  }
  return { depth, cost };
}
