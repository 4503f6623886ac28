import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, Max, Min, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';

@ObjectType('MatchingWeights', { description: 'Points each ranking component gives at its best' })
@InputType('MatchingWeightsInput')
export class MatchingWeightsModel {
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) distance: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) waitingTime: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) specialismDepth: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) language: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) capacityHeadroom: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(1000) freshness: number;
}

@InputType()
export class MatchingPolicyInput {
  @Field(() => MatchingWeightsModel)
  @ValidateNested()
  @Type(() => MatchingWeightsModel)
  weights: MatchingWeightsModel;

  @Field(() => Float) @IsNumber() @Min(0.1) @Max(500) distanceHalfLifeKm: number;
  @Field(() => Float) @IsNumber() @Min(0.1) @Max(520) waitingHalfLifeWeeks: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(365) staleAfterDays: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(50) shortlistSize: number;
  @Field(() => Int) @IsInt() @Min(1) @Max(50) maxOptionsPerProvider: number;
}

@ObjectType('MatchingPolicy', { description: 'How shortlists are ranked in one municipality' })
export class MatchingPolicyModel {
  @Field() municipalityCode: string;
  @Field(() => Int, { description: '0 = the platform default, never changed here' })
  version: number;
  @Field(() => MatchingWeightsModel) weights: MatchingWeightsModel;
  @Field(() => Float) distanceHalfLifeKm: number;
  @Field(() => Float) waitingHalfLifeWeeks: number;
  @Field(() => Int) staleAfterDays: number;
  @Field(() => Int) shortlistSize: number;
  @Field(() => Int) maxOptionsPerProvider: number;
  @Field(() => Date, { nullable: true }) changedAt: Date | null;
}
