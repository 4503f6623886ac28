import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, type QueryFilter } from 'mongoose';
import {
  ACTIVE_REQUEST_STATUSES,
  ForbiddenError,
  mayChangeRequest,
  mayReadRequest,
  REQUEST_STATUS_WORK_ORDER,
  seesEverything,
  type AccessScope,
  type RecordScope,
  type RequestStatus,
  type SupportRequest,
  type Urgency,
} from '@wmo/domain';
import { NOTHING, scopeFilter } from '../access/scope-filter';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { segmentedNewestFirstPage, type Page } from '../page';
import { newRequestReference } from './request-reference';
import { SUPPORT_REQUEST_MODEL, type SupportRequestDocument } from './support-request.schema';

export type NewSupportRequest = Omit<
  SupportRequest,
  | 'id'
  | 'reference'
  | 'status'
  | 'createdAt'
  | 'updatedAt'
  | 'excludedOfferingIds'
  | 'preferredOfferingId'
>;

export type SupportRequestChanges = Partial<
  Pick<
    SupportRequest,
    | 'postcode'
    | 'specialisms'
    | 'urgency'
    | 'maxDistanceKm'
    | 'preferredLanguages'
    | 'requiredLanguages'
    | 'financing'
    | 'excludeStrategicPartners'
    | 'excludedProviderIds'
    | 'acceptsWaitingList'
    | 'maxWaitingWeeks'
  >
>;

/** Where a request keeps what an access scope is about. */
const REQUEST_FIELDS = { request: '_id', municipality: 'municipalityCode' } as const;

export interface RequestListFilter {
  readonly status?: RequestStatus;
  readonly municipalityCode?: string;
  readonly productCode?: string;
  readonly urgency?: Urgency;
}

export type RequestStatusCounts = Readonly<Record<RequestStatus, number>>;

@Injectable()
export class SupportRequestRepository {
  constructor(
    @InjectModel(SUPPORT_REQUEST_MODEL) private readonly model: Model<SupportRequestDocument>,
  ) {}

  /** A new id, for a caller that must name the request before it is stored (the outbox). */
  newId(): string {
    return new Types.ObjectId().toHexString();
  }

  /** Made by staff of its municipality (or the system, e.g. the demo data). */
  async create(
    scope: RecordScope,
    input: NewSupportRequest,
    id = this.newId(),
  ): Promise<SupportRequest> {
    if (!mayChangeRequest(scope, input)) throw new ForbiddenError();
    const now = new Date();
    for (let attempt = 0; ; attempt++) {
      try {
        const doc = await this.model.create({
          ...input,
          _id: new Types.ObjectId(id),
          specialisms: [...input.specialisms],
          preferredLanguages: [...input.preferredLanguages],
          requiredLanguages: [...input.requiredLanguages],
          excludedProviderIds: input.excludedProviderIds.map((id) => new Types.ObjectId(id)),
          createdByUserId: new Types.ObjectId(input.createdByUserId),
          reference: newRequestReference(),
          status: 'OPEN',
          createdAt: now,
          updatedAt: now,
        });
        return toSupportRequest(doc.toObject());
      } catch (error) {
        // A reference collision is astronomically rare; the unique index makes it safe.
        if (!isDuplicateKeyError(error) || attempt >= 3) throw error;
      }
    }
  }

  /** Reads one request within the caller's scope; outside it, the request does not exist. */
  async findInScope(scope: RecordScope, id: string): Promise<SupportRequest | null> {
    if (!isObjectId(id)) return null;
    // By _id alone, scope checked here: FerretDB scans the collection for _id plus another field.
    const doc = await this.model.findById(id).lean<SupportRequestDocument>().exec();
    if (!doc) return null;
    const request = toSupportRequest(doc);
    return mayReadRequest(scope, request) ? request : null;
  }

  /** Writes go by _id alone (see findInScope); a request outside the scope is left untouched. */
  private async inScope(scope: RecordScope, id: string): Promise<boolean> {
    if (!isObjectId(id)) return false;
    return seesEverything(scope) || (await this.findInScope(scope, id)) !== null;
  }

  /**
   * One page of the requests in scope, in the order consultants work through them: open ones
   * first, then referred, placed and closed; newest first within each status. Each item has its
   * cursor in `cursors`.
   */
  async page(
    scope: RecordScope,
    filter: RequestListFilter,
    first: number,
    after: string | null,
  ): Promise<Page<SupportRequest> & { readonly cursors: readonly string[] }> {
    const statuses = filter.status ? [filter.status] : REQUEST_STATUS_WORK_ORDER;
    const counts = await this.countByStatus(scope, filter, statuses);
    const segments = statuses.map((status) => ({
      key: status,
      query: { ...listQuery(scope, filter), status },
      count: counts[status],
    }));
    return segmentedNewestFirstPage(this.model, segments, first, after, toSupportRequest);
  }

  /** How many requests in scope have each status; the filter's own status is ignored. */
  async countByStatus(
    scope: AccessScope,
    filter: RequestListFilter,
    statuses: readonly RequestStatus[] = REQUEST_STATUS_WORK_ORDER,
  ): Promise<RequestStatusCounts> {
    const query = listQuery(scope, filter);
    const counts = await Promise.all(
      statuses.map((status) => this.model.countDocuments({ ...query, status }).exec()),
    );
    const result: Record<RequestStatus, number> = { OPEN: 0, REFERRED: 0, PLACED: 0, CLOSED: 0 };
    statuses.forEach((status, index) => (result[status] = counts[index] ?? 0));
    return result;
  }

  /**
   * Every open request in scope, in one query. FerretDB decodes the whole collection for it, so
   * the worker loads them once and then re-reads only what the request change stream names.
   */
  async findActive(scope: AccessScope): Promise<SupportRequest[]> {
    const docs = await this.model
      .find({
        ...scopeFilter(scope, REQUEST_FIELDS),
        status: { $in: [...ACTIVE_REQUEST_STATUSES] },
      })
      .lean<SupportRequestDocument[]>()
      .exec();
    return docs.map(toSupportRequest);
  }

  /**
   * Every open request in scope, one at a time from a cursor: what findActive returns, without
   * holding all the documents at once (the worker's start at national scale).
   */
  async eachActive(scope: AccessScope, visit: (request: SupportRequest) => void): Promise<number> {
    const cursor = this.model
      .find({
        ...scopeFilter(scope, REQUEST_FIELDS),
        status: { $in: [...ACTIVE_REQUEST_STATUSES] },
      })
      .lean<SupportRequestDocument[]>()
      .cursor({ batchSize: 2_000 });
    let count = 0;
    for await (const doc of cursor) {
      visit(toSupportRequest(doc as SupportRequestDocument));
      count++;
    }
    return count;
  }

  /** When each of these requests was made (placement times); unknown ids are left out. */
  async createdAtOf(scope: AccessScope, ids: readonly string[]): Promise<Map<string, Date>> {
    const valid = ids.filter(isObjectId).map((id) => new Types.ObjectId(id));
    if (valid.length === 0) return new Map();
    const docs = await this.model
      .find(
        { $and: [{ _id: { $in: valid } }, scopeFilter(scope, REQUEST_FIELDS)] },
        { createdAt: 1 },
      )
      .lean<Pick<SupportRequestDocument, '_id' | 'createdAt'>[]>()
      .exec();
    return new Map(docs.map((doc) => [doc._id.toHexString(), doc.createdAt]));
  }

  /**
   * Sets the status. Not a guarded transition: FerretDB's conditional updates are not atomic,
   * so callers serialise transitions themselves (e.g. insert-only records under a unique index).
   */
  async setStatus(scope: RecordScope, id: string, status: RequestStatus): Promise<void> {
    if (!(await this.inScope(scope, id))) return;
    await this.model
      .updateOne({ _id: new Types.ObjectId(id) }, { $set: { status, updatedAt: new Date() } })
      .exec();
  }

  /** Changes what a request asks for; the caller re-validates the whole request first. */
  async update(
    scope: RecordScope,
    id: string,
    changes: SupportRequestChanges,
  ): Promise<SupportRequest | null> {
    if (!(await this.inScope(scope, id))) return null;
    const set: Record<string, unknown> = { updatedAt: new Date() };
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) continue;
      set[key] =
        key === 'excludedProviderIds'
          ? (value as string[]).map((providerId) => new Types.ObjectId(providerId))
          : Array.isArray(value)
            ? [...value]
            : value;
    }
    await this.model.updateOne({ _id: new Types.ObjectId(id) }, { $set: set }).exec();
    return this.findInScope(scope, id);
  }

  /** Leaves an offering out of this request's shortlist from now on (idempotent). */
  async excludeOffering(scope: RecordScope, id: string, offeringId: string): Promise<void> {
    if (!(await this.inScope(scope, id))) return;
    await this.model
      .updateOne(
        { _id: new Types.ObjectId(id) },
        { $addToSet: { excludedOfferingIds: offeringId }, $set: { updatedAt: new Date() } },
      )
      .exec();
  }

  async setPreferredOffering(
    scope: RecordScope,
    id: string,
    offeringId: string | null,
  ): Promise<void> {
    if (!(await this.inScope(scope, id))) return;
    await this.model
      .updateOne(
        { _id: new Types.ObjectId(id) },
        { $set: { preferredOfferingId: offeringId, updatedAt: new Date() } },
      )
      .exec();
  }
}

/** Scope and filter, without the status. */
function listQuery(
  scope: AccessScope,
  filter: RequestListFilter,
): QueryFilter<SupportRequestDocument> {
  const scoped = scopeFilter(scope, REQUEST_FIELDS);
  const query: QueryFilter<SupportRequestDocument> = { ...scoped };
  if (filter.productCode) query.productCode = filter.productCode;
  if (filter.urgency) query.urgency = filter.urgency;
  if (filter.municipalityCode) {
    // Both the scope and the filter: a municipality outside the scope lists nothing.
    const allowed = scoped.municipalityCode as { $in: string[] } | undefined;
    if (allowed && !allowed.$in.includes(filter.municipalityCode)) return { ...NOTHING };
    query.municipalityCode = filter.municipalityCode;
  }
  return query;
}

function toSupportRequest(doc: SupportRequestDocument): SupportRequest {
  return {
    id: doc._id.toHexString(),
    reference: doc.reference,
    status: doc.status,
    municipalityCode: doc.municipalityCode,
    postcode: doc.postcode,
    productCode: doc.productCode,
    specialisms: doc.specialisms,
    urgency: doc.urgency,
    maxDistanceKm: doc.maxDistanceKm,
    preferredLanguages: doc.preferredLanguages,
    requiredLanguages: doc.requiredLanguages,
    financing: doc.financing,
    strategicPartnerMismatch: doc.strategicPartnerMismatch,
    excludeStrategicPartners: doc.excludeStrategicPartners,
    excludedProviderIds: doc.excludedProviderIds.map((id) => id.toHexString()),
    excludedOfferingIds: doc.excludedOfferingIds ?? [],
    preferredOfferingId: doc.preferredOfferingId ?? null,
    acceptsWaitingList: doc.acceptsWaitingList,
    maxWaitingWeeks: doc.maxWaitingWeeks,
    createdByUserId: doc.createdByUserId.toHexString(),
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}
