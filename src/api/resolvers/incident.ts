import type { Resolvers } from '../generated/resolvers-types';
import { userError } from '../errors';
import { connection, decodeCursor, pageSize } from '../pagination';
import { IncidentKeySchema } from '../../graph/records';
import { connectionPartsRequested } from '../selection';
import { filingOf, optionalCik } from './analyst';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (name: string, value: string | null | undefined): string | null => {
  if (value === null || value === undefined) return null;
  if (!DAY.test(value)) throw userError(`${name} must be a date written YYYY-MM-DD`);
  return value;
};

export const incidentResolvers: Resolvers = {
  Query: {
    incidents: async (_p, { filter, first, after }, ctx, info) => {
      const limit = pageSize(first, ctx.limits.maxPageSize);
      const key = decodeCursor(after, 'incidents', IncidentKeySchema);
      const f = {
        cik: optionalCik(filter?.cik),
        company: filter?.company ?? null,
        dateFrom: day('dateFrom', filter?.dateFrom),
        dateTo: day('dateTo', filter?.dateTo),
      };
      return connection(await ctx.repos.incidents.page(f, key, limit, connectionPartsRequested(info)), 'incidents');
    },
  },
  Company: {
    incidents: (c, _a, ctx) => ctx.loaders.incidentsOfCompany.load(c.cik),
  },
  Incident: {
    filing: (i, _a, ctx) => filingOf(i.filingId, ctx),
    informationNotAvailable: (i) => i.notAvailable,
    governanceBefore: (i, _a, ctx) => ctx.loaders.governanceBefore.load(i.id),
  },
};
