import type { Page } from 'playwright-core';
import { graphqlOk } from '../support/graphql-client';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createUser,
  loginAsAdmin,
  unique,
} from '../support/scenario';
import {
  appUrl,
  DESKTOP,
  expectAccessible,
  focusedText,
  HOME,
  logIn,
  PHONE,
  screenshot,
  setUpBrowser,
} from './browser';

/**
 * The platform as its three user groups use it together, each in a browser of their own, against
 * the real api, worker, FerretDB and Redis (the six flows of the web app issue):
 *  1. a consultant logs in, makes a request and sees its shortlist with reasons;
 *  2. a provider lowers a shown option's free places to 0: the consultant's page shows the new
 *     list without a reload;
 *  3. the consultant makes a resident link; the resident opens it on a 360×640 phone, sees the
 *     options and chooses one, with the keyboard alone; the consultant sees the preference;
 *  4. the consultant refers; the provider accepts in the inbox; the request shows "Geplaatst";
 *  5. a revoked link shows the friendly page;
 *  6. axe finds nothing on any page or state on the way.
 * The request needs Amharic, which no other suite's providers speak: no other suite's
 * offerings can enter this shortlist.
 */
const HUIZEN = 'GM0406';

const { openPage } = setUpBrowser();

/** Two providers that speak Amharic, each with begeleiding in Huizen; one has a user. */
async function anAmharicMarket() {
  const admin = await loginAsAdmin();
  const consultant = await createUser(admin, {
    role: 'STAFF',
    municipalityCodes: [HUIZEN],
    name: 'Fatima el Amrani',
  });
  const suffix = unique('').slice(1);
  const ours = await createProvider(consultant.token, {
    name: `Begeleiding Gooimeer ${suffix}`,
    languages: ['nl', 'am'],
  });
  const other = await createProvider(consultant.token, {
    name: `Zorgpunt Huizen ${suffix}`,
    languages: ['am'],
  });
  const offering = (providerId: string, postcode: string, freePlaces: number) =>
    createOffering(
      consultant.token,
      anOfferingInput(providerId, {
        productCode: 'BEG_REGULIER',
        specialisms: ['GGZ', 'NAH'],
        postcode,
        municipalitiesServed: [HUIZEN],
        maxTravelKm: 20,
        totalPlaces: 6,
        freePlaces,
        waitingWeeks: 1,
      }),
    );
  await offering(ours.id, '1271', 2);
  await offering(other.id, '1275', 3);
  const providerUser = await createUser(admin, {
    role: 'PROVIDER',
    providerId: ours.id,
    name: 'Joost Verhoef',
  });
  return { consultant, ours, other, providerUser };
}

const optionOf = (page: Page, providerName: string) =>
  page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: new RegExp(providerName) }),
  });

describe('consultant, provider and resident together', () => {
  it('match, follow, choose, refer and place a resident, each in their own browser', async () => {
    const market = await anAmharicMarket();

    // 1. The consultant makes a request and sees its shortlist with reasons.
    const staff = await openPage(DESKTOP);
    await logIn(staff.page, market.consultant.email, HOME.staff);
    const { page } = staff;
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Nieuwe aanvraag' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await page.getByLabel('Gemeente').selectOption({ label: 'Huizen' });
    await page.getByLabel('Postcode').fill('1272');
    await page.getByLabel('Product').selectOption({ label: 'Begeleiding regulier (individueel)' });
    await page.getByLabel('Psychische of psychosociale problematiek').check();
    await page.getByRole('radio', { name: 'Dringend' }).check();
    await page
      .getByRole('group', { name: 'Talen die de aanbieder moet spreken' })
      .getByLabel('Amhaars')
      .check();
    await page
      .getByLabel('Waarom passen de strategische partners niet?')
      .fill('De inwoner spreekt alleen Amhaars; de partners hebben niemand die dat spreekt.');
    await page.getByRole('button', { name: 'Aanvraag opslaan' }).click();
    await page.waitForURL(/\/aanvragen\/[0-9a-f]{24}$/);
    const requestId = page.url().split('/').at(-1) ?? '';
    const ours = optionOf(page, market.ours.name);
    const other = optionOf(page, market.other.name);
    await ours.waitFor();
    await other.waitFor();
    await ours
      .getByText('Heeft ook ervaring met niet-aangeboren hersenletsel', { exact: false })
      .waitFor();
    await ours.getByText(/^(Dichtbij: \d+(,\d)? km van uw postcode|In uw buurt)/).waitFor();
    await expectAccessible(page, 'journey: request page with its shortlist');
    // A marker that only survives if the page is never reloaded.
    await page.evaluate('window.__noReload = true');

    // 2. The provider, on a phone, fills its last places: the consultant's list follows.
    const provider = await openPage(PHONE);
    await logIn(provider.page, market.providerUser.email, HOME.provider);
    const card = provider.page.getByRole('article', { name: /Begeleiding regulier/ });
    await card.getByRole('spinbutton', { name: 'Vrije plekken' }).fill('0');
    await card.getByRole('button', { name: /^Opslaan voor / }).click();
    await card.getByText(/^Opgeslagen om \d\d:\d\d\.$/).waitFor();
    await expectAccessible(provider.page, 'journey: capacity board after saving (phone)');
    await ours.waitFor({ state: 'detached', timeout: 30_000 });
    await other.waitFor();
    expect(await page.evaluate('window.__noReload')).toBe(true);
    await page.getByText(/(aanbieder valt|aanbieders vallen) af: geen vrije plek/).waitFor();
    await expectAccessible(page, 'journey: request page after the live update');

    // The provider has room again: the option comes back, still without a reload.
    await card.getByRole('spinbutton', { name: 'Vrije plekken' }).fill('2');
    await card.getByRole('button', { name: /^Opslaan voor / }).click();
    await card.getByText(/^Opgeslagen om/).waitFor();
    await ours.waitFor({ timeout: 30_000 });
    expect(await page.evaluate('window.__noReload')).toBe(true);

    // 3. A resident link; the resident chooses on a phone, with the keyboard alone.
    await page.getByRole('button', { name: 'Link maken' }).click();
    const linkField = page.getByLabel('Persoonlijke link');
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(/\/inwoner#rl_[A-Za-z0-9_-]{43}$/);
    await expectAccessible(page, 'journey: resident link shown once');
    const resident = await openPage(PHONE);
    const { page: residentPage, problems: residentProblems } = resident;
    await residentPage.goto(appUrl(new URL(url).pathname + new URL(url).hash));
    await residentPage.getByRole('heading', { level: 1, name: 'Uw mogelijkheden' }).waitFor();
    await residentPage.getByRole('heading', { level: 2, name: market.ours.name }).waitFor();
    await expectAccessible(residentPage, 'journey: resident page (phone)');
    const choose = `Kies ${market.ours.name}`;
    for (let presses = 0; presses < 25 && (await focusedText(residentPage)) !== choose; presses++) {
      await residentPage.keyboard.press('Tab');
    }
    expect(await focusedText(residentPage)).toBe(choose);
    await residentPage.keyboard.press('Enter');
    await residentPage.keyboard.press('Tab');
    expect(await focusedText(residentPage)).toBe('Ja, dit kies ik');
    await residentPage.keyboard.press('Enter');
    await residentPage
      .getByText(`Gelukt. U hebt gekozen voor ${market.ours.name}.`, { exact: false })
      .waitFor();
    await expectAccessible(residentPage, 'journey: resident page after choosing (phone)');
    // The consultant sees the preference (the page re-reads the request every few seconds).
    await ours.getByText('Voorkeur van de inwoner').waitFor({ timeout: 30_000 });
    expect(await page.evaluate('window.__noReload')).toBe(true);

    // 4. The consultant refers to the preferred option; the provider accepts; placed.
    await ours.getByRole('button', { name: `Aanmelden bij ${market.ours.name}` }).click();
    await page.getByText(/Als u aanmeldt, houden we één plek vast tot /).waitFor();
    await expectAccessible(page, 'journey: refer with the end of the hold shown');
    await page.getByRole('button', { name: 'Ja, aanmelden' }).click();
    await page.getByText(`Aangemeld bij ${market.ours.name}.`, { exact: false }).waitFor();
    const reference = (
      await graphqlOk<{ request: { reference: string } }>(
        `query($id: ID!) { request(id: $id) { reference } }`,
        { id: requestId },
        market.consultant.token,
      )
    ).request.reference;
    await provider.page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Aanmeldingen' })
      .click();
    const referral = provider.page.getByRole('article', { name: `Aanmelding ${reference}` });
    await referral.waitFor();
    await expectAccessible(provider.page, 'journey: referral inbox (phone)');
    await referral.getByRole('button', { name: `Accepteren aanmelding ${reference}` }).click();
    await referral.getByRole('button', { name: `Ja, accepteren aanmelding ${reference}` }).click();
    await provider.page
      .getByText(`U hebt aanmelding ${reference} geaccepteerd.`, { exact: false })
      .waitFor();
    await page
      .getByText(`De inwoner is geplaatst bij ${market.ours.name}.`)
      .waitFor({ timeout: 30_000 });
    await page.getByText('Geplaatst', { exact: true }).first().waitFor();
    await expectAccessible(page, 'journey: request placed, with its timeline');

    // 5. The consultant revokes the link: the resident's page says what to do.
    await page.getByRole('button', { name: 'Links intrekken' }).click();
    await page.getByText(/link werkt niet meer\.$/).waitFor();
    await residentPage.reload();
    await residentPage
      .getByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' })
      .waitFor();
    await expectAccessible(residentPage, 'journey: revoked link (phone)');

    expect(staff.problems()).toEqual([]);
    expect(provider.problems()).toEqual([]);
    // The revoked link's refusal is the only thing the resident's browser may report.
    expect(residentProblems().filter((p) => !/401|UNAUTHENTICATED/.test(p))).toEqual([]);
    await screenshot(page, 'aanvraag-geplaatst');
    await Promise.all([staff.context.close(), provider.context.close(), resident.context.close()]);
  });
});
