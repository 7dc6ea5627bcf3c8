import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/** The closed set of error codes a client can see in extensions.code. */
export const ERROR_CODES = [
  'BAD_USER_INPUT', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_DEEP', 'QUERY_TOO_COSTLY', 'FORBIDDEN', 'UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const userError = (message: string, code: ErrorCode = 'BAD_USER_INPUT'): GraphQLError =>
  new GraphQLError(message, { extensions: { code } });

/** Known codes pass through; everything else is masked so internals never reach a client. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  if (code && (ERROR_CODES as readonly string[]).includes(code) && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return formatted;
  const original = (error as { originalError?: { code?: string } })?.originalError;
  if (original?.code === 'GRAPH_UNAVAILABLE') return { message: 'the graph database is unavailable', extensions: { code: 'UNAVAILABLE' }, path: formatted.path };
  return { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
}
