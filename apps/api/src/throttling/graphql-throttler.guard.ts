import { createHash } from 'node:crypto';
import { Injectable, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { TooManyAttemptsError } from '@wmo/domain';
import type { Request, Response } from 'express';
import type { AuthenticatedRequest } from '../auth/request-context';

type Caller = AuthenticatedRequest & Pick<Request, 'ip'>;

/**
 * Rate limits on /graphql over HTTP: per user, per resident link, and per client address for
 * anonymous calls (login, refreshSession, reference data). Runs after the access guard, so the
 * caller is known. Every root field counts; the window is shared by all operations of a caller.
 * WebSocket subscriptions are not counted (one per page, bounded by the socket), nor are the
 * health, metrics and static routes.
 */
@Injectable()
export class GraphqlThrottlerGuard extends ThrottlerGuard {
  protected override shouldSkip(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return Promise.resolve(true);
    return Promise.resolve(!this.getRequestResponse(context).res);
  }

  protected override getRequestResponse(context: ExecutionContext): {
    req: Record<string, unknown>;
    res: Record<string, unknown>;
  } {
    const { req, res } = GqlExecutionContext.create(context).getContext<{
      req: Caller;
      res?: Response;
    }>();
    return {
      req: req as unknown as Record<string, unknown>,
      res: res as unknown as Record<string, unknown>,
    };
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(trackerOf(req as unknown as Caller));
  }

  protected override generateKey(
    _context: ExecutionContext,
    tracker: string,
    name: string,
  ): string {
    return createHash('sha256').update(`${name}:${tracker}`).digest('hex').slice(0, 32);
  }

  protected override throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(detail.timeToBlockExpire, 1);
    throw new TooManyAttemptsError(
      `Te veel verzoeken in korte tijd. Wacht ${seconds} seconden en probeer het dan opnieuw.`,
    );
  }
}

/** Who counts as one caller: the kind decides the limit (see callerLimit). */
export function trackerOf(req: Caller): string {
  const actor = req.actor;
  if (!actor) return `anonymous:${req.ip ?? 'unknown'}`;
  if (actor.kind === 'RESIDENT') return `resident:${actor.linkId}`;
  return `user:${actor.userId}`;
}
