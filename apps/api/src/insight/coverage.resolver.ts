import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import {
  municipalitiesVisibleTo,
  ForbiddenError,
  InvalidInputError,
  scopeOf,
  type Actor,
} from '@wmo/domain';
import { CoverageReporter, DemandReporter } from '@wmo/matching';
import { MatchingQueue } from '@wmo/queue';
import { MUNICIPALITIES } from '@wmo/reference';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import {
  CoverageArgs,
  CoverageReport,
  CoverageSeriesArgs,
  CoverageSeriesPoint,
  OfferingDemand,
} from './coverage.types';
import { Audited, AuditExempt } from '../audit/audited.decorator';

/** Coverage for policy and contract managers; demand pressure for providers. Counts only. */
@Resolver()
export class CoverageResolver {
  constructor(
    private readonly coverage: CoverageReporter,
    private readonly demand: DemandReporter,
    private readonly queue: MatchingQueue,
  ) {}

  @Allow('POLICY', 'ADMIN')
  @AuditExempt('aggregate figures')
  @Query(() => CoverageReport, {
    description:
      'POLICY (own municipalities), ADMIN: where open requests find no, few or only waiting-list options',
  })
  async coverageReport(
    @CurrentActor() actor: Actor,
    @Args() { municipalityCodes }: CoverageArgs,
  ): Promise<CoverageReport> {
    const report = await this.coverage.report(
      askedMunicipalities(actor, municipalityCodes),
      new Date(),
    );
    return {
      asOf: report.asOf,
      municipalityCodes: [...report.municipalityCodes],
      minGroupSize: report.coverage.minGroupSize,
      byProduct: [...report.coverage.byProduct],
      rows: [...report.coverage.rows],
      postcodeRows: [...report.coverage.postcodeRows],
      suppressedPostcodeGroups: report.coverage.suppressedPostcodeGroups,
      placementTimes: [...report.placementTimes],
      outcomes: [...report.outcomes],
    };
  }

  @Allow('POLICY', 'ADMIN')
  @AuditExempt('aggregate figures')
  @Query(() => [CoverageSeriesPoint], {
    description: 'POLICY, ADMIN: coverage per product per day, from the daily snapshots',
  })
  async coverageSeries(
    @CurrentActor() actor: Actor,
    @Args() { municipalityCodes, days }: CoverageSeriesArgs,
  ): Promise<CoverageSeriesPoint[]> {
    return this.coverage.series(
      askedMunicipalities(actor, municipalityCodes),
      days ?? 30,
      new Date(),
    );
  }

  @Allow('ADMIN')
  @Audited('CHANGE')
  @Mutation(() => Boolean, {
    description: "ADMIN: keep today's coverage snapshot now (in the worker); a day keeps its first",
  })
  async takeCoverageSnapshot(): Promise<boolean> {
    await this.queue.coverageSnapshot({ trigger: 'admin' });
    return true;
  }

  @Allow('PROVIDER')
  @AuditExempt('aggregate figures')
  @Query(() => [OfferingDemand], {
    description:
      'PROVIDER: for each own offering, how many open requests it would serve, is shown to, and waits on capacity',
  })
  async myOfferingDemand(@CurrentActor() actor: Actor): Promise<OfferingDemand[]> {
    if (actor.kind !== 'PROVIDER') throw new ForbiddenError();
    return this.demand.forProvider(actor.providerId, new Date());
  }
}

const ALL_CODES = MUNICIPALITIES.map((municipality) => municipality.code);

/** The municipalities asked for, within those the caller may see. */
function askedMunicipalities(actor: Actor, asked: readonly string[] | null | undefined): string[] {
  const allowed = municipalitiesVisibleTo(scopeOf(actor)) ?? ALL_CODES;
  if (!asked || asked.length === 0) return [...allowed];
  asked.forEach((code, index) => {
    if (!ALL_CODES.includes(code)) {
      throw new InvalidInputError(`municipalityCodes.${index}`, 'Deze gemeente kennen we niet.');
    }
  });
  if (asked.some((code) => !allowed.includes(code))) {
    throw new ForbiddenError('U ziet alleen de cijfers van uw eigen gemeente(n).');
  }
  return [...new Set(asked)];
}
