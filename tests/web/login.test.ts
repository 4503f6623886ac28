import { createUser, loginAsAdmin, PASSWORD } from '../support/scenario';
import { appUrl, DESKTOP, expectAccessible, screenshot, setUpBrowser } from './browser';

const { openPage } = setUpBrowser();

describe('logging in to the web app', () => {
  it('keeps a consultant logged in across reloads until they log out', async () => {
    const admin = await loginAsAdmin();
    const { email } = await createUser(admin, { role: 'STAFF', municipalityCodes: ['GM0402'] });
    const { context, page, problems } = await openPage(DESKTOP);

    await page.goto(appUrl('/'));
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectAccessible(page, 'login page');
    await screenshot(page, 'inloggen');

    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Vul uw e-mailadres in.' }).waitFor();
    await expectAccessible(page, 'login page with empty fields');

    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill('not-the-password');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    await expectAccessible(page, 'login page with a wrong password');

    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.waitForURL(/\/aanvragen$/);
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/aanvragen');

    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('U bent uitgelogd.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(problems()).toEqual([]);
    await context.close();
  });

  it('serves the pages with a strict content security policy', async () => {
    const response = await fetch(appUrl('/inloggen'), { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
