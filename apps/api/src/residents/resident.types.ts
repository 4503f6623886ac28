import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

@ObjectType('ResidentLink', { description: 'A personal, expiring link for the resident' })
export class ResidentLinkModel {
  @Field({ description: 'Give this to the resident; the token is in the fragment' }) url: string;
  @Field({ description: 'Shown once: only its hash is stored' }) token: string;
  @Field() expiresAt: Date;
}

@ArgsType()
export class CreateResidentLinkArgs {
  @Field(() => ID) @IsString() @MaxLength(64) requestId: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description: 'Earlier links of this request stop working',
  })
  @IsOptional()
  @IsBoolean()
  revokePrevious?: boolean | null;
}

@ArgsType()
export class ResidentLinkRequestArgs {
  @Field(() => ID) @IsString() @MaxLength(64) requestId: string;
}

@ArgsType()
export class ChoosePreferenceArgs {
  @Field(() => ID) @IsString() @MaxLength(64) offeringId: string;
}

@ObjectType('ActiveResidentLink', {
  description: 'A resident link that works now (the link itself was shown once)',
})
export class ActiveResidentLinkModel {
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
}
