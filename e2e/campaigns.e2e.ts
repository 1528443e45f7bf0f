/**
 * Awareness campaigns in the browser (issue 8). The administrator of an organisation in Moldova
 * sets up Haven and adds a second member organisation (in Ukraine), whose administrator joins in a
 * browser of their own. The first administrator records a campaign with two cities (with
 * coordinates), adds a seminar in Chișinău (120 people, counted) and a street action in Bălți (500
 * people, estimated) with a photo, shown as a thumbnail loaded through the API. The reach
 * dashboard shows the totals per city in the table view and two circles on the map. The second
 * organisation's administrator finds the campaign in the network's list and reads it, without any
 * way to change it. axe-core on every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  addMemberOrganisation,
  apiAs,
  axeViolations,
  describeFindings,
  field,
  heading,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  storySteps,
  watchedContext,
} from './pages.js';

const ADMIN_A = { name: 'Ana Rusu', email: 'ana@lastrada.example', password: 'vineyards in the autumn 47' };
const ADMIN_B = { name: 'Oksana Melnyk', email: 'oksana@odesa-help.example', password: 'sea wind over the port 28' };
const ORG_A = 'La Strada Moldova';
const ORG_B = 'Odesa Help';
const CAMPAIGN = 'Work abroad: check before you go';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let haven: RunningHaven;
let browser: Browser;
const contexts: BrowserContext[] = [];
let a: Page;
let b: Page;
let campaignUrl = '';
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const step = storySteps('campaigns', () => ({ a, b }));

async function newPage(): Promise<Page> {
  const context = await watchedContext(browser, problems);
  contexts.push(context);
  return context.newPage();
}

/** The rows of a table as text. */
function tableRows(scope: Locator, name: string): Promise<string[][]> {
  return scope
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** Records an activity through the dialog of the campaign page. */
async function addActivity(
  page: Page,
  activity: { type: string; place: string; audience: string; reached: string; kind: 'counted' | 'estimated'; title: string },
) {
  await page.getByRole('button', { name: 'Add an activity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New activity' });
  await dialog.waitFor();
  await dialog.getByRole('combobox', { name: 'Type of activity' }).selectOption(activity.type);
  await dialog.getByRole('combobox', { name: 'Where' }).selectOption({ label: activity.place });
  await dialog.getByRole('combobox', { name: 'Audience' }).selectOption(activity.audience);
  await field(dialog, 'People reached').fill(activity.reached);
  await dialog.getByRole('radio', { name: activity.kind, exact: true }).check();
  await field(dialog, 'Title').fill(activity.title);
  return dialog;
}

describe('campaigns: a campaign in two cities, its activities, its reach on a map, and the network reading it', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    a = await newPage();
    b = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('A sets up Haven and adds organisation B, whose administrator joins', async () => {
    await setUpInTheBrowser(a, haven.url, {
      network: 'Black Sea prevention network',
      organisation: ORG_A,
      countryQuery: 'Mold',
      country: 'Moldova',
      admin: ADMIN_A,
    });
    await addMemberOrganisation(a, b, haven.url, { name: ORG_B, country: 'UKR', admin: ADMIN_B });
  });

  step('A records a campaign with two cities and their coordinates', async () => {
    await a.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
    await heading(a, 'Campaigns').waitFor();
    await a.getByTestId('campaigns-empty').waitFor();
    await checkA11y(a, 'campaigns (empty)');
    await a.getByRole('link', { name: 'New campaign' }).click();
    await heading(a, 'New campaign').waitFor();

    const form = a.getByTestId('campaign-form');
    // Nothing filled in: the fields say what they need, nothing is sent.
    await form.getByRole('button', { name: 'Record the campaign' }).click();
    await form.getByText('Fill in this field.').first().waitFor();

    await field(form, 'Name').fill(CAMPAIGN);
    await field(form, 'Goal').fill('Job seekers check an offer of work abroad before they leave.');
    await field(form, 'Message').fill('Fees, kept passports and pressure to decide fast are warning signs.');
    await form.getByLabel('Starts on').fill('2020-03-01');
    await form.getByLabel('Other partners', { exact: true }).fill('Ministry of Labour');
    await form.getByLabel('Other partners', { exact: true }).press('Enter');

    await form.getByRole('button', { name: 'Add a city' }).click();
    const first = form.getByRole('group', { name: 'City 1' });
    await field(first, 'City 1: name').fill('Chișinău');
    await expect.poll(() => first.getByRole('combobox', { name: 'City 1: country' }).inputValue()).toBe('Moldova');
    await field(first, 'City 1: latitude').fill('47.0105');
    await field(first, 'City 1: longitude').fill('28,8638');

    await form.getByRole('button', { name: 'Add a city' }).click();
    const second = form.getByRole('group', { name: 'City 2' });
    await field(second, 'City 2: name').fill('Bălți');
    await field(second, 'City 2: latitude').fill('147.76');
    await field(second, 'City 2: longitude').fill('27.9295');
    await checkA11y(a, 'campaign form');

    // A latitude out of range: said at its field, in the right row.
    await form.getByRole('button', { name: 'Record the campaign' }).click();
    await second.getByText('Enter a latitude from -90 to 90, e.g. 47.0105.').waitFor();
    await field(second, 'City 2: latitude').fill('47.7617');
    await expect.poll(() => second.getByRole('combobox', { name: 'City 2: country' }).inputValue()).toBe('Moldova');

    await form.getByRole('button', { name: 'Record the campaign' }).click();
    await heading(a, CAMPAIGN).waitFor();
    await a.getByText('The campaign was recorded.', { exact: false }).waitFor();
    campaignUrl = a.url();
    expect(campaignUrl).toMatch(/\/campaigns\/[0-9a-f-]{36}$/);
    expect(await a.getByTestId('campaign-summary').textContent()).toContain('Chișinău (Moldova) and Bălți (Moldova)');
    await checkA11y(a, 'campaign (no activity)');
  });

  step('A adds a counted seminar in Chișinău and an estimated street action in Bălți, with a photo', async () => {
    const seminar = await addActivity(a, {
      type: 'seminar',
      place: 'Chișinău (Moldova)',
      audience: 'job-seekers',
      reached: '120',
      kind: 'counted',
      title: 'Seminar at the employment office',
    });
    await checkA11y(a, 'activity dialog');
    await seminar.getByRole('button', { name: 'Record the activity' }).click();
    await seminar.waitFor({ state: 'detached' });

    const action = await addActivity(a, {
      type: 'street-action',
      place: 'Bălți (Moldova)',
      audience: 'general-public',
      reached: '500',
      kind: 'estimated',
      title: 'Leaflets at the bus station',
    });
    await action.getByRole('button', { name: 'Record the activity' }).click();
    await action.waitFor({ state: 'detached' });

    const rows = a.getByTestId('activity-row');
    await expect.poll(() => rows.count()).toBe(2);
    const street = rows.filter({ hasText: 'Leaflets at the bus station' });
    expect(await street.getByTestId('activity-reached').textContent()).toBe('500');
    expect(await street.getByTestId('activity-reach-kind').textContent()).toBe('estimated');
    expect(await rows.filter({ hasText: 'Seminar at the employment office' }).getByTestId('activity-reach-kind').textContent()).toBe('counted');
    await expect.poll(() => a.getByTestId('campaign-reach').textContent()).toBe('620 people reached: 120 counted, 500 estimated');

    await street.getByRole('button', { name: 'Add a photo or a file to Leaflets at the bus station' }).click();
    const upload = a.getByRole('dialog', { name: 'Add a photo or a file' });
    await upload.locator('input[type="file"]').setInputFiles({ name: 'bus station.png', mimeType: 'image/png', buffer: PNG });
    await upload.getByRole('button', { name: 'Upload', exact: true }).click();
    await upload.waitFor({ state: 'detached' });
    const thumbnail = street.getByRole('img', { name: 'Photo: bus station.png' });
    await thumbnail.waitFor();
    await thumbnail.scrollIntoViewIfNeeded();
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBe(1);
    await street.getByRole('link', { name: 'Download bus station.png' }).waitFor();
    await checkA11y(a, 'campaign with activities');
    await screenshot(a, 'campaign');
  });

  step('A opens the reach dashboard: the totals per city in the table, two circles on the map', async () => {
    await a.getByRole('link', { name: 'Reach dashboard' }).click();
    await heading(a, 'Campaign reach').waitFor();
    const reach = a.getByTestId('reach');
    await reach.waitFor();
    await expect.poll(() => a.getByTestId('reach-total').textContent()).toContain('620 people reached (120 counted, 500 estimated) by 2 activities');

    const cities = a.getByTestId('reach-cities');
    const map = cities.getByRole('img', { name: /^Map of 2 cities by people reached: / });
    await map.waitFor();
    const summary = (await map.getAttribute('aria-label')) ?? '';
    expect(summary).toContain('Bălți 500');
    expect(summary).toContain('Chișinău 120');
    await expect.poll(() => cities.getByTestId('map-city').count()).toBe(2);
    expect(await cities.locator('[data-testid="map-city"] circle').count()).toBe(2);
    // The country outlines (a lazy chunk of the app, no request elsewhere) are drawn around them.
    await expect.poll(() => cities.locator('[data-testid="reach-map-svg"] path').count()).toBeGreaterThan(3);

    await cities.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = await tableRows(cities, 'Reach by city');
    expect(rows).toEqual([
      ['Bălți (Moldova)', '0', '500', '500', '1'],
      ['Chișinău (Moldova)', '120', '0', '120', '1'],
      ['Total', '120', '500', '620', '2'],
    ]);
    const months = a.getByTestId('reach-months');
    await months.getByRole('img', { name: 'Reach over time: chart. The same numbers are in the table.' }).waitFor();
    await checkA11y(a, 'reach dashboard');
    await screenshot(a, 'campaign-reach');
  });

  step('B finds the campaign in the network’s list and reads it, without any way to change it', async () => {
    await b.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns', exact: true }).click();
    await heading(b, 'Campaigns').waitFor();
    await b.getByTestId('campaigns-empty').waitFor();
    await b.getByTestId('campaign-scope').getByText('Whole network').click();
    await expect.poll(() => b.url()).toContain('scope=network');
    const row = b.getByTestId('campaign-row').filter({ hasText: CAMPAIGN });
    await row.waitFor();
    expect(await row.getByTestId('campaign-organisation').textContent()).toBe(`By ${ORG_A}`);
    expect(await row.getByTestId('campaign-reach').textContent()).toBe('620 people reached: 120 counted, 500 estimated');
    expect(await row.getByTestId('campaign-activities').textContent()).toBe('2');
    await checkA11y(b, 'network campaigns');

    await row.getByRole('link', { name: CAMPAIGN }).click();
    await heading(b, CAMPAIGN).waitFor();
    await b.getByTestId('campaign-read-only').waitFor();
    await expect.poll(() => b.getByTestId('activity-row').count()).toBe(2);
    expect(await b.getByRole('button', { name: 'Add an activity' }).count()).toBe(0);
    expect(await b.getByRole('link', { name: 'Edit the campaign' }).count()).toBe(0);
    expect(await b.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    await b.getByRole('img', { name: 'Photo: bus station.png' }).waitFor();
    await checkA11y(b, 'campaign read-only');

    // The API refuses a change from another organisation all the same.
    const id = campaignUrl.split('/').at(-1) ?? '';
    const refused = await apiAs(b, 'POST', `/api/campaigns/${id}/activities`, {
      type: 'seminar',
      date: '2024-01-01',
      country: 'MDA',
      audience: 'pupils',
      reached: 1,
      reachKind: 'counted',
    });
    expect(refused.status).toBeGreaterThanOrEqual(403);
    expect(refused.status).toBeLessThan(500);
  });

  step('no CSP violation, no uncaught error, no accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
