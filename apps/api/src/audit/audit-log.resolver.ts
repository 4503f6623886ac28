import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { describeActor, type StoredAuditEntry } from '@wmo/domain';
import { AuditLogRepository, checkedId, checkPageSize, encodeIdCursor } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import type { GraphqlContext } from '../auth/request-context';
import { Role } from '../graphql/enums';
import { NullableArg } from '../graphql/nullable-arg';
import { toConnection } from '../graphql/page-info';
import { AuditExempt } from './audited.decorator';
import {
  AuditEntryConnection,
  AuditEntryModel,
  AuditKind,
  AuditLogFilter,
} from './audit-log.types';

export const RESIDENT_ACTOR_NAME = 'Inwoner (via link)';

/** The audit log, for administrators: newest first, by request, user and period. */
@Resolver()
export class AuditLogResolver {
  constructor(private readonly log: AuditLogRepository) {}

  @Allow('ADMIN')
  @AuditExempt('reads the audit log itself, which holds no personal data of residents')
  @Query(() => AuditEntryConnection, { description: 'Who read or changed what; newest first' })
  async auditLog(
    @Context() context: GraphqlContext,
    @NullableArg('filter', AuditLogFilter) filter: AuditLogFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    const page = await this.log.page(
      {
        requestId: filter?.requestId ? checkedId('filter.requestId', filter.requestId) : undefined,
        userId: filter?.userId ? checkedId('filter.userId', filter.userId) : undefined,
        from: filter?.from,
        to: filter?.to,
      },
      checkPageSize(first),
      after,
    );
    const items = await Promise.all(page.items.map((entry) => toModel(entry, context)));
    return toConnection({ ...page, items }, (node) => encodeIdCursor(node.id));
  }
}

async function toModel(entry: StoredAuditEntry, context: GraphqlContext): Promise<AuditEntryModel> {
  const { actor } = entry;
  const user = actor.userId ? await context.loaders.user.load(actor.userId) : null;
  const name =
    actor.role === 'RESIDENT'
      ? RESIDENT_ACTOR_NAME
      : describeActor(actor.userId ?? 'unknown', user).name;
  return {
    id: entry.id,
    at: entry.at,
    kind: entry.kind as AuditKind,
    operation: entry.operation,
    actorName: name,
    actorRole: actor.role as Role,
    userId: actor.userId,
    residentLinkId: actor.residentLinkId,
    sessionId: entry.sessionId,
    requestId: entry.requestId,
    referralId: entry.referralId,
    subjectId: entry.subjectId,
    fields: [...entry.fields],
  };
}
