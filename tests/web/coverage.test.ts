import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
  PASSWORD,
  unique,
} from '../support/scenario';
import { testEnv } from '../support/test-env';
import { expectAccessible, HOME, logIn, PHONE, screenshot, setUpBrowser } from './browser';

/**
 * Laren (GM0417) and BEG_SPECIFIEKE_DOELGROEPEN with PGA: a market no other suite uses, so the
 * gap this file makes is the one the page shows for that product.
 */
const MUNICIPALITY = { code: 'GM0417', name: 'Laren' };

const PRODUCT_NAME =
  'Specialistische begeleiding zorgmijders; verzameldrang; (ex-)gedetineerden; PGA';

const { openPage } = setUpBrowser();

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

describe('coverage and demand in the browser', () => {
  it('lets an administrator create a policy maker, who sees the gaps as tables and charts and downloads them', async () => {
    const admin = await loginAsAdmin();
    const staff = await createUser(admin, {
      role: 'STAFF',
      municipalityCodes: [MUNICIPALITY.code],
    });
    // Three requests for a product nobody offers in Laren: a gap.
    for (let index = 0; index < 3; index++) {
      await createRequest(staff.token, {
        municipalityCode: MUNICIPALITY.code,
        postcode: '1251',
        productCode: 'BEG_SPECIFIEKE_DOELGROEPEN',
        specialisms: ['PGA'],
      });
    }

    const { page, problems } = await openPage();
    const { appEnv } = testEnv();
    await logIn(
      page,
      appEnv.BOOTSTRAP_ADMIN_EMAIL ?? '',
      HOME.admin,
      appEnv.BOOTSTRAP_ADMIN_PASSWORD ?? '',
    );
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Gebruikers' })
      .click();
    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await heading(page, 'Nieuwe gebruiker').waitFor();
    await page.getByLabel('Beleid: ziet alleen cijfers over dekking, nooit een inwoner').check();
    await page.getByRole('group', { name: 'Gemeenten' }).waitFor();
    const family = unique('Jansen');
    const email = `${family.toLowerCase()}@laren.test`;
    await page.getByLabel('Naam', { exact: true }).fill(`Lotte ${family}`);
    await page.getByLabel(MUNICIPALITY.name, { exact: true }).check();
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await expectAccessible(page, 'new policy user form');
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await page.waitForURL(/\/beheer\/gebruikers$/);
    expect(problems()).toEqual([]);

    const policy = await openPage();
    await logIn(policy.page, email, HOME.policy);
    const p = policy.page;
    await p.getByText(`Gemeenten: ${MUNICIPALITY.name}.`).waitFor();
    const products = p.getByRole('table', { name: 'Open aanvragen per product' });
    const row = products.getByRole('row').filter({ hasText: PRODUCT_NAME });
    const cells = await row.getByRole('cell').allTextContents();
    // At least this file's 3, none with an option (others' requests may add to it, never remove).
    expect(Number(cells[0])).toBeGreaterThanOrEqual(3);
    expect(Number(cells[1])).toBe(Number(cells[0]));
    const gaps = p.getByRole('table', { name: 'Knelpunten per doelgroep en gemeente' });
    await gaps
      .getByRole('row')
      .filter({ hasText: 'Persoonsgerichte aanpak' })
      .filter({ hasText: MUNICIPALITY.name })
      .waitFor();
    // The chart is a picture of the table: hidden from screen readers, said in its caption.
    expect(await p.locator('figure.wmo-chart svg').first().getAttribute('aria-hidden')).toBe(
      'true',
    );
    await p
      .getByText(/We tonen een postcodegebied alleen als het om ten minste 10 aanvragen gaat/)
      .waitFor();
    await expectAccessible(p, 'coverage page');
    await screenshot(p, 'dekking');

    const [download] = await Promise.all([
      p.waitForEvent('download'),
      p.getByRole('button', { name: 'Download als CSV: Open aanvragen per product' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dekking-per-product.csv');
    const csv = readFileSync((await download.path()) ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFProduct;Open aanvragen;Geen passend aanbod;Minder dan 3 opties;Alleen wachtlijst',
    );
    expect(csv).toContain(`\r\n"${PRODUCT_NAME}";`);

    // No resident's page is open to a policy maker.
    await p.goto(p.url().replace('/dekking', '/aanvragen'));
    await heading(p, 'Geen toegang').waitFor();
    expect(policy.problems()).toEqual([]);
    await policy.context.close();
  });

  it('shows a provider, on a phone, the demand for each of its offerings', async () => {
    const admin = await loginAsAdmin();
    const provider = await createProvider(admin, { name: unique('Buurtteam Laren') });
    await createOffering(
      admin,
      anOfferingInput(provider.id, {
        productCode: 'BEG_SPECIFIEKE_DOELGROEPEN',
        specialisms: ['PGA', 'ZORGMIJDERS'],
        postcode: '1251',
        municipalitiesServed: [MUNICIPALITY.code],
        freePlaces: 0,
        waitingWeeks: 6,
      }),
    );
    const staff = await createUser(admin, {
      role: 'STAFF',
      municipalityCodes: [MUNICIPALITY.code],
    });
    await createRequest(staff.token, {
      municipalityCode: MUNICIPALITY.code,
      postcode: '1251',
      productCode: 'BEG_SPECIFIEKE_DOELGROEPEN',
      specialisms: ['ZORGMIJDERS'],
    });
    const account = await createUser(admin, { role: 'PROVIDER', providerId: provider.id });
    const { page, problems, context } = await openPage(PHONE);
    await logIn(page, account.email, HOME.provider);
    const table = page.getByRole('table', { name: 'Vraag naar uw aanbod' });
    const row = table.getByRole('row').filter({ hasText: PRODUCT_NAME });
    // The board comes first; the demand follows in its own request.
    await row.waitFor();
    const [wouldServe, shownTo, waiting] = (await row.getByRole('cell').allTextContents()).map(
      Number,
    );
    expect(wouldServe).toBeGreaterThanOrEqual(1);
    expect(shownTo).toBe(0);
    expect(waiting).toBe(wouldServe);
    await page.getByText('Meld vrije plekken zo snel mogelijk').waitFor();
    await expectAccessible(page, 'provider board with demand');
    await screenshot(page, 'aanbieder-vraag');
    expect(problems()).toEqual([]);
    await context.close();
  });
});
