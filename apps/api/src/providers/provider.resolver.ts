import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Provider } from '@wmo/domain';
import { checkPageSize, encodeIdCursor, ProviderRepository } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import { toConnection } from '../graphql/page-info';
import { languageCodes } from '../reference/reference-input';
import {
  CreateProviderInput,
  ProviderConnection,
  ProviderListArgs,
  ProviderModel,
} from './provider.types';
import { Audited, AuditExempt } from '../audit/audited.decorator';

@Resolver(() => ProviderModel)
export class ProviderResolver {
  constructor(private readonly providers: ProviderRepository) {}

  /** Providers to choose from (e.g. for a provider's account), newest first. */
  @Allow('ADMIN', 'STAFF')
  @AuditExempt('organisations: no personal data of residents')
  @Query(() => ProviderConnection, {
    name: 'providers',
    description: 'ADMIN, STAFF: providers to choose from, newest first',
  })
  async providerList(
    @Args() { filter, first, after }: ProviderListArgs,
  ): Promise<ProviderConnection> {
    const page = await this.providers.page(
      {
        text: filter?.text?.trim() || undefined,
        strategicPartner: filter?.strategicPartner ?? undefined,
      },
      checkPageSize(first),
      after ?? null,
    );
    return toConnection({ ...page, items: page.items.map(toProviderModel) }, (node) =>
      encodeIdCursor(node.id),
    );
  }

  @Allow('ADMIN', 'STAFF')
  @Audited<ProviderModel>('CHANGE', (_, provider) => ({ subjectId: provider.id }))
  @Mutation(() => ProviderModel)
  async createProvider(@Args('input') input: CreateProviderInput): Promise<ProviderModel> {
    const provider = await this.providers.create({
      name: input.name.trim(),
      strategicPartner: input.strategicPartner,
      languages: languageCodes('input.languages', input.languages ?? []),
      kvkNumber: input.kvkNumber ?? null,
      agbCode: input.agbCode ?? null,
    });
    return toProviderModel(provider);
  }
}

function toProviderModel(provider: Provider): ProviderModel {
  return { ...provider, languages: [...provider.languages] };
}
