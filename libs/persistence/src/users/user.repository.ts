import { findByIds } from '../find-by-ids';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, type QueryFilter } from 'mongoose';
import type { Role, User } from '@wmo/domain';
import { isDuplicateKeyError, isObjectId } from '../object-ids';
import { newestFirstPage, type Page } from '../page';
import { containsPattern } from '../text-search';
import { USER_MODEL, type UserDocument } from './user.schema';

export interface NewUser {
  readonly email: string;
  readonly name?: string | null;
  readonly passwordHash: string;
  readonly role: Role;
  readonly municipalityCodes: readonly string[];
  readonly providerId: string | null;
}

export interface UserListFilter {
  readonly role?: Role;
  readonly text?: string;
}

export interface UserWithPasswordHash {
  readonly user: User;
  readonly passwordHash: string;
}

@Injectable()
export class UserRepository {
  constructor(@InjectModel(USER_MODEL) private readonly model: Model<UserDocument>) {}

  /** Returns null when the email is taken (the unique index decides, also under races). */
  async create(input: NewUser): Promise<User | null> {
    try {
      const doc = await this.model.create({
        ...input,
        name: input.name ?? null,
        municipalityCodes: [...input.municipalityCodes],
        providerId: input.providerId ? new Types.ObjectId(input.providerId) : null,
        createdAt: new Date(),
      });
      return toUser(doc.toObject());
    } catch (error) {
      if (isDuplicateKeyError(error)) return null;
      throw error;
    }
  }

  async findById(id: string): Promise<User | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.model.findById(id).lean<UserDocument>().exec();
    return doc ? toUser(doc) : null;
  }

  findByIds(ids: readonly string[]): Promise<User[]> {
    return findByIds<UserDocument, User>(this.model, ids, toUser);
  }

  /** The users who act for a provider (each is told of its referrals). */
  async findByProvider(providerId: string): Promise<User[]> {
    if (!isObjectId(providerId)) return [];
    const docs = await this.model
      .find({ role: 'PROVIDER', providerId: new Types.ObjectId(providerId) })
      .lean<UserDocument[]>()
      .exec();
    return docs.map(toUser);
  }

  /**
   * Every account, newest first (administrators manage them); `text` finds a part of the name
   * or the email address.
   */
  page(filter: UserListFilter, first: number, after: string | null): Promise<Page<User>> {
    const query: QueryFilter<UserDocument> = {};
    if (filter.role) query.role = filter.role;
    if (filter.text) {
      const pattern = containsPattern(filter.text);
      query.$or = [{ name: { $regex: pattern } }, { email: { $regex: pattern } }];
    }
    return newestFirstPage(this.model, query, first, after, toUser);
  }

  async findByEmailWithPasswordHash(email: string): Promise<UserWithPasswordHash | null> {
    const doc = await this.model
      .findOne({ email: email.trim().toLowerCase() })
      .lean<UserDocument>()
      .exec();
    return doc ? { user: toUser(doc), passwordHash: doc.passwordHash } : null;
  }
}

function toUser(doc: UserDocument): User {
  return {
    id: doc._id.toHexString(),
    email: doc.email,
    name: doc.name ?? null,
    role: doc.role,
    municipalityCodes: doc.municipalityCodes,
    providerId: doc.providerId ? doc.providerId.toHexString() : null,
  };
}
