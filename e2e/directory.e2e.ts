/**
 * The service directory in the browser: an organisation administrator describes their own
 * organisation, then a night shelter with an address, a phone and two sets of opening hours in
 * Athens time; the shared form refuses what is missing at the fields first. The shelter is found
 * again by type and city (the filters live in the address: a reload keeps them, Back returns to
 * them) and its page shows every day's hours in the service's time zone and the phone as a link.
 * A malformed HSDS JSON file is then imported: every problem the server found is listed (file,
 * row, field, message) and nothing changes in the directory. An edit that meets a colleague's
 * change keeps both and names theirs; a service is removed after a confirmation. axe-core on
 * every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importHsdsJson } from '../src/core/referrals/hsds/import.js';
import { SERVICE_FIELDS } from '../src/web/directory/draft.js';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  apiAs,
  axeViolations,
  describeFindings,
  field,
  heading,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  watchedContext,
} from './pages.js';

const ADMIN = { name: 'Eleni Papadopoulou', email: 'eleni@harbour.example', password: 'olive trees by the harbour 41' };
const ORGANISATION = 'Safe Harbour Thessaloniki';
const SHELTER = 'Night shelter for women';

/** A file a partner might send: an id that is no UUID, a missing name, an unknown status, a schedule with no real days or times. */
const BROKEN_HSDS = {
  organizations: [
    {
      id: 'org-1',
      name: '',
      description: 'A shelter',
      services: [
        {
          id: '0b6f3a52-8d0c-4f3e-9a47-2f8c1d3e5a11',
          organization_id: 'org-1',
          name: 'Shelter',
          description: '',
          status: 'open',
          phones: [{ id: 'p', number: '+30 210 1234567' }],
          schedules: [{ id: 'x', freq: 'WEEKLY', byday: 'XX', opens_at: '25:00', closes_at: '06:00' }],
        },
      ],
    },
  ],
};

let haven: RunningHaven;
let url = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let serviceUrl = '';
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const poll = <T>(observe: () => Promise<T>) => expect.poll(observe, { timeout: 15_000 });

/** Calls the API as the signed-in user, as another tab would. */
const apiCall = <T>(method: string, path: string, body?: unknown) => apiAs<T>(page, method, path, body);

interface Found {
  total: number;
  items: { name: string }[];
}

/** The names of every service in the directory, from the server. */
async function directoryOnServer(): Promise<string[]> {
  const answer = await apiCall<Found>('GET', '/api/directory/services?perPage=200');
  expect(answer.status).toBe(200);
  return answer.body.items.map((s) => s.name).sort();
}

function rows(): Locator {
  return page.getByTestId('service-row');
}

/** The search in the address, whatever the order of its parameters. */
async function search(): Promise<Record<string, string>> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

function count(): Promise<string | null> {
  return page.getByTestId('services-count').textContent();
}

/** Chooses an option of a searchable list by typing part of its name. */
async function choose(scope: Page | Locator, label: string, typed: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

let broken: string | null = null;
function step(name: string, body: () => Promise<void>): void {
  it(name, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    try {
      await body();
    } catch (error) {
      broken = name;
      await screenshot(page, `failed-directory-${name.slice(0, 40)}`);
      throw error;
    }
  });
}

describe('The service directory in the browser', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    url = haven.url;
    context = await watchedContext(browser, problems);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('an administrator sets up Haven and opens the empty directory', async () => {
    await setUpInTheBrowser(page, url, {
      network: 'Balkan Referral Network',
      organisation: ORGANISATION,
      countryQuery: 'Greece',
      country: 'Greece',
      admin: ADMIN,
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Service directory' }).click();
    await page.waitForURL(/\/directory$/);
    await heading(page, 'Service directory').waitFor();
    await page.getByTestId('services-empty').waitFor();
    await page.getByRole('link', { name: 'Import / export' }).waitFor();
    await checkA11y('directory (empty)');
  });

  step('adding a service starts with the organisation: there is none yet, so it is described in a dialog', async () => {
    await page.getByRole('link', { name: 'Add a service' }).click();
    await page.waitForURL(/\/directory\/services\/new$/);
    await heading(page, 'Add a service').waitFor();
    await page.getByTestId('no-organization').waitFor();
    await checkA11y('new service (no organisation)');

    await page.getByRole('button', { name: 'Add an organisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an organisation to the directory' });
    await dialog.waitFor();
    // The first entry is most likely the user's own organisation: named, and standing for it on Haven.
    expect(await field(dialog, 'Name of the organisation').inputValue()).toBe(ORGANISATION);
    expect(await dialog.getByRole('checkbox', { name: `This is ${ORGANISATION}` }).isChecked()).toBe(true);
    await field(dialog, 'Description').fill('Shelter and counselling for women and girls in northern Greece.');
    await checkA11y('new organisation dialog');
    await dialog.getByRole('button', { name: 'Add the organisation' }).click();
    await dialog.waitFor({ state: 'detached' });
    const organisation = page.getByRole('combobox', { name: 'Organisation' });
    await poll(async () => (await organisation.locator('option:checked').textContent())?.trim()).toBe(ORGANISATION);
  });

  step('the shared schema refuses what is missing, at the fields, before anything is sent', async () => {
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    const name = field(page, 'Name of the service');
    await poll(() => name.getAttribute('aria-invalid')).toBe('true');
    await page.getByText('Tick at least one type of service.').waitFor();
    // The focus is on the first field in error, and the page has not moved on.
    await poll(() => name.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(page.url()).toMatch(/\/directory\/services\/new$/);
    await checkA11y('new service (errors)');
  });

  step('the shelter is described: types, eligibility, address, phone and two sets of opening hours in Athens time', async () => {
    await field(page, 'Name of the service').fill(SHELTER);
    await page.getByRole('checkbox', { name: 'Shelter', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Emergency help', exact: true }).check();
    await field(page, 'Description').fill('Beds for women and their children, every night of the week.');
    await field(page, 'Youngest age').fill('16');
    await page.getByRole('checkbox', { name: 'Women and girls' }).check();
    await choose(page, 'Languages spoken', 'Ukrain', 'Ukrainian');
    await page.keyboard.press('Escape');

    const location = page.getByTestId('location-row').first();
    await field(location, 'Street and number').fill('Egnatia 12');
    await field(location, 'Postal code').fill('546 30');
    await field(location, 'City').fill('Thessaloniki');
    expect(await location.getByRole('combobox', { name: 'Country' }).inputValue()).toBe('Greece');

    await page.getByRole('button', { name: 'Add a phone' }).click();
    const phone = page.getByTestId('phone-row').first();
    await phone.getByRole('textbox', { name: 'Phone number' }).fill('+30 2310 555 123');
    await field(phone, 'What it is for').fill('Night line');

    await choose(page, 'Time zone', 'Europe/Athe', 'Europe/Athens');
    await page.getByRole('button', { name: 'Add opening hours' }).click();
    const weekdays = page.getByTestId('schedule-row').nth(0);
    await weekdays.getByLabel('Closes at').fill('20:00');
    await page.getByRole('button', { name: 'Add opening hours' }).click();
    const saturday = page.getByTestId('schedule-row').nth(1);
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await saturday.getByRole('checkbox', { name: day }).uncheck();
    await saturday.getByRole('checkbox', { name: 'Saturday' }).check();
    await saturday.getByLabel('Opens at').fill('10:00');
    await saturday.getByLabel('Closes at').fill('14:00');
    await field(saturday, 'Note').fill('Drop-in without appointment');
    await checkA11y('new service (filled in)');
    await screenshot(page, 'directory-new-service');

    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await page.waitForURL(/\/directory\/services\/[0-9a-f-]{36}$/);
    serviceUrl = page.url();
    await heading(page, SHELTER).waitFor();
    await page.getByText('The service is added to the directory.').waitFor();
  });

  step('the service page shows every fact, the hours day by day in the service’s time zone, and the phone as a link', async () => {
    await page.getByText(`Offered by ${ORGANISATION}`).waitFor();
    await page.getByTestId('service-eligibility').getByText('From 16 years').waitFor();
    await page.getByTestId('service-eligibility').getByText('Women and girls').waitFor();
    await page.getByTestId('service-about').getByText('Ukrainian').waitFor();
    await page.getByTestId('service-about').getByText('Free of charge').waitFor();

    const hours = page.getByTestId('hours-table');
    await page.getByTestId('hours-time-zone').getByText('Europe/Athens', { exact: false }).waitFor();
    const day = (name: string) => hours.getByRole('row', { name: new RegExp(`^${name}`) });
    expect((await day('Monday').textContent())?.replace(/\s+/g, ' ')).toBe('Monday9:00 AM – 8:00 PM');
    expect((await day('Saturday').textContent())?.replace(/\s+/g, ' ')).toBe('Saturday10:00 AM – 2:00 PM');
    expect((await day('Sunday').textContent())?.replace(/\s+/g, ' ')).toBe('SundayClosed');
    await page.getByTestId('service-hours').getByText('Drop-in without appointment').waitFor();
    expect(['open', 'closed']).toContain(await page.getByTestId('open-badge').getAttribute('data-state'));

    const call = page.getByRole('link', { name: '+30 2310 555 123' });
    expect(await call.getAttribute('href')).toBe('tel:+302310555123');
    await page.getByTestId('service-locations').getByText('546 30 Thessaloniki').waitFor();
    await page.getByTestId('service-locations').getByText('Greece').waitFor();

    // Its own organisation maintains it: it may edit it, and does not refer cases to itself.
    await page.getByRole('link', { name: 'Edit', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Refer a case to this service' }).count()).toBe(0);
    await checkA11y('service page');
    await screenshot(page, 'directory-service');
  });

  step('a second service of another type and city is added (through the API, as another tab would)', async () => {
    const organisations = await apiCall<{ items: { id: string; name: string }[] }>('GET', '/api/directory/organizations?mine=true');
    expect(organisations.body.items.map((o) => o.name)).toEqual([ORGANISATION]);
    const created = await apiCall('POST', '/api/directory/services', {
      organizationId: organisations.body.items[0]!.id,
      name: 'Legal clinic',
      types: ['legal-aid'],
      languages: ['el', 'en'],
      locations: [{ address: { address1: 'Stadiou 5', city: 'Athens', country: 'GRC' } }],
      schedules: [{ byday: ['TU', 'TH'], opensAt: '10:00', closesAt: '16:00' }],
      timeZone: 'Europe/Athens',
    });
    expect(created.status).toBe(201);
  });

  step('the shelter is found by type and city; the filters live in the address, a reload keeps them and Back returns to them', async () => {
    await page.goto(`${url}/directory`);
    await heading(page, 'Service directory').waitFor();
    await poll(count).toBe('2 services found');

    await field(page, 'City').fill('Athens');
    await poll(count).toBe('1 service found');
    expect(await rows().getByRole('heading').allTextContents()).toEqual(['Legal clinic']);
    await page.getByRole('combobox', { name: 'Type of service' }).selectOption('shelter');
    await poll(count).toBe('No service found');
    await page.getByTestId('services-empty').getByText('No service matches this search.', { exact: false }).waitFor();

    await field(page, 'City').fill('Thessaloniki');
    await poll(count).toBe('1 service found');
    const row = rows().first();
    await row.getByRole('heading', { name: SHELTER }).waitFor();
    await row.getByText(`Offered by ${ORGANISATION}`).waitFor();
    await row.getByText('Shelter', { exact: true }).waitFor();
    await row.getByText('Emergency help', { exact: true }).waitFor();
    expect(await row.getByTestId('service-where').textContent()).toBe('Thessaloniki · Greece');
    await row.getByText('Ukrainian').waitFor();
    expect(['open', 'closed']).toContain(await row.getByTestId('open-badge').getAttribute('data-state'));
    await poll(search).toEqual({ type: 'shelter', city: 'Thessaloniki' });
    await checkA11y('directory (filtered)');
    await screenshot(page, 'directory-filtered');

    // A shared link: the same search.
    await page.reload();
    await heading(page, 'Service directory').waitFor();
    await poll(count).toBe('1 service found');
    expect(await field(page, 'City').inputValue()).toBe('Thessaloniki');
    expect(await page.getByRole('combobox', { name: 'Type of service' }).inputValue()).toBe('shelter');

    await rows().first().getByRole('link', { name: SHELTER }).click();
    await page.waitForURL(serviceUrl);
    await heading(page, SHELTER).waitFor();
    await page.goBack();
    await poll(search).toEqual({ type: 'shelter', city: 'Thessaloniki' });
    await poll(count).toBe('1 service found');
    expect(await field(page, 'City').inputValue()).toBe('Thessaloniki');
  });

  step('a malformed HSDS file is refused with every problem listed, and the directory is unchanged', async () => {
    const before = await directoryOnServer();
    expect(before).toEqual(['Legal clinic', SHELTER]);

    await page.goto(`${url}/directory`);
    await page.getByRole('link', { name: 'Import / export' }).click();
    await page.waitForURL(/\/directory\/transfer$/);
    await heading(page, 'Import and export').waitFor();
    await page.getByRole('link', { name: 'Whole directory (JSON)' }).waitFor();
    await checkA11y('import and export');

    const input = page.getByTestId('import-form').locator('input[type="file"]');
    // A file of another kind is refused before anything is sent.
    await input.setInputFiles({ name: 'services.txt', mimeType: 'text/plain', buffer: Buffer.from('shelter') });
    await page.getByText('Choose a .json or a .zip file.').waitFor();

    await input.setInputFiles({ name: 'partner-directory.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(BROKEN_HSDS)) });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const refused = page.getByTestId('import-refused');
    await refused.getByText('Nothing was imported').waitFor();

    // Every problem, as the shared import rules find them.
    const expected = importHsdsJson(BROKEN_HSDS);
    if (expected.ok) throw new Error('the broken file should not import');
    expect(expected.errors.length).toBeGreaterThanOrEqual(5);
    await refused.getByText(`partner-directory.json has ${expected.errors.length} problems.`, { exact: false }).waitFor();
    const table = page.getByTestId('import-errors');
    const shown = await table
      .getByTestId('problem-row')
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent?.trim() ?? '')));
    expect(shown).toEqual(expected.errors.map((e) => [e.file ?? '—', e.row === undefined ? '—' : String(e.row), e.field, e.message]));
    expect(shown.map((r) => r[2])).toEqual(expect.arrayContaining(['name', 'services.0.status', 'services.0.schedules.0.byday']));
    await checkA11y('import refused');
    await screenshot(page, 'directory-import-refused');

    expect(await directoryOnServer()).toEqual(before);
    const organisations = await apiCall<{ items: { name: string }[] }>('GET', '/api/directory/organizations?mine=false');
    expect(organisations.body.items.map((o) => o.name)).toEqual([ORGANISATION]);
    await page.getByRole('link', { name: 'Back to the directory' }).click();
    await poll(count).toBe('2 services found');
  });

  step('an edit that meets someone else’s change keeps the user’s change, takes theirs elsewhere and names it', async () => {
    await page.goto(serviceUrl);
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.waitForURL(/\/edit$/);
    await heading(page, `Edit ${SHELTER}`).waitFor();
    const description = 'Twelve beds for women and their children, every night of the week.';
    await field(page, 'Description').fill(description);

    // Meanwhile, in another tab, a colleague sets the oldest age.
    const id = serviceUrl.split('/').pop()!;
    const current = await apiCall<Record<string, unknown>>('GET', `/api/directory/services/${id}`);
    const fields = Object.fromEntries(
      [...SERVICE_FIELDS, 'version'].filter((k) => current.body[k] !== undefined && current.body[k] !== null).map((k) => [k, current.body[k]]),
    );
    expect((await apiCall('PUT', `/api/directory/services/${id}`, { ...fields, maximumAge: 60 })).status).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const notice = page.getByTestId('service-conflict');
    await notice.getByText('They changed: oldest age.').waitFor();
    await poll(() => notice.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await field(page, 'Description').inputValue()).toBe(description);
    expect(await field(page, 'Oldest age').inputValue()).toBe('60');
    await checkA11y('edit service (conflict)');

    await page.getByRole('button', { name: 'Save my changes again' }).click();
    await page.waitForURL(serviceUrl);
    await page.getByText('Your changes are saved.').waitFor();
    await page.getByTestId('service-eligibility').getByText('From 16 to 60 years').waitFor();
    await page.getByTestId('service-about').getByText(description).waitFor();
  });

  step('a service is removed from the directory after a confirmation', async () => {
    await page.goto(`${url}/directory`);
    await rows().getByRole('link', { name: 'Legal clinic' }).click();
    await heading(page, 'Legal clinic').waitFor();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await heading(page, 'Edit Legal clinic').waitFor();
    await page.getByRole('button', { name: 'Remove from the directory' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove Legal clinic?' });
    await dialog.waitFor();
    await checkA11y('remove service dialog');
    await dialog.getByRole('button', { name: 'Remove the service' }).click();
    await page.waitForURL(/\/directory\?mine=true$/);
    await page.getByText('Legal clinic is removed from the directory.').waitFor();
    await poll(count).toBe('1 service found');
    expect(await page.getByTestId('filter-mine').isChecked()).toBe(true);
    expect(await directoryOnServer()).toEqual([SHELTER]);
  });

  step('the organisation that offers the services is changed from the service form', async () => {
    await page.goto(`${url}/directory/services/new`);
    await page.getByTestId('edit-organization').click();
    const dialog = page.getByRole('dialog', { name: 'Change the organisation' });
    await dialog.waitFor();
    expect(await field(dialog, 'Name of the organisation').inputValue()).toBe(ORGANISATION);
    await checkA11y('edit organisation dialog');
    await field(dialog, 'Name of the organisation').fill(`${ORGANISATION} (women’s services)`);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    const organisations = await apiCall<{ items: { name: string; memberOrgId: string | null }[] }>('GET', '/api/directory/organizations?mine=true');
    expect(organisations.body.items.map((o) => o.name)).toEqual([`${ORGANISATION} (women’s services)`]);
    expect(organisations.body.items[0]?.memberOrgId).not.toBeNull();
  });

  step('on a phone the directory, the service, its form and the import fit the width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    try {
      await page.goto(`${url}/directory`);
      await poll(count).toBe('1 service found');
      expect(await fits()).toBe(true);
      await checkA11y('directory (phone)');
      await page.goto(serviceUrl);
      await heading(page, SHELTER).waitFor();
      expect(await fits()).toBe(true);
      await page.goto(`${serviceUrl}/edit`);
      await heading(page, `Edit ${SHELTER}`).waitFor();
      expect(await fits()).toBe(true);
      await checkA11y('edit service (phone)');
      await screenshot(page, 'directory-edit-phone');
      await page.goto(`${url}/directory/transfer`);
      await heading(page, 'Import and export').waitFor();
      expect(await fits()).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  step('no CSP violation, no uncaught error, no serious accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
