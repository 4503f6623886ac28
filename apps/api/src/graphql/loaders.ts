import DataLoader from 'dataloader';
import type { Offering, Provider, User } from '@wmo/domain';
import type { OfferingRepository, ProviderRepository, UserRepository } from '@wmo/persistence';

/** Per-request batch loaders, so a list resolves its providers and offerings in one query. */
export interface GraphqlLoaders {
  provider: DataLoader<string, Provider | null>;
  offering: DataLoader<string, Offering | null>;
  user: DataLoader<string, User | null>;
}

export function createLoaders(
  providers: ProviderRepository,
  offerings: OfferingRepository,
  users: UserRepository,
): GraphqlLoaders {
  return {
    provider: new DataLoader(async (ids) => byId(ids, await providers.findByIds(ids))),
    offering: new DataLoader(async (ids) => byId(ids, await offerings.findByIds(ids))),
    user: new DataLoader(async (ids) => byId(ids, await users.findByIds(ids))),
  };
}

function byId<T extends { id: string }>(ids: readonly string[], items: T[]): (T | null)[] {
  const map = new Map(items.map((item) => [item.id, item]));
  return ids.map((id) => map.get(id) ?? null);
}
