import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { graphqlOk } from '../support/graphql-client';
import { createProvider, loginAsAdmin, PASSWORD, unique } from '../support/scenario';
import { withPolicyLock } from '../support/policy-lock';
import { testEnv } from '../support/test-env';
import { appUrl, expectAccessible, HOME, logIn, PHONE, screenshot, setUpBrowser } from './browser';

/** Amsterdam (Weesp): no other suite's requests live there, so changing its policy moves nobody. */
const POLICY_MUNICIPALITY = { code: 'GM0363', name: 'Amsterdam (Weesp)' };

const { openPage } = setUpBrowser();

async function logInAsAdmin(page: Page): Promise<void> {
  const { appEnv } = testEnv();
  const email = appEnv.BOOTSTRAP_ADMIN_EMAIL ?? '';
  await logIn(page, email, HOME.admin, appEnv.BOOTSTRAP_ADMIN_PASSWORD ?? '');
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
// Expressions run in the page (strings: the tests compile without the DOM's types).
const activeElementId = (page: Page) => page.evaluate<string>("document.activeElement?.id ?? ''");
const activeElementClass = (page: Page) =>
  page.evaluate<string>("document.activeElement?.className ?? ''");

/** Searches the users list for a text and returns the row of the one account found. */
async function findUserRow(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Naam of e-mailadres' }).fill(text);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('table', { name: '1 gebruiker gevonden' }).waitFor();
  return page.getByRole('row').filter({ hasText: text });
}

describe('the administrators’ screens', () => {
  it('creates a consultant through the form, after showing what is wrong, and the consultant can log in', async () => {
    const { context, page, problems } = await openPage();
    await logInAsAdmin(page);
    await page.waitForURL(/\/beheer$/);
    await heading(page, 'Beheer').waitFor();
    await expectAccessible(page, 'admin home');
    await screenshot(page, 'beheer');

    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await menu.getByRole('link', { name: 'Gebruikers' }).click();
    await heading(page, 'Gebruikers').waitFor();
    await page.getByRole('table').waitFor();
    expect(await menu.getByRole('link', { name: 'Gebruikers' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await expectAccessible(page, 'users list');
    await screenshot(page, 'beheer-gebruikers');

    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await heading(page, 'Nieuwe gebruiker').waitFor();
    await expectAccessible(page, 'new user form');

    // An empty form: every mistake in the summary (focused) and next to its field.
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    const summary = page.getByRole('alert').filter({ hasText: /^Controleer d/ });
    await summary.getByRole('link', { name: 'Kies de rol van de gebruiker.' }).waitFor();
    expect(await activeElementClass(page)).toContain('wmo-error-summary');
    for (const message of [
      'Vul de naam van de gebruiker in.',
      'Vul het e-mailadres in.',
      'Vul een eerste wachtwoord in.',
    ]) {
      await summary.getByRole('link', { name: message }).waitFor();
    }
    expect(
      await page.getByLabel('E-mailadres', { exact: true }).getAttribute('aria-describedby'),
    ).toContain('user-email-error');
    await expectAccessible(page, 'new user form with empty fields');

    // Consultant chosen, but no municipality, a wrong email address and a short password.
    const family = unique('Vries');
    const name = `Sanne ${family}`;
    const email = `${family.toLowerCase()}@hilversum.test`;
    await page.getByLabel('Consulent: werkt voor een of meer gemeenten').check();
    await page.getByRole('group', { name: 'Gemeenten' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('E-mailadres', { exact: true }).fill('sanne@');
    await page.getByLabel('Eerste wachtwoord').fill('kort');
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await summary.getByRole('link', { name: 'Kies minstens één gemeente.' }).waitFor();
    await summary
      .getByRole('link', { name: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' })
      .waitFor();
    const tooShort = 'Het wachtwoord moet minstens 12 tekens hebben. Nu zijn het er 4.';
    await summary.getByRole('link', { name: tooShort }).click();
    expect(await activeElementId(page)).toBe('user-password');
    await expectAccessible(page, 'new user form with mistakes');
    await screenshot(page, 'beheer-nieuwe-gebruiker-fouten');

    await page.getByLabel('Hilversum').check();
    await page.getByLabel('Huizen').check();
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await page.waitForURL(/\/beheer\/gebruikers$/);
    await page.getByText(`Het account van ${name} is gemaakt.`).waitFor();
    await expectAccessible(page, 'users list after creating an account');

    const row = await findUserRow(page, family);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      email,
      'Consulent',
      'Hilversum en Huizen',
    ]);
    expect(await row.getByRole('rowheader').textContent()).toBe(name);

    // The same email address again: the server's CONFLICT, next to the email field.
    await page.getByRole('link', { name: 'Nieuwe gebruiker' }).click();
    await page.getByLabel('Beheerder: beheert het platform').check();
    await page.getByLabel('Naam', { exact: true }).fill('Tweede account');
    await page.getByLabel('E-mailadres', { exact: true }).fill(email.toUpperCase());
    await page.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    const taken = 'Er bestaat al een account met dit e-mailadres.';
    await summary.getByRole('link', { name: taken }).waitFor();
    expect(await page.locator('#user-email-error').textContent()).toBe(taken);
    await expectAccessible(page, 'new user form with an email address that is taken');

    // The new consultant logs in in a browser of their own and lands on their first screen.
    const consultant = await openPage();
    await logIn(consultant.page, email, HOME.staff);
    await consultant.page.getByText(name).first().waitFor();
    expect(consultant.problems()).toEqual([]);
    await consultant.context.close();

    expect(problems()).toEqual([]);
    await context.close();
  });

  it('adds a provider from the new user form and makes an account for one of its employees', async () => {
    const { context, page, problems } = await openPage();
    await logInAsAdmin(page);
    await page.goto(appUrl('/beheer/gebruikers/nieuw'));
    await page.getByLabel('Aanbieder: werkt voor één zorgaanbieder').check();
    await page.getByRole('group', { name: 'Aanbieder' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /aanbieder/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'new user form for a provider employee');

    const providerName = unique('Zorg aan de Vecht');
    await page.getByLabel('Naam', { exact: true }).fill('Piet Jansen');
    await page
      .getByRole('link', { name: 'Staat de aanbieder er niet bij? Voeg een nieuwe aanbieder toe' })
      .click();
    await heading(page, 'Nieuwe aanbieder').waitFor();
    await expectAccessible(page, 'new provider form');

    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: /^Controleer d/ });
    await summary.getByRole('link', { name: 'Vul de naam van de aanbieder in.' }).waitFor();
    await summary
      .getByRole('link', { name: 'Kies of de aanbieder een strategische partner is.' })
      .waitFor();
    await page.getByLabel('Naam van de aanbieder').fill(providerName);
    await page.getByLabel('Nee', { exact: true }).check();
    await page.getByLabel('Turks').check();
    await page.getByLabel('KvK-nummer').fill('1234567');
    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();
    await summary
      .getByRole('link', { name: 'Een KvK-nummer heeft 8 cijfers, zoals 12345678.' })
      .waitFor();
    await expectAccessible(page, 'new provider form with mistakes');
    await page.getByLabel('KvK-nummer').fill('1234 5678');
    await page.getByRole('button', { name: 'Aanbieder toevoegen' }).click();

    // Back on the new user form: the provider chosen, the name typed before still there.
    await heading(page, 'Nieuwe gebruiker').waitFor();
    await page.getByText(`Aanbieder ${providerName} is toegevoegd en gekozen.`).waitFor();
    expect(await page.getByLabel(providerName).isChecked()).toBe(true);
    expect(await page.getByLabel('Naam', { exact: true }).inputValue()).toBe('Piet Jansen');
    await expectAccessible(page, 'new user form with a provider just added');
    await screenshot(page, 'beheer-nieuwe-gebruiker-aanbieder');

    const email = `${unique('piet')}@vecht.test`;
    await page.getByLabel('E-mailadres', { exact: true }).fill(email);
    await page.getByLabel('Eerste wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Gebruiker maken' }).click();
    await page.getByText('Het account van Piet Jansen is gemaakt.').waitFor();
    const row = await findUserRow(page, email);
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      email,
      'Aanbieder',
      providerName,
    ]);

    // The provider in the providers list, found by a part of its name.
    await page.getByRole('link', { name: 'Aanbieders bekijken en toevoegen' }).click();
    await heading(page, 'Aanbieders').waitFor();
    await page.getByRole('table').waitFor();
    await page
      .getByRole('searchbox', { name: 'Naam of een deel ervan' })
      .fill(providerName.slice(-8));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('table', { name: '1 aanbieder gevonden' }).waitFor();
    const providerRow = page.getByRole('row').filter({ hasText: providerName });
    expect(await providerRow.getByRole('cell').allTextContents()).toEqual([
      'Nee',
      'Turks',
      '12345678',
      'Niet opgegeven',
      'Account maken',
    ]);
    await expectAccessible(page, 'providers list');
    await screenshot(page, 'beheer-aanbieders');

    // A search that finds nothing says so, and what to do.
    await page
      .getByRole('searchbox', { name: 'Naam of een deel ervan' })
      .fill(unique('bestaat-niet'));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { name: 'Geen aanbieders gevonden' }).waitFor();
    await expectAccessible(page, 'providers list without results');

    expect(problems()).toEqual([]);
    await context.close();
  });

  it('pages through a long list with the keyboard, and offers to try again when the list does not load', async () => {
    const admin = await loginAsAdmin();
    const family = unique('Pagina');
    for (let index = 1; index <= 21; index++) {
      await graphqlOk(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        {
          input: {
            role: 'ADMIN',
            name: `Beheerder ${index} ${family}`,
            email: `${unique('pagina')}@test.local`,
            password: PASSWORD,
          },
        },
        admin,
      );
    }
    const { context, page, problems } = await openPage();
    await logInAsAdmin(page);

    // The first answer fails: what happened, and a button to try again.
    let failNext = true;
    await page.route('**/graphql', async (route) => {
      if (failNext && route.request().postData()?.includes('AdminUserList')) {
        failNext = false;
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          }),
        });
        return;
      }
      await route.continue();
    });
    await page.goto(appUrl(`/beheer/gebruikers?zoek=${family}`));
    await page.getByText('De gebruikers konden niet worden geladen').waitFor();
    await expectAccessible(page, 'users list that did not load');
    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();

    const firstPage = page.getByRole('table', {
      name: '21 gebruikers gevonden: 1 tot en met 20 van 21',
    });
    await firstPage.waitFor();
    expect(await page.getByRole('row').count()).toBe(21);
    await page.getByRole('cell', { name: 'Beheerder' }).first().waitFor();
    await expectAccessible(page, 'users list, first of two pages');

    await page.getByRole('button', { name: 'Volgende pagina' }).focus();
    await page.keyboard.press('Enter');
    const secondPage = page.getByRole('table', {
      name: '21 gebruikers gevonden: 21 van 21',
    });
    await secondPage.waitFor();
    // Focus follows to the new page's table, so its caption is read out.
    expect(await page.evaluate<string | null>("document.activeElement?.getAttribute('role')")).toBe(
      'region',
    );
    await page.getByRole('rowheader', { name: `Beheerder 1 ${family}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Volgende pagina' }).count()).toBe(0);
    await expectAccessible(page, 'users list, second page');

    await page.getByRole('button', { name: 'Vorige pagina' }).focus();
    await page.keyboard.press('Enter');
    await firstPage.waitFor();
    await page.getByRole('rowheader', { name: `Beheerder 21 ${family}` }).waitFor();

    // A search that finds nothing says so, and what to do.
    await page.getByRole('searchbox', { name: 'Naam of e-mailadres' }).fill(unique('niemand'));
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('heading', { name: 'Geen gebruikers gevonden' }).waitFor();
    await expectAccessible(page, 'users list without results');

    expect(problems()).toEqual([]);
    await context.close();
  });

  it('fits the admin pages on a 320 px wide screen', async () => {
    const provider = await createProvider(await loginAsAdmin(), { name: unique('Smalle zorg') });
    const { context, page, problems } = await openPage({
      ...PHONE,
      viewport: { width: 320, height: 640 },
    });
    await logInAsAdmin(page);
    const pages: [string, string][] = [
      ['/beheer', 'Beheer'],
      [`/beheer/gebruikers?zoek=admin`, 'Gebruikers'],
      ['/beheer/gebruikers/nieuw', 'Nieuwe gebruiker'],
      [`/beheer/aanbieders?zoek=${provider.name}`, 'Aanbieders'],
      ['/beheer/aanbieders/nieuw', 'Nieuwe aanbieder'],
      [`/beheer/beleid?gemeente=${POLICY_MUNICIPALITY.code}`, 'Matchingbeleid'],
      ['/beheer/matching', 'Matchingstatus'],
    ];
    for (const [path, title] of pages) {
      await page.goto(appUrl(path));
      await heading(page, title).waitFor();
      await page.locator('main input, main table, main .wmo-card, main dl').first().waitFor();
      // Nothing wider than the screen: a wide table scrolls inside its own region.
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect({ path, overflow }).toEqual({ path, overflow: 0 });
      await expectAccessible(page, `${path} at 320 px`);
    }
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('changes a weight of a municipality’s matching policy and shows the new version', async () => {
    // Another suite changes this municipality's policy too: one at a time.
    await withPolicyLock(POLICY_MUNICIPALITY.code, async () => {
      const admin = await loginAsAdmin();
      const query = `query($code: String!) { matchingPolicy(municipalityCode: $code) { version weights { distance } } }`;
      const before = (
        await graphqlOk<{ matchingPolicy: { version: number; weights: { distance: number } } }>(
          query,
          { code: POLICY_MUNICIPALITY.code },
          admin,
        )
      ).matchingPolicy;

      const { context, page, problems } = await openPage();
      await logInAsAdmin(page);
      await page
        .getByRole('navigation', { name: 'Hoofdmenu' })
        .getByRole('link', { name: 'Matchingbeleid' })
        .click();
      await heading(page, 'Matchingbeleid').waitFor();
      await page.getByText('Kies eerst een gemeente.', { exact: false }).waitFor();
      await expectAccessible(page, 'policy page before choosing a municipality');

      await page.getByLabel('Gemeente').selectOption({ label: POLICY_MUNICIPALITY.name });
      const section = page.getByRole('region', { name: `Beleid voor ${POLICY_MUNICIPALITY.name}` });
      await section.getByLabel('Afstand', { exact: true }).waitFor();
      const version =
        before.version === 0 ? 'Standaardbeleid van het platform' : `${before.version}`;
      await section.getByText(version, { exact: true }).waitFor();
      expect(await section.getByLabel('Afstand', { exact: true }).inputValue()).toBe(
        String(before.weights.distance).replace('.', ','),
      );
      await section.getByText('Hoe zwaar telt de afstand', { exact: false }).waitFor();
      await expectAccessible(page, 'policy of a municipality');
      await screenshot(page, 'beheer-beleid');

      await section.getByLabel('Afstand', { exact: true }).fill('-1');
      await section.getByLabel('Aantal opties op een shortlijst').fill('0');
      await page.getByRole('button', { name: 'Beleid opslaan' }).click();
      const summary = page.getByRole('alert').filter({ hasText: /^Controleer d/ });
      await summary
        .getByRole('link', { name: 'Vul een getal van 0 tot en met 1000 in.' })
        .waitFor();
      await summary
        .getByRole('link', { name: 'Vul een heel getal van 1 tot en met 50 in.' })
        .waitFor();
      await expectAccessible(page, 'policy form with mistakes');

      const distance = before.weights.distance + 5;
      await section.getByLabel('Afstand', { exact: true }).fill(String(distance));
      await section.getByLabel('Aantal opties op een shortlijst').fill('5');
      await page.getByRole('button', { name: 'Beleid opslaan' }).click();
      const saved = `Versie ${before.version + 1} van het beleid voor ${POLICY_MUNICIPALITY.name} is opgeslagen.`;
      await page.getByText(saved).waitFor();
      await page
        .getByText(
          `Alle open shortlijsten van ${POLICY_MUNICIPALITY.name} worden nu opnieuw berekend.`,
          {
            exact: false,
          },
        )
        .waitFor();
      await section.getByText(`${before.version + 1}`, { exact: true }).waitFor();
      expect(await section.getByLabel('Afstand', { exact: true }).inputValue()).toBe(
        String(distance),
      );
      await expectAccessible(page, 'policy saved');

      const after = (
        await graphqlOk<{ matchingPolicy: { version: number; weights: { distance: number } } }>(
          query,
          { code: POLICY_MUNICIPALITY.code },
          admin,
        )
      ).matchingPolicy;
      expect(after).toEqual({ version: before.version + 1, weights: { distance } });
      expect(problems()).toEqual([]);
      await context.close();
    });
  });

  it('shows the matching status live, and the result of a sweep started there', async () => {
    const { context, page, problems } = await openPage();
    await logInAsAdmin(page);
    await page
      .getByRole('navigation', { name: 'Hoofdmenu' })
      .getByRole('link', { name: 'Matchingstatus' })
      .click();
    await heading(page, 'Matchingstatus').waitFor();
    const stamp = page.locator('.wmo-live-stamp time');
    await stamp.waitFor();
    await page.getByRole('heading', { name: 'Werk dat nu wacht' }).waitFor();
    await expectAccessible(page, 'matching status');
    await screenshot(page, 'beheer-matching');

    // Read again every few seconds while the page is open.
    const firstMeasured = await stamp.getAttribute('datetime');
    await eventually(
      () => stamp.getAttribute('datetime'),
      (measured) => measured !== firstMeasured,
      { timeoutMs: 15_000, intervalMs: 250, what: 'the status to be read again' },
    );

    const finished = page.getByRole('region', { name: 'Laatste controle' }).locator('time').nth(1);
    const finishedBefore =
      (await finished.count()) > 0 ? await finished.getAttribute('datetime') : null;
    await page.getByRole('button', { name: 'Controle nu starten' }).click();
    await page.getByText('De controle is klaar:', { exact: false }).waitFor({ timeout: 60_000 });
    const finishedAfter = await finished.getAttribute('datetime');
    expect(finishedAfter).not.toBe(finishedBefore);
    expect(Date.parse(finishedAfter ?? '')).toBeGreaterThan(Date.parse(finishedBefore ?? '0'));
    await page.getByText('gestart door een beheerder').waitFor();
    await expectAccessible(page, 'matching status after a sweep');
    await screenshot(page, 'beheer-matching-controle');

    expect(problems()).toEqual([]);
    await context.close();
  });
});
