import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { findRepoRoot } from '@wmo/dev-services';
import { numberFlag, parseFlags } from './cli';
import { startStack, type ChurnStack } from './churn/stack';
import { median, percentile, printTable } from './stats';

/**
 * What the resident's phone loads and how soon it shows the shortlist.
 * 1. Bytes: every asset `inwoner.html` loads, gzipped, against the staff app's (`index.html`).
 * 2. Time from navigation to the first option on screen (Chromium, 360×640, empty cache each
 *    run), unthrottled and as a mid-range phone on slow 4G (150 ms RTT, 1.6 Mbit/s, CPU 4×
 *    slower: Lighthouse's mobile profile), against the same data fetched with one plain
 *    GraphQL request in the same run.
 *
 *   npm run build && node dist/bench/resident-page.bench.js [--runs 15]
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const flags = parseFlags(process.argv.slice(2), ['runs']);
  const runs = numberFlag(flags, 'runs') ?? 15;
  const root = findRepoRoot(__dirname);
  process.stdout.write(
    `load average at start: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n\n`,
  );
  printBundleSizes(join(root, 'dist', 'web'));

  const stack = await startStack('warn');
  let browser: Browser | undefined;
  try {
    await stack.startApps();
    const token = await seedResident(stack);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const rows: string[][] = [['', 'median', 'p95', 'runs', 'ratio to the plain request']];
    const raw = await timeRuns(runs, () => plainRequest(stack.apiUrl, token));
    rows.push([
      'plain GraphQL request (baseline)',
      ms(median(raw)),
      ms(percentile(raw, 95)),
      String(runs),
      '1.0x',
    ]);
    for (const profile of PROFILES) {
      const times = await timeRuns(runs, () =>
        timeToShortlist(browser!, stack.apiUrl, token, profile),
      );
      rows.push([
        `page → first option, ${profile.name}`,
        ms(median(times)),
        ms(percentile(times, 95)),
        String(runs),
        `${(median(times) / median(raw)).toFixed(1)}x`,
      ]);
    }
    printTable(rows);
  } finally {
    await browser?.close();
    await stack.stop();
  }
  process.stdout.write(
    `\nload average at end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}\n`,
  );
}

function printBundleSizes(webDir: string): void {
  const pageSize = (page: string) => {
    const html = readFileSync(join(webDir, page), 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(
      (m) => m[1] as string,
    );
    const files = [page, ...assets.map((asset) => asset.slice(1))];
    let raw = 0;
    let gzip = 0;
    for (const file of files) {
      const bytes = readFileSync(join(webDir, file));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { files: files.length, raw, gzip };
  };
  const resident = pageSize('inwoner.html');
  const app = pageSize('index.html');
  printTable([
    ['page', 'files', 'raw', 'gzip', 'gzip vs staff app'],
    [
      'resident (inwoner.html)',
      String(resident.files),
      kb(resident.raw),
      kb(resident.gzip),
      `${((100 * resident.gzip) / app.gzip).toFixed(0)} %`,
    ],
    ['staff app (index.html, baseline)', String(app.files), kb(app.raw), kb(app.gzip), '100 %'],
  ]);
  process.stdout.write("(the staff app also loads each area's pages on demand; not counted)\n\n");
}

interface Profile {
  readonly name: string;
  readonly network?: { latency: number; downloadThroughput: number; uploadThroughput: number };
  readonly cpuSlowdown?: number;
}

const PROFILES: readonly Profile[] = [
  { name: 'unthrottled' },
  {
    name: 'slow 4G, CPU 4x',
    network: {
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    },
    cpuSlowdown: 4,
  },
];

async function timeToShortlist(
  browser: Browser,
  apiUrl: string,
  token: string,
  profile: Profile,
): Promise<number> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    locale: 'nl-NL',
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (profile.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    }
    if (profile.cpuSlowdown)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
    const start = performance.now();
    await page.goto(`${apiUrl}/inwoner#${token}`);
    await page.locator('.wmo-option').first().waitFor({ timeout: 60_000 });
    return performance.now() - start;
  } finally {
    await context.close();
  }
}

async function plainRequest(apiUrl: string, token: string): Promise<number> {
  const start = performance.now();
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query:
        '{ myRequest { id status productCode municipalityCode preferredOfferingId shortlist { revision options { rank offeringId providerName distanceKm waitingWeeks freePlaces waitingList stale reasons { code label } } } } }',
    }),
  });
  const body = (await response.json()) as {
    data?: { myRequest?: { shortlist?: { options: unknown[] } } };
  };
  if (!body.data?.myRequest?.shortlist?.options.length)
    throw new Error('no shortlist in the answer');
  return performance.now() - start;
}

async function timeRuns(runs: number, once: () => Promise<number>): Promise<number[]> {
  await once(); // warm-up, not counted
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await once());
  return times;
}

/** A request with five options and a resident link, made through the api as people would. */
async function seedResident(stack: ChurnStack): Promise<string> {
  const call = async <T>(query: string, variables: Record<string, unknown>, token?: string) => {
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
  };
  const login = (email: string, password: string) =>
    call<{ login: { accessToken: string } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }',
      { e: email, p: password },
    ).then((d) => d.login.accessToken);
  const admin = await login(stack.admin.email, stack.admin.password);
  const password = 'bench-wachtwoord-123';
  await call(
    'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
    {
      i: { email: 'consulent@bench.local', password, role: 'STAFF', municipalityCodes: ['GM0402'] },
    },
    admin,
  );
  const staff = await login('consulent@bench.local', password);
  for (let i = 0; i < 8; i++) {
    const { createProvider } = await call<{ createProvider: { id: string } }>(
      'mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }',
      { i: { name: `Zorgaanbieder ${i + 1}`, strategicPartner: false, languages: ['nl'] } },
      staff,
    );
    await call(
      'mutation($i: CreateOfferingInput!) { createOffering(input: $i) { id } }',
      {
        i: {
          providerId: createProvider.id,
          productCode: 'BEG_REGULIER',
          specialisms: ['GGZ', 'LVB'].slice(0, 1 + (i % 2)),
          postcode: ['1211', '1213', '1215', '1217', '1221', '1222', '1223', '1216'][i],
          municipalitiesServed: ['GM0402'],
          maxTravelKm: 25,
          totalPlaces: 10,
          freePlaces: 1 + (i % 4),
          waitingWeeks: i % 3,
          financing: ['ZIN'],
        },
      },
      staff,
    );
  }
  const { createRequest } = await call<{ createRequest: { id: string } }>(
    'mutation($i: CreateRequestInput!) { createRequest(input: $i) { id } }',
    {
      i: {
        municipalityCode: 'GM0402',
        postcode: '1215',
        productCode: 'BEG_REGULIER',
        specialisms: ['GGZ'],
        urgency: 'SOON',
        strategicPartnerMismatch: 'bench',
      },
    },
    staff,
  );
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { request } = await call<{ request: { shortlist: { options: unknown[] } | null } }>(
      'query($id: ID!) { request(id: $id) { shortlist { options { rank } } } }',
      { id: createRequest.id },
      staff,
    );
    if ((request.shortlist?.options.length ?? 0) > 0) break;
    if (Date.now() > deadline) throw new Error('the shortlist was not computed within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const { createResidentLink } = await call<{ createResidentLink: { token: string } }>(
    'mutation($id: ID!) { createResidentLink(requestId: $id) { token } }',
    { id: createRequest.id },
    staff,
  );
  return createResidentLink.token;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (value: number) => `${Math.round(value)} ms`;

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
