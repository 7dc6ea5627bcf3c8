import type { TextIngestService } from '../domain/ingest-service';
import type { Executor } from '../graph/executor';
import { IdentityError } from '../graph/rows';
import type { Analyzer } from '../nlp/client';
import { ParseError } from '../parse';
import { excerpt } from '../parse/problems';
import { ingestContent } from './ingest-content';
import { InputError } from './read-input';

/**
 * The ingest service the API's ingestFiling calls: one filing sent as text, parsed, extracted and written
 * in memory. A file that cannot be parsed or names no registrant is refused with the reason (a value);
 * other failures (Neo4j, the linguistic layer) throw.
 */
export function createIngestService(executor: Executor, analyzer: Analyzer): TextIngestService {
  return {
    async ingestText(filing) {
      try {
        const { outcome, problems } = await ingestContent(executor, analyzer, filing);
        return { kind: 'loaded', outcome: outcome.kind, filingId: outcome.filingId, problems };
      } catch (e) {
        if (e instanceof ParseError || e instanceof IdentityError) return { kind: 'refused', reason: `${excerpt(filing.name)}: ${e.message}` };
        if (e instanceof InputError) return { kind: 'refused', reason: e.message }; // too large, or nothing to load: names the file
        throw e;
      }
    },
  };
}
