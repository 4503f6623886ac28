import { Field, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { LAST_SWEEP_STAT, type SweepResult } from '@wmo/matching';
import { AnnouncementOutboxRepository } from '@wmo/persistence';
import { MatchingQueue } from '@wmo/queue';
import { Allow } from '../auth/allow.decorator';
import { Audited, AuditExempt } from '../audit/audited.decorator';

@ObjectType()
class SweepReport {
  @Field() startedAt: string;
  @Field() finishedAt: string;
  @Field() trigger: string;
  @Field(() => Int) checked: number;
  @Field(() => Int, { description: 'Shortlists the sweep had to change; should be 0' })
  outOfDate: number;
  @Field(() => Int) failed: number;
}

@ObjectType({ description: 'The matching queue and its safety net, for administrators' })
class MatchingStatus {
  @Field(() => Int) waiting: number;
  @Field(() => Int) active: number;
  @Field(() => Int) delayed: number;
  @Field(() => Int, { description: 'Failed after all retries; kept for inspection' })
  failed: number;
  @Field(() => Int, { description: 'Requests waiting for a shortlist recompute' })
  backlog: number;
  @Field(() => Int, {
    description: 'Stored changes not yet announced to matching (outbox; grows while Redis is away)',
  })
  announcements: number;
  @Field(() => Int, {
    description: 'Work still to do: waiting + active + delayed + backlog + announcements',
  })
  pending: number;
  @Field(() => SweepReport, { nullable: true }) lastSweep: SweepReport | null;
  @Field({ description: 'When these figures were read (server clock)' }) measuredAt: Date;
}

@Resolver()
export class MatchingStatusResolver {
  constructor(
    private readonly queue: MatchingQueue,
    private readonly outbox: AnnouncementOutboxRepository,
  ) {}

  @Allow('ADMIN')
  @AuditExempt('queue and backlog counts: no personal data')
  @Query(() => MatchingStatus)
  async matchingStatus(): Promise<MatchingStatus> {
    const [counts, announcements] = await Promise.all([this.queue.counts(), this.outbox.depth()]);
    const waiting = (counts.waiting ?? 0) + (counts.prioritized ?? 0);
    const active = counts.active ?? 0;
    const delayed = counts.delayed ?? 0;
    const backlog = counts.backlog ?? 0;
    const sweep = await this.queue.readStat(LAST_SWEEP_STAT);
    return {
      waiting,
      active,
      delayed,
      failed: counts.failed ?? 0,
      backlog,
      announcements,
      pending: waiting + active + delayed + backlog + announcements,
      lastSweep: sweep ? (JSON.parse(sweep) as SweepResult) : null,
      measuredAt: new Date(),
    };
  }

  @Allow('ADMIN')
  @Audited('CHANGE')
  @Mutation(() => Boolean, { description: 'Recompute every open shortlist now (in the worker)' })
  async startSweep(): Promise<boolean> {
    await this.queue.sweep({ trigger: 'admin' });
    return true;
  }
}
