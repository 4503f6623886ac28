import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types } from 'mongoose';
import {
  ForbiddenError,
  isResidentLinkActive,
  mayChangeRequest,
  mayReadCaseFile,
  type RecordScope,
  type ResidentLink,
  type SupportRequest,
} from '@wmo/domain';
import { isObjectId } from '../object-ids';
import { RESIDENT_LINK_MODEL, type ResidentLinkDocument } from './resident-link.schema';

export interface NewResidentLink {
  readonly tokenHash: string;
  readonly createdByUserId: string;
  readonly expiresAt: Date;
}

/** The request a link belongs to, as the caller read it in its scope. */
export type ScopedRequest = Pick<SupportRequest, 'id' | 'municipalityCode'>;

@Injectable()
export class ResidentLinkRepository {
  constructor(
    @InjectModel(RESIDENT_LINK_MODEL) private readonly model: Model<ResidentLinkDocument>,
  ) {}

  async create(
    scope: RecordScope,
    request: ScopedRequest,
    input: NewResidentLink,
  ): Promise<ResidentLink> {
    if (!mayChangeRequest(scope, request)) throw new ForbiddenError();
    const doc = await this.model.create({
      tokenHash: input.tokenHash,
      requestId: new Types.ObjectId(request.id),
      createdByUserId: new Types.ObjectId(input.createdByUserId),
      createdAt: new Date(),
      expiresAt: input.expiresAt,
      revokedAt: null,
    });
    return toResidentLink(doc.toObject());
  }

  async findByTokenHash(tokenHash: string): Promise<ResidentLink | null> {
    const doc = await this.model.findOne({ tokenHash }).lean<ResidentLinkDocument>().exec();
    return doc ? toResidentLink(doc) : null;
  }

  async findById(id: string): Promise<ResidentLink | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.model.findById(id).lean<ResidentLinkDocument>().exec();
    return doc ? toResidentLink(doc) : null;
  }

  /** The request's links that work at `now`, newest first; none outside the scope. */
  async findActiveForRequest(
    scope: RecordScope,
    request: ScopedRequest,
    now: Date,
  ): Promise<ResidentLink[]> {
    if (!mayReadCaseFile(scope, request)) return [];
    const docs = await this.model
      .find({ requestId: new Types.ObjectId(request.id), revokedAt: null })
      .sort({ createdAt: -1 })
      .lean<ResidentLinkDocument[]>()
      .exec();
    return docs.map(toResidentLink).filter((link) => isResidentLinkActive(link, now));
  }

  /**
   * Revokes the request's links that are not revoked yet; `keep` (a link just issued) stays,
   * and so does anything issued after it. Returns how many were revoked.
   */
  async revokeForRequest(
    scope: RecordScope,
    request: ScopedRequest,
    keep?: ResidentLink,
  ): Promise<number> {
    if (!mayChangeRequest(scope, request)) return 0;
    const result = await this.model
      .updateMany(
        {
          requestId: new Types.ObjectId(request.id),
          revokedAt: null,
          ...(keep
            ? { _id: { $ne: new Types.ObjectId(keep.id) }, createdAt: { $lte: keep.createdAt } }
            : {}),
        },
        { $set: { revokedAt: new Date() } },
      )
      .exec();
    return result.modifiedCount;
  }
}

function toResidentLink(doc: ResidentLinkDocument): ResidentLink {
  return {
    id: doc._id.toHexString(),
    requestId: doc.requestId.toHexString(),
    createdByUserId: doc.createdByUserId.toHexString(),
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    revokedAt: doc.revokedAt ?? null,
  };
}
