import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createProvider, createUser, loginAsAdmin, unique } from '../support/scenario';
import { testEnv } from '../support/test-env';
import { appUrl, expectAccessible, HOME, logIn, screenshot, setUpBrowser } from './browser';

const { openPage } = setUpBrowser();

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/**
 * A social map of one provider with one offering in Weesp (no other suite's requests live
 * there), with ids of its own; `productCode` lets a test make the offering wrong.
 */
function aSocialMap(productCode: string) {
  const org = unique('org');
  const service = unique('svc');
  return {
    organizations: [{ id: org, name: unique('Dagbesteding Weesp'), description: '' }],
    locations: [{ id: 'weesp', location_type: 'physical', addresses: [{ postal_code: '1381' }] }],
    services: [
      {
        id: service,
        organization_id: org,
        status: 'active',
        service_areas: [{ name: 'Amsterdam (Weesp)' }],
        service_at_locations: [{ location_id: 'weesp' }],
        capacities: [{ available: 1, maximum: 4 }],
        x_wmo: {
          product_code: productCode,
          specialisms: [],
          financing: ['ZIN'],
          waiting_weeks: 3,
        },
      },
    ],
  };
}

/** At 320 px wide nothing sticks out of the page, and axe still finds nothing. */
async function expectFitsNarrowScreen(page: Page, state: string): Promise<void> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect({ state, overflow }).toEqual({ state, overflow: 0 });
  await expectAccessible(page, `${state} at 320 px`);
  if (before) await page.setViewportSize(before);
}

async function fileWith(content: unknown): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'hsds-')), 'sociale-kaart.json');
  await writeFile(path, JSON.stringify(content));
  return path;
}

describe('exchanging files', () => {
  it('an administrator downloads the social map, checks a file with a mistake, then reads in a good one', async () => {
    const provider = await createProvider(await loginAsAdmin());
    const { context, page, problems } = await openPage();
    const { appEnv } = testEnv();
    await logIn(
      page,
      appEnv.BOOTSTRAP_ADMIN_EMAIL ?? '',
      HOME.admin,
      appEnv.BOOTSTRAP_ADMIN_PASSWORD ?? '',
    );
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Uitwisselen' })
      .click();
    await heading(page, 'Uitwisselen').waitFor();
    await expectAccessible(page, 'exchange page');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sociale kaart downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('sociale-kaart-hsds.json');
    const exported = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
      hsds_version: string;
      organizations: { name: string }[];
    };
    expect(exported.hsds_version).toBe('3.1');
    expect(exported.organizations.map((o) => o.name)).toContain(provider.name);

    // A file with an unknown product: the reason in Dutch, and nothing to read in.
    const wrong = aSocialMap('DAGBESTEDING_ONBEKEND');
    await page.getByLabel('Bestand met de sociale kaart').setInputFiles(await fileWith(wrong));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    const rejected = page.getByRole('table', { name: 'Onderdelen die niet kloppen' });
    await rejected.waitFor();
    const row = rejected.getByRole('row').filter({ hasText: wrong.services[0]!.id });
    await row.getByText('Het product "DAGBESTEDING_ONBEKEND" bestaat niet.').waitFor();
    await row.getByText('Aanbod', { exact: true }).waitFor();
    await page
      .getByText('1 onderdeel van het bestand klopt niet. Er is niets ingelezen.', {
        exact: false,
      })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Inlezen' }).count()).toBe(0);
    await expectAccessible(page, 'exchange page with rejected records');
    await screenshot(page, 'beheer-uitwisselen-afgekeurd');
    await expectFitsNarrowScreen(page, 'exchange page with rejected records');

    // A good file: checked first (nothing changes), then read in.
    const good = aSocialMap('DB_SPECIALISTISCH');
    await page.getByLabel('Bestand met de sociale kaart').setInputFiles(await fileWith(good));
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('Het bestand is in orde.', { exact: false }).waitFor();
    await page.getByText('Aanbod: 1 nieuw, 0 gewijzigd, 0 ongewijzigd').waitFor();
    await expectAccessible(page, 'exchange page with a file in order');
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.getByText('De sociale kaart is ingelezen.').waitFor();
    await expectAccessible(page, 'exchange page after reading in');
    await screenshot(page, 'beheer-uitwisselen');

    // What was read in is on the map the next download gives.
    const [again] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sociale kaart downloaden' }).click(),
    ]);
    const services = (
      JSON.parse(await readFile((await again.path()) ?? '', 'utf8')) as {
        services: { id: string }[];
      }
    ).services.map((service) => service.id);
    expect(services).toContain(good.services[0]!.id);
    expect(services).not.toContain(wrong.services[0]!.id);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('a consultant downloads the placements of their municipalities, after a wrong period is pointed out', async () => {
    const consultant = await createUser(await loginAsAdmin(), {
      role: 'STAFF',
      municipalityCodes: ['GM0406', 'GM0417'],
      name: 'Pim de Boer',
    });
    const { context, page, problems } = await openPage();
    await logIn(page, consultant.email, HOME.staff);
    await page.goto(appUrl('/plaatsingen'));
    await heading(page, 'Plaatsingen exporteren').waitFor();
    await page.getByRole('option', { name: 'Laren' }).waitFor({ state: 'attached' });
    await expectAccessible(page, 'placement export');
    await screenshot(page, 'plaatsingen-exporteren');
    await expectFitsNarrowScreen(page, 'placement export');

    await page.getByLabel('Van').fill('2026-04-30');
    await page.getByLabel('Tot en met').fill('2026-01-01');
    await page.getByRole('button', { name: 'Plaatsingen downloaden' }).click();
    await page.getByText('De einddatum ligt voor de begindatum.').waitFor();
    expect(await page.getByLabel('Tot en met').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'placement export with a wrong period');

    await page.getByLabel('Tot en met').fill('2026-04-30');
    await page.getByLabel('Van').fill('2026-01-01');
    await page.getByLabel('Gemeente').selectOption({ label: 'Huizen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Plaatsingen downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('toewijzingen-2026-01-01-2026-04-30.csv');
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      'gemeente;aanbieder;aanbiedernaam;clientreferentie;toewijzingnummer;productcategorie;' +
        'productcode;ingangsdatum;einddatum;volume;eenheid;frequentie;budget;redenwijziging',
    );
    await page.getByText('Het bestand is gedownload.').waitFor();
    await expectAccessible(page, 'placement export downloaded');
    expect(problems()).toEqual([]);
    await context.close();
  });
});
