import {
  Args,
  Context,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { checkPageSize } from '@wmo/persistence';
import type { Actor } from '@wmo/domain';
import { Allow } from '../auth/allow.decorator';
import { CurrentActor } from '../auth/current-actor.decorator';
import type { GraphqlContext } from '../auth/request-context';
import { ProviderModel } from '../providers/provider.types';
import { toMatchableRequest } from '@wmo/matching';
import { RequestService } from '../requests/request.service';
import { encodeOffsetCursor, OfferingSearch } from './offering-search';
import { toOfferingModel, toReportedOfferingModel } from './offering.mapper';
import { OfferingService } from './offering.service';
import {
  CreateOfferingInput,
  OfferingConnection,
  OfferingModel,
  OfferingSearchFilter,
  OfferingSort,
  UpdateCapacityInput,
  UpdateOfferingInput,
} from './offering.types';
import { NullableArg } from '../graphql/nullable-arg';
import { argString, Audited } from '../audit/audited.decorator';

@Resolver(() => OfferingModel)
export class OfferingResolver {
  constructor(
    private readonly service: OfferingService,
    private readonly search: OfferingSearch,
    private readonly requests: RequestService,
  ) {}

  @Allow('ADMIN', 'STAFF', 'PROVIDER')
  @Audited<OfferingModel>('CHANGE', (_, offering) => ({ subjectId: offering.id }))
  @Mutation(() => OfferingModel)
  async createOffering(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateOfferingInput,
  ): Promise<OfferingModel> {
    return toReportedOfferingModel(await this.service.create(actor, input));
  }

  @Allow('ADMIN', 'PROVIDER')
  @Audited<OfferingModel>('CHANGE', (_, offering) => ({ subjectId: offering.id }))
  @Mutation(() => OfferingModel, {
    description: 'Report the current free places and waiting time.',
  })
  async updateCapacity(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateCapacityInput,
  ): Promise<OfferingModel> {
    return toReportedOfferingModel(await this.service.updateCapacity(actor, input));
  }

  @Allow('ADMIN', 'STAFF', 'PROVIDER')
  @Audited<OfferingModel>('CHANGE', (_, offering) => ({ subjectId: offering.id }))
  @Mutation(() => OfferingModel, { description: 'Change what an offering offers and where.' })
  async updateOffering(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateOfferingInput,
  ): Promise<OfferingModel> {
    return toOfferingModel(await this.service.update(actor, input));
  }

  @Allow('ADMIN', 'STAFF')
  // A search for a request reads that request (its needs and PC4); a free search reads none.
  @Audited('READ', (args) => {
    const requestId = argString(args, 'filter', 'requestId');
    return requestId ? { requestId } : null;
  })
  @Query(() => OfferingConnection)
  async searchOfferings(
    @CurrentActor() actor: Actor,
    @NullableArg('filter', OfferingSearchFilter)
    filter: OfferingSearchFilter | null,
    @Args('sort', {
      type: () => OfferingSort,
      nullable: true,
      description: 'Default: score with a request, else distance with a postcode, else name',
    })
    sort: OfferingSort | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<OfferingConnection> {
    const size = checkPageSize(first);
    const page = await this.search.search(
      filter ?? {},
      sort,
      { first: size, after },
      async (requestId) => {
        const request = await this.requests.find(actor, requestId);
        return request ? toMatchableRequest(request) : null;
      },
    );
    const offerings = new Map(
      (await this.search.loadOfferings(page.hits.map((hit) => hit.offeringId))).map((o) => [
        o.id,
        o,
      ]),
    );
    const edges = page.hits.flatMap((hit, index) => {
      const offering = offerings.get(hit.offeringId);
      return offering
        ? [
            {
              node: {
                ...toOfferingModel(offering, hit.distanceKm),
                match: hit.match && {
                  ...hit.match,
                  reasons: hit.match.reasons.map((reason) => ({ ...reason })),
                },
              },
              cursor: encodeOffsetCursor(page.offset + index),
            },
          ]
        : [];
    });
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }

  @ResolveField(() => ProviderModel)
  async provider(
    @Parent() offering: OfferingModel,
    @Context() context: GraphqlContext,
  ): Promise<ProviderModel> {
    const provider = await context.loaders.provider.load(offering.providerId);
    if (!provider)
      throw new Error(`provider ${offering.providerId} of offering ${offering.id} missing`);
    return { ...provider, languages: [...provider.languages] };
  }
}
