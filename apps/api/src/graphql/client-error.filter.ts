import { Catch, HttpStatus, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@wmo/domain';
import { RequestLog } from '@wmo/observability';
import type { Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';

/**
 * An expected client error (wrong password, bad postcode, UNAUTHENTICATED, FORBIDDEN, …) is the
 * caller's business, not an incident: Nest's default handler would log each one at error level
 * with a stack trace, so anyone could flood the error log. It is logged at debug level, with
 * its code and where, never the message (it may echo input) or a stack; GraphQL answers it
 * through formatError as before.
 */
@Catch(DomainError)
export class ClientErrorFilter implements GqlExceptionFilter {
  private readonly log = new RequestLog('ClientError');

  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() === 'graphql') {
      const gql = GqlArgumentsHost.create(host);
      const info = gql.getInfo<GraphQLResolveInfo | undefined>();
      this.log.debug(gql.getContext<{ req?: unknown } | undefined>()?.req, {
        msg: 'client error',
        code: error.code,
        operation: info?.fieldName,
      });
      return error;
    }
    const http = host.switchToHttp();
    this.log.debug(http.getRequest<unknown>(), { msg: 'client error', code: error.code });
    http
      .getResponse<Response>()
      .status(HTTP_STATUS[error.code] ?? HttpStatus.BAD_REQUEST)
      .json({ code: error.code, message: error.message });
  }
}

const HTTP_STATUS: Partial<Record<DomainError['code'], number>> = {
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_ATTEMPTS: HttpStatus.TOO_MANY_REQUESTS,
};
