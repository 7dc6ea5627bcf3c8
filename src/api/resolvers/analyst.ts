import type { ApiContext } from '../context';
import type { Resolvers } from '../generated/resolvers-types';
import { userError } from '../errors';
import { parseSearchText } from '../../graph/search-query';
import { connection, decodeCursor, pageSize } from '../pagination';
import { ConflictKeySchema, FILING_KEY_SCHEMAS, OversightMoveKeySchema, RelationshipKeySchema, type FilingKey } from '../../graph/records';
import { cikOrError } from './company';
import { explainConflict } from '../../graph/conflict-rules';
import { connectionPartsRequested, entityDetailsRequested as details, rowColumnsRequested } from '../selection';

const company = async (cik: string, ctx: ApiContext) => {
  const c = await ctx.loaders.company.load(cik);
  if (!c) throw new Error(`company ${cik} missing`);
  return c;
};
/** A filing an answer names by id: the loader's record, which the graph always holds for a stored answer. */
export const filingOf = async (id: string, ctx: ApiContext) => {
  const f = await ctx.loaders.filing.load(id);
  if (!f) throw new Error(`filing ${id} missing`);
  return f;
};
export const optionalCik = (cik: string | null | undefined) => (cik ? cikOrError(cik) : null);

export const analystResolvers: Resolvers = {
  Query: {
    filings: async (_p, { filter, orderBy, first, after }, ctx, info) => {
      const sort = { field: orderBy?.field ?? 'FISCAL_YEAR', direction: orderBy?.direction ?? 'DESC' } as const;
      const tag = `filings:${sort.field}:${sort.direction}`;
      const limit = pageSize(first, ctx.limits.maxPageSize);
      const key = decodeCursor<FilingKey>(after, tag, FILING_KEY_SCHEMAS[sort.field]);
      return connection(
        await ctx.repos.filings.page({ ...(filter ?? {}), cik: optionalCik(filter?.cik) }, sort, key, limit, connectionPartsRequested(info)),
        tag,
      );
    },
    relationships: async (_p, { filter, first, after }, ctx, info) => {
      const limit = pageSize(first, ctx.limits.maxPageSize);
      const key = decodeCursor(after, 'relationships', RelationshipKeySchema);
      const page = await ctx.repos.filings.relationshipRows(
        { ...(filter ?? {}), cik: optionalCik(filter?.cik) },
        key,
        limit,
        rowColumnsRequested(info),
        connectionPartsRequested(info),
      );
      return connection(page, 'relationships') as never;
    },
    oversightMoves: async (_p, { fromYear, toYear, first, after }, ctx, info) => {
      const tag = `oversightMoves:${fromYear}:${toYear}`;
      const limit = pageSize(first, ctx.limits.maxPageSize);
      const key = decodeCursor(after, tag, OversightMoveKeySchema);
      return connection(await ctx.repos.analyst.oversightMoves(fromYear, toYear, key, limit, details(info), connectionPartsRequested(info)), tag);
    },
    disclosureConflicts: async (_p, { filter, first, after }, ctx, info) => {
      const limit = pageSize(first, ctx.limits.maxPageSize);
      const key = decodeCursor(after, 'disclosureConflicts', ConflictKeySchema);
      const page = await ctx.repos.analyst.disclosureConflicts(
        { ...(filter ?? {}), cik: optionalCik(filter?.cik) },
        key,
        limit,
        connectionPartsRequested(info),
      );
      return connection(page, 'disclosureConflicts');
    },
    chairsWhoAreDirectors: (_p, { cik }, ctx, info) => ctx.repos.analyst.chairsWhoAreDirectors(optionalCik(cik), details(info)),
    reportingChain: (_p, { cik, from, fiscalYear, maxDepth }, ctx, info) => {
      const depth = maxDepth ?? 6;
      if (depth < 1 || depth > 10) throw userError('maxDepth must be between 1 and 10');
      return ctx.repos.analyst.reportingChain(cikOrError(cik), from, fiscalYear ?? null, depth, details(info));
    },
    oversight: (_p, { committeeKind, fiscalYear }, ctx, info) => ctx.repos.analyst.oversight(committeeKind ?? null, fiscalYear ?? null, details(info)),
    securityOfficers: (_p, { cik }, ctx, info) => ctx.repos.analyst.securityOfficers(optionalCik(cik), details(info)),
    thirdPartyEngagements: (_p, { thirdPartyCategory }, ctx, info) => ctx.repos.analyst.thirdPartyEngagements(thirdPartyCategory ?? null, details(info)),
    flagRates: (_p, { groupBy, element }, ctx) => ctx.repos.analyst.flagRates(groupBy, element ?? null),
    changes: (_p, { cik, fromYear, toYear }, ctx) => ctx.repos.analyst.changes(cikOrError(cik), fromYear, toYear),
    peopleInSeveralCompanies: (_p, _a, ctx, info) => ctx.repos.analyst.peopleInSeveralCompanies(details(info)),
    committeeKindCounts: (_p, _a, ctx) => ctx.repos.analyst.committeeKindCounts(),
    search: (_p, { text, first }, ctx) => {
      if (text.trim().length < 2) throw userError('search text must have at least 2 characters');
      const limit = first ?? 20;
      if (limit < 1 || limit > ctx.limits.maxPageSize) throw userError(`first must be between 1 and ${ctx.limits.maxPageSize}`);
      const query = parseSearchText(text);
      if (query.kind === 'invalid') throw userError(query.reason);
      return ctx.repos.filings.search(query, limit);
    },
  },
  ReportingGraph: { company: (g, _a, ctx) => company(g.cik, ctx) },
  ReportingEdge: {
    filing: (e, _a, ctx) => filingOf(e.filingId, ctx),
  },
  DisclosureConflict: {
    filing: (c, _a, ctx) => filingOf(c.filingId, ctx),
    explanation: (c) => explainConflict(c),
  },
  ThirdPartyEngagement: { company: (r, _a, ctx) => company(r.cik, ctx) },
  YearChanges: { company: (r, _a, ctx) => company(r.cik, ctx) },
  SearchHit: {
    filing: (h, _a, ctx) => filingOf(h.filingId, ctx),
  },
};
