import { IdentityOverrideSchema } from '../../domain/disclosure';
import { IngestOutcome } from '../../domain/vocabulary';
import type { Resolvers } from '../generated/resolvers-types';
import { userError } from '../errors';

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestFiling: async (_p, { input }, ctx) => {
      if (!ctx.canWrite) throw userError('writing needs the x-api-key header with the configured API_KEY', 'FORBIDDEN');
      const identity = IdentityOverrideSchema.safeParse(
        Object.fromEntries(
          Object.entries({ cik: input.cik, company: input.company, form: input.form, fiscalYear: input.fiscalYear }).filter(
            ([, v]) => v !== null && v !== undefined,
          ),
        ),
      );
      if (!identity.success) throw userError(identity.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      const result = await ctx.ingest.ingestText({ name: input.name, content: input.content, identity: identity.data });
      if (result.kind === 'refused') throw userError(result.reason);
      return {
        outcome: result.outcome === 'written' ? IngestOutcome.WRITTEN : IngestOutcome.UNCHANGED,
        problems: result.problems,
        filing: await ctx.loaders.filing.load(result.filingId),
      };
    },
  },
};
