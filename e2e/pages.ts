import fs from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { generateSync } from 'otplib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';

/** Small helpers shared by the browser tests: page problems, accessibility, TOTP, common steps. */

const root = path.resolve(import.meta.dirname, '..');

/** Everything a page reported that a test should fail on: CSP violations and uncaught errors. */
export interface PageProblems {
  readonly csp: string[];
  readonly errors: string[];
}

/**
 * A context under the app's real Content Security Policy (no bypass), with every page's console
 * and uncaught errors recorded into `problems`.
 */
export async function watchedContext(browser: Browser, problems: PageProblems): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  // Every wait is for something the app shows within a second or two; fail fast otherwise.
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  context.on('page', (page) => watchPage(page, problems));
  // The browser logs blocked content to the console; the DOM event catches what it might not.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}` : '';
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline content'}${where} ${event.sample}`);
    });
  });
  return context;
}

function watchPage(page: Page, problems: PageProblems): void {
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) problems.csp.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.errors.push(`${page.url()}: ${error.stack ?? error.message}`));
}

/** A text field by its exact accessible name (the asterisk of a required field is hidden from it). */
export function field(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('textbox', { name, exact: true });
}

export function heading(page: Page, name: string): Locator {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

/** The main navigation's links, by their visible names. */
export async function navigationLinks(page: Page): Promise<string[]> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link').first().waitFor();
  return (await nav.getByRole('link').allTextContents()).map((text) => text.trim());
}

// ---------------------------------------------------------------------------------------------
// Accessibility

export interface AxeFinding {
  screen: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations.
 *
 * axe is evaluated through the DevTools protocol (like any `page.evaluate`), which the page's
 * Content Security Policy does not govern, so no inline `<script>` is added, no CSP report is
 * raised, and the page under test keeps its real policy.
 */
export async function axeViolations(page: Page, screen: string): Promise<AxeFinding[]> {
  // Let transitions (menus, dialogs) finish, so colours are measured at their final opacity.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  const results = await page.evaluate(async () => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ screen, ...v }));
}

export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings.map((f) => `[${f.screen}] ${f.rule} (${f.impact}): ${f.help}\n    ${f.targets.join('\n    ')}`).join('\n');
}

// ---------------------------------------------------------------------------------------------
// Screenshots, when asked for

export async function screenshot(page: Page, name: string): Promise<void> {
  if (!process.env.E2E_SCREENSHOTS) return;
  const dir = path.join(root, 'e2e', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

// ---------------------------------------------------------------------------------------------
// Two-step verification

/** The code an authenticator app shows `offsetSeconds` from now. */
export function totpCode(secret: string, offsetSeconds = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

export interface Enrolment {
  secret: string;
  recoveryCodes: string[];
}

/**
 * On `/enrol`: reads the key from the page, confirms it with a code, reads the recovery codes.
 * `beforeConfirm` and `onCodes` let the caller check the screens on the way.
 */
export async function enrolTotp(page: Page, hooks: { beforeConfirm?: () => Promise<void>; onCodes?: () => Promise<void> } = {}): Promise<Enrolment> {
  await page.waitForURL(/\/enrol$/);
  await heading(page, 'Set up two-step verification').waitFor();
  await page.getByRole('img', { name: 'QR code to add Haven to your authenticator app' }).waitFor();
  const shown = await page.getByTestId('totp-secret').inputValue();
  expect(shown).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  const secret = shown.replace(/\s/g, '');
  await hooks.beforeConfirm?.();

  await field(page, 'Authentication code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Confirm', exact: true }).click();

  await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
  const list = page.getByRole('list', { name: 'Recovery codes' });
  await list.getByRole('listitem').first().waitFor();
  const recoveryCodes = (await list.getByRole('listitem').allTextContents()).map((code) => code.trim());
  await hooks.onCodes?.();

  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.waitForURL(/\/$/);
  return { secret, recoveryCodes };
}

/** Presses Tab until `target` has the focus (at most `max` times): proves it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  expect(await isFocused(target), `${target} not reached with ${max} presses of Tab`).toBe(true);
}

export function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/sign-in$/);
}

/** Reads a locale file of the web app as it is on disk now. */
export function localeFile(language: string, namespace: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(root, 'src/web/locales', language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

/** One string of a locale file, by its dotted key. */
export function localeString(language: string, namespace: string, key: string): string {
  let node: unknown = localeFile(language, namespace);
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') throw new Error(`${language}/${namespace}.json has no string at ${key}`);
  return node;
}

/** What the first-run screen asks for. */
export interface FirstRun {
  readonly network: string;
  readonly organisation: string;
  /** Typed into the country box, then the option chosen. */
  readonly countryQuery: string;
  readonly country: string;
  readonly admin: { readonly name: string; readonly email: string; readonly password: string };
}

/** Sets up an empty Haven through its first-run screen and enrols the administrator's second factor. */
export async function setUpInTheBrowser(page: Page, url: string, run: FirstRun): Promise<Enrolment> {
  await page.goto(url);
  await page.waitForURL(/\/setup$/);
  await field(page, 'Network name').fill(run.network);
  await field(page, 'Organisation name').fill(run.organisation);
  await page.getByRole('combobox', { name: 'Country' }).fill(run.countryQuery);
  await page.getByRole('option', { name: run.country, exact: true }).click();
  await page.getByRole('combobox', { name: 'Type of organisation' }).selectOption('ngo');
  await field(page, 'Your name').fill(run.admin.name);
  await field(page, 'E-mail address').fill(run.admin.email);
  await field(page, 'Password').fill(run.admin.password);
  await field(page, 'Confirm password').fill(run.admin.password);
  await page.getByRole('button', { name: 'Set up Haven' }).click();
  const enrolment = await enrolTotp(page);
  await heading(page, `Welcome, ${run.admin.name}`).waitFor();
  return enrolment;
}

/** Someone who joins through an invitation. */
export interface Invitee {
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

/** On `page`: opens an invitation to `organisation` and accepts it with a password (the second factor, if any, comes next). */
export async function acceptInvitation(page: Page, inviteUrl: string, organisation: string, password: string): Promise<void> {
  await page.goto(inviteUrl);
  await heading(page, `Join ${organisation} on Haven`).waitFor();
  await field(page, 'Password').fill(password);
  await field(page, 'Confirm password').fill(password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
}

/** A member organisation that the network's administrator adds, and its administrator. */
export interface MemberOrganisation {
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  readonly admin: Invitee;
}

/**
 * The network's administrator, signed in on `admin`, adds a member organisation (an NGO) through
 * the API; its administrator accepts the invitation on `member` (a browser of their own) and enrols
 * the second factor.
 */
export async function addMemberOrganisation(admin: Page, member: Page, url: string, org: MemberOrganisation): Promise<{ id: string; enrolment: Enrolment }> {
  const created = await apiAs<{ id: string; inviteUrl: string }>(admin, 'POST', '/api/organisations', {
    name: org.name,
    country: org.country,
    type: 'ngo',
    adminEmail: org.admin.email,
    adminName: org.admin.name,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await acceptInvitation(member, new URL(created.body.inviteUrl, url).toString(), org.name, org.admin.password);
  return { id: created.body.id, enrolment: await enrolTotp(member) };
}

/** Calls the API as the user signed in on `page` (with the session's CSRF token), as another tab would. */
export async function apiAs<T>(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    { method, path, body },
  );
}

/**
 * Steps of one browser story: each an `it` that is skipped once an earlier step failed (the story
 * cannot go on), and that screenshots every open page when it fails. `pages` names the pages to
 * screenshot (looked up when a step fails: they are opened in `beforeAll`).
 */
export function storySteps(story: string, pages: () => Readonly<Record<string, Page | undefined>>): (name: string, body: () => Promise<void>) => void {
  let broken = '';
  return (name, body) => {
    it(name, async (ctx) => {
      if (broken) ctx.skip(`an earlier step failed: ${broken}`);
      try {
        await body();
      } catch (error) {
        broken = name;
        for (const [who, page] of Object.entries(pages())) if (page) await screenshot(page, `failed-${story}-${who}-${name.slice(0, 40)}`);
        throw error;
      }
    });
  };
}
