import { Catch, HttpStatus, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '@wmo/domain';
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
  private readonly logger = new Logger('ClientError');

  catch(error: DomainError, host: ArgumentsHost): DomainError | void {
    if (host.getType<string>() === 'graphql') {
      const info = GqlArgumentsHost.create(host).getInfo<GraphQLResolveInfo | undefined>();
      this.logger.debug({ msg: 'client error', code: error.code, operation: info?.fieldName });
      return error;
    }
    this.logger.debug({ msg: 'client error', code: error.code });
    host
      .switchToHttp()
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
