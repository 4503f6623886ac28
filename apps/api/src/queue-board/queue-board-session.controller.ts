import { Controller, HttpCode, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '@wmo/config';
import { UnauthenticatedError } from '@wmo/domain';
import { bearerTokenOf } from '../auth/access.guard';
import { AccessTokenService } from '../auth/access-token.service';
import { Allow } from '../auth/allow.decorator';
import { ExchangeErrorsFilter } from '../exchange/exchange-errors.filter';
import { setQueueBoardCookie } from './queue-board-cookie';

/** Opens the queue dashboard for this browser: the admin's access token into its cookie. */
@Controller('admin')
@UseFilters(ExchangeErrorsFilter)
export class QueueBoardSessionController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccessTokenService,
  ) {}

  @Allow('ADMIN')
  @Post('queue-board-session')
  @HttpCode(204)
  open(@Req() req: Request, @Res({ passthrough: true }) res: Response): void {
    const token = bearerTokenOf(req.headers.authorization);
    const expiresAt = token ? this.tokens.expiresAt(token) : null;
    if (!token || !expiresAt) throw new UnauthenticatedError();
    setQueueBoardCookie(res, token, expiresAt, this.config.SESSION_COOKIE_SECURE);
  }
}
