import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEmail,
  IsEnum,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { UserModel } from '../auth/auth.types';
import { Role } from '../graphql/enums';
import { PageArgs } from '../graphql/page-args';
import { Connection } from '../graphql/page-info';

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

  @Field(() => [String], { nullable: true, description: 'STAFF, POLICY: CBS codes' })
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

@InputType()
export class UserListFilter {
  @Field(() => Role, { nullable: true }) @IsOptional() @IsEnum(Role) role?: Role;

  @Field(() => String, { nullable: true, description: 'A part of the name or email address' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string | null;
}

@ArgsType()
export class UserListArgs extends PageArgs {
  @Field(() => UserListFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => UserListFilter)
  filter?: UserListFilter | null;
}

@ObjectType()
export class UserConnection extends Connection(UserModel, 'User') {}
