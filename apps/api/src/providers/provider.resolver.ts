import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { ProviderRepository } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { languageCodes } from '../reference/reference-input';
import { CreateProviderInput, ProviderModel } from './provider.types';

@Resolver(() => ProviderModel)
export class ProviderResolver {
  constructor(private readonly providers: ProviderRepository) {}

  @Allow('ADMIN', 'STAFF')
  @Mutation(() => ProviderModel)
  async createProvider(@Args('input') input: CreateProviderInput): Promise<ProviderModel> {
    const provider = await this.providers.create({
      name: input.name.trim(),
      strategicPartner: input.strategicPartner,
      languages: languageCodes('input.languages', input.languages ?? []),
      kvkNumber: input.kvkNumber ?? null,
      agbCode: input.agbCode ?? null,
    });
    return { ...provider, languages: [...provider.languages] };
  }
}
