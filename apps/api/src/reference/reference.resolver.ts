import { Query, Resolver } from '@nestjs/graphql';
import { knownLanguages } from '@wmo/domain';
import { MUNICIPALITIES, PRODUCTS, SPECIALISMS } from '@wmo/reference';
import { Public } from '../auth/allow.decorator';
import { ProductCategory } from '../graphql/enums';
import { LanguageModel, MunicipalityModel, ProductModel, SpecialismModel } from './reference.types';
import { AuditExempt } from '../audit/audited.decorator';

/** Reference data is public: it holds no client data and the login page needs none of it. */
@Resolver()
export class ReferenceResolver {
  @Public()
  @AuditExempt('reference data')
  @Query(() => [ProductModel])
  products(): ProductModel[] {
    return PRODUCTS.map((product) => ({
      code: product.code,
      name: product.name,
      category: product.category as ProductCategory,
      iwmoProductCategory: product.iwmoProductCategory,
    }));
  }

  @Public()
  @AuditExempt('reference data')
  @Query(() => [SpecialismModel])
  specialisms(): SpecialismModel[] {
    return SPECIALISMS.map(({ code, name }) => ({ code, name }));
  }

  @Public()
  @AuditExempt('reference data')
  @Query(() => [LanguageModel], { description: 'Languages with a Dutch name' })
  languages(): LanguageModel[] {
    return knownLanguages();
  }

  @Public()
  @AuditExempt('reference data')
  @Query(() => [MunicipalityModel])
  municipalities(): MunicipalityModel[] {
    return MUNICIPALITIES.map(({ code, name, inRegion }) => ({ code, name, inRegion }));
  }
}
