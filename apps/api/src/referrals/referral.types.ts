import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Urgency } from '../graphql/enums';
import { Connection } from '../graphql/page-info';
import { OfferingModel } from '../offerings/offering.types';

// Mirrors the domain's ReferralStatus one to one.
export enum ReferralStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(ReferralStatus, { name: 'ReferralStatus' });

export enum ReferralOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(ReferralOrder, {
  name: 'ReferralOrder',
  description: 'OLDEST_FIRST lists pending referrals with the hold that ends first on top',
});

@ObjectType('ReferralRequest', {
  description: 'What a provider sees of a referred request: no free text, no preferences',
})
export class ReferralRequestModel {
  @Field({ description: 'Pseudonymous reference' }) reference: string;
  @Field() productCode: string;
  @Field(() => [String]) specialisms: string[];
  @Field({ description: 'PC4 only' }) postcode: string;
  @Field(() => Urgency) urgency: Urgency;
}

@ObjectType('Referral', { description: 'A referral (aanmelding); a pending one holds a place' })
export class ReferralModel {
  @Field(() => ID) id: string;
  @Field(() => ReferralStatus) status: ReferralStatus;
  @Field({ description: 'A pending referral expires at this moment' }) holdExpiresAt: Date;
  @Field(() => ReferralRequestModel) request: ReferralRequestModel;
  offeringId: string;
  requestId: string;
  @Field(() => OfferingModel, { nullable: true }) offering?: OfferingModel | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When it was answered, withdrawn or expired' })
  respondedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'Why it was declined or withdrawn' })
  reason: string | null;
}

@ObjectType('ReferralTransition', { description: 'One recorded step of a referral' })
export class ReferralTransitionModel {
  @Field(() => ID) referralId: string;
  @Field(() => ID) offeringId: string;
  @Field(() => ReferralStatus, { nullable: true, description: 'Null when it was created' })
  from: ReferralStatus | null;
  @Field(() => ReferralStatus) to: ReferralStatus;
  @Field() at: Date;
  @Field({ description: "The user's id, or 'system' when a hold expired" }) actor: string;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType()
export class ReferralConnection extends Connection(ReferralModel, 'Referral') {}

@InputType()
export class ReferralListFilter {
  @Field(() => ReferralStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ReferralStatus)
  status?: ReferralStatus;

  @Field(() => [ReferralStatus], {
    nullable: true,
    description: 'Any of these statuses (e.g. the answered ones, for a history)',
  })
  @IsOptional()
  @ArrayMaxSize(5)
  @IsEnum(ReferralStatus, { each: true })
  statuses?: ReferralStatus[];
}

@ArgsType()
export class CreateReferralArgs {
  @Field(() => ID) @IsString() @MaxLength(64) requestId: string;
  @Field(() => ID) @IsString() @MaxLength(64) offeringId: string;
}

@ArgsType()
export class RespondToReferralArgs {
  @Field(() => ID) @IsString() @MaxLength(64) referralId: string;
  @Field() @IsBoolean() accept: boolean;

  @Field(() => String, { nullable: true, description: 'Why (no personal details)' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason?: string | null;
}

@ArgsType()
export class WithdrawReferralArgs {
  @Field(() => ID) @IsString() @MaxLength(64) referralId: string;

  @Field(() => String, { nullable: true, description: 'Why (no personal details)' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason?: string | null;
}
