import {
  Catch,
  HttpException,
  HttpStatus,
  type ArgumentsHost,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, InvalidInputError } from '@wmo/domain';
import { RequestLog } from '@wmo/observability';

const STATUS: Record<DomainError['code'], number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  TOO_MANY_ATTEMPTS: HttpStatus.TOO_MANY_REQUESTS,
};

/**
 * The exchange routes answer errors as the GraphQL API does, in JSON: `{ code, message,
 * field? }` with the matching HTTP status; never a stack trace.
 */
@Catch()
export class ExchangeErrorsFilter implements ExceptionFilter {
  private readonly log = new RequestLog('Exchange');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    if (error instanceof DomainError) {
      response.status(STATUS[error.code]).json({
        code: error.code,
        message: error.message,
        ...(error instanceof InvalidInputError ? { field: error.field } : {}),
      });
      return;
    }
    if (error instanceof HttpException && error.getStatus() < 500) {
      response
        .status(error.getStatus())
        .json({ code: 'BAD_USER_INPUT', message: 'Dit verzoek klopt niet.' });
      return;
    }
    this.log.error(
      http.getRequest<unknown>(),
      error instanceof Error ? error.message : String(error),
    );
    response
      .status(HttpStatus.INTERNAL_SERVER_ERROR)
      .json({ code: 'INTERNAL_SERVER_ERROR', message: 'Er ging iets mis. Probeer het opnieuw.' });
  }
}
