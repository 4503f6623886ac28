import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { OfferingModel } from '../offerings/offering.types';

@ObjectType('Reason', { description: 'One explained part of an option score' })
export class ReasonModel {
  @Field() code: string;
  @Field({ description: 'Plain Dutch explanation' }) label: string;
  @Field(() => Float, { nullable: true, description: 'Null for residents' }) points: number;
}

@ObjectType('ShortlistOption')
export class ShortlistOptionModel {
  @Field(() => Int) rank: number;
  @Field(() => Float, { nullable: true, description: 'Null for residents' }) score: number;
  @Field(() => ID) offeringId: string;
  @Field(() => OfferingModel, { nullable: true, description: 'Null if the offering was removed' })
  offering?: OfferingModel | null;
  @Field(() => ID) providerId: string;
  @Field() providerName: string;
  @Field(() => Float) distanceKm: number;
  @Field(() => Int) waitingWeeks: number;
  @Field(() => Int, { description: 'Places that can be offered now' }) freePlaces: number;
  @Field({ description: 'Offered with a waiting list: no free place now' }) waitingList: boolean;
  @Field({ description: 'The capacity report is older than the policy allows' }) stale: boolean;
  @Field(() => [ReasonModel]) reasons: ReasonModel[];
}

@ObjectType('Exclusion', { description: 'How many offerings one hard filter left out' })
export class ExclusionModel {
  @Field() code: string;
  @Field() label: string;
  @Field(() => Int) count: number;
}

@ObjectType('ShortlistCause', { description: 'What made the worker compute this revision' })
export class ShortlistCauseModel {
  @Field() kind: string;
  @Field(() => ID, { nullable: true }) offeringId: string | null;
  @Field(() => ID, { nullable: true }) capacityEventId: string | null;
  @Field(() => ID, { nullable: true }) referralId: string | null;
}

@ObjectType('Shortlist')
export class ShortlistModel {
  @Field(() => ID) requestId: string;
  @Field(() => Int) revision: number;
  @Field() computedAt: Date;
  @Field(() => ShortlistCauseModel) cause: ShortlistCauseModel;
  @Field(() => [ShortlistOptionModel]) options: ShortlistOptionModel[];
  /** Counted when read (ShortlistExclusionsResolver), not stored with the revision. */
  @Field(() => [ExclusionModel], { description: 'Why other offerings are not options' })
  exclusions?: ExclusionModel[];
}
