import { normalizeCik } from '../../domain/disclosure';
import type { Resolvers } from '../generated/resolvers-types';

export const companyResolvers: Resolvers = {
  Query: {
    companies: (_p, _a, ctx) => ctx.repos.companies.list(),
    company: (_p, { cik }, ctx) => {
      const key = normalizeCik(cik);
      return key ? ctx.loaders.company.load(key) : null;
    },
  },
  Company: {
    filings: (company, _a, ctx) => ctx.loaders.filingsOfCompany.load(company.cik),
  },
  Filing: {
    company: async (filing, _a, ctx) => {
      const company = await ctx.loaders.company.load(filing.cik);
      if (!company) throw new Error(`filing ${filing.id} has no company`);
      return company;
    },
    flags: (filing, _a, ctx) => ctx.loaders.flagsOfFiling.load(filing.id),
  },
};
