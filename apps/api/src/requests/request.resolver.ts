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
import { mayReadRequest, recordScopeOf, type Actor } from '@wmo/domain';
import { checkedId, checkPageSize, type RequestListFilter as ListFilter } from '@wmo/persistence';
import { Allow } from '../auth/allow.decorator';
import type { GraphqlContext } from '../auth/request-context';
import { RequestStatus } from '../graphql/enums';
import { CurrentActor } from '../auth/current-actor.decorator';
import { toConnection } from '../graphql/page-info';
import { knownMunicipality, knownProduct } from '../reference/reference-input';
import { toSupportRequestModel } from './request.mapper';
import { RequestService } from './request.service';
import {
  CreateRequestInput,
  RequestIdArgs,
  RequestListFilter,
  RequestStatusCountModel,
  SupportRequestConnection,
  SupportRequestModel,
  UpdateRequestInput,
} from './request.types';
import { toShortlistModel } from './shortlist.mapper';
import { ShortlistModel } from './shortlist.types';
import { NullableArg } from '../graphql/nullable-arg';
import { Audited, AuditExempt } from '../audit/audited.decorator';

@Resolver(() => SupportRequestModel)
export class RequestResolver {
  constructor(private readonly service: RequestService) {}

  @Allow('STAFF')
  @Audited<SupportRequestModel>('CHANGE', (_, request) => ({ requestId: request.id }))
  @Mutation(() => SupportRequestModel)
  async createRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: CreateRequestInput,
  ): Promise<SupportRequestModel> {
    return toSupportRequestModel(await this.service.create(actor, input));
  }

  @Allow('STAFF')
  @Audited<SupportRequestModel>('CHANGE', (_, request) => ({ requestId: request.id }))
  @Mutation(() => SupportRequestModel, {
    description: 'Change the request; its shortlist follows.',
  })
  async updateRequest(
    @CurrentActor() actor: Actor,
    @Args('input') input: UpdateRequestInput,
  ): Promise<SupportRequestModel> {
    return toSupportRequestModel(await this.service.update(actor, input));
  }

  @Allow('STAFF')
  @Audited<SupportRequestModel>('CHANGE', (_, request) => ({ requestId: request.id }))
  @Mutation(() => SupportRequestModel, { description: 'Close the request: matching stops.' })
  async closeRequest(
    @CurrentActor() actor: Actor,
    @Args() { id }: RequestIdArgs,
  ): Promise<SupportRequestModel> {
    return toSupportRequestModel(await this.service.close(actor, id));
  }

  /** Staff of its municipality, admins, and the resident holding its link (own request only). */
  @Allow('STAFF', 'ADMIN', 'RESIDENT')
  @Audited<SupportRequestModel | null>('READ', (_, request) =>
    request ? { requestId: request.id } : null,
  )
  @Query(() => SupportRequestModel, { nullable: true })
  async request(
    @Args() { id }: RequestIdArgs,
    @Context() context: GraphqlContext,
  ): Promise<SupportRequestModel | null> {
    checkedId('id', id);
    // From the request cache, in the caller's scope; the shortlist's counts use the same copy.
    const request = await context.loaders.request.load(id);
    return request ? toSupportRequestModel(request) : null;
  }

  @Allow('STAFF', 'ADMIN')
  @Audited<SupportRequestConnection>('READ', (_, page) =>
    page.edges.map((edge) => ({ requestId: edge.node.id })),
  )
  @Query(() => SupportRequestConnection, {
    description: 'Open requests first, then referred, placed and closed; newest first within each',
  })
  async requests(
    @CurrentActor() actor: Actor,
    @NullableArg('filter', RequestListFilter)
    filter: RequestListFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
    @Context() context: GraphqlContext,
  ): Promise<SupportRequestConnection> {
    const page = await this.service.list(actor, checkedFilter(filter), checkPageSize(first), after);
    // Read in the caller's scope: the shortlists' counts need not read them again.
    for (const item of page.items) context.loaders.request.prime(item.id, item);
    return toConnection(
      { ...page, items: page.items.map(toSupportRequestModel) },
      (_, index) => page.cursors[index]!,
    );
  }

  @Allow('STAFF', 'ADMIN')
  @AuditExempt('counts per status')
  @Query(() => [RequestStatusCountModel], {
    description: 'How many requests in your scope have each status (the filter without status)',
  })
  async requestStatusCounts(
    @CurrentActor() actor: Actor,
    @NullableArg('filter', RequestListFilter)
    filter: RequestListFilter | null,
  ): Promise<RequestStatusCountModel[]> {
    const counts = await this.service.countByStatus(actor, checkedFilter(filter));
    return Object.entries(counts).map(([status, count]) => ({
      status: status as RequestStatus,
      count,
    }));
  }

  @ResolveField(() => ShortlistModel, { nullable: true })
  async shortlist(
    @Parent() request: SupportRequestModel,
    @CurrentActor() actor: Actor,
    @Context() context: GraphqlContext,
  ): Promise<ShortlistModel | null> {
    // The request was read in the caller's scope; the check stays here so the field never
    // depends on how its parent was found.
    if (!mayReadRequest(recordScopeOf(actor), request)) return null;
    const latest = await context.loaders.shortlist.load(request.id);
    return latest ? toShortlistModel(latest) : null;
  }
}

function checkedFilter(filter: RequestListFilter | null): ListFilter {
  return {
    status: filter?.status,
    urgency: filter?.urgency,
    municipalityCode: filter?.municipalityCode
      ? knownMunicipality('filter.municipalityCode', filter.municipalityCode)
      : undefined,
    productCode: filter?.productCode
      ? knownProduct('filter.productCode', filter.productCode)
      : undefined,
  };
}
