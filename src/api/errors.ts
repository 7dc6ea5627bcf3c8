import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/** The closed set of error codes a client can see in extensions.code. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'QUERY_TIMEOUT',
  'FORBIDDEN',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Messages quote at most a short excerpt of what the client sent, on one line: an echo of a 900 KB argument helps no one. */
export const MAX_MESSAGE_CHARS = 200;
export const oneLine = (message: string): string => {
  const flat = message.replace(/\s*\n\s*/g, ' ');
  return flat.length > MAX_MESSAGE_CHARS ? `${flat.slice(0, MAX_MESSAGE_CHARS - 1)}…` : flat;
};

export const userError = (message: string, code: ErrorCode = 'BAD_USER_INPUT'): GraphQLError => new GraphQLError(oneLine(message), { extensions: { code } });

/** What the server, not the client, got wrong: never shown as it is, always logged (error-reporting.ts). */
export type MaskedCode = 'UNAVAILABLE' | 'QUERY_TIMEOUT' | 'INTERNAL_SERVER_ERROR';

const MASKED_MESSAGES: Record<MaskedCode, string> = {
  UNAVAILABLE: 'the graph database is unavailable',
  QUERY_TIMEOUT: 'the query ran longer than the time limit',
  INTERNAL_SERVER_ERROR: 'internal error',
};

/** The code an error is masked as, or null when it is a client error with a known code that passes through. */
export function maskedCodeOf(code: unknown, error: unknown): MaskedCode | null {
  if (typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code) && code !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR) return null;
  const graphCode = (error as { originalError?: { code?: unknown } })?.originalError?.code;
  if (graphCode === 'GRAPH_UNAVAILABLE') return 'UNAVAILABLE';
  if (graphCode === 'GRAPH_TIMEOUT') return 'QUERY_TIMEOUT';
  return 'INTERNAL_SERVER_ERROR';
}

/** Known codes pass through; everything else is masked so internals never reach a client. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const masked = maskedCodeOf(formatted.extensions?.code, error);
  if (masked === null) return formatted;
  return { message: MASKED_MESSAGES[masked], extensions: { code: masked }, ...(formatted.path ? { path: formatted.path } : {}) };
}
