import { Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
} from 'class-validator';
import { Role } from '../graphql/enums';

@InputType()
export class CreateUserInput {
  @Field() @IsEmail() @MaxLength(254) email: string;

  @Field(() => String, { nullable: true, description: 'Name shown to colleagues' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  name?: string | null;

  @Field({ description: 'At least 12 characters' })
  @IsString()
  @MinLength(12)
  @MaxLength(256)
  password: string;

  @Field(() => Role) @IsEnum(Role) role: Role;

  @Field(() => [String], { nullable: true, description: 'STAFF: CBS codes' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  municipalityCodes?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'PROVIDER: the provider' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  providerId?: string | null;
}
