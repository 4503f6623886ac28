import { graphqlOk } from '../support/graphql-client';
import { startPrivateStack, type PrivateStack } from '../support/private-stack';
import { aReferralWorld, createReferral, ok } from '../support/referral-scenario';
import { SmtpMailbox } from '../support/smtp-mailbox';
import { DESKTOP, expectAccessible, HOME, logIn, screenshot, setUpBrowser } from './browser';

/**
 * The bell and the Meldingen page, used by a provider: a referral arrives while the page is
 * open, the count goes up without a reload, the list shows it, the provider marks it read and
 * switches e-mail off. A private stack with an SMTP server, so the e-mail setting is offered.
 */
const { openPage } = setUpBrowser();

let mailbox: SmtpMailbox;
let stack: PrivateStack;
let sharedEnv: string | undefined;

beforeAll(async () => {
  mailbox = new SmtpMailbox();
  const port = await mailbox.start();
  stack = await startPrivateStack({ SMTP_URL: `smtp://127.0.0.1:${port}` });
  sharedEnv = process.env.WMO_TEST_ENV;
  const shared = JSON.parse(sharedEnv ?? '{}') as { appEnv: unknown };
  process.env.WMO_TEST_ENV = JSON.stringify({ apiUrl: stack.apiUrl, appEnv: shared.appEnv });
}, 120_000);

afterAll(async () => {
  process.env.WMO_TEST_ENV = sharedEnv;
  await stack?.stop();
  await mailbox?.stop();
}, 30_000);

describe('notifications in the web app', () => {
  it('shows a new referral live in the bell, lists it, marks it read and switches e-mail off', async () => {
    const world = await aReferralWorld();
    const owner = world.owner as typeof world.owner & { email: string };
    const { context, page, problems } = await openPage(DESKTOP);
    await logIn(page, owner.email, HOME.provider);
    const bell = (name: string) => page.getByRole('link', { name, exact: true });
    await bell('Meldingen (geen nieuwe)').waitFor();

    const request = await world.newRequest();
    ok(await createReferral(world.staff.token, request.id, world.offering.id));
    // No reload: the subscription brings the count and an announcement.
    await bell('Meldingen 1 nieuwe').waitFor({ timeout: 30_000 });
    await page.getByRole('status').getByText('Nieuwe melding: Nieuwe aanmelding').waitFor();
    await expectAccessible(page, 'header with one new notification');

    await bell('Meldingen 1 nieuwe').click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const list = page.getByRole('list', { name: 'Uw meldingen' });
    await list.getByText('Nieuwe aanmelding', { exact: true }).waitFor();
    await list.getByText(request.reference, { exact: false }).waitFor();
    await list.getByText('Nieuw', { exact: true }).waitFor();
    await expectAccessible(page, 'notifications page with an unread notification');
    await screenshot(page, 'meldingen');

    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
    await page.getByText('Alle meldingen staan nu op gelezen.').waitFor();
    await list.getByText('Gelezen', { exact: true }).waitFor();
    await bell('Meldingen (geen nieuwe)').waitFor();

    const email = page.getByRole('checkbox', {
      name: 'Stuur mij ook een e-mail bij een nieuwe melding',
    });
    expect(await email.isChecked()).toBe(true);
    await email.uncheck();
    await page.getByText('U krijgt geen e-mail meer.', { exact: false }).waitFor();
    expect(await email.isChecked()).toBe(false);
    const stored = await graphqlOk<{ notificationSettings: { emailEnabled: boolean } }>(
      'query { notificationSettings { emailEnabled } }',
      {},
      owner.token,
    );
    expect(stored.notificationSettings.emailEnabled).toBe(false);
    await expectAccessible(page, 'notifications page after switching e-mail off');

    // The link of a notification leads to where it is about.
    await list.getByRole('link', { name: /^Bekijken\s*: Nieuwe aanmelding$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
    expect(problems()).toEqual([]);
    await context.close();
  });
});
