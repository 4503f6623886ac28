import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { auditActorOf, type Actor, type AuditTarget } from '@wmo/domain';
import { RequestLog } from '@wmo/observability';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { tap, type Observable } from 'rxjs';
import { AccessTokenService } from '../auth/access-token.service';
import { bearerTokenOf } from '../auth/access.guard';
import type { GraphqlContext } from '../auth/request-context';
import { AUDITED, type AuditArgs, type AuditedOperation } from './audited.decorator';
import { AuditTrail } from './audit-trail';

const MAX_FIELDS = 40;

/**
 * Global: records each successful call of an @Audited operation in the audit trail, after the
 * resolver answered. A failure to describe the call is logged, never passed to the caller.
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly log = new RequestLog(AuditInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly trail: AuditTrail,
    private readonly tokens: AccessTokenService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<GqlContextType>() !== 'graphql') return next.handle();
    const audited = this.reflector.get<AuditedOperation | undefined>(AUDITED, context.getHandler());
    if (!audited) return next.handle();
    const gql = GqlExecutionContext.create(context);
    const args = gql.getArgs<AuditArgs>();
    const info = gql.getInfo<GraphQLResolveInfo>();
    const req = gql.getContext<GraphqlContext>().req;
    return next.handle().pipe(
      tap((result: unknown) => {
        try {
          const actor = req.actor;
          if (!actor) return;
          const targets = audited.targets
            ? audited.targets(args, result as never, actor)
            : ({} satisfies AuditTarget);
          if (targets === null) return;
          const at = new Date();
          const fields = audited.kind === 'READ' ? selectedFields(info) : [];
          const sessionId = this.sessionOf(actor, req.headers.authorization);
          for (const target of Array.isArray(targets) ? targets : [targets as AuditTarget]) {
            this.trail.record({
              at,
              kind: audited.kind,
              operation: info.fieldName,
              actor: auditActorOf(actor),
              sessionId,
              requestId: target.requestId ?? null,
              referralId: target.referralId ?? null,
              subjectId: target.subjectId ?? null,
              fields,
            });
          }
        } catch (error) {
          this.log.error(req, `audit entry for ${info.fieldName} not made: ${String(error)}`);
        }
      }),
    );
  }

  private sessionOf(actor: Actor, authorization: string | undefined): string | null {
    if (actor.kind === 'RESIDENT') return actor.linkId;
    const token = bearerTokenOf(authorization);
    return token ? this.tokens.sessionIdOf(token) : null;
  }
}

/** The fields asked for at the first level (what was shown, e.g. `shortlist`), not their values. */
function selectedFields(info: GraphQLResolveInfo): string[] {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === 'Field') {
        if (selection.name.value !== '__typename') names.add(selection.name.value);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        visit(fragment?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return [...names].slice(0, MAX_FIELDS);
}
