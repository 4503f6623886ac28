import DataLoader from 'dataloader';
import {
  recordScopeOf,
  type Actor,
  type Offering,
  type Provider,
  type ShortlistRevision,
  type SupportRequest,
  type User,
} from '@wmo/domain';
import type { ProviderRepository, UserRepository } from '@wmo/persistence';
import type { OfferingReadCache } from '../requests/caches/offering-read-cache';
import type { RequestReadCache } from '../requests/caches/request-read-cache';
import type { ShortlistReadCache } from '../requests/caches/shortlist-read-cache';

/**
 * Per-request batch loaders (one registry per GraphQL operation), so a list resolves its
 * providers, offerings, shortlists and preferred options in one read each, and a field asked
 * twice in one operation is read once.
 */
export interface GraphqlLoaders {
  provider: DataLoader<string, Provider | null>;
  offering: DataLoader<string, Offering | null>;
  user: DataLoader<string, User | null>;
  /**
   * A request by id in the caller's scope (null: absent or outside it): read once per
   * operation for the request itself and for its shortlist's "why not" counts.
   */
  request: DataLoader<string, SupportRequest | null>;
  /** A request's current shortlist, by request id (heads in one Redis read). */
  shortlist: DataLoader<string, ShortlistRevision | null>;
  /** A request's preferred option (null: none chosen), by request id. */
  preferredOffering: DataLoader<string, string | null>;
}

/** What the loaders read from. */
export interface LoaderSources {
  readonly providers: ProviderRepository;
  /** Offerings as current as the database when the read began (see the README's "Caches"). */
  readonly offerings: OfferingReadCache;
  readonly users: UserRepository;
  /** Open requests as current as the database when the read began (README "Caches"). */
  readonly requests: RequestReadCache;
  readonly shortlists: ShortlistReadCache;
}

/**
 * `actorOf` names the caller when a batch runs (the guard sets it after the context is made):
 * reads of a person's data go through the caller's own scope.
 */
export function createLoaders(
  sources: LoaderSources,
  actorOf: () => Actor | undefined,
): GraphqlLoaders {
  const { providers, offerings, users, requests, shortlists } = sources;
  const request = new DataLoader<string, SupportRequest | null>(async (ids) => {
    const actor = actorOf();
    return actor ? requests.findInScope(recordScopeOf(actor), ids) : ids.map(() => null);
  });
  return {
    provider: new DataLoader(async (ids) => byId(ids, await providers.findByIds(ids))),
    offering: new DataLoader((ids) => offerings.findByIds(ids)),
    user: new DataLoader(async (ids) => byId(ids, await users.findByIds(ids))),
    request,
    shortlist: new DataLoader((ids) => shortlists.latestOf(ids)),
    // From the same copy of the request as the rest of the operation.
    preferredOffering: new DataLoader(async (ids) =>
      (await request.loadMany(ids)).map((found) =>
        found instanceof Error ? null : (found?.preferredOfferingId ?? null),
      ),
    ),
  };
}

function byId<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const map = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}
