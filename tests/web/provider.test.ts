import { findProduct } from '@wmo/reference';
import type { Page } from 'playwright-core';
import { formatTimeLeft } from '../../apps/web/src/shared/format';
import { backdateCapacityReport } from '../support/backdate';
import { eventually } from '../support/eventually';
import { graphqlOk } from '../support/graphql-client';
import {
  aReferralWorld,
  ok,
  referOk,
  withdrawReferral,
  requestReferrals,
  type ReferralWorld,
} from '../support/referral-scenario';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createUser,
  loginAsAdmin,
} from '../support/scenario';
import {
  appUrl,
  DESKTOP,
  expectAccessible,
  HOME,
  logIn,
  PHONE,
  screenshot,
  setUpBrowser,
} from './browser';

/** The providers' screens, used as a provider would: on a phone for the board and the inbox. */

const { openPage } = setUpBrowser();

interface OwnOffering {
  id: string;
  productCode: string;
  specialisms: string[];
  postcode: string;
  municipalitiesServed: string[];
  maxTravelKm: number | null;
  totalPlaces: number;
  freePlaces: number;
  waitingWeeks: number;
  financing: string[];
  capacityUpdatedAt: string;
  capacityStale: boolean;
}

/** The provider's offerings as the API has them now. */
async function ownOfferings(token: string): Promise<OwnOffering[]> {
  const data = await graphqlOk<{ myOfferings: { edges: { node: OwnOffering }[] } }>(
    `query { myOfferings(first: 100) { edges { node {
      id productCode specialisms postcode municipalitiesServed maxTravelKm totalPlaces freePlaces
      waitingWeeks financing capacityUpdatedAt capacityStale } } } }`,
    {},
    token,
  );
  return data.myOfferings.edges.map((edge) => edge.node);
}

async function ownOffering(token: string, id: string): Promise<OwnOffering> {
  const found = (await ownOfferings(token)).find((offering) => offering.id === id);
  if (!found) throw new Error(`offering ${id} not found`);
  return found;
}

/** At 320 CSS pixels wide (a small phone, or 640 pixels at 200 % zoom) nothing scrolls sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
  expect(overflow).toBe(0);
}

/** The id of the element that has the keyboard focus. */
function focusedId(page: Page): Promise<unknown> {
  return page.evaluate('document.activeElement && document.activeElement.id');
}

/** A second user of the world's provider, whose email the browser logs in with. */
async function aProviderUser(world: ReferralWorld) {
  return createUser(world.admin, { role: 'PROVIDER', providerId: world.provider.id });
}

function productName(code: string): string {
  return findProduct(code)?.name ?? code;
}

/** A provider with a user and nothing else yet. */
async function aNewProvider() {
  const admin = await loginAsAdmin();
  const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
  const provider = await createProvider(staff.token);
  const owner = await createUser(admin, { role: 'PROVIDER', providerId: provider.id });
  return { staff, provider, owner };
}

describe('the capacity board (Mijn aanbod)', () => {
  it('welcomes a provider without offerings with a way to add one, and an empty inbox', async () => {
    const { owner } = await aNewProvider();
    // The first load of the board fails on the server: the page says so and offers a retry.
    let failures = 1;
    const { context, page, problems } = await openPage(PHONE);
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string } | null;
      if (body?.operationName !== 'ProviderBoard' || failures === 0) return route.continue();
      failures -= 1;
      return route.fulfill({
        json: { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      });
    });
    await logIn(page, owner.email, HOME.provider);

    await page.getByRole('heading', { level: 1, name: 'Mijn aanbod' }).waitFor();
    await page.getByText('Uw aanbod kon niet worden geladen.').waitFor();
    await page.getByText('Er ging bij ons iets mis.', { exact: false }).waitFor();
    await expectAccessible(page, 'capacity board that could not be loaded (phone)');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();

    await page.getByRole('heading', { level: 2, name: 'U hebt nog geen aanbod' }).waitFor();
    await page.getByRole('link', { name: 'Aanbod toevoegen' }).waitFor();
    await expectAccessible(page, 'empty capacity board (phone)');
    await screenshot(page, 'aanbieder-aanbod-leeg');

    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', {
        name: 'Aanmeldingen',
      })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
    await page.getByRole('heading', { name: 'Er wachten geen aanmeldingen op u' }).waitFor();
    await page.getByText('Er zijn nog geen beantwoorde aanmeldingen.').waitFor();
    await expectAccessible(page, 'empty referral inbox (phone)');

    expect(problems()).toEqual([]);
    await context.close();
  });

  it('lowers free places with −, saves, confirms a stale report and explains holds', async () => {
    const world = await aReferralWorld({ freePlaces: 3, totalPlaces: 10, waitingWeeks: 1 });
    const stale = await createOffering(
      world.staff.token,
      world.offeringInput({ productCode: 'HBH', freePlaces: 4, waitingWeeks: 0 }),
    );
    await backdateCapacityReport(stale.id, 20);
    await referOk(world, (await world.newRequest()).id);
    const held = productName(world.market.productCode);
    const household = productName('HBH');
    const { context, page, problems } = await openPage(PHONE);
    await logIn(page, (await aProviderUser(world)).email, HOME.provider);

    const heldCard = page.getByRole('article', { name: held });
    const staleCard = page.getByRole('article', { name: household });
    await heldCard.getByText('1 plek vastgehouden voor aanmeldingen.').waitFor();
    await staleCard.getByText('Gemeld 20 dagen geleden', { exact: false }).waitFor();
    await staleCard.getByText('Let op: niet meer actueel.').waitFor();
    await expectAccessible(page, 'capacity board with a stale report and a hold (phone)');
    await screenshot(page, 'aanbieder-mijn-aanbod');

    // One place fewer with the − button, then save.
    const free = heldCard.getByRole('spinbutton', { name: 'Vrije plekken' });
    expect(await free.inputValue()).toBe('3');
    await heldCard.getByRole('button', { name: `Eén vrije plek minder voor ${held}` }).click();
    expect(await free.inputValue()).toBe('2');
    await heldCard.getByRole('button', { name: `Opslaan voor ${held}` }).click();
    await heldCard.getByText(/^Opgeslagen om \d\d:\d\d\.$/).waitFor();
    expect(await ownOffering(world.owner.token, world.offering.id)).toMatchObject({
      freePlaces: 2,
      waitingWeeks: 1,
    });

    // The keyboard alone: type a waiting time and press Enter.
    const weeks = heldCard.getByRole('spinbutton', { name: 'Wachttijd in weken' });
    await weeks.fill('4');
    await weeks.press('Enter');
    await heldCard.getByText(/^Opgeslagen om/).waitFor();
    expect(await ownOffering(world.owner.token, world.offering.id)).toMatchObject({
      freePlaces: 2,
      waitingWeeks: 4,
    });

    // A mistake is explained at the field, and can be undone.
    await free.fill('11');
    await free.press('Enter');
    await heldCard
      .getByText('Er kunnen niet meer vrije plekken zijn dan plekken (10).', { exact: false })
      .waitFor();
    expect(await free.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'capacity card with a mistake (phone)');
    await heldCard.getByRole('button', { name: `Ongedaan maken voor ${held}` }).click();
    expect(await free.inputValue()).toBe('2');
    expect(await ownOffering(world.owner.token, world.offering.id)).toMatchObject({
      freePlaces: 2,
    });

    // "Klopt nog": the same figures, reported today.
    const before = Date.now();
    await staleCard.getByRole('button', { name: `Klopt nog voor ${household}` }).click();
    await staleCard.getByText(/de cijfers kloppen nog\.$/).waitFor();
    await staleCard.getByText('Gemeld vandaag', { exact: false }).waitFor();
    expect(await staleCard.getByText('Let op: niet meer actueel.').count()).toBe(0);
    const confirmed = await ownOffering(world.owner.token, stale.id);
    expect(confirmed).toMatchObject({ freePlaces: 4, waitingWeeks: 0, capacityStale: false });
    expect(Date.parse(confirmed.capacityUpdatedAt)).toBeGreaterThanOrEqual(before - 2_000);

    // Fewer free places than holds: kept, and explained.
    await free.fill('0');
    await heldCard.getByRole('button', { name: `Opslaan voor ${held}` }).click();
    await heldCard.getByText('Minder vrije plekken dan vastgehouden plekken.').waitFor();
    await heldCard
      .getByText('U hebt 0 vrije plekken gemeld, maar er wordt 1 plek vastgehouden', {
        exact: false,
      })
      .waitFor();
    await expectAccessible(page, 'capacity card with fewer free places than holds (phone)');
    expect(await ownOffering(world.owner.token, world.offering.id)).toMatchObject({
      freePlaces: 0,
    });
    await expectNoSidewaysScroll(page);

    expect(problems()).toEqual([]);
    await context.close();
  });
});

describe('adding and changing an offering', () => {
  it('checks the form, maps server errors to fields, adds the offering and edits it', async () => {
    const { owner, staff } = await aNewProvider();
    const another = await createOffering(
      staff.token,
      anOfferingInput((await createProvider(staff.token)).id),
    );
    const { context, page, problems } = await openPage(DESKTOP);
    await logIn(page, owner.email, HOME.provider);

    // Another provider's offering cannot be opened for editing.
    await page.goto(appUrl(`/aanbod/${another.id}/wijzigen`));
    await page.getByRole('heading', { level: 1, name: 'Dit aanbod bestaat niet' }).waitFor();
    await expectAccessible(page, 'edit page of an offering that is not the provider’s');
    await page.getByRole('link', { name: 'Terug naar mijn aanbod' }).click();

    await page.getByRole('link', { name: 'Aanbod toevoegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbod toevoegen' }).waitFor();
    await expectAccessible(page, 'new offering form');

    await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await page.getByRole('heading', { name: 'Controleer deze velden' }).waitFor();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer deze velden' });
    for (const message of [
      'Kies een product.',
      'Vul de postcode van de locatie in.',
      'Kies minstens één gemeente.',
      'Kies minstens één manier van betalen.',
    ]) {
      await summary.getByRole('link', { name: message }).waitFor();
    }
    expect(await page.getByLabel('Postcode van de locatie').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await expectAccessible(page, 'new offering form with mistakes');
    await summary.getByRole('link', { name: 'Vul de postcode van de locatie in.' }).click();
    expect(await focusedId(page)).toBe('aanbod-postcode');
    // Typing there keeps the focus there (the summary does not take it back).
    await page.keyboard.type('12');
    expect(await focusedId(page)).toBe('aanbod-postcode');
    expect(await page.getByLabel('Postcode van de locatie').inputValue()).toBe('12');

    const product = productName('BEG_REGULIER');
    await page.getByLabel('Product').selectOption({ label: product });
    await page.getByLabel('Autismespectrum').check();
    // A postcode the form accepts but the server does not know: its message lands at the field.
    await page.getByLabel('Postcode van de locatie').fill('9999');
    await page.getByLabel('Hilversum', { exact: true }).check();
    await page.getByLabel('Huizen', { exact: true }).check();
    await page.getByLabel('Hoeveel kilometer reist u', { exact: false }).fill('7,5');
    await page.getByLabel('Aantal plekken in totaal').fill('8');
    await page.getByLabel('Vrije plekken').fill('3');
    await page.getByLabel('Wachttijd in weken').fill('2');
    await page.getByLabel('Zorg in natura').check();
    await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await page
      .getByRole('link', { name: 'Deze postcode kennen wij niet in deze regio.' })
      .waitFor();
    await screenshot(page, 'aanbieder-aanbod-toevoegen');

    await page.getByLabel('Postcode van de locatie').fill('1211 AB');
    await page.getByRole('button', { name: 'Aanbod toevoegen' }).click();
    await page.waitForURL(/\/aanbod$/);
    await page.getByText(`Het aanbod ${product} is toegevoegd.`).waitFor();
    await page.getByRole('article', { name: product }).waitFor();
    const [added] = await ownOfferings(owner.token);
    expect(added).toMatchObject({
      productCode: 'BEG_REGULIER',
      specialisms: ['AUTISME'],
      postcode: '1211',
      municipalitiesServed: ['GM0402', 'GM0406'],
      maxTravelKm: 7.5,
      totalPlaces: 8,
      freePlaces: 3,
      waitingWeeks: 2,
      financing: ['ZIN'],
    });
    await expectAccessible(page, 'capacity board after adding an offering');

    await page.getByRole('link', { name: `Aanbod wijzigen voor ${product}` }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanbod wijzigen' }).waitFor();
    expect(await page.getByLabel('Postcode van de locatie').inputValue()).toBe('1211');
    expect(await page.getByLabel('Huizen', { exact: true }).isChecked()).toBe(true);
    await expectAccessible(page, 'edit offering form');
    await page.getByLabel('Huizen', { exact: true }).uncheck();
    await page.getByLabel('Laren', { exact: true }).check();
    await page.getByLabel('Aantal plekken in totaal').fill('12');
    await page.getByLabel('Persoonsgebonden budget (pgb)').check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.waitForURL(/\/aanbod$/);
    await page.getByText(`De wijzigingen in ${product} zijn opgeslagen.`).waitFor();
    expect(await ownOffering(owner.token, added!.id)).toMatchObject({
      municipalitiesServed: ['GM0402', 'GM0417'],
      totalPlaces: 12,
      freePlaces: 3,
      financing: ['ZIN', 'PGB'],
    });

    expect(problems()).toEqual([]);
    await context.close();
  });
});

describe('the referral inbox (Aanmeldingen)', () => {
  async function refer(world: ReferralWorld, urgency = 'SOON') {
    const request = await world.newRequest({ urgency });
    return { request, referral: await referOk(world, request.id) };
  }

  it('shows new referrals with the time left, and accepts and declines them', async () => {
    const world = await aReferralWorld({ freePlaces: 5 });
    const first = await refer(world, 'URGENT');
    const second = await refer(world);
    const withdrawn = await refer(world);
    ok(await withdrawReferral(world.staff.token, withdrawn.referral.id, 'Verhuist.'));
    const user = await aProviderUser(world);
    const session = await openPage(PHONE, { fakeClock: true });
    const { page, problems } = session;
    await logIn(page, user.email, HOME.provider);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', {
        name: 'Aanmeldingen',
      })
      .click();

    const cardOf = (reference: string) =>
      page.getByRole('article', { name: `Aanmelding ${reference}` });
    const firstCard = cardOf(first.request.reference);
    await firstCard.waitFor();
    await firstCard.getByText(formatTimeLeft(first.referral.holdExpiresAt)).waitFor();
    await firstCard.getByText(productName(world.market.productCode)).first().waitFor();
    await firstCard.getByText('Dringend').waitFor();
    await page
      .getByRole('region', { name: 'Eerder beantwoord' })
      .getByText('Ingetrokken', { exact: true })
      .waitFor();
    await page.getByText('2 aanmeldingen wachten op uw antwoord.').waitFor();
    await expectAccessible(page, 'referral inbox with two pending referrals (phone)');
    await screenshot(page, 'aanbieder-aanmeldingen');

    // A referral made meanwhile appears at the next poll, without a reload.
    const third = await refer(world, 'CRISIS');
    await session.context.clock.fastForward('00:31');
    await cardOf(third.request.reference).getByText('Crisis').waitFor({ timeout: 15_000 });
    await page.getByText('3 aanmeldingen wachten op uw antwoord.').waitFor();

    // Accept, after a confirmation.
    await firstCard
      .getByRole('button', { name: `Accepteren aanmelding ${first.request.reference}` })
      .click();
    await firstCard.getByText(`Accepteert u aanmelding ${first.request.reference}?`).waitFor();
    await expectAccessible(page, 'accepting a referral (phone)');
    await firstCard
      .getByRole('button', { name: `Ja, accepteren aanmelding ${first.request.reference}` })
      .click();
    await page
      .getByText(`U hebt aanmelding ${first.request.reference} geaccepteerd.`, {
        exact: false,
      })
      .waitFor();
    const placed = await requestReferrals(world.staff.token, first.request.id);
    expect(placed.status).toBe('PLACED');
    expect(placed.referrals[0]).toMatchObject({ id: first.referral.id, status: 'ACCEPTED' });

    // Decline, with a reason without personal details.
    const secondCard = cardOf(second.request.reference);
    await secondCard
      .getByRole('button', { name: `Afwijzen aanmelding ${second.request.reference}` })
      .click();
    const reason = secondCard.getByLabel('Waarom wijst u deze aanmelding af?');
    const reasonId = await reason.getAttribute('id');
    await eventually(
      () => focusedId(page),
      (id) => id === reasonId,
      {
        what: 'the focus on the reason field',
      },
    );
    const send = secondCard.getByRole('button', {
      name: `Afwijzing versturen aanmelding ${second.request.reference}`,
    });
    await send.click();
    await secondCard.getByText('Schrijf waarom u de aanmelding afwijst.').waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'declining a referral without a reason (phone)');
    await reason.fill('Bel mij op 0612345678');
    await send.click();
    await secondCard
      .getByText('Haal de persoonlijke gegevens uit de reden', { exact: false })
      .waitFor();
    await reason.fill('Geen passende begeleider vrij.');
    await send.click();
    await page
      .getByText(`U hebt aanmelding ${second.request.reference} afgewezen.`, {
        exact: false,
      })
      .waitFor();
    const reopened = await requestReferrals(world.staff.token, second.request.id);
    expect(reopened.status).toBe('OPEN');
    expect(reopened.referrals[0]).toMatchObject({
      status: 'DECLINED',
      reason: 'Geen passende begeleider vrij.',
    });

    // Withdrawn by the consultant meanwhile: the answer is refused and the page says why.
    ok(await withdrawReferral(world.staff.token, third.referral.id, 'Andere oplossing.'));
    const thirdCard = cardOf(third.request.reference);
    await thirdCard
      .getByRole('button', { name: `Accepteren aanmelding ${third.request.reference}` })
      .click();
    await thirdCard
      .getByRole('button', { name: `Ja, accepteren aanmelding ${third.request.reference}` })
      .click();
    await page.getByText('Deze aanmelding is al ingetrokken.').waitFor();
    await thirdCard.waitFor({ state: 'detached' });
    await expectAccessible(page, 'referral inbox after a referral was withdrawn meanwhile (phone)');

    // Both are in the history now, each with its status in words.
    const history = page.getByRole('region', { name: 'Eerder beantwoord' });
    await history.getByText('Geaccepteerd', { exact: true }).waitFor();
    await history.getByText('Afgewezen', { exact: true }).waitFor();
    await history.getByText('Geen passende begeleider vrij.').waitFor();
    await page.getByText('Er wachten geen aanmeldingen op u').waitFor();
    await expectAccessible(page, 'referral inbox with answered referrals (phone)');
    await screenshot(page, 'aanbieder-aanmeldingen-beantwoord');
    await expectNoSidewaysScroll(page);

    expect(problems()).toEqual([]);
    await session.context.close();
  });
});
