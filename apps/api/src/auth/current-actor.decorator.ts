import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError, type Actor } from '@wmo/domain';
import type { GraphqlContext } from './request-context';

/** The authenticated caller (set by AccessGuard). */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = GqlExecutionContext.create(context).getContext<GraphqlContext>().req.actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
});
