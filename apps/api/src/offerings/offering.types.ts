import {
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  PartialType,
  PickType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Financing } from '../graphql/enums';
import { ReasonModel } from '../requests/shortlist.types';
import { Connection } from '../graphql/page-info';
import { ProviderModel } from '../providers/provider.types';

export enum OfferingSort {
  SCORE = 'SCORE',
  DISTANCE = 'DISTANCE',
  WAITING_TIME = 'WAITING_TIME',
  NAME = 'NAME',
}
registerEnumType(OfferingSort, { name: 'OfferingSort' });

@ObjectType('OfferingMatch', { description: 'Same filters and score as the shortlist' })
export class OfferingMatchModel {
  @Field() passed: boolean;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => [ReasonModel]) reasons: ReasonModel[];
  @Field() waitingList: boolean;
  @Field() stale: boolean;
  @Field(() => String, { nullable: true, description: 'The hard filter it failed' })
  exclusion: string | null;
  @Field(() => String, { nullable: true }) exclusionLabel: string | null;
}

@ObjectType('Offering', { description: 'One product of one provider at one location (aanbod)' })
export class OfferingModel {
  @Field(() => ID) id: string;
  providerId: string;
  @Field(() => ProviderModel) provider?: ProviderModel;
  @Field() productCode: string;
  @Field(() => [String]) specialisms: string[];
  @Field({ description: 'PC4 of the location' }) postcode: string;
  @Field(() => [String]) municipalitiesServed: string[];
  @Field(() => Float, { nullable: true }) maxTravelKm: number | null;
  @Field(() => Int) totalPlaces: number;
  @Field(() => Int) freePlaces: number;
  @Field(() => Int, { description: 'Places on hold for pending referrals' }) heldPlaces: number;
  /** Placements made since the capacity report, when known without reading the holds. */
  placedSinceReport?: number;
  @Field(() => Int) waitingWeeks: number;
  @Field(() => [Financing]) financing: Financing[];
  @Field() capacityUpdatedAt: Date;
  @Field(() => Float, { nullable: true, description: 'Set when the search had a postcode' })
  distanceKm: number | null;
  @Field(() => OfferingMatchModel, {
    nullable: true,
    description: 'The matching engine on this offering, when the search is for a request',
  })
  match?: OfferingMatchModel | null;
}

@ObjectType()
export class OfferingConnection extends Connection(OfferingModel, 'Offering') {}

@InputType()
export class CreateOfferingInput {
  @Field(() => ID) @IsString() @MaxLength(64) providerId: string;
  @Field() @IsString() @MaxLength(40) productCode: string;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  specialisms: string[];

  @Field({ description: 'PC4 ("1211") or PC6 ("1211AB"); only the PC4 is stored' })
  @IsString()
  @MaxLength(10)
  postcode: string;

  @Field(() => [String], { description: 'CBS codes' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  municipalitiesServed: string[];

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(300)
  maxTravelKm?: number | null;

  @Field(() => Int) @IsInt() @Min(0) @Max(100_000) totalPlaces: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(100_000) freePlaces: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(520) waitingWeeks: number;

  @Field(() => [Financing])
  @ArrayMinSize(1)
  @IsEnum(Financing, { each: true })
  financing: Financing[];
}

@InputType()
export class UpdateCapacityInput {
  @Field(() => ID) @IsString() @MaxLength(64) offeringId: string;
  @Field(() => Int) @IsInt() @Min(0) @Max(100_000) freePlaces: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(520)
  waitingWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'Change the total number of places too' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000)
  totalPlaces?: number | null;
}

@InputType()
export class OfferingSearchFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'Judge offerings for this request, exactly as its shortlist does',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  requestId?: string;

  @Field({ nullable: true, description: 'Also list offerings that fail a filter, with the reason' })
  @IsOptional()
  @IsBoolean()
  includeExcluded?: boolean;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) productCode?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  specialisms?: string[];

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10) municipalityCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10) postcode?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(300)
  maxDistanceKm?: number;

  @Field({ nullable: true }) @IsOptional() @IsBoolean() withFreePlaces?: boolean;

  @Field({ nullable: true, description: 'Part of the provider name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateOfferingInput extends PartialType(
  PickType(CreateOfferingInput, [
    'specialisms',
    'postcode',
    'municipalitiesServed',
    'maxTravelKm',
    'financing',
  ] as const),
) {
  @Field(() => ID) @IsString() @MaxLength(64) offeringId: string;
}
