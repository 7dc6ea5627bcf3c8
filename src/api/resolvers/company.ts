import { NARRATIVE_ELEMENT, normalizeCik } from '../../domain/disclosure';
import { SECURITY_OFFICER_CODES } from '../../domain/extraction';
import type { Resolvers } from '../generated/resolvers-types';
import { userError } from '../errors';

const cikOrError = (raw: string): string => {
  const cik = normalizeCik(raw);
  if (!cik) throw userError(`"${raw}" is not a CIK (up to 10 digits)`);
  return cik;
};

export const companyResolvers: Resolvers = {
  Query: {
    companies: (_p, _a, ctx) => ctx.repos.companies.list(),
    company: (_p, { cik }, ctx) => ctx.loaders.company.load(cikOrError(cik)),
  },
  Company: {
    filings: (c, _a, ctx) => ctx.loaders.filingsOfCompany.load(c.cik),
    committees: async (c, { committeeKind }, ctx) =>
      (await ctx.loaders.entitiesOfCompany.load(`Committee|${c.cik}`)).filter((e) => !committeeKind || e.committeeKind === committeeKind),
    people: (c, _a, ctx) => ctx.loaders.entitiesOfCompany.load(`Person|${c.cik}`),
    roles: async (c, { roleCode }, ctx) => (await ctx.loaders.entitiesOfCompany.load(`Role|${c.cik}`)).filter((e) => !roleCode || e.roleCode === roleCode),
    thirdParties: (c, _a, ctx) => ctx.loaders.entitiesOfCompany.load(`ThirdParty|${c.cik}`),
    vendorProcesses: (c, _a, ctx) => ctx.loaders.entitiesOfCompany.load(`VendorProcess|${c.cik}`),
    internalUnits: (c, _a, ctx) => ctx.loaders.entitiesOfCompany.load(`InternalUnit|${c.cik}`),
    securityOfficers: async (c, _a, ctx) =>
      (await ctx.loaders.entitiesOfCompany.load(`Role|${c.cik}`)).filter((r) => SECURITY_OFFICER_CODES.includes(r.roleCode ?? '')),
  },
  Filing: {
    company: async (f, _a, ctx) => {
      const company = await ctx.loaders.company.load(f.cik);
      if (!company) throw new Error(`filing ${f.id} has no company`);
      return company;
    },
    flags: (f, _a, ctx) => ctx.loaders.flagsOfFiling.load(f.id),
    facts: async (f, _a, ctx) => (await ctx.loaders.factsOfFiling.load(f.id)).filter((x) => x.element !== NARRATIVE_ELEMENT),
    narrative: async (f, _a, ctx) =>
      (await ctx.loaders.factsOfFiling.load(f.id))
        .filter((x) => x.element === NARRATIVE_ELEMENT)
        .map((x) => x.text)
        .join('\n\n') || null,
    conflicts: (f, _a, ctx) => ctx.loaders.conflictsOfFiling.load(f.id),
  },
};

export { cikOrError };
