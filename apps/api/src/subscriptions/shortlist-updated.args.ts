import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ShortlistUpdatedArgs {
  @Field(() => ID) @IsString() @MaxLength(64) requestId: string;
}
