import { RoleCode } from '../../domain/vocabulary';
import type { EntityRecord, LinkRecord } from '../../graph/records';
import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';

type Dir = 'OUT' | 'IN';
const links =
  (dir: Dir, ...types: string[]) =>
  (e: EntityRecord, _a: unknown, ctx: ApiContext): Promise<LinkRecord[]> =>
    ctx.loaders.links(dir, types).load(e.id);

/** Fields every entity type shares: its company, and all its links. */
const common = {
  company: (e: EntityRecord, _a: unknown, ctx: ApiContext) => (e.cik ? ctx.loaders.company.load(e.cik) : null),
  links: async (e: EntityRecord, args: { types?: readonly string[] | null; direction?: Dir | null }, ctx: ApiContext) => {
    const dirs: Dir[] = args.direction ? [args.direction] : ['OUT', 'IN'];
    const lists = await Promise.all(dirs.map((d) => ctx.loaders.links(d, args.types?.length ? [...args.types].sort() : null).load(e.id)));
    return lists.flat();
  },
};

export const entityResolvers: Resolvers = {
  Query: {
    entity: (_p, { id }, ctx) => ctx.loaders.entity.load(id),
  },
  Entity: {
    __resolveType: (e) => e.type,
  },
  Link: {
    filing: (l, _a, ctx) => (l.filingId ? ctx.loaders.filing.load(l.filingId) : null),
  },
  Topic: { ...common },
  Committee: {
    ...common,
    chairs: links('IN', 'CHAIRS'),
    members: links('IN', 'MEMBER_OF', 'IS_DIRECTOR'),
    superiors: links('OUT', 'REPORTS_TO'),
    subordinates: links('IN', 'REPORTS_TO'),
    parentCommittees: links('OUT', 'SUBCOMMITTEE_OF'),
    subcommittees: links('IN', 'SUBCOMMITTEE_OF'),
    overseenEntities: links('OUT', 'OVERSEES'),
  },
  Person: {
    ...common,
    roles: links('OUT', 'HOLDS_ROLE'),
    chairedCommittees: links('OUT', 'CHAIRS'),
    memberships: links('OUT', 'MEMBER_OF'),
    superiors: links('OUT', 'REPORTS_TO'),
    isDirector: async (e, _a, ctx) => {
      const [direct, roles] = await Promise.all([ctx.loaders.links('OUT', ['IS_DIRECTOR']).load(e.id), ctx.loaders.links('OUT', ['HOLDS_ROLE']).load(e.id)]);
      return direct.length > 0 || roles.some((l) => l.node.roleCode === RoleCode.DIRECTOR);
    },
    possibleMatches: (e, _a, ctx) => ctx.loaders.namesakes.load(e.id),
  },
  Role: {
    ...common,
    holders: links('IN', 'HOLDS_ROLE'),
    superiors: links('OUT', 'REPORTS_TO'),
    subordinates: links('IN', 'REPORTS_TO'),
  },
  InternalUnit: { ...common },
  ThirdParty: { ...common },
  VendorProcess: { ...common, targets: links('OUT', 'TARGETS') },
};
