import type { Page } from 'playwright-core';
import { graphql, graphqlOk } from '../support/graphql-client';
import {
  anOfferingInput,
  createOffering,
  createProvider,
  createUser,
  loginAsAdmin,
  unique,
  updateCapacity,
} from '../support/scenario';
import {
  appUrl,
  DESKTOP,
  expectAccessible,
  HOME,
  logIn,
  screenshot,
  setUpBrowser,
  waitForCount,
} from './browser';

/**
 * A consultant's day, in a real browser against the real stack: a request made through the
 * form, its shortlist following capacity changes live, a referral, a resident link, search and
 * closing. The request needs a provider that speaks Tigrinya, which no other suite's providers
 * do, so other suites' offerings never enter this shortlist.
 */
const BLARICUM = 'GM0376';
const LAREN = 'GM0417';

const { openPage } = setUpBrowser();

/** Two providers that speak Tigrinya and one that does not, with household help for Blaricum. */
async function aTigrinyaMarket() {
  const admin = await loginAsAdmin();
  const consultant = await createUser(admin, {
    role: 'STAFF',
    municipalityCodes: [BLARICUM, LAREN],
    name: 'Sanne de Vries',
  });
  const suffix = unique('').slice(1);
  const near = await createProvider(consultant.token, {
    name: `Thuishulp Dichtbij ${suffix}`,
    languages: ['nl', 'ti'],
  });
  const far = await createProvider(consultant.token, {
    name: `Huishoudhulp Verder ${suffix}`,
    languages: ['ti'],
  });
  const offering = (providerId: string, postcode: string, freePlaces: number) =>
    createOffering(
      consultant.token,
      anOfferingInput(providerId, {
        productCode: 'HBH',
        specialisms: ['GGZ'],
        postcode,
        municipalitiesServed: [BLARICUM, LAREN],
        maxTravelKm: 25,
        freePlaces,
        totalPlaces: 8,
        waitingWeeks: 0,
      }),
    );
  const dutchOnly = await createProvider(consultant.token, {
    name: `Alleen Nederlands ${suffix}`,
    languages: ['nl'],
  });
  await offering(dutchOnly.id, '1261', 4);
  const nearOffering = await offering(near.id, '1261', 2);
  const farOffering = await offering(far.id, '1251', 3);
  const owner = await createUser(admin, {
    role: 'PROVIDER',
    providerId: near.id,
    name: 'Pieter Bakker',
  });
  return { consultant, near, far, nearOffering, farOffering, owner };
}

/** A consultant for Laren alone, logged in on a desktop browser of their own. */
async function aLarenConsultantLoggedIn() {
  const consultant = await createUser(await loginAsAdmin(), {
    role: 'STAFF',
    municipalityCodes: [LAREN],
    name: 'Mila Jansen',
  });
  const opened = await openPage(DESKTOP);
  await logIn(opened.page, consultant.email, HOME.staff);
  return opened;
}

function shortlistStamp(page: Page) {
  return page.getByText(/^Versie \d+ van de lijst\./);
}

async function revisionShown(page: Page): Promise<number> {
  const text = (await shortlistStamp(page).textContent()) ?? '';
  return Number(/Versie (\d+)/.exec(text)?.[1]);
}

function option(page: Page, providerName: string) {
  return page.getByRole('listitem').filter({
    has: page.getByRole('heading', { level: 3, name: new RegExp(providerName) }),
  });
}

describe('the consultant’s screens', () => {
  it('makes a request, follows its shortlist live, refers, shares a link, searches and closes', async () => {
    const market = await aTigrinyaMarket();
    const { context, page, problems } = await openPage(DESKTOP);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(appUrl('/')).origin,
    });

    await logIn(page, market.consultant.email, HOME.staff);
    await expectAccessible(page, 'request list');

    // A new request: first with mistakes.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Nieuwe aanvraag' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe aanvraag' }).waitFor();
    await page.getByText('Vul geen persoonsgegevens in').waitFor();
    await expectAccessible(page, 'new request form');
    await screenshot(page, 'staff-nieuwe-aanvraag');

    await page.getByLabel('Postcode').fill('12');
    await page.getByLabel('Waarom passen de strategische partners niet?').fill('BSN 123456789');
    await page.getByRole('button', { name: 'Aanvraag opslaan' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Controleer deze velden' });
    await summary.waitFor();
    for (const message of [
      'Kies de gemeente van de inwoner.',
      'Vul een postcode in van 4 cijfers, bijvoorbeeld 1211.',
      'Kies welk product de inwoner nodig heeft.',
      'Kies hoe dringend de hulp nodig is.',
      'Haal het nummer van 9 cijfers weg. Vul nooit een BSN in.',
    ]) {
      await summary.getByRole('link', { name: message }).waitFor();
    }
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new request form with mistakes');

    // The summary's link takes the consultant to the field.
    await summary.getByRole('link', { name: /postcode in van 4 cijfers/ }).click();
    expect(await page.evaluate<string>('document.activeElement?.id')).toBe('aanvraag-postcode');

    await page.getByLabel('Gemeente').selectOption({ label: 'Blaricum' });
    await page.getByLabel('Postcode').fill('9999');
    await page.getByLabel('Product').selectOption({ label: 'Hulp bij het huishouden' });
    await page.getByLabel('Psychische of psychosociale problematiek').check();
    await page.getByRole('radio', { name: 'Binnenkort' }).check();
    await page
      .getByRole('group', { name: 'Talen die de aanbieder moet spreken' })
      .getByLabel('Tigrinya')
      .check();
    await page
      .getByLabel('Waarom passen de strategische partners niet?')
      .fill('De inwoner spreekt alleen Tigrinya; de partners hebben niemand die dat spreekt.');
    await page.getByRole('button', { name: 'Aanvraag opslaan' }).click();

    // The api knows no such postcode here: its message stands next to the field.
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Deze postcode kennen wij niet in deze regio.' })
      .waitFor();
    expect(await page.getByLabel('Postcode').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'new request form with a mistake found by the api');
    await page.getByLabel('Postcode').fill('1262 AB');
    await page.getByRole('button', { name: 'Aanvraag opslaan' }).click();

    // The request page, with its shortlist and reasons.
    await page.waitForURL(/\/aanvragen\/[0-9a-f]{24}$/);
    const requestUrl = page.url();
    const requestId = requestUrl.split('/').at(-1) ?? '';
    await page.getByText(/De aanvraag is opgeslagen met kenmerk WMO-/).waitFor();
    const near = option(page, market.near.name);
    const far = option(page, market.far.name);
    await near.waitFor();
    await far.waitFor();
    await near.getByRole('heading', { level: 4, name: 'Waarom deze aanbieder' }).waitFor();
    expect(await near.getByRole('listitem').count()).toBeGreaterThanOrEqual(6);
    await near.getByText(/^Geen wachttijd \(\d+,\d punten\)$/).waitFor();
    await near.getByText(/^(Dichtbij: \d+(,\d)? km van uw postcode|In uw buurt) \(/).waitFor();
    await page
      .getByText(/aanbieders? (valt|vallen) af: (spreekt|spreken) de vereiste taal niet/)
      .waitFor();
    const stored = await graphqlOk<{ request: { postcode: string; reference: string } }>(
      `query($id: ID!) { request(id: $id) { postcode reference } }`,
      { id: requestId },
      market.consultant.token,
    );
    expect(stored.request.postcode).toBe('1262');
    await expectAccessible(page, 'request page with its shortlist');
    await screenshot(page, 'staff-aanvraag');

    // A provider reports no free places: the list changes without a reload.
    // Gone after any reload or navigation of the document.
    await page.evaluate("window.staffMarker = 'still here'");
    const before = await revisionShown(page);
    await updateCapacity(market.owner.token, market.nearOffering.id, 0);
    await near.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('1 aanbieder valt af: geen vrije plek').waitFor({ timeout: 30_000 });
    expect(await revisionShown(page)).toBeGreaterThan(before);
    await page.getByText(/een aanbieder heeft vrije plekken of wachttijd bijgewerkt/).waitFor();
    expect(await page.evaluate<string>('window.staffMarker')).toBe('still here');
    expect(page.url()).toBe(requestUrl);
    await expectAccessible(page, 'request page after a live update');

    // Refer at the remaining option: the hold's end is shown before confirming.
    await far.getByRole('button', { name: `Aanmelden bij ${market.far.name}` }).click();
    const panel = page.getByRole('region', { name: `Aanmelden bij ${market.far.name}` });
    await panel
      .getByText(
        /houden we één plek vast tot (maandag|dinsdag|woensdag|donderdag|vrijdag) \d+ \w+ om \d\d:\d\d/,
      )
      .waitFor();
    expect(await page.evaluate<string>('document.activeElement?.textContent')).toBe(
      `Aanmelden bij ${market.far.name}`,
    );
    await expectAccessible(page, 'referral confirmation');
    await panel.getByRole('button', { name: 'Ja, aanmelden' }).click();
    await page
      .getByText(`Aangemeld bij ${market.far.name}. De plek wordt vastgehouden tot`)
      .waitFor();
    const timeline = page.getByRole('list').filter({ hasText: 'Sanne de Vries (Consulent)' });
    await timeline.getByText(`Aangemeld bij ${market.far.name} (wacht op antwoord)`).waitFor();
    await page.getByText('Aangemeld', { exact: true }).first().waitFor();
    await expectAccessible(page, 'request page with a pending referral');

    // Withdraw it, with a reason.
    await page.getByRole('button', { name: 'Aanmelding intrekken' }).click();
    await page.getByText('Vul in waarom u de aanmelding intrekt.').waitFor();
    await page.getByLabel('Waarom trekt u de aanmelding in?').fill('Inwoner wil eerst kennismaken');
    await page.getByRole('button', { name: 'Aanmelding intrekken' }).click();
    await page.getByText(`De aanmelding bij ${market.far.name} is ingetrokken.`).waitFor();
    await timeline
      .getByText(`${market.far.name}: van ‘Wacht op antwoord’ naar ‘Ingetrokken’`)
      .waitFor();
    await timeline.getByText('Reden: Inwoner wil eerst kennismaken').waitFor();
    await expectAccessible(page, 'request page after withdrawing');

    // The last place goes while the consultant confirms: a conflict, said in Dutch.
    const admin = await loginAsAdmin();
    await far.getByRole('button', { name: `Aanmelden bij ${market.far.name}` }).click();
    await panel.getByText(/houden we één plek vast tot/).waitFor();
    await updateCapacity(admin, market.farOffering.id, 0);
    await panel.getByRole('button', { name: 'Ja, aanmelden' }).click();
    await panel.getByRole('alert').getByText('Aanmelden lukte niet.').waitFor();
    await panel
      .getByText('De lijst wordt bijgewerkt. Kies zo nodig een andere aanbieder.')
      .waitFor();
    await far.waitFor({ state: 'detached', timeout: 30_000 });
    await page.getByText('Er loopt nu geen aanmelding.', { exact: false }).waitFor();
    await expectAccessible(page, 'referral refused: no free place left');
    await panel.getByRole('button', { name: 'Annuleren' }).click();
    await panel.waitFor({ state: 'detached' });
    await updateCapacity(admin, market.farOffering.id, 3);
    await far.waitFor({ timeout: 30_000 });

    // At 320 px wide the page still fits, without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(
      320,
    );
    await expectAccessible(page, 'request page at 320 px wide');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A link for the resident: shown once, copied, then revoked.
    await page.getByRole('button', { name: 'Link maken' }).click();
    const linkField = page.getByRole('textbox', { name: 'Persoonlijke link' });
    await linkField.waitFor();
    const url = await linkField.inputValue();
    expect(url).toMatch(/\/inwoner#rl_/);
    await page.getByText(/^De link werkt tot /).waitFor();
    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await page.getByText('De link is gekopieerd.').waitFor();
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(url);
    await expectAccessible(page, 'request page with a new resident link');
    const residentToken = url.split('#')[1] ?? '';
    const asResident = () =>
      graphql(
        `
          {
            myShortlist {
              revision
            }
          }
        `,
        {},
        residentToken,
      );
    expect((await asResident()).errors).toBeUndefined();

    // The resident chooses: the consultant sees it without reloading.
    await graphqlOk(
      `mutation($offeringId: ID!) { choosePreference(offeringId: $offeringId) { id } }`,
      { offeringId: market.farOffering.id },
      residentToken,
    );
    await far.getByText('Voorkeur van de inwoner').waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(requestUrl);

    await page.getByRole('button', { name: 'Links intrekken' }).click();
    await page.getByText('1 link werkt niet meer.').waitFor();
    await page.getByText('Er is nu geen werkende link.').waitFor();
    expect((await asResident()).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Search the offerings for this request, also those that do not fit.
    await page.getByRole('link', { name: 'Zoek zelf in het aanbod voor deze aanvraag' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zoeken in het aanbod' }).waitFor();
    await page.getByText(`U zoekt voor aanvraag ${stored.request.reference}.`).waitFor();
    const results = page.getByRole('table', { name: 'Gevonden aanbod' });
    await results
      .getByRole('row', { name: new RegExp(market.far.name) })
      .getByText(/^Past \(score/)
      .waitFor();
    expect(await results.getByRole('row', { name: new RegExp(market.near.name) }).count()).toBe(0);
    await page.getByLabel('Ook aanbod tonen dat niet past, met de reden').check();
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await results
      .getByRole('row', { name: new RegExp(market.near.name) })
      .getByText('Past niet: geen vrije plek')
      .waitFor();
    expect(new URL(page.url()).searchParams.get('alles')).toBe('1');
    await expectAccessible(page, 'search for a request, with offerings that do not fit');
    await screenshot(page, 'staff-zoeken');

    // A search without a request, with a mistake first.
    await page.getByRole('link', { name: 'Zoeken zonder aanvraag' }).click();
    await page.getByLabel('Maximale afstand in kilometers').fill('10');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page
      .getByRole('link', {
        name: 'Vul ook een postcode in: de afstand wordt vanaf die postcode gemeten.',
      })
      .waitFor();
    await expectAccessible(page, 'search with a mistake');
    await page.getByLabel('Postcode').fill('1261');
    await page.getByLabel('Product').selectOption({ label: 'Hulp bij het huishouden' });
    await page.getByLabel('Naam van de aanbieder').fill(market.far.name);
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    // The previous search's table may still show this provider: wait for the new result, a
    // header row and this one offering.
    await waitForCount(results.getByRole('row'), 2, 'the header and one offering');
    await results.getByRole('row', { name: new RegExp(market.far.name) }).waitFor();

    // Close the request, after a confirmation.
    await page.goto(requestUrl);
    await page
      .getByRole('heading', { level: 1, name: `Aanvraag ${stored.request.reference}` })
      .waitFor();
    await page.getByRole('button', { name: 'Aanvraag sluiten' }).click();
    await page.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
    await expectAccessible(page, 'close confirmation');
    await page.getByRole('button', { name: 'Ja, aanvraag sluiten' }).click();
    await page.getByText('De aanvraag is gesloten.').waitFor();
    await page
      .getByText('Deze aanvraag is afgesloten. De lijst wordt niet meer bijgewerkt.')
      .waitFor();
    await expectAccessible(page, 'closed request');

    // The list: the request is there, closed; filters and counts.
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Aanvragen' })
      .click();
    const row = page.getByRole('row', { name: new RegExp(stored.request.reference) });
    await row.getByText('Gesloten').waitFor();
    await row.getByText('Hulp bij het huishouden').waitFor();
    await expectAccessible(page, 'request list');
    await screenshot(page, 'staff-aanvragen');
    await page.getByRole('link', { name: /^Gesloten \(\d+\)$/ }).click();
    await page.getByRole('table', { name: 'Aanvragen met status gesloten' }).waitFor();
    await row.waitFor();
    expect(new URL(page.url()).search).toBe('?status=CLOSED');
    await expectAccessible(page, 'request list filtered on status');

    await page.getByLabel('Product').selectOption({ label: 'Hulp bij het huishouden' });
    await page.getByLabel('Urgentie').selectOption({ label: 'Crisis' });
    await page.getByRole('button', { name: 'Filters toepassen' }).click();
    await page.getByRole('heading', { name: 'Geen aanvragen gevonden' }).waitFor();
    await expectAccessible(page, 'request list without results');

    expect(problems()).toEqual([]);
    await context.close();
  });

  it('says when the connection is gone, and recovers when it is back', async () => {
    const { context, page, problems } = await aLarenConsultantLoggedIn();
    await page
      .getByRole('table')
      .or(page.getByRole('heading', { level: 2 }))
      .first()
      .waitFor();

    await context.setOffline(true);
    await page.getByRole('link', { name: /^Geplaatst \(\d+\)$/ }).click();
    await page.getByText('U bent offline.', { exact: false }).waitFor();
    const failed = page
      .getByRole('alert')
      .filter({ hasText: 'De aanvragen konden niet worden geladen' });
    await failed.getByText(/geen verbinding met de server/).waitFor();
    await expectAccessible(page, 'request list while offline');

    await context.setOffline(false);
    await failed.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await failed.waitFor({ state: 'detached' });
    await page
      .getByRole('table', { name: 'Aanvragen met status geplaatst' })
      .or(page.getByRole('heading', { name: 'Geen aanvragen gevonden' }))
      .waitFor();
    // Only the requests made while offline may fail; nothing else may log an error.
    expect(problems().filter((problem) => !problem.includes('ERR_INTERNET_DISCONNECTED'))).toEqual(
      [],
    );
    await context.close();
  });

  it('says so when a request does not exist for the consultant', async () => {
    const { context, page, problems } = await aLarenConsultantLoggedIn();
    await page.goto(appUrl('/aanvragen/0123456789abcdef01234567'));
    await page.getByRole('heading', { level: 1, name: 'Aanvraag niet gevonden' }).waitFor();
    await expectAccessible(page, 'request not found');
    expect(problems()).toEqual([]);
    await context.close();
  });
});
