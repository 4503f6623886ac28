import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, MaxLength } from 'class-validator';

/**
 * `first` and `after` of a Relay-style list, for argument classes that extend it: a list's filter
 * then sits in the same class, so the validation pipe checks it too (a parameter typed
 * `Filter | null` carries no class for the pipe to check).
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  @IsOptional()
  @IsInt()
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}
