/** A Cypher statement as a value: built by the query builders in graph/, run only by the Executor. */
export interface Query {
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

export const q = (cypher: string, params: Record<string, unknown> = {}): Query => ({ cypher, params });
