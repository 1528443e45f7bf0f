/**
 * Street outreach in the browser on a phone-sized screen (390×844): an organisation administrator
 * adds a zone online, then the connection is cut (no server at all, not only the browser's offline
 * switch): the app reloads from the service worker and an encounter with two people met is
 * recorded, kept on the device (encrypted: the raw rows never show a pseudonym) and shown as
 * waiting; a reload in the middle of the form loses nothing. When the connection returns the first
 * send is saved by the server but its answer lost; the resend with the same idempotency key
 * creates nothing new: the encounter is on the server once, with its two people. One of them is
 * then moved to "visited the centre". axe-core on every screen, no CSP violation, no uncaught error.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CuttableLink, cuttableLink, launchBrowser, type RunningHaven, startHaven } from './harness.js';
import { type AxeFinding, axeViolations, describeFindings, field, heading, type PageProblems, screenshot, setUpInTheBrowser, watchedContext } from './pages.js';

const ADMIN = { name: 'Rasa Petrauskienė', email: 'rasa@street.example', password: 'lanterns over the river 27' };
const FIRST = { pseudonym: 'Red jacket, speaks Romanian', description: 'Works at the car wash by the station' };
const SECOND = { pseudonym: 'Boy with a blue bag' };

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

const numberBox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

/** What IndexedDB holds for Haven on this device, as someone reading the browser profile would see it. */
async function rawDevice(): Promise<{ entryNames: string[]; text: string }> {
  return page.evaluate(
    () =>
      new Promise<{ entryNames: string[]; text: string }>((resolve, reject) => {
        const open = indexedDB.open('haven-device');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['entries'], 'readonly');
          const entries = tx.objectStore('entries').getAll();
          tx.oncomplete = () => {
            const rows = entries.result as Array<{ name: string; data: ArrayBuffer }>;
            const decoder = new TextDecoder('utf-8', { fatal: false });
            resolve({ entryNames: rows.map((r) => r.name), text: rows.map((r) => `${r.name}:${decoder.decode(r.data)}`).join('|') });
            db.close();
          };
        };
      }),
  );
}

/** The encounters on the server, read by the page with its session. */
async function encountersOnServer(): Promise<Array<{ id: string; zoneId: string | null; people: Array<{ pseudonym: string; engaged: boolean }> }>> {
  return page.evaluate(async () => ((await (await fetch('/api/encounters?limit=50')).json()) as { items: [] }).items);
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

describe('Outreach in the browser, on a phone, online and offline', () => {
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

  step('an organisation administrator sets up Haven and adds a zone on a phone', async () => {
    await setUpInTheBrowser(page, url, {
      network: 'Baltic Network',
      organisation: 'Street Team Vilnius',
      countryQuery: 'Lithu',
      country: 'Lithuania',
      admin: ADMIN,
    });
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto(`${url}/outreach/people`);
    await heading(page, 'People met').waitFor();
    await page.getByText('No one has been met yet.').waitFor();
    await page.getByText('No zone yet.').waitFor();
    // A zone needs a name.
    await page.getByRole('button', { name: 'Add a zone' }).click();
    await page.getByText('Fill in this field.').waitFor();
    await field(page, 'Name of the zone').fill('Station district');
    await page.getByRole('button', { name: 'Add a zone' }).click();
    await page.getByText('Zone added: Station district.').waitFor();
    await page.getByTestId('zones').getByText('Station district').waitFor();
    await checkA11y('people met (empty), zone added');

    await page.getByRole('link', { name: 'Encounters' }).click();
    await heading(page, 'Outreach').waitFor();
    await page.getByTestId('encounters-empty').waitFor();
    await checkA11y('encounters (empty)');

    // The service worker keeps the app for offline use (it installs once it has fetched every file of the app).
    const installed = await page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready.then((r) => r.active !== null), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 30_000))]),
    );
    expect(installed, 'the service worker did not become active').toBe(true);
  });

  step('offline: the app reloads with no server, and the form offers the zone kept on the device', async () => {
    await context.setOffline(true);
    await link.cut();
    await page.reload();
    await heading(page, 'Outreach').waitFor();
    await page.getByTestId('offline-banner').waitFor();
    await page.getByTestId('encounters-offline').waitFor();
    expect(await page.getByTestId('encounters-offline').textContent()).toContain('needs a connection');
    await checkA11y('encounters (offline)');

    await page.getByRole('link', { name: 'Record an encounter' }).click();
    await heading(page, 'Record an encounter').waitFor();
    await page.waitForURL(/\/outreach\/new\?draft=[0-9a-f-]{36}$/);
    await page.getByTestId('offline-note').waitFor();
    const zone = page.getByRole('combobox', { name: 'Zone' });
    expect(await zone.locator('option').allTextContents()).toEqual(['No zone: describe the place', 'Station district']);
    // Without a zone, a coarse place is asked for, never an address.
    await page.getByText('Never an address or coordinates.').waitFor();
    // Saving an empty form names what is missing.
    await page.getByRole('button', { name: 'Save the encounter' }).click();
    await page.getByTestId('form-error').waitFor();
    await page.getByText('Choose a zone or describe the place.').waitFor();
    await checkA11y('new encounter (errors shown)');
  });

  step('records an encounter with two people met; a reload in the middle loses nothing', async () => {
    await page.getByRole('combobox', { name: 'Zone' }).selectOption({ label: 'Station district' });
    await field(page, 'Team').fill('Night team');
    await numberBox(page, 'How many people were met').fill('5');

    await page.getByRole('button', { name: 'Add a person met' }).click();
    const first = page.getByTestId('person-met').nth(0);
    await poll(() => field(first, 'Pseudonym').evaluate((el) => el === document.activeElement)).toBe(true);
    await field(first, 'Pseudonym').fill(FIRST.pseudonym);
    await field(first, 'Short description').fill(FIRST.description);
    await first.getByRole('checkbox', { name: 'Identity documents confiscated' }).check();
    await first.getByRole('checkbox', { name: 'Excessive working hours or days' }).check();
    await first.getByRole('checkbox', { name: 'Engaged: a real conversation took place' }).check();

    // The draft is written to the device as it is typed: a reload (from the service worker) brings it back.
    await page.waitForTimeout(500);
    await page.reload();
    await heading(page, 'Record an encounter').waitFor();
    await poll(() => field(page.getByTestId('person-met').nth(0), 'Pseudonym').inputValue()).toBe(FIRST.pseudonym);
    expect(await page.getByRole('combobox', { name: 'Zone' }).inputValue()).not.toBe('');
    expect(await field(page, 'Team').inputValue()).toBe('Night team');
    expect(await page.getByTestId('person-met').nth(0).getByRole('checkbox', { name: 'Identity documents confiscated' }).isChecked()).toBe(true);

    await page.getByRole('button', { name: 'Add a person met' }).click();
    const second = page.getByTestId('person-met').nth(1);
    await field(second, 'Pseudonym').fill(SECOND.pseudonym);
    await second.getByRole('checkbox', { name: 'Invited to the centre' }).check();
    await numberBox(page, 'Leaflets').fill('5');
    await numberBox(page, 'Hotline cards').fill('3');
    await numberBox(page, 'Other invitations to the centre').fill('1');
    await checkA11y('new encounter (two people met)');
    await screenshot(page, 'encounter-form-phone');
  });

  step('saved offline, it waits on the device, encrypted', async () => {
    await page.getByRole('button', { name: 'Save the encounter' }).click();
    await page.waitForURL(/\/outreach$/);
    await heading(page, 'Outreach').waitFor();
    await page.getByText('You are offline: the encounter is kept on this device').waitFor();
    const item = page.getByTestId('encounter-outbox-item');
    await poll(() => item.getAttribute('data-status')).toBe('waiting');
    expect(await item.textContent()).toContain('Waiting to be sent');
    expect(await item.textContent()).toContain('Station district');
    expect(await item.textContent()).toContain('5 people met');

    const device = await rawDevice();
    expect(device.entryNames.filter((n) => n.startsWith('haven.encounter.outbox.'))).toHaveLength(1);
    expect(device.entryNames.filter((n) => n.startsWith('haven.encounter.draft.'))).toEqual([]);
    for (const secret of ['Red jacket', 'Romanian', 'blue bag', 'car wash', 'documents-confiscated']) expect(device.text).not.toContain(secret);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toMatch(/Red jacket|blue bag/);
    await checkA11y('encounters (offline, one waiting)');
    await screenshot(page, 'encounters-waiting-phone');
  });

  step('back online: a send saved but answered into the void is repeated, and the server has the encounter once', async () => {
    // The first send the server saves has its answer lost on the way back.
    let lost = 0;
    await page.route('**/api/encounters', async (route) => {
      if (route.request().method() !== 'POST' || lost > 0) return route.continue();
      const response = await route.fetch();
      if (response.status() !== 201) return route.fulfill({ response });
      await route.abort('connectionreset');
      lost++;
    });
    const answers: Array<{ status: number; replayed: string | null; key: string | null }> = [];
    page.on('response', (response) => {
      if (response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/encounters')
        answers.push({
          status: response.status(),
          replayed: response.headers()['idempotent-replayed'] ?? null,
          key: response.request().headers()['idempotency-key'] ?? null,
        });
    });
    await link.restore();
    await context.setOffline(false);
    await poll(async () => lost).toBe(1);
    await page.unroute('**/api/encounters');
    // Opening the list again sends what still waits: the same key, nothing new.
    await page.reload();
    await heading(page, 'Outreach').waitFor();
    await poll(() => page.getByTestId('encounter-outbox-item').getAttribute('data-status')).toBe('saved');
    expect(await page.getByTestId('encounter-outbox-item').textContent()).toContain('Sent and saved');
    const replay = answers.find((a) => a.status === 200);
    expect(replay?.replayed).toBe('true');
    expect(replay?.key).toMatch(/^encounter-[0-9a-f-]{36}$/);
    expect(answers.filter((a) => a.status === 201)).toEqual([]);

    const onServer = await encountersOnServer();
    expect(onServer).toHaveLength(1);
    expect(onServer[0]!.people.map((p) => p.pseudonym)).toEqual([FIRST.pseudonym, SECOND.pseudonym]);
    // Once sent, the people met leave the device.
    expect((await rawDevice()).text).not.toContain('encounter.draft');

    const card = page.getByTestId('encounter');
    await poll(() => card.count()).toBe(1);
    expect(await card.textContent()).toContain('Station district');
    await card.getByText('Details').click();
    await card.getByText(FIRST.pseudonym).waitFor();
    expect(await card.getByTestId('encounter-people').textContent()).toContain(
      'Indicators observed: Excessive working hours or days and Identity documents confiscated',
    );
    await checkA11y('encounters (sent, details open)');
    await page.getByTestId('encounter-outbox-item').getByRole('button', { name: 'Remove from this list' }).click();
    await poll(() => page.getByTestId('encounter-outbox-item').count()).toBe(0);
  });

  step('online, the next encounter starts with the team remembered, is saved at once, and the list filters by zone', async () => {
    await page.getByRole('link', { name: 'Record an encounter' }).click();
    await heading(page, 'Record an encounter').waitFor();
    await poll(() => field(page, 'Team').inputValue()).toBe('Night team');
    await checkA11y('new encounter (online)');
    await field(page, 'Place').fill('Old town');
    await numberBox(page, 'How many people were met').fill('2');
    await page.getByRole('button', { name: 'Save the encounter' }).click();
    await page.waitForURL(/\/outreach$/);
    await page.getByText('The encounter is saved.').waitFor();
    const cards = page.getByTestId('encounter');
    await poll(() => cards.count()).toBe(2);
    expect(await cards.filter({ hasText: 'Old town' }).count()).toBe(1);
    await page.getByRole('combobox', { name: 'Zone' }).selectOption({ label: 'Station district' });
    await poll(() => cards.count()).toBe(1);
    expect(await cards.first().textContent()).toContain('Station district');
    await checkA11y('encounters (filtered by zone)');
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await poll(() => cards.count()).toBe(2);
  });

  step('the people met: one moves to "visited the centre"', async () => {
    await page.goto(`${url}/outreach/people`);
    await heading(page, 'People met').waitFor();
    const people = page.getByTestId('outreach-person');
    await poll(() => people.count()).toBe(2);
    const first = people.filter({ has: page.getByRole('heading', { name: FIRST.pseudonym }) });
    expect(await first.getAttribute('data-stage')).toBe('engaged');
    expect(await people.filter({ has: page.getByRole('heading', { name: SECOND.pseudonym }) }).getAttribute('data-stage')).toBe('identified');
    await checkA11y('people met');

    await first.getByRole('button', { name: 'Mark a visit to the centre' }).click();
    await poll(() => first.getAttribute('data-stage')).toBe('visited');
    await page.getByText(`${FIRST.pseudonym}: Visited the centre,`).waitFor();
    const visited = await first.getByTestId('stage-visited').textContent();
    expect(visited).toMatch(/^Visited the centre: /);
    expect(visited).not.toContain('not yet');
    expect(await first.getByRole('button', { name: 'Mark a visit to the centre' }).count()).toBe(0);
    const onServer = await page.evaluate(
      async () => ((await (await fetch('/api/outreach/people')).json()) as { items: Array<{ pseudonym: string; stages: { visited: string | null } }> }).items,
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(onServer.find((p) => p.pseudonym === 'Red jacket, speaks Romanian')?.stages.visited).toBe(today);
    expect(onServer.find((p) => p.pseudonym === 'Boy with a blue bag')?.stages.visited).toBeNull();
    await checkA11y('people met (one visited)');
    await screenshot(page, 'outreach-people-phone');
  });

  step('no CSP violation, no uncaught error, no serious accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
