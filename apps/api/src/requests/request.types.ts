import {
  ArgsType,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  OmitType,
  PartialType,
} from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Financing, RequestStatus, Urgency } from '../graphql/enums';
import { Connection } from '../graphql/page-info';
import { ShortlistModel } from './shortlist.types';

@ObjectType('SupportRequest', { description: 'A pseudonymous support request (hulpvraag)' })
export class SupportRequestModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Pseudonymous reference, e.g. WMO-7K3F-9QXA' }) reference: string;
  @Field(() => RequestStatus) status: RequestStatus;
  @Field() municipalityCode: string;
  @Field({ description: 'PC4 only' }) postcode: string;
  @Field() productCode: string;
  @Field(() => [String]) specialisms: string[];
  @Field(() => Urgency) urgency: Urgency;
  @Field(() => Float, { nullable: true }) maxDistanceKm: number | null;
  @Field(() => [String], { description: 'Preferred languages (ranking)' }) languages: string[];
  @Field(() => [String], { description: 'Languages the provider must speak' })
  requiredLanguages: string[];
  @Field(() => Financing, { nullable: true }) financing: Financing | null;
  @Field() strategicPartnerMismatch: string;
  @Field() excludeStrategicPartners: boolean;
  @Field(() => [ID]) excludedProviderIds: string[];
  @Field() acceptsWaitingList: boolean;
  @Field(() => Int, { nullable: true }) maxWaitingWeeks: number | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => ShortlistModel, {
    nullable: true,
    description: 'Latest revision; null until computed',
  })
  shortlist?: ShortlistModel | null;
}

@ObjectType()
export class SupportRequestConnection extends Connection(SupportRequestModel, 'SupportRequest') {}

@InputType()
export class CreateRequestInput {
  @Field({ description: 'CBS code' }) @IsString() @MaxLength(10) municipalityCode: string;

  @Field({ description: 'PC4 or PC6; only the PC4 is stored' })
  @IsString()
  @MaxLength(10)
  postcode: string;

  @Field() @IsString() @MaxLength(40) productCode: string;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  specialisms: string[];

  @Field(() => Urgency) @IsEnum(Urgency) urgency: Urgency;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.1)
  @Max(300)
  maxDistanceKm?: number | null;

  @Field(() => [String], { nullable: true, description: 'Preferred languages (ISO 639-1)' })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  languages?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Languages the provider must speak' })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  requiredLanguages?: string[] | null;

  @Field(() => Financing, { nullable: true })
  @IsOptional()
  @IsEnum(Financing)
  financing?: Financing | null;

  @Field({ description: 'Why the strategic partners do not fit (no personal details)' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  strategicPartnerMismatch: string;

  @Field({ nullable: true, description: 'Leave strategic partners out (default true)' })
  @IsOptional()
  @IsBoolean()
  excludeStrategicPartners?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  excludedProviderIds?: string[] | null;

  @Field({ nullable: true, description: 'Accept an offering with a waiting list' })
  @IsOptional()
  @IsBoolean()
  acceptsWaitingList?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(520)
  maxWaitingWeeks?: number | null;
}

@InputType()
export class RequestListFilter {
  @Field(() => RequestStatus, { nullable: true })
  @IsOptional()
  @IsEnum(RequestStatus)
  status?: RequestStatus;

  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10) municipalityCode?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(40) productCode?: string;

  @Field(() => Urgency, { nullable: true })
  @IsOptional()
  @IsEnum(Urgency)
  urgency?: Urgency;
}

@ObjectType('RequestStatusCount', { description: 'How many requests have one status' })
export class RequestStatusCountModel {
  @Field(() => RequestStatus) status: RequestStatus;
  @Field(() => Int) count: number;
}

@ArgsType()
export class RequestIdArgs {
  @Field(() => ID) @IsString() @MaxLength(64) id: string;
}

@InputType({ description: 'Only the fields given are changed' })
export class UpdateRequestInput extends PartialType(
  OmitType(CreateRequestInput, [
    'municipalityCode',
    'productCode',
    'strategicPartnerMismatch',
  ] as const),
) {
  @Field(() => ID) @IsString() @MaxLength(64) requestId: string;
}
