/**
 * Screening in the browser on a phone-sized screen (390×844): an organisation administrator
 * screens an adult for labour exploitation, answering yes to enough indicators for a presumed
 * victim, reads why, and saves; a reload in the middle loses nothing. Then the connection is cut
 * (no server at all, not only the browser's offline switch): the app reloads from the service
 * worker, the next screening is kept on the device, encrypted, and shown as waiting. When the
 * connection returns the first send is saved by the server but its answer lost; the resend with
 * the same idempotency key creates nothing new: the screening is on the server once. Signing out
 * deletes what the device kept. axe-core on every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CuttableLink, cuttableLink, launchBrowser, type RunningHaven, startHaven } from './harness.js';
import { type AxeFinding, axeViolations, describeFindings, type Enrolment, field, heading, type PageProblems, screenshot, setUpInTheBrowser, watchedContext } from './pages.js';

const ADMIN = { name: 'Ilir Krasniqi', email: 'ilir@shelter.example', password: 'river stones at dusk 41' };
/** Two indicators in each of three dimensions: recruitment, exploitative conditions, coercion. */
const YES_BY_STEP: Record<number, string[]> = {
  1: ['deceived-nature-of-job', 'deceived-wages'],
  4: ['excessive-hours', 'low-or-no-pay'],
  5: ['documents-confiscated', 'violence'],
};

let haven: RunningHaven;
let link: CuttableLink;
let url = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const poll = <T>(observe: () => Promise<T>) => expect.poll(observe, { timeout: 15_000 });

async function answerYes(indicator: string): Promise<void> {
  const button = page.getByTestId(`indicator-${indicator}`).getByRole('button', { name: 'Yes', exact: true });
  await button.click();
  await poll(() => button.getAttribute('aria-pressed')).toBe('true');
}

async function stepTo(label: string): Promise<void> {
  await page.getByTestId('step-label').getByText(label, { exact: true }).waitFor();
}

/** What IndexedDB holds for Haven on this device, as someone reading the browser profile would see it. */
async function rawDevice(): Promise<{ keys: number; entryNames: string[]; sessions: number; text: string }> {
  return page.evaluate(
    () =>
      new Promise<{ keys: number; entryNames: string[]; sessions: number; text: string }>((resolve, reject) => {
        const open = indexedDB.open('haven-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['keys', 'entries', 'session'], 'readonly');
          const keys = tx.objectStore('keys').count();
          const entries = tx.objectStore('entries').getAll();
          const sessions = tx.objectStore('session').count();
          tx.oncomplete = () => {
            const rows = entries.result as Array<{ name: string; data: ArrayBuffer }>;
            const decoder = new TextDecoder('utf-8', { fatal: false });
            resolve({
              keys: keys.result,
              entryNames: rows.map((r) => r.name),
              sessions: sessions.result,
              text: rows.map((r) => decoder.decode(r.data)).join('|'),
            });
            db.close();
          };
        };
      }),
  );
}

let enrolment: Enrolment | undefined;
/** The id of the user whose vault is on the device. */
async function rawDeviceUser(): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('haven-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('keys', 'readonly').objectStore('keys').getAllKeys();
          req.onsuccess = () => {
            resolve((req.result[0] as string | undefined) ?? null);
            db.close();
          };
        };
      }),
  );
}

/** A second device of the administrator: plain HTTP with its own session (signed in with a recovery code). */
async function apiAs(email: string, password: string, recoveryCode: string): Promise<(method: string, path: string) => Promise<{ status: number }>> {
  const signIn = await fetch(`${haven.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password, recoveryCode }),
  });
  if (signIn.status !== 200) throw new Error(`sign-in: ${signIn.status} ${await signIn.text()}`);
  const cookie = (signIn.headers.getSetCookie().find((c) => c.startsWith('haven_session=')) ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return async (method, path) => {
    const res = await fetch(`${haven.url}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken } });
    return { status: res.status };
  };
}

let broken: string | null = null;
function step(name: string, body: () => Promise<void>): void {
  it(name, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    try {
      await body();
    } catch (error) {
      broken = name;
      await screenshot(page, `failed-${name.slice(0, 40)}`);
      throw error;
    }
  });
}

describe('Screening in the browser, on a phone, online and offline', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    link = await cuttableLink(haven.url);
    url = link.url;
    context = await watchedContext(browser, problems);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await link?.close();
    await haven?.stop();
  });

  step('an organisation administrator sets up Haven and opens the screening list on a phone', async () => {
    enrolment = await setUpInTheBrowser(page, url, {
      network: 'Adriatic Network',
      organisation: 'Shelter Prishtina',
      countryQuery: 'Alban',
      country: 'Albania',
      admin: ADMIN,
    });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${url}/screening`);
    await heading(page, 'Screening').waitFor();
    await page.getByTestId('drafts-empty').waitFor();
    await page.getByText('No screening is saved yet.').waitFor();
    await checkA11y('screening list (empty)');
  });

  step('chooses adult labour and answers one dimension at a time; a reload loses nothing', async () => {
    await page.getByRole('link', { name: 'Start a screening' }).click();
    await heading(page, 'New screening').waitFor();
    await page.waitForURL(/\/screening\/new\?draft=[0-9a-f-]{36}$/);
    await checkA11y('choose the set');
    await page.getByTestId('start-screening').click();

    for (let n = 1; n <= 6; n++) {
      await stepTo(`Step ${n} of 6`);
      for (const id of YES_BY_STEP[n] ?? []) await answerYes(id);
      if (n === 1) {
        await page.getByTestId('indicator-deceived-contract').getByRole('button', { name: "Don't know", exact: true }).click();
        await page.getByTestId('indicator-deceived-nature-of-job').getByText('How to ask and what counts').click();
        await checkA11y('a dimension, guidance open');
      }
      if (n === 5) {
        await page.reload();
        await stepTo('Step 5 of 6');
        expect(await page.getByTestId('indicator-violence').getByRole('button', { name: 'Yes', exact: true }).getAttribute('aria-pressed')).toBe('true');
        await page
          .getByTestId('progress')
          .getByText(/^7 of \d+ indicators answered/)
          .waitFor();
      }
      await page.getByRole('button', { name: n < 6 ? 'Next' : 'See the result', exact: true }).click();
    }
  });

  step('the result says presumed victim, why, that it is not a legal determination, and what to do next', async () => {
    await stepTo('Result');
    const result = page.getByTestId('screening-result');
    await expect.poll(() => result.getByTestId('verdict').textContent()).toBe('Presumed victim');
    await result.getByText('The answers meet the rule for a presumed victim of trafficking.').waitFor();
    await result.getByText('3 of 6 dimensions present').waitFor();
    expect(await page.getByTestId('disclaimer').textContent()).toContain('not a legal determination');
    const deceptive = page.getByTestId('dimension-deceptive-recruitment');
    expect(await deceptive.textContent()).toContain('Present because of:');
    expect(await deceptive.getByRole('listitem').allTextContents()).toEqual([
      'Deceived about the kind of work, the place or the employer',
      'Deceived about pay',
    ]);
    // A dimension with no yes says what it lacks.
    expect(await page.getByTestId('dimension-coercive-recruitment').textContent()).toMatch(/Would be present with .*more strong indicator/);
    expect(await page.getByTestId('next-steps').getByRole('listitem').first().textContent()).toBe('Refer the person to the national referral mechanism');
    await page.getByTestId('next-steps').getByRole('link', { name: 'Record the person' }).waitFor();
    await checkA11y('result');
    await screenshot(page, 'screening-result-phone');
  });

  step('saves it: the saved screening shows the stored result, and the list shows it', async () => {
    await page.getByRole('button', { name: 'Save the screening' }).click();
    await page.waitForURL(/\/screening\/[0-9a-f-]{36}$/);
    await heading(page, 'Screening').waitFor();
    expect(await page.getByTestId('verdict').first().textContent()).toBe('Presumed victim');
    await page.getByText(/, version 2 · saved /).waitFor();
    await checkA11y('saved screening');

    await page.goto(`${url}/screening`);
    await heading(page, 'Screening').waitFor();
    await poll(() => page.getByTestId('saved-screening').count()).toBe(1);
    await page.getByTestId('drafts-empty').waitFor();
  });

  step('the service worker keeps the app for offline use', async () => {
    // Installing it fetches every file of the build: on a busy machine that takes a while.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active?.state ?? 'none'), { timeout: 90_000 })
      .toBe('activated');
    const kept = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const names = await caches.keys();
      const cache = await caches.open(names.find((n) => n.startsWith('haven-app-'))!);
      const requests = await cache.keys();
      return { active: registration.active !== null, files: requests.map((r) => new URL(r.url).pathname) };
    });
    expect(kept.active).toBe(true);
    expect(kept.files).toContain('/');
    expect(kept.files).toContain('/manifest.webmanifest');
    expect(kept.files.filter((f) => f.startsWith('/assets/')).length).toBeGreaterThan(50);
    // Nothing from the API is ever kept there.
    expect(kept.files.filter((f) => f.startsWith('/api/'))).toEqual([]);
  });

  step('offline: the app reloads with no server, and a second screening is kept on the device, encrypted', async () => {
    await context.setOffline(true);
    await link.cut();
    await page.reload();
    await heading(page, 'Screening').waitFor();
    await page.getByTestId('offline-banner').waitFor();
    await page.getByTestId('offline-note').waitFor();
    await page.getByRole('link', { name: 'Start a screening' }).click();
    await heading(page, 'New screening').waitFor();
    await page.getByTestId('start-screening').click();
    await stepTo('Step 1 of 6');
    await answerYes('deceived-nature-of-job');
    for (let n = 1; n <= 6; n++) await page.getByRole('button', { name: n < 6 ? 'Next' : 'See the result', exact: true }).click();
    await stepTo('Result');
    expect(await page.getByTestId('screening-result').getByTestId('verdict').textContent()).toBe('Not settled');
    await page.getByRole('button', { name: 'Save the screening' }).click();

    await page.waitForURL(/\/screening$/);
    const item = page.getByTestId('outbox-item');
    await poll(() => item.getAttribute('data-status')).toBe('waiting');
    expect(await item.textContent()).toContain('Waiting to be sent');
    await page.getByText('You are offline: the screening is kept on this device').waitFor();
    // Kept in IndexedDB, encrypted: the raw rows never show an answer.
    const device = await rawDevice();
    expect(device.entryNames.some((n) => n.startsWith('haven.screening.outbox.'))).toBe(true);
    expect(device.text).not.toContain('deceived-nature-of-job');
    expect(device.keys).toBe(1);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('deceived');
    await checkA11y('screening list (offline, one waiting)');
  });

  step('back online: a send saved but answered into the void is repeated once, and the server has it once', async () => {
    // The first send reaches the server, which saves it; its answer is lost on the way back.
    let lost = 0;
    let taken = false;
    await page.route('**/api/screenings', async (route) => {
      if (route.request().method() !== 'POST' || taken) return route.continue();
      taken = true;
      await route.fetch();
      await route.abort('connectionreset');
      lost++;
    });
    await link.restore();
    await context.setOffline(false);
    await poll(async () => lost).toBe(1);
    const item = page.getByTestId('outbox-item');
    await poll(() => item.getAttribute('data-status')).toBe('waiting');
    await page.unroute('**/api/screenings');
    // Opening the list again sends what waits: the same key, nothing new.
    await page.reload();
    await poll(() => page.getByTestId('outbox-item').getAttribute('data-status')).toBe('saved');
    expect(await page.getByTestId('outbox-item').textContent()).toContain('Sent and saved');
    await poll(() => page.getByTestId('saved-screening').count()).toBe(2);
    const onServer = await page.evaluate(async () => ((await (await fetch('/api/screenings?limit=50')).json()) as { items: unknown[] }).items.length);
    expect(onServer).toBe(2);
    // Once saved, the answers leave the device.
    expect((await rawDevice()).entryNames.filter((n) => n.startsWith('haven.screening.draft.'))).toEqual([]);
    await checkA11y('screening list (sent)');
    await page.getByTestId('outbox-item').getByRole('link', { name: 'View' }).click();
    await heading(page, 'Screening').waitFor();
    expect(await page.getByTestId('verdict').first().textContent()).toBe('Not settled');
  });

  step('signing out deletes what the device kept, and the key', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in/);
    const device = await rawDevice();
    expect(device).toMatchObject({ keys: 0, entryNames: [], sessions: 0 });
  });

  step('a remote wipe: the lost phone, back online, erases the screening waiting on it and the key', async () => {
    // Signed in again (with a recovery code: the authenticator's code was just used).
    await field(page, 'E-mail address').fill(ADMIN.email);
    await field(page, 'Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Use a recovery code' }).click();
    await field(page, 'Recovery code').fill(enrolment?.recoveryCodes[0] ?? '');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.waitForURL(new RegExp(`^${url}/?$`));
    // A screening waits on the phone, offline.
    await page.goto(`${url}/screening/new`);
    await page.getByTestId('start-screening').click();
    await answerYes('deceived-nature-of-job');
    await context.setOffline(true);
    for (let n = 1; n <= 6; n++) await page.getByRole('button', { name: n < 6 ? 'Next' : 'See the result', exact: true }).click();
    await page.getByRole('button', { name: 'Save the screening' }).click();
    await poll(() => page.getByTestId('outbox-item').getAttribute('data-status')).toBe('waiting');
    expect((await rawDevice()).keys).toBe(1);
    // The phone is lost: an administrator (here through the API, from another device) wipes it.
    const userId = (await rawDeviceUser()) ?? '';
    const admin = await apiAs(ADMIN.email, ADMIN.password, enrolment?.recoveryCodes[1] ?? '');
    const wiped = await admin('POST', `/api/users/${userId}/wipe-devices`);
    expect(wiped.status).toBe(200);
    // Back online, the phone's next request is answered device_wiped: it erases and says so.
    await context.setOffline(false);
    await page.goto(`${url}/screening`);
    await page.getByTestId('device-wiped').waitFor();
    await poll(async () => (await rawDevice()).keys).toBe(0);
    expect(await rawDevice()).toMatchObject({ keys: 0, entryNames: [], sessions: 0 });
    await checkA11y('sign-in after a remote wipe');
  });

  step('no CSP violation, no uncaught error, no serious accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
