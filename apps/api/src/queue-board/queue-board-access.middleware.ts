import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { bearerTokenOf } from '../auth/access.guard';
import { AccessTokenService } from '../auth/access-token.service';
import { queueBoardTokenFrom } from './queue-board-cookie';

/**
 * In front of every route of the queue dashboard (pages, assets, its JSON API): only an ADMIN's
 * valid access token, as a Bearer header or in the dashboard's cookie. Answers like the
 * exchange routes: 401 without a valid token, 403 for any other role.
 */
@Injectable()
export class QueueBoardAccess implements NestMiddleware {
  constructor(private readonly tokens: AccessTokenService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const token = bearerTokenOf(req.headers.authorization) ?? queueBoardTokenFrom(req);
    const user = token ? this.tokens.userOf(token) : undefined;
    if (!user) {
      res.status(401).json({
        code: 'UNAUTHENTICATED',
        message: 'Log in als beheerder en open het wachtrijoverzicht via de pagina Beheer.',
      });
      return;
    }
    if (user.kind !== 'ADMIN') {
      res.status(403).json({
        code: 'FORBIDDEN',
        message: 'Alleen beheerders mogen het wachtrijoverzicht zien.',
      });
      return;
    }
    next();
  }
}
