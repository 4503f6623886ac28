import type { Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { graphqlOk } from '../support/graphql-client';
import { createResidentLink, revokeResidentLinks } from '../support/resident-links';
import {
  aPrivateLanguages,
  anOfferingInput,
  createOffering,
  createProvider,
  createRequest,
  createUser,
  loginAsAdmin,
  shortlistOf,
  updateCapacity,
} from '../support/scenario';
import {
  appUrl,
  expectAccessible,
  focusedClass,
  focusedText,
  pageWidth,
  waitForCount,
  PHONE,
  screenshot,
  setUpBrowser,
} from './browser';

const { openPage } = setUpBrowser();

/** Three offerings of two providers that only this test's request fits (private languages). */
async function aResidentWithOptions() {
  const admin = await loginAsAdmin();
  const staff = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
  const languages = aPrivateLanguages();
  const near = await createProvider(staff.token, {
    name: 'Buurtzorg Hilversum Test',
    languages: ['nl', ...languages],
  });
  const far = await createProvider(staff.token, {
    name: 'Zorggroep Vecht Test',
    languages: ['nl', ...languages],
  });
  const offerings = [
    await createOffering(
      staff.token,
      anOfferingInput(near.id, {
        postcode: '1215AA',
        freePlaces: 2,
        waitingWeeks: 0,
        specialisms: ['GGZ', 'AUTISME'],
      }),
    ),
    await createOffering(
      staff.token,
      anOfferingInput(far.id, { postcode: '1211AB', freePlaces: 1, waitingWeeks: 3 }),
    ),
    await createOffering(
      staff.token,
      anOfferingInput(far.id, { postcode: '1216AB', freePlaces: 4, waitingWeeks: 1 }),
    ),
  ];
  const request = await createRequest(staff.token, {
    postcode: '1215',
    requiredLanguages: languages,
  });
  await eventually(
    () => shortlistOf(staff.token, request.id),
    (s) => (s?.options.length ?? 0) === 3,
    { what: 'a shortlist with the three offerings' },
  );
  const link = await createResidentLink(staff.token, request.id);
  return { staff, admin, request, offerings, link };
}

async function openAsResident(page: Page, token: string) {
  await page.goto(appUrl(`/inwoner#${token}`));
  await page.getByRole('heading', { level: 1, name: 'Uw mogelijkheden' }).waitFor();
}

const preferredOf = async (staffToken: string, requestId: string) =>
  (
    await graphqlOk<{ request: { preferredOfferingId: string | null } }>(
      `query($id: ID!) { request(id: $id) { preferredOfferingId } }`,
      { id: requestId },
      staffToken,
    )
  ).request.preferredOfferingId;

describe('the resident page', () => {
  it('shows the options on a phone, follows changes live and takes a preference', async () => {
    const { staff, admin, request, offerings, link } = await aResidentWithOptions();
    const { context, page, problems } = await openPage(PHONE);
    const sentUrls: string[] = [];
    page.on('request', (r) => sentUrls.push(r.url()));

    await openAsResident(page, link.token);
    const cards = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await waitForCount(cards, 3);
    await page.getByText('Mogelijkheid 1 van 3').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Buurtzorg Hilversum Test' }).waitFor();
    await page.getByText('Heeft ook ervaring met autismespectrum').waitFor();
    expect(await page.getByText(/score|punten|AUTISME|BEG_/).count()).toBe(0);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
    await expectAccessible(page, 'resident page with options');
    await screenshot(page, 'inwoner-opties');

    // A provider fills its last places: the list changes without a reload, and says so.
    await updateCapacity(admin, offerings[1]!.id, 0);
    await page.getByText(/Uw lijst is bijgewerkt om \d\d:\d\d/).waitFor();
    await waitForCount(cards, 2);
    await expectAccessible(page, 'resident page after a live update');

    await page.getByRole('button', { name: 'Kies Buurtzorg Hilversum Test' }).click();
    await page.getByText(/U kiest Buurtzorg Hilversum Test/).waitFor();
    await expectAccessible(page, 'resident page asking to confirm a choice');
    await page.getByRole('button', { name: 'Ja, dit kies ik' }).click();
    await page.getByText(/Gelukt\. U hebt gekozen voor Buurtzorg Hilversum Test/).waitFor();
    await page.getByText('Uw keuze', { exact: true }).waitFor();
    await expectAccessible(page, 'resident page after choosing');
    await screenshot(page, 'inwoner-keuze');
    expect(await preferredOf(staff.token, request.id)).toBe(offerings[0]!.id);

    // The token only ever travels in the Authorization header, never in a URL.
    expect(sentUrls.filter((url) => url.includes(link.token))).toEqual([]);
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { staff, request, offerings, link } = await aResidentWithOptions();
    const { context, page } = await openPage(PHONE);
    await openAsResident(page, link.token);
    await page.getByText('Mogelijkheid 3 van 3').waitFor();

    // From the top of the page: the skip link comes first and leads to the content.
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Naar de inhoud');
    const target = 'Kies Zorggroep Vecht Test';
    for (let presses = 0; presses < 20; presses += 1) {
      await page.keyboard.press('Tab');
      const focused = await focusedText(page);
      if (focused === target) break;
    }
    expect(await focusedText(page)).toBe(target);
    await page.keyboard.press('Enter');
    // Focus moves to the question; the first Tab reaches "Ja, dit kies ik".
    await page.getByText(/U kiest Zorggroep Vecht Test/).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Ja, dit kies ik');
    await page.keyboard.press('Enter');
    await page.getByText(/Gelukt\. U hebt gekozen voor Zorggroep Vecht Test/).waitFor();
    expect(await focusedClass(page)).toContain('wmo-focus-target');
    await expectAccessible(page, 'resident page after a keyboard-only choice');
    const chosenId = await preferredOf(staff.token, request.id);
    expect([offerings[1]!.id, offerings[2]!.id]).toContain(chosenId);
    await context.close();
  });

  it('explains a revoked or broken link in plain words', async () => {
    const { staff, request, link } = await aResidentWithOptions();
    await revokeResidentLinks(staff.token, request.id);
    const { context, page, problems } = await openPage(PHONE);
    await page.goto(appUrl(`/inwoner#${link.token}`));
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' }).waitFor();
    await page.getByText(/Neem contact op met uw consulent/).waitFor();
    await expectAccessible(page, 'resident page with a revoked link');
    await screenshot(page, 'inwoner-link-verlopen');

    await page.goto(appUrl('/inwoner#niet-een-token'));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Deze link werkt niet (meer)' }).waitFor();
    // The revoked token's refusal is expected; nothing else may go wrong.
    expect(problems().filter((p) => !p.includes('401') && !p.includes('UNAUTHENTICATED'))).toEqual(
      [],
    );
    await context.close();
  });
});
