import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';
import { eventually } from '../support/eventually';
import { PASSWORD } from '../support/scenario';
import { testEnv } from '../support/test-env';

/** Debian's Chromium; never a browser download (CHROMIUM_PATH overrides). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'dist', 'screenshots');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The machine has no internet: keep Chromium from calling home at all.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export const DESKTOP: BrowserContextOptions = {
  viewport: { width: 1280, height: 900 },
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
};

export const PHONE: BrowserContextOptions = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'nl-NL',
  timezoneId: 'Europe/Amsterdam',
};

export function appUrl(path: string): string {
  return `${testEnv().apiUrl}${path}`;
}

/** A page in a browser context of its own (own cookies, so own session), and its problems. */
export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors, page errors and third-party requests so far (watchForPageErrors). */
  readonly problems: () => string[];
}

/**
 * One Chromium for the test file: started before its tests and closed after them. `openPage`
 * gives each person in a test a browser context of their own.
 */
export function setUpBrowser() {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async openPage(
      options: BrowserContextOptions = DESKTOP,
      { fakeClock = false }: { fakeClock?: boolean } = {},
    ): Promise<OpenPage> {
      if (!browser) throw new Error('openPage runs inside a test, after the browser has started');
      const context = await browser.newContext(options);
      // A fake clock that runs along with the real one, so a test can bring a poll forward.
      if (fakeClock) await context.clock.install();
      const page = await context.newPage();
      return { context, page, problems: watchForPageErrors(page) };
    },
  };
}

/** Where each role lands after logging in: the address and the page's heading. */
export const HOME = {
  staff: { url: /\/aanvragen$/, title: 'Aanvragen' },
  provider: { url: /\/aanbod$/, title: 'Mijn aanbod' },
  admin: { url: /\/beheer$/, title: 'Beheer' },
  policy: { url: /\/dekking$/, title: 'Dekking' },
} as const;

/**
 * Logs in through the login page, as a person would, and waits until their first screen shows
 * (its address, its heading and the logout button).
 */
export async function logIn(
  page: Page,
  email: string,
  home: { readonly url: RegExp; readonly title: string },
  password = PASSWORD,
): Promise<void> {
  await page.goto(appUrl('/inloggen'));
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(home.url);
  await page.getByRole('heading', { level: 1, name: home.title }).waitFor();
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/**
 * Fails with every WCAG 2.1 A/AA violation axe finds on the page as it is now, named with the
 * page state, so a failure says where and what.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const violations = result.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n    ${v.nodes
        .slice(0, 5)
        .map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`.replace(/\s+/g, ' '))
        .join('\n    ')}`,
  );
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} violation(s) on ${state}:\n  ${violations.join('\n  ')}`,
    );
  }
  axeLog.push({ state, passes: result.passes.length });
}

/** What axe checked in this test file (state → number of rules passed), for the summary. */
export const axeLog: { state: string; passes: number }[] = [];

/** Saves a screenshot of the main pages (committed set: docs/screenshots). */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Collects console errors and failed requests: a page that logs errors fails the test. */
export function watchForPageErrors(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(testEnv().apiUrl).origin && url.protocol !== 'data:') {
      problems.push(`third-party request: ${request.url()}`);
    }
  });
  return () => problems;
}

/** The text of the element that has keyboard focus. */
export async function focusedText(page: Page): Promise<string> {
  return String((await page.evaluate('document.activeElement?.textContent ?? ""')) ?? '');
}

/** The class of the element that has keyboard focus. */
export async function focusedClass(page: Page): Promise<string> {
  return String((await page.evaluate('document.activeElement?.className ?? ""')) ?? '');
}

/** How wide the page is: wider than the viewport means sideways scrolling. */
export async function pageWidth(page: Page): Promise<number> {
  return Number(await page.evaluate('document.documentElement.scrollWidth'));
}

/** Waits until a locator matches exactly `count` elements (no fixed sleeps). */
export async function waitForCount(
  locator: { count(): Promise<number> },
  count: number,
  what = `${count} elements`,
): Promise<void> {
  await eventually(
    () => locator.count(),
    (n) => n === count,
    { what },
  );
}
