import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { ArgsType, Field } from '@nestjs/graphql';
import {
  ConflictError,
  DEFAULT_MATCHING_POLICY,
  ForbiddenError,
  InvalidInputError,
  municipalitiesVisibleTo,
  scopeOf,
  userIdOf,
  validateMatchingPolicy,
  type Actor,
  type MatchingPolicy,
} from '@wmo/domain';
import { MatchingAnnouncer } from '@wmo/matching';
import { MatchingPolicyRepository, type StoredMatchingPolicy } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import { knownMunicipality } from '../reference/reference-input';
import { MatchingPolicyInput, MatchingPolicyModel } from './matching-policy.types';
import { argString, Audited, AuditExempt } from '../audit/audited.decorator';

@ArgsType()
class MunicipalityArgs {
  @Field() @IsString() @MaxLength(10) municipalityCode: string;
}

@Resolver(() => MatchingPolicyModel)
export class MatchingPolicyResolver {
  constructor(
    private readonly repository: MatchingPolicyRepository,
    private readonly announcer: MatchingAnnouncer,
  ) {}

  @Allow('ADMIN', 'STAFF')
  @AuditExempt('the ranking policy: no personal data')
  @Query(() => MatchingPolicyModel, { description: 'The ranking policy in force' })
  async matchingPolicy(
    @CurrentActor() actor: Actor,
    @Args() { municipalityCode }: MunicipalityArgs,
  ): Promise<MatchingPolicyModel> {
    const code = knownMunicipality('municipalityCode', municipalityCode);
    const visible = municipalitiesVisibleTo(scopeOf(actor));
    if (visible && !visible.includes(code)) throw new ForbiddenError();
    return toModel(code, await this.repository.latest(code));
  }

  /** A change recomputes the open shortlists of that municipality. */
  @Allow('ADMIN')
  @Audited('CHANGE', (args) => ({ subjectId: argString(args, 'municipalityCode') }))
  @Mutation(() => MatchingPolicyModel)
  async updateMatchingPolicy(
    @CurrentActor() actor: Actor,
    @Args() { municipalityCode }: MunicipalityArgs,
    @Args('input') input: MatchingPolicyInput,
  ): Promise<MatchingPolicyModel> {
    const code = knownMunicipality('municipalityCode', municipalityCode);
    const policy: MatchingPolicy = { ...input, weights: { ...input.weights } };
    const [problem] = validateMatchingPolicy(policy);
    if (problem) throw new InvalidInputError(`input.${problem.field}`, problem.message);
    const latest = await this.repository.latest(code);
    const entry: StoredMatchingPolicy = {
      municipalityCode: code,
      version: (latest?.version ?? 0) + 1,
      policy,
      changedByUserId: userIdOf(actor),
      changedAt: new Date(),
    };
    await this.announcer.announced(
      [{ kind: 'policy-changed', job: { municipalityCode: code } }],
      async () => {
        if (!(await this.repository.insert(entry))) {
          throw new ConflictError(
            'Het beleid is net door iemand anders gewijzigd. Probeer het opnieuw.',
          );
        }
      },
    );
    return toModel(code, entry);
  }
}

function toModel(
  municipalityCode: string,
  stored: StoredMatchingPolicy | null,
): MatchingPolicyModel {
  const policy = stored?.policy ?? DEFAULT_MATCHING_POLICY;
  return {
    municipalityCode,
    version: stored?.version ?? 0,
    weights: { ...policy.weights },
    distanceHalfLifeKm: policy.distanceHalfLifeKm,
    waitingHalfLifeWeeks: policy.waitingHalfLifeWeeks,
    staleAfterDays: policy.staleAfterDays,
    shortlistSize: policy.shortlistSize,
    maxOptionsPerProvider: policy.maxOptionsPerProvider,
    changedAt: stored?.changedAt ?? null,
  };
}
