import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError, type Role } from '@wmo/domain';
import { AccessTokenService } from './access-token.service';
import { ALLOWED_ROLES, PUBLIC } from './allow.decorator';
import type { AuthenticatedRequest, CallerRequest } from './request-context';

/**
 * Global guard: every resolver and route must declare @Public or @Allow(...roles); anything
 * undeclared is refused. The caller's actor is attached to the request for ownership checks.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const req = requestOf(context);
    const token = bearerTokenOf(req.headers.authorization);
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) {
      // Known where it is cheap to know (a valid JWT), so rate limits count the user, not the
      // address; a public operation never depends on it.
      req.actor = token ? this.tokens.userOf(token) : undefined;
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (!token) throw new UnauthenticatedError();
    const actor = await this.tokens.authenticate(token);
    req.actor = actor;
    if (!roles || !roles.includes(actor.kind)) throw new ForbiddenError();
    return true;
  }
}

export function bearerTokenOf(header: unknown): string | undefined {
  return typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}

function requestOf(context: ExecutionContext): CallerRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: CallerRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}
