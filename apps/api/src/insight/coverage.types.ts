import { ArgsType, Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ObjectType({ isAbstract: true })
class Counts {
  @Field(() => Int, { description: 'Open requests' }) open: number;
  @Field(() => Int, { description: 'Open requests without any option: a coverage gap' })
  noOption: number;
  @Field(() => Int, { description: 'Open requests with fewer than 3 options (none included)' })
  fewerThanThree: number;
  @Field(() => Int, { description: 'Open requests whose options are all waiting lists' })
  waitingListOnly: number;
}

@ObjectType()
export class ProductCoverage extends Counts {
  @Field() productCode: string;
}

@ObjectType()
export class CoverageRow extends Counts {
  @Field() productCode: string;
  @Field(() => String, { nullable: true, description: 'Specialism code; null: no target group' })
  targetGroup: string | null;
  @Field() municipalityCode: string;
}

@ObjectType()
export class PostcodeCoverageRow extends CoverageRow {
  @Field({ description: 'PC4; only groups of at least minGroupSize requests are listed' })
  postcode: string;
}

@ObjectType()
export class PlacementTime {
  @Field() productCode: string;
  @Field(() => Int) placements: number;
  @Field(() => Float, { description: 'Days from request to placement (nearest rank)' })
  medianDays: number;
  @Field(() => Float) p90Days: number;
}

@ObjectType()
export class ReferralOutcomeCount {
  @Field({ description: 'DECLINED or EXPIRED' }) outcome: string;
  @Field(() => String, {
    nullable: true,
    description:
      'A decline reason given at least minGroupSize times; null: the rarer ones together, or an expiry',
  })
  reason: string | null;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Aggregate figures only: never a reference or a single resident' })
export class CoverageReport {
  @Field() asOf: Date;
  @Field(() => [String]) municipalityCodes: string[];
  @Field(() => Int, { description: 'Smallest group shown below municipality level' })
  minGroupSize: number;
  @Field(() => [ProductCoverage], { description: 'Every open request once, per product' })
  byProduct: ProductCoverage[];
  @Field(() => [CoverageRow], {
    description: 'Product × target group × municipality; a request with two groups is in both',
  })
  rows: CoverageRow[];
  @Field(() => [PostcodeCoverageRow]) postcodeRows: PostcodeCoverageRow[];
  @Field(() => Int, { description: 'PC4 groups left out for being smaller than minGroupSize' })
  suppressedPostcodeGroups: number;
  @Field(() => [PlacementTime]) placementTimes: PlacementTime[];
  @Field(() => [ReferralOutcomeCount]) outcomes: ReferralOutcomeCount[];
}

@ObjectType({ description: "One product's coverage on one day (from the daily snapshots)" })
export class CoverageSeriesPoint extends Counts {
  @Field({ description: 'YYYY-MM-DD, Amsterdam' }) day: string;
  @Field() productCode: string;
}

@ArgsType()
export class CoverageArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'CBS codes; default: every municipality the caller may see',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  municipalityCodes?: string[] | null;
}

@ArgsType()
export class CoverageSeriesArgs extends CoverageArgs {
  @Field(() => Int, { nullable: true, description: 'How many days back, 1–366; default 30' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(366)
  days?: number | null;
}

@ObjectType({ description: 'What open requests ask of one of your offerings' })
export class OfferingDemand {
  @Field() offeringId: string;
  @Field(() => Int, { description: 'Open requests it fits on every rule, given a free place' })
  wouldServe: number;
  @Field(() => Int, { description: 'Open requests whose shortlist shows it now' })
  shownTo: number;
  @Field(() => Int, { description: 'Of wouldServe: those it cannot give a place now' })
  waitingOnCapacity: number;
}
