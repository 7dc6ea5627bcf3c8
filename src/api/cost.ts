import {
  Kind,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * What one operation costs, from its document, the schema and its variables, before anything runs.
 *
 * - Every field costs 1: aliases (each is its own field), `__typename` and leaves included.
 * - A field of the root Query or Mutation runs at least one statement over the graph: +STATEMENT_COST.
 * - A field with a `first` argument (literal or variable) multiplies its subtree by that page size; 0 (or
 *   no value) counts as the argument's default, because the statement behind an empty page still
 *   matches, counts and sorts. The `edges` / `nodes` of that page and each edge's `node` count once.
 * - Any other list field multiplies its subtree by LIST_ESTIMATE, or by its entry in SMALL_LISTS; a
 *   single object by 1.
 * - Every item of a list argument (literal, or inside a variable) costs LIST_ITEM_COST: each condition
 *   is work per candidate row. A list argument longer than MAX_LIST_ARGUMENT is refused outright.
 * - Introspection (`__schema`, `__type`) costs 1 per field: the schema is small and fixed.
 * Fragments are measured once per (fragment, type, position), so a fragment that spreads another
 * several times costs its full expansion without this walk doing that expansion.
 */
export const STATEMENT_COST = 100;
export const LIST_ESTIMATE = 10;
export const LIST_ITEM_COST = 10;
export const MAX_LIST_ARGUMENT = 100;
/**
 * List fields whose length is bounded by what one filing or one year can state: a year's oversight
 * bodies, the sentences of one statement, the relations a conflict rule found in one filing, a filing's
 * conflicts (one per rule at most). All but Filing.conflicts come with their parent's own statement.
 */
export const SMALL_LISTS: Readonly<Record<string, number>> = {
  'OversightMove.fromBodies': 3,
  'OversightMove.toBodies': 3,
  'OversightMove.fromKinds': 3,
  'OversightMove.toKinds': 3,
  'OversightStatement.evidence': 2,
  'DisclosureConflict.relations': 3,
  'ConflictRelation.evidence': 2,
  'Filing.conflicts': 3,
  'Incident.amendments': 3,
  'GovernanceSnapshot.overseers': 5,
};
/** Input objects are at most a few levels deep; a deeper variable is refused rather than walked. */
const MAX_INPUT_DEPTH = 16;

export type Measurement = { kind: 'measured'; depth: number; cost: number } | { kind: 'bad-argument'; message: string };

interface Measured {
  depth: number;
  cost: number;
}

class BadArgument extends Error {}

export function measureOperation(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Measurement {
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { kind: 'measured', depth: 0, cost: 0 };
  try {
    const { depth, cost } = new Walker(schema, fragments, variables).set(operation.selectionSet, root, { root: true, inPage: false });
    return { kind: 'measured', depth, cost };
  } catch (e) {
    if (e instanceof BadArgument) return { kind: 'bad-argument', message: e.message };
    throw e;
  }
}

interface Position {
  root: boolean;
  /** Directly inside a paged field (or its edges): edges, nodes and node count once. */
  inPage: boolean;
}

class Walker {
  private readonly memo = new Map<string, Measured>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** Depth is relative: the number of nested selection sets below this one. */
  set(set: SelectionSetNode, type: GraphQLCompositeType, at: Position): Measured {
    let depth = 0;
    let cost = 0;
    for (const sel of set.selections) {
      let inner: Measured;
      if (sel.kind === Kind.FIELD) inner = this.field(sel, type, at);
      else if (sel.kind === Kind.INLINE_FRAGMENT) inner = this.set(sel.selectionSet, this.typeNamed(sel.typeCondition?.name.value) ?? type, at);
      else inner = this.fragment(sel.name.value, at);
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
    return { depth, cost };
  }

  private fragment(name: string, at: Position): Measured {
    const fragment = this.fragments[name];
    const type = this.typeNamed(fragment?.typeCondition.name.value);
    if (!fragment || !type) return { depth: 0, cost: 0 };
    const key = `${name}|${type.name}|${at.root}|${at.inPage}`;
    const known = this.memo.get(key);
    if (known) return known;
    this.memo.set(key, { depth: 0, cost: 0 }); // a cycle (refused by validation anyway) ends here
    const measured = this.set(fragment.selectionSet, type, at);
    this.memo.set(key, measured);
    return measured;
  }

  private field(node: FieldNode, parent: GraphQLCompositeType, at: Position): Measured {
    const name = node.name.value;
    if (name === '__typename') return { depth: 0, cost: 1 };
    if (name.startsWith('__')) return introspection(node);
    const def = 'getFields' in parent ? (parent.getFields()[name] as GraphQLField<unknown, unknown> | undefined) : undefined;
    const own = 1 + (at.root ? STATEMENT_COST : 0) + this.argumentItems(node) * LIST_ITEM_COST;
    if (!node.selectionSet || !def) return { depth: 0, cost: own };
    const type = getNamedType(def.type);
    if (!isCompositeType(type)) return { depth: 0, cost: own };
    const first = this.pageSize(node, def);
    const pageItem = at.inPage && (name === 'edges' || name === 'nodes' || name === 'node');
    const inner = this.set(node.selectionSet, type, { root: false, inPage: first !== null || (pageItem && name === 'edges') });
    const factor = first ?? (pageItem ? 1 : isListType(getNullableType(def.type)) ? (SMALL_LISTS[`${parent.name}.${name}`] ?? LIST_ESTIMATE) : 1);
    return { depth: inner.depth + 1, cost: own + factor * inner.cost };
  }

  /** The page size a field asks for with `first`; 0, null or absent → the argument's default. Null when it has no `first`. */
  private pageSize(node: FieldNode, def: GraphQLField<unknown, unknown>): number | null {
    const arg = def.args.find((a) => a.name === 'first');
    if (!arg) return null;
    const fallback = typeof arg.defaultValue === 'number' && arg.defaultValue > 0 ? arg.defaultValue : LIST_ESTIMATE;
    const value = node.arguments?.find((a) => a.name.value === 'first')?.value;
    const n = value?.kind === Kind.INT ? Number(value.value) : value?.kind === Kind.VARIABLE ? Number(this.variables[value.name.value]) : NaN;
    return Number.isFinite(n) && n > 0 ? n : fallback;
  }

  /** Items in the field's list arguments, literal or in variables, at any depth; throws BadArgument over the cap. */
  private argumentItems(node: FieldNode): number {
    let items = 0;
    for (const arg of node.arguments ?? []) items += this.valueItems(arg.value, arg.name.value, 0);
    return items;
  }

  private valueItems(value: ValueNode, path: string, depth: number): number {
    if (depth > MAX_INPUT_DEPTH) throw new BadArgument(`argument "${path}" is nested more than ${MAX_INPUT_DEPTH} levels deep`);
    switch (value.kind) {
      case Kind.VARIABLE:
        return jsItems(this.variables[value.name.value], path, depth);
      case Kind.LIST:
        checkLength(path, value.values.length);
        return value.values.reduce((n, v) => n + this.valueItems(v, path, depth + 1), value.values.length);
      case Kind.OBJECT:
        return value.fields.reduce((n, f) => n + this.valueItems(f.value, `${path}.${f.name.value}`, depth + 1), 0);
      default:
        return 0;
    }
  }

  private typeNamed(name: string | undefined): GraphQLCompositeType | null {
    const type = name ? this.schema.getType(name) : undefined;
    return type && isCompositeType(type) ? type : null;
  }
}

/** Items in a variable's value: iterative, so a hostile nesting cannot exhaust the stack. */
function jsItems(root: unknown, rootPath: string, rootDepth: number): number {
  let items = 0;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: root, path: rootPath, depth: rootDepth }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_INPUT_DEPTH) throw new BadArgument(`argument "${path}" is nested more than ${MAX_INPUT_DEPTH} levels deep`);
    if (Array.isArray(value)) {
      checkLength(path, value.length);
      items += value.length;
      for (const v of value) stack.push({ value: v, path, depth: depth + 1 });
    } else {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: `${path}.${k}`, depth: depth + 1 });
    }
  }
  return items;
}

function checkLength(path: string, length: number): void {
  if (length > MAX_LIST_ARGUMENT) throw new BadArgument(`argument "${path}" has ${length} items; at most ${MAX_LIST_ARGUMENT} are accepted`);
}

/** Introspection: 1 per field, no multiplication (the schema is small and fixed), and no depth: the limits are about data. */
function introspection(node: FieldNode): Measured {
  let cost = 0;
  const stack: (SelectionSetNode | undefined)[] = [node.selectionSet];
  cost += 1;
  while (stack.length > 0) {
    const set = stack.pop();
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) cost += 1;
      if (sel.kind !== Kind.FRAGMENT_SPREAD) stack.push(sel.selectionSet);
    }
  }
  return { depth: 0, cost };
}
