import type { ApolloDriverConfig } from '@nestjs/apollo';
import { logAndFormatError } from './format-error';

/** The plugin type as Nest's Apollo driver loads it (its ES module build). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Every error in an HTTP answer carries the request's id (`extensions.requestId`, the same as
 * the `x-request-id` response header and the `requestId` of its log lines), so a user's report
 * leads straight to the log. The errors that deserve a log line (unexpected, service
 * unavailable) are logged here, where the request is known, with that id.
 */
export const requestIdInErrors: ApolloPlugin = {
  requestDidStart: () =>
    Promise.resolve({
      didEncounterErrors: ({ errors, contextValue }) => {
        const req = (contextValue as { req?: unknown } | undefined)?.req;
        for (const error of errors) logAndFormatError(req, error.toJSON(), error);
        return Promise.resolve();
      },
      willSendResponse: ({ response, contextValue }) => {
        const requestId = (contextValue as { req?: { id?: unknown } }).req?.id;
        if (response.body.kind !== 'single' || typeof requestId !== 'string') {
          return Promise.resolve();
        }
        const { singleResult } = response.body;
        if (singleResult.errors) {
          singleResult.errors = singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId },
          }));
        }
        return Promise.resolve();
      },
    }),
};
