import { loadavg } from 'node:os';
import { MUNICIPALITIES, POSTCODE_AREAS, PRODUCTS } from '@wmo/reference';
import { numberFlag, parseFlags } from './cli';
import { startStack, type ChurnStack } from './churn/stack';
import { elapsedMs, formatMs, printTable } from './stats';

/**
 * Loading a social map of the region's size through the HSDS import, against the same providers
 * and offerings created one by one with the GraphQL mutations (createProvider, createOffering) in
 * the same run — what an administrator would otherwise script. Then a dry run, a re-import of
 * the same file (all unchanged: every offering announced again) and the export.
 *
 *   npm run build && node dist/bench/hsds-exchange.bench.js [--offerings 1000]
 */
async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ['offerings']);
  const offerings = numberFlag(flags, 'offerings') ?? 1000;
  const providers = Math.max(1, Math.round(offerings / 5));
  process.stdout.write(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n${providers} providers, ${offerings} offerings, FerretDB (SQLite)\n\n`,
  );
  const stack = await startStack('warn');
  try {
    await stack.startApps();
    const admin = await login(stack);

    // Baseline first: its records make the collections larger for the import that follows.
    const mutationStart = process.hrtime.bigint();
    await createWithMutations(stack, admin, aSocialMap('gql', providers, offerings));
    const mutationMs = elapsedMs(mutationStart);

    const map = aSocialMap('hsds', providers, offerings);
    const timed = async (run: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await run();
      return elapsedMs(start);
    };
    await settled(stack, admin);
    const dryRunMs = await timed(() => importMap(stack, admin, map, false));
    const importMs = await timed(() => importMap(stack, admin, map, true));
    const settleMs = await timed(() => settled(stack, admin));
    const againMs = await timed(() => importMap(stack, admin, map, true));
    const settleAgainMs = await timed(() => settled(stack, admin));
    const exportMs = await timed(() => call(stack, admin, 'GET', 'hsds'));
    const ratio = (ms: number) => `${(ms / mutationMs).toFixed(2)}x`;
    printTable([
      ['', 'time', 'ratio to the mutations'],
      ['GraphQL mutations, one by one (baseline)', formatMs(mutationMs), '1.00x'],
      ['HSDS import, dry run', formatMs(dryRunMs), ratio(dryRunMs)],
      ['HSDS import, all new', formatMs(importMs), ratio(importMs)],
      ['  then until the matching queue is empty', formatMs(settleMs), ratio(settleMs)],
      ['HSDS import again, all unchanged', formatMs(againMs), ratio(againMs)],
      ['  then until the matching queue is empty', formatMs(settleAgainMs), ratio(settleAgainMs)],
      [`HSDS export (${2 * offerings} offerings)`, formatMs(exportMs), ratio(exportMs)],
    ]);
  } finally {
    await stack.stop();
  }
}

interface SocialMap {
  organizations: { id: string; name: string; x_wmo: { languages: string[] } }[];
  locations: { id: string; location_type: 'physical'; addresses: { postal_code: string }[] }[];
  services: {
    id: string;
    organization_id: string;
    status: 'active';
    service_areas: { uri: string }[];
    service_at_locations: { location_id: string }[];
    capacities: { available: number; maximum: number }[];
    x_wmo: {
      product_code: string;
      specialisms: string[];
      financing: string[];
      max_travel_km: number;
      waiting_weeks: number;
    };
  }[];
}

/** A deterministic map: offerings spread over products, PC4 areas and the region's municipalities. */
function aSocialMap(prefix: string, providers: number, offerings: number): SocialMap {
  const areas = POSTCODE_AREAS.filter((area) => area.inRegion);
  const region = MUNICIPALITIES.filter((m) => m.inRegion);
  return {
    organizations: Array.from({ length: providers }, (_, i) => ({
      id: `${prefix}-org-${i}`,
      name: `Aanbieder ${prefix} ${i}`,
      x_wmo: { languages: ['nl'] },
    })),
    locations: areas.map((area) => ({
      id: `${prefix}-loc-${area.pc4}`,
      location_type: 'physical',
      addresses: [{ postal_code: area.pc4 }],
    })),
    services: Array.from({ length: offerings }, (_, i) => {
      const area = areas[i % areas.length]!;
      const served = [region[i % region.length]!, region[(i + 3) % region.length]!];
      return {
        id: `${prefix}-svc-${i}`,
        organization_id: `${prefix}-org-${i % providers}`,
        status: 'active',
        service_areas: served.map((m) => ({
          uri: `https://identifier.overheid.nl/tooi/id/gemeente/${m.code.toLowerCase()}`,
        })),
        service_at_locations: [{ location_id: `${prefix}-loc-${area.pc4}` }],
        capacities: [{ available: i % 4, maximum: 10 }],
        x_wmo: {
          product_code: PRODUCTS[i % PRODUCTS.length]!.code,
          specialisms: [],
          financing: ['ZIN'],
          max_travel_km: 20,
          waiting_weeks: i % 6,
        },
      };
    }),
  };
}

async function createWithMutations(stack: ChurnStack, token: string, map: SocialMap) {
  const providerIds = new Map<string, string>();
  for (const organization of map.organizations) {
    const data = await graphql<{ createProvider: { id: string } }>(
      stack,
      'mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }',
      { i: { name: organization.name, strategicPartner: false, languages: ['nl'] } },
      token,
    );
    providerIds.set(organization.id, data.createProvider.id);
  }
  const pc4 = new Map(map.locations.map((l) => [l.id, l.addresses[0]!.postal_code]));
  for (const service of map.services) {
    await graphql(
      stack,
      'mutation($i: CreateOfferingInput!) { createOffering(input: $i) { id } }',
      {
        i: {
          providerId: providerIds.get(service.organization_id),
          productCode: service.x_wmo.product_code,
          specialisms: [],
          postcode: pc4.get(service.service_at_locations[0]!.location_id),
          municipalitiesServed: service.service_areas.map((a) => a.uri.slice(-6).toUpperCase()),
          maxTravelKm: 20,
          totalPlaces: 10,
          freePlaces: service.capacities[0]!.available,
          waitingWeeks: service.x_wmo.waiting_weeks,
          financing: ['ZIN'],
        },
      },
      token,
    );
  }
}

/** Waits until the worker has handled every matching job and the recompute backlog is empty. */
async function settled(stack: ChurnStack, token: string): Promise<void> {
  for (;;) {
    const { matchingStatus } = await graphql<{
      matchingStatus: { pending: number; backlog: number };
    }>(stack, '{ matchingStatus { pending backlog } }', {}, token);
    if (matchingStatus.pending === 0 && matchingStatus.backlog === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function importMap(stack: ChurnStack, token: string, map: SocialMap, apply: boolean) {
  const report = (await call(stack, token, 'POST', `hsds?dryRun=${!apply}`, map)) as {
    rejected: unknown[];
  };
  if (report.rejected.length > 0) throw new Error(JSON.stringify(report.rejected.slice(0, 3)));
}

async function call(
  stack: ChurnStack,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await fetch(`${stack.apiUrl}/exchange/${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.json();
}

async function graphql<T>(
  stack: ChurnStack,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function login(stack: ChurnStack): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    stack,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
    { e: stack.admin.email, p: stack.admin.password },
  );
  return data.login.accessToken;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
