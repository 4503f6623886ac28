import { findByIds } from '../find-by-ids';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model, Types, type QueryFilter } from 'mongoose';
import type { Provider } from '@wmo/domain';
import type { WithExternalId } from '../exchange-ids';
import { isObjectId } from '../object-ids';
import { newestFirstPage, type Page } from '../page';
import { containsPattern } from '../text-search';
import { PROVIDER_MODEL, type ProviderDocument } from './provider.schema';

export type NewProvider = Omit<Provider, 'id' | 'createdAt'>;

export interface ProviderListFilter {
  /** A part of the name. */
  readonly text?: string;
  readonly strategicPartner?: boolean;
}

@Injectable()
export class ProviderRepository {
  constructor(@InjectModel(PROVIDER_MODEL) private readonly model: Model<ProviderDocument>) {}

  async create(input: NewProvider): Promise<Provider> {
    const doc = await this.model.create({
      ...input,
      languages: [...input.languages],
      createdAt: new Date(),
    });
    return toProvider(doc.toObject());
  }

  /** Creates a provider under a given id (an import); see exchangeObjectId. */
  async createWithId(id: string, input: NewProvider, externalId: string | null): Promise<Provider> {
    const doc = await this.model.create({
      ...input,
      _id: new Types.ObjectId(id),
      languages: [...input.languages],
      externalId,
      createdAt: new Date(),
    });
    return toProvider(doc.toObject());
  }

  /** Sets a provider's fields (an import); last writer wins. */
  async update(id: string, input: NewProvider): Promise<Provider | null> {
    const doc = await this.model
      .findOneAndUpdate(
        { _id: new Types.ObjectId(id) },
        { $set: { ...input, languages: [...input.languages] } },
        { returnDocument: 'after' },
      )
      .lean<ProviderDocument>()
      .exec();
    return doc ? toProvider(doc) : null;
  }

  /** Every provider with the id it was imported under, oldest first (the HSDS export). */
  async findAllWithExternalIds(): Promise<WithExternalId<Provider>[]> {
    const docs = await this.model.find({}).sort({ _id: 1 }).lean<ProviderDocument[]>().exec();
    return docs.map((doc) => ({ record: toProvider(doc), externalId: doc.externalId ?? null }));
  }

  async findById(id: string): Promise<Provider | null> {
    if (!isObjectId(id)) return null;
    const doc = await this.model.findById(id).lean<ProviderDocument>().exec();
    return doc ? toProvider(doc) : null;
  }

  findByIds(ids: readonly string[]): Promise<Provider[]> {
    return findByIds<ProviderDocument, Provider>(this.model, ids, toProvider);
  }

  /** Providers, newest first: administrators and staff choose one from this list. */
  page(filter: ProviderListFilter, first: number, after: string | null): Promise<Page<Provider>> {
    const query: QueryFilter<ProviderDocument> = {};
    if (filter.text) query.name = { $regex: containsPattern(filter.text) };
    if (filter.strategicPartner !== undefined) query.strategicPartner = filter.strategicPartner;
    return newestFirstPage(this.model, query, first, after, toProvider);
  }

  async findByNameFragment(text: string): Promise<Provider[]> {
    const docs = await this.model
      .find({ name: { $regex: containsPattern(text) } })
      .lean<ProviderDocument[]>()
      .exec();
    return docs.map(toProvider);
  }
}

function toProvider(doc: ProviderDocument): Provider {
  return {
    id: doc._id.toHexString(),
    name: doc.name,
    strategicPartner: doc.strategicPartner,
    languages: doc.languages,
    kvkNumber: doc.kvkNumber,
    agbCode: doc.agbCode,
    createdAt: doc.createdAt,
  };
}
