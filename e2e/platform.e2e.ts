/**
 * The platform through its real web app in Chromium, from an empty instance: first-run set-up,
 * two-step enrolment, signing out and in, inviting a caseworker who joins in another browser,
 * switching language, keyboard-only sign-in; axe-core on every screen; no CSP violation and
 * no uncaught error anywhere.
 *
 * One platform for the file; the tests run in order and each starts where the last one ended.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  axeViolations,
  describeFindings,
  type Enrolment,
  enrolTotp,
  field,
  heading,
  isFocused,
  localeString,
  navigationLinks,
  type PageProblems,
  screenshot,
  signOut,
  tabTo,
  totpCode,
  watchedContext,
} from './pages.js';

const NETWORK = 'Aegean Referral Network';
const ORGANISATION = 'Safe Harbour Athens';
const ADMIN = { name: 'Ada Lovelace', email: 'ada@safe-harbour.example', password: 'lantern orbit quietly 47' };
const CASEWORKER = { name: 'Nikos Papadakis', email: 'nikos@safe-harbour.example', password: 'harbour lights at dusk 19' };

let haven: RunningHaven;
let browser: Browser;
let adminContext: BrowserContext;
let admin: Page;
let adminEnrolment: Enrolment;
/** Greek strings as the platform was built with them (read once it is up: translators may be at work). */
let greek: { home: string; menu: string; heading: string; headingTranslated: boolean };
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];
const screensChecked: string[] = [];

/** axe-core on the page as it is now; serious and critical findings fail the test at once. */
async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  screensChecked.push(screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

async function goTo(page: Page, link: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await heading(page, title).waitFor();
}

const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');

/** The interface language saved on the signed-in user (the page's own session cookie). */
async function savedLanguage(page: Page): Promise<string> {
  const me = (await (await page.request.get(`${haven.url}/api/me`)).json()) as { user: { language: string } };
  return me.user.language;
}

/** Retries an observation until it matches (lazy chunks and translations can take a moment). */
const poll = <T>(observe: () => Promise<T>) => expect.poll(observe, { timeout: 10_000 });

/**
 * A test that builds on the ones before it: skipped (not failed once more, after a timeout)
 * when an earlier one failed, so a broken step is reported once and the run stays short.
 */
let broken: string | null = null;
function step(name: string, body: () => Promise<void>): void {
  it(name, async (context) => {
    if (broken) context.skip(`an earlier step failed: ${broken}`);
    try {
      await body();
    } catch (error) {
      broken = name;
      throw error;
    }
  });
}

describe('Haven in the browser', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    greek = {
      home: localeString('el', 'common', 'nav.home'),
      menu: localeString('el', 'common', 'language.menu').replace('{language}', 'Ελληνικά'),
      heading: localeString('el', 'home', 'title').replace('{name}', ADMIN.name),
      headingTranslated: localeString('el', 'home', 'title') !== localeString('en', 'home', 'title'),
    };
    adminContext = await watchedContext(browser, problems);
    admin = await adminContext.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('sets up a fresh instance on first run', async () => {
    await admin.goto(haven.url);
    await admin.waitForURL(/\/setup$/);
    await heading(admin, 'Set up Haven').waitFor();
    await checkA11y(admin, 'set-up');
    await screenshot(admin, 'setup');

    await field(admin, 'Network name').fill(NETWORK);
    const languages = admin.getByRole('group', { name: 'Network languages' });
    expect(await languages.getByRole('checkbox', { name: 'English', exact: true }).isChecked()).toBe(true);
    await languages.getByRole('checkbox', { name: 'Ελληνικά', exact: true }).check();

    await field(admin, 'Organisation name').fill(ORGANISATION);
    await admin.getByRole('combobox', { name: 'Country' }).fill('Gree');
    await admin.getByRole('option', { name: 'Greece', exact: true }).click();
    await admin.getByRole('combobox', { name: 'Type of organisation' }).selectOption('ngo');

    await field(admin, 'Your name').fill(ADMIN.name);
    await field(admin, 'E-mail address').fill(ADMIN.email);
    await field(admin, 'Password').fill(ADMIN.password);
    await field(admin, 'Confirm password').fill(ADMIN.password);
    expect(await admin.getByRole('combobox', { name: 'Your language' }).inputValue()).toBe('en');
    await admin.getByRole('button', { name: 'Set up Haven' }).click();

    await admin.waitForURL(/\/enrol$/);
  });

  step('enrols two-step verification with the key shown on the page and shows recovery codes', async () => {
    adminEnrolment = await enrolTotp(admin, {
      beforeConfirm: () => checkA11y(admin, 'enrolment'),
      onCodes: () => checkA11y(admin, 'recovery codes'),
    });
    expect(adminEnrolment.recoveryCodes.length).toBeGreaterThanOrEqual(8);
    for (const code of adminEnrolment.recoveryCodes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
    expect(new Set(adminEnrolment.recoveryCodes).size).toBe(adminEnrolment.recoveryCodes.length);

    await heading(admin, `Welcome, ${ADMIN.name}`).waitFor();
    expect(await admin.getByTestId('network-name').textContent()).toBe(NETWORK);
    expect(await admin.getByTestId('home-organisation').textContent()).toBe(ORGANISATION);
    await admin.getByText('Greece', { exact: true }).waitFor();
    expect(await navigationLinks(admin)).toEqual([
      'Home',
      'Persons',
      'Cases',
      'My tasks',
      'Case settings',
      'Screening',
      'Hotline',
      'Outreach',
      'Hotline figures',
      'Referrals',
      'Service directory',
      'Referral pathways',
      'Campaigns',
      'E-learning',
      'Peer exchange',
      'Coalition strategy',
      'Recommendations',
      'Dashboard',
      'Network figures',
      'Exports',
      'Counting people once',
      'Users',
      'Organisations',
      'Network settings',
      'Public help page',
      'Audit trail',
      'Profile',
    ]);
    await checkA11y(admin, 'home');
    await screenshot(admin, 'home');

    for (const [menu, screen] of [
      ['language-menu', 'language menu'],
      ['user-menu', 'account menu'],
    ] as const) {
      await admin.getByTestId(menu).click();
      await admin.getByRole('menu').waitFor();
      await checkA11y(admin, screen);
      await admin.keyboard.press('Escape');
      await admin.getByRole('menu').waitFor({ state: 'detached' });
    }
  });

  step('signs out, then signs in with password and an authenticator code', async () => {
    await signOut(admin);
    await heading(admin, 'Sign in to Haven').waitFor();
    await checkA11y(admin, 'sign-in');

    await field(admin, 'E-mail address').fill(ADMIN.email);
    await field(admin, 'Password').fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Sign in', exact: true }).click();

    await admin.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    const code = field(admin, 'Authentication code');
    await poll(() => isFocused(code)).toBe(true);
    await checkA11y(admin, 'sign-in code step');

    // The code used at enrolment may not be used again: take the next time step's.
    await code.fill(totpCode(adminEnrolment.secret, 30));
    await admin.getByRole('button', { name: 'Verify' }).click();
    await admin.waitForURL(/\/$/);
    await heading(admin, `Welcome, ${ADMIN.name}`).waitFor();
  });

  step('invites a caseworker, who joins in another browser and sees only their navigation', async () => {
    await goTo(admin, 'Users', 'Users');
    await admin.getByRole('row', { name: new RegExp(ADMIN.name) }).waitFor();
    await checkA11y(admin, 'users');

    await admin.getByRole('button', { name: 'Invite user' }).click();
    const form = admin.getByRole('dialog', { name: 'Invite user' });
    await form.waitFor();
    await checkA11y(admin, 'invite dialog');
    await field(form, 'E-mail address').fill(CASEWORKER.email);
    await field(form, 'Full name').fill(CASEWORKER.name);
    await form.getByRole('group', { name: 'Roles' }).getByRole('checkbox', { name: 'Caseworker', exact: true }).check();
    await form.getByRole('button', { name: 'Create invitation' }).click();

    const created = admin.getByRole('dialog', { name: 'Invitation created' });
    await created.waitFor();
    const link = await created.getByTestId('invite-link').inputValue();
    expect(link).toMatch(new RegExp(`^${haven.url}/invite/[^/]+$`));
    await checkA11y(admin, 'invitation created dialog');
    await created.getByRole('button', { name: 'Done' }).click();
    await created.waitFor({ state: 'detached' });
    await admin.getByRole('row', { name: new RegExp(CASEWORKER.name) }).waitFor();
    await admin.getByRole('button', { name: `Actions for ${CASEWORKER.name}` }).click();
    await admin.getByRole('menuitem', { name: 'Change roles' }).waitFor();
    await admin.getByRole('menuitem', { name: 'Disable' }).waitFor();
    await checkA11y(admin, 'user actions menu');
    await admin.keyboard.press('Escape');
    await admin.getByRole('menu').waitFor({ state: 'detached' });

    // The caseworker, in a browser of their own.
    const caseworkerContext = await watchedContext(browser, problems);
    try {
      const caseworker = await caseworkerContext.newPage();
      await caseworker.goto(link);
      await heading(caseworker, `Join ${ORGANISATION} on Haven`).waitFor();
      await checkA11y(caseworker, 'invitation acceptance');
      const email = field(caseworker, 'Your account’s e-mail address');
      expect(await email.inputValue()).toBe(CASEWORKER.email);
      expect(await email.getAttribute('readonly')).not.toBeNull();
      expect(await field(caseworker, 'Your name').inputValue()).toBe(CASEWORKER.name);
      await field(caseworker, 'Password').fill(CASEWORKER.password);
      await field(caseworker, 'Confirm password').fill(CASEWORKER.password);
      await caseworker.getByRole('button', { name: 'Accept invitation' }).click();

      await enrolTotp(caseworker);
      await heading(caseworker, `Welcome, ${CASEWORKER.name}`).waitFor();
      expect(await caseworker.getByTestId('home-roles').textContent()).toBe('Caseworker');
      // Caseworkers may list organisations, not manage users, the network or the audit trail.
      expect(await navigationLinks(caseworker)).toEqual([
        'Home',
        'Persons',
        'Cases',
        'My tasks',
        'Screening',
        'Referrals',
        'Service directory',
        'Campaigns',
        'E-learning',
        'Recommendations',
        'Organisations',
        'Profile',
      ]);
      await checkA11y(caseworker, 'home (caseworker)');
    } finally {
      await caseworkerContext.close();
    }
  });

  step('switches the interface to Greek and back, and keeps the choice on the user across reloads', async () => {
    await goTo(admin, 'Home', `Welcome, ${ADMIN.name}`);
    const englishHeading = `Welcome, ${ADMIN.name}`;

    const saved = admin.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
    await admin.getByTestId('language-menu').click();
    await admin.getByRole('menuitem', { name: 'Ελληνικά' }).click();
    await admin.getByRole('menu').waitFor({ state: 'detached' });
    expect((await saved).status()).toBe(200);
    await poll(() => htmlLang(admin)).toBe('el');
    await admin.getByRole('button', { name: greek.menu, exact: true }).waitFor();
    await admin.getByRole('navigation').getByRole('link', { name: greek.home, exact: true }).waitFor();
    // Until the Greek files are translated they hold English: only then must the heading change.
    if (greek.headingTranslated) {
      await heading(admin, greek.heading).waitFor();
      expect(greek.heading).not.toBe(englishHeading);
    }
    await checkA11y(admin, 'home (Greek)');

    // Saved on the user, not only in this browser: forget the local choice, then reload.
    expect(await savedLanguage(admin)).toBe('el');
    await admin.evaluate(() => localStorage.clear());
    await admin.reload();
    await poll(() => htmlLang(admin)).toBe('el');
    await admin.getByRole('button', { name: greek.menu, exact: true }).waitFor();
    if (greek.headingTranslated) await heading(admin, greek.heading).waitFor();

    const back = admin.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
    await admin.getByTestId('language-menu').click();
    await admin.getByRole('menuitem', { name: 'English' }).click();
    await admin.getByRole('menu').waitFor({ state: 'detached' });
    expect((await back).status()).toBe(200);
    await poll(() => htmlLang(admin)).toBe('en');
    expect(await savedLanguage(admin)).toBe('en');
    await admin.evaluate(() => localStorage.clear());
    await admin.reload();
    await heading(admin, englishHeading).waitFor();
    expect(await htmlLang(admin)).toBe('en');
    await admin.getByRole('button', { name: 'Language: English', exact: true }).waitFor();
  });

  step('shows organisations, network settings, audit trail and profile to the administrator', async () => {
    await goTo(admin, 'Organisations', 'Organisations');
    await admin.getByRole('row', { name: new RegExp(ORGANISATION) }).waitFor();
    await checkA11y(admin, 'organisations');
    // A network administrator adds a member organisation and invites its first administrator.
    await admin.getByRole('button', { name: 'Add organisation' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add organisation' });
    await field(dialog, 'Organisation name').fill('Tirana Shelter');
    await dialog.getByRole('combobox', { name: 'Country' }).fill('Alban');
    await admin.getByRole('option', { name: 'Albania', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Type of organisation' }).selectOption('ngo');
    await field(dialog, 'Full name').fill('Arta Hoxha');
    await field(dialog, 'E-mail address').fill('arta@example.org');
    await checkA11y(admin, 'add organisation dialog');
    await dialog.getByRole('button', { name: 'Save organisation' }).click();
    expect(await admin.getByTestId('invite-link').inputValue()).toMatch(new RegExp(`^${haven.url}/invite/[^/]+$`));
    await admin.getByRole('button', { name: 'Done' }).click();
    await admin.getByRole('row', { name: /Tirana Shelter/ }).waitFor();

    await goTo(admin, 'Network settings', 'Network settings');
    expect(await field(admin, 'Network name').inputValue()).toBe(NETWORK);
    await checkA11y(admin, 'network settings');

    // A failed sign-in from this machine, so that the trail offers to unlock its address.
    await fetch(`${haven.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'stranger@example.org', password: 'not the password' }),
    });
    await goTo(admin, 'Audit trail', 'Audit trail');
    const trail = admin.getByRole('table', { name: 'Audit trail' });
    await trail.getByRole('row', { name: /Haven set up/ }).waitFor();
    await trail.getByRole('row', { name: /Invitation accepted/ }).waitFor();
    await checkA11y(admin, 'audit trail');
    await trail
      .getByRole('button', { name: /^Unlock address / })
      .first()
      .click();
    await admin.getByRole('dialog', { name: /^Unlock address .*\?$/ }).waitFor();
    await checkA11y(admin, 'unlock address dialog');
    await admin.getByRole('button', { name: 'Unlock address', exact: true }).click();
    await trail.getByRole('status').filter({ hasText: 'can sign in again' }).first().waitFor();

    await goTo(admin, 'Profile', 'Profile');
    expect(await field(admin, 'Full name').inputValue()).toBe(ADMIN.name);
    await field(admin, 'Token name').fill('monthly statistics export');
    await admin.getByLabel('Your password', { exact: false }).fill(ADMIN.password);
    await admin.getByRole('button', { name: 'Create token' }).click();
    const token = admin.getByTestId('new-token');
    await token.waitFor();
    expect((await token.inputValue()).length).toBeGreaterThan(20);
    await checkA11y(admin, 'profile');
  });

  step('signs in with the keyboard only, using a recovery code', async () => {
    await signOut(admin);
    await heading(admin, 'Sign in to Haven').waitFor();
    // A fresh page load, as someone arriving at the sign-in page would have.
    await admin.reload();
    await heading(admin, 'Sign in to Haven').waitFor();
    const keyboard = admin.keyboard;

    // The skip link is the first stop; then on through the header to the form.
    await keyboard.press('Tab');
    expect(await isFocused(admin.getByRole('link', { name: 'Skip to main content' }))).toBe(true);
    await tabTo(admin, field(admin, 'E-mail address'));
    await keyboard.type(ADMIN.email);
    await tabTo(admin, field(admin, 'Password'));
    await keyboard.type(ADMIN.password);
    await keyboard.press('Enter');

    await admin.getByRole('heading', { name: 'Two-step verification' }).waitFor();
    await poll(() => isFocused(field(admin, 'Authentication code'))).toBe(true);
    await tabTo(admin, admin.getByRole('button', { name: 'Use a recovery code' }));
    await keyboard.press('Enter');
    const recovery = field(admin, 'Recovery code');
    await poll(() => isFocused(recovery)).toBe(true);
    await keyboard.type(adminEnrolment.recoveryCodes[0] ?? '');
    await keyboard.press('Enter');

    await admin.waitForURL(/\/$/);
    await heading(admin, `Welcome, ${ADMIN.name}`).waitFor();
  });

  it('found no serious accessibility problem, CSP violation or page error on any screen', () => {
    expect(screensChecked).toEqual(
      expect.arrayContaining([
        'set-up',
        'enrolment',
        'recovery codes',
        'sign-in',
        'sign-in code step',
        'home',
        'users',
        'invite dialog',
        'organisations',
        'network settings',
        'audit trail',
        'profile',
        'invitation acceptance',
      ]),
    );
    expect(findings, describeFindings(findings)).toEqual([]);
    expect(problems.csp, problems.csp.join('\n')).toEqual([]);
    expect(problems.errors, problems.errors.join('\n')).toEqual([]);
  });
});
