import { Field, ObjectType } from '@nestjs/graphql';
import { ProductCategory } from '../graphql/enums';

@ObjectType('Product')
export class ProductModel {
  @Field() code: string;
  @Field() name: string;
  @Field(() => ProductCategory) category: ProductCategory;
  @Field({ description: 'iWmo productcategorie (WMO020), e.g. "02" begeleiding' })
  iwmoProductCategory: string;
}

@ObjectType('Specialism', { description: 'A target group (doelgroep) an offering specialises in' })
export class SpecialismModel {
  @Field() code: string;
  @Field() name: string;
}

@ObjectType('Language')
export class LanguageModel {
  @Field({ description: 'ISO 639-1 code, e.g. "tr"' }) code: string;
  @Field({ description: 'Dutch name, e.g. "Turks"' }) name: string;
}

@ObjectType('Municipality')
export class MunicipalityModel {
  @Field({ description: 'CBS code, e.g. GM0402' }) code: string;
  @Field() name: string;
  @Field({ description: 'Part of regio Gooi en Vechtstreek' }) inRegion: boolean;
}
