import type { IdentityOverride } from './disclosure';

/** One filing sent as text (the API's ingestFiling), with the identity the client gave for it. */
export interface TextFiling {
  name: string;
  content: string;
  identity: IdentityOverride;
}

/**
 * What loading one filing sent as text comes to. A filing that cannot be loaded as sent (unreadable, no
 * registrant identity) is an expected failure, so a value with its reason for the client; anything else
 * throws and is masked at the API (STYLE.md, principle 7).
 */
export type TextIngestResult = { kind: 'loaded'; outcome: 'written' | 'unchanged'; filingId: string; problems: string[] } | { kind: 'refused'; reason: string };

/**
 * The parse → extract → graph pipeline as the API sees it: src/ingest implements it and the composition
 * root (src/cli.ts) hands it to the API, so no resolver runs a parser, an extractor or a writer itself.
 */
export interface TextIngestService {
  ingestText(filing: TextFiling): Promise<TextIngestResult>;
}
