import type { ApolloDriverConfig } from '@nestjs/apollo';

/** The plugin type as Nest's Apollo driver loads it (its ES module build). */
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * Every error in an HTTP answer carries the request's id (`extensions.requestId`, the same as
 * the `x-request-id` response header and the `requestId` of its log lines), so a user's report
 * leads straight to the log.
 */
export const requestIdInErrors: ApolloPlugin = {
  requestDidStart: () =>
    Promise.resolve({
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
