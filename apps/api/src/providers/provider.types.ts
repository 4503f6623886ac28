import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { PageArgs } from '../graphql/page-args';
import { Connection } from '../graphql/page-info';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';

@ObjectType('Provider', { description: 'A care provider (aanbieder)' })
export class ProviderModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() strategicPartner: boolean;
  @Field(() => [String], { description: 'Languages its staff speak (ISO 639-1)' })
  languages: string[];
  @Field(() => String, { nullable: true }) kvkNumber: string | null;
  @Field(() => String, { nullable: true }) agbCode: string | null;
}

@InputType()
export class CreateProviderInput {
  @Field()
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  name: string;

  @Field()
  @IsBoolean()
  strategicPartner: boolean;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(8, { each: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Chamber of Commerce number, 8 digits' })
  @IsOptional()
  @Matches(/^\d{8}$/)
  kvkNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'AGB code, 8 digits' })
  @IsOptional()
  @Matches(/^\d{8}$/)
  agbCode?: string | null;
}

@InputType()
export class ProviderListFilter {
  @Field(() => String, { nullable: true, description: 'A part of the name' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  text?: string | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() strategicPartner?:
    boolean | null;
}

@ArgsType()
export class ProviderListArgs extends PageArgs {
  @Field(() => ProviderListFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ProviderListFilter)
  filter?: ProviderListFilter | null;
}

@ObjectType()
export class ProviderConnection extends Connection(ProviderModel, 'Provider') {}
