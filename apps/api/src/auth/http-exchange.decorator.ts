import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { InvalidInputError } from '@wmo/domain';
import type { Request, Response } from 'express';
import type { GraphqlContext } from './request-context';

export interface HttpExchange {
  readonly req: Request;
  readonly res: Response;
}

/** The HTTP request and response of a GraphQL call (for cookies); refused over WebSocket. */
export const HttpExchange = createParamDecorator(
  (_: unknown, context: ExecutionContext): HttpExchange => {
    const { req, res } = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (!res) throw new InvalidInputError('operation', 'Dit kan alleen via HTTP.');
    return { req: req as Request, res };
  },
);
