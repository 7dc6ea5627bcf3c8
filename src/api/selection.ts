import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ENTITY_DETAIL_FIELDS, type EntityDetailField } from '../graph/entity-repository';
import { RELATIONSHIP_COLUMNS, type PageParts, type RelationshipColumn } from '../graph/filing-repository';

/** Every field name selected anywhere under the field being resolved, fragments included. */
export function namesRequested(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode, fragmentsSeen: ReadonlySet<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        names.add(sel.name.value);
        if (sel.selectionSet) visit(sel.selectionSet, fragmentsSeen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        visit(sel.selectionSet, fragmentsSeen);
      } else if (!fragmentsSeen.has(sel.name.value)) {
        const fragment = info.fragments[sel.name.value];
        if (fragment) visit(fragment.selectionSet, new Set([...fragmentsSeen, sel.name.value]));
      }
    }
  };
  for (const node of info.fieldNodes) if (node.selectionSet) visit(node.selectionSet, new Set());
  return names;
}

/** The stored entity property behind each GraphQL entity field that is not always projected. */
const DETAIL_OF_FIELD: Record<string, EntityDetailField> = {
  aliases: 'aliases',
  committeeLevel: 'level',
  committeeKind: 'kind',
  roleCode: 'normalized',
  roleCategory: 'category',
  unitCategory: 'category',
  thirdPartyCategory: 'category',
  vendorProcessCategory: 'category',
  honorific: 'honorific',
};

/**
 * The entity detail properties (beyond id, type, name, cik) named anywhere under the field being
 * resolved, so an analyst query's one Cypher projects only what the client reads. Over-inclusion is
 * harmless; nested lists loaded by DataLoaders always carry every property.
 */
export function entityDetailsRequested(info: GraphQLResolveInfo): EntityDetailField[] {
  const wanted = new Set([...namesRequested(info)].map((n) => DETAIL_OF_FIELD[n]).filter((d): d is EntityDetailField => d !== undefined));
  return ENTITY_DETAIL_FIELDS.filter((f) => wanted.has(f));
}

/** The optional relationship-row columns named under the field being resolved. */
export function rowColumnsRequested(info: GraphQLResolveInfo): RelationshipColumn[] {
  const names = namesRequested(info);
  return RELATIONSHIP_COLUMNS.filter((c) => names.has(c));
}

/** The parts of a connection the selection reads: its page (edges, pageInfo) and its total. */
export function connectionPartsRequested(info: GraphQLResolveInfo): PageParts {
  const names = namesRequested(info);
  return { rows: names.has('edges') || names.has('pageInfo'), total: names.has('totalCount') };
}
