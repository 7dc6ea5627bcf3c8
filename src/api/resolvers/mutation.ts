import { IdentityOverrideSchema } from '../../domain/disclosure';
import { IngestOutcome } from '../../domain/vocabulary';
import { ParseError } from '../../parse';
import { IdentityError } from '../../graph/rows';
import { ingestContent } from '../../ingest/ingest-content';
import { InputError } from '../../ingest/read-input';
import { excerpt } from '../../parse/problems';
import type { Resolvers } from '../generated/resolvers-types';
import { userError } from '../errors';

export const mutationResolvers: Resolvers = {
  Mutation: {
    ingestFiling: async (_p, { input }, ctx) => {
      if (!ctx.canWrite) throw userError('writing needs the x-api-key header with the configured API_KEY', 'FORBIDDEN');
      const identity = IdentityOverrideSchema.safeParse(Object.fromEntries(Object.entries({ cik: input.cik, company: input.company, form: input.form, fiscalYear: input.fiscalYear }).filter(([, v]) => v !== null && v !== undefined)));
      if (!identity.success) throw userError(identity.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
      try {
        const { outcome, problems } = await ingestContent(ctx.repos.executor, ctx.analyzer, { name: input.name, content: input.content, identity: identity.data });
        return { outcome: outcome.kind === 'written' ? IngestOutcome.WRITTEN : IngestOutcome.UNCHANGED, problems, filing: await ctx.loaders.filing.load(outcome.filingId) };
      } catch (e) {
        if (e instanceof ParseError || e instanceof IdentityError) throw userError(`${excerpt(input.name)}: ${e.message}`);
        if (e instanceof InputError) throw userError(e.message); // too large, or nothing to load: names the file
        throw e;
      }
    },
  },
};
