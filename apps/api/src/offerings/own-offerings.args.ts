import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class OfferingIdArgs {
  @Field(() => ID) @IsString() @MaxLength(64) id: string;
}

@ArgsType()
export class ConfirmCapacityArgs {
  @Field(() => ID) @IsString() @MaxLength(64) offeringId: string;
}
