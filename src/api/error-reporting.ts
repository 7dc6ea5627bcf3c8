import type { ApolloServerPlugin } from '@apollo/server';
import type { ApiContext } from './context';
import { maskedCodeOf } from './errors';

const MASKED_CODES: readonly unknown[] = ['UNAVAILABLE', 'QUERY_TIMEOUT', 'INTERNAL_SERVER_ERROR'];

/**
 * Operators see what clients cannot: every error that formatError masks is logged with its cause (the
 * whole chain: a GraphError and the driver error under it) and the request id, and the masked error
 * carries that id in extensions.requestId so a client's report can be matched to the log line.
 */
export function errorReportingPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const masked = maskedCodeOf(error.extensions?.code, error);
            if (masked === null) continue;
            const fields = {
              requestId: contextValue.requestId,
              code: masked,
              operationName: operationName ?? undefined,
              path: error.path?.join('.'),
              err: error.originalError ?? error,
            };
            if (masked === 'INTERNAL_SERVER_ERROR') contextValue.log.error(fields, 'request error (masked)');
            else contextValue.log.warn(fields, 'request error (masked)');
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (MASKED_CODES.includes(error.extensions?.code)) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
        },
      };
    },
  };
}
