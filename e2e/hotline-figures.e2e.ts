/**
 * The supervisor's figures in the browser: an organisation administrator opens them on an empty
 * organisation (clear "no contacts" sentences, no empty axes), then three contacts and an outreach
 * encounter are recorded through the API, and the figures show the headline numbers, a chart (an
 * svg named as an image) with its data table for each of contacts per day, channel, reason and
 * operator, and the outreach funnel with its conversions, also by zone and team. On a phone the
 * page does not scroll sideways; a period with nothing shows so; dates in the wrong order are
 * refused on the field. axe-core on every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import { type AxeFinding, axeViolations, describeFindings, heading, type PageProblems, screenshot, setUpInTheBrowser, watchedContext } from './pages.js';

const ADMIN = { name: 'Aigerim Sadykova', email: 'aigerim@hotline.example', password: 'steppe wind at noon 77' };

let haven: RunningHaven;
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

/** A POST from the page, as the signed-in user (session cookie, CSRF token from /api/me). */
async function post<T>(path: string, body: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ path, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as unknown };
    },
    { path, body },
  );
  expect(answer.status, `${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
  return answer.body as T;
}

const figure = (testId: string) => page.getByTestId(testId);
const headline = (testId: string) => page.getByTestId(testId).getByTestId('value');

/** A chart is there as a named image, with its data table, whose body rows are returned as text. */
async function chartWithTable(section: Locator, name: string): Promise<string[][]> {
  const chart = section.getByRole('img', { name: `${name}: chart. The same numbers are in the table that follows.` });
  await chart.waitFor();
  expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
  await expect.poll(() => section.locator('svg.recharts-surface .recharts-bar-rectangle').count()).toBeGreaterThan(0);
  const table = section.getByRole('table', { name });
  await table.waitFor({ state: 'attached' });
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function daysFromToday(days: number): string {
  return new Date(Date.parse(`${today()}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('The hotline figures in the browser', () => {
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

  step('an administrator opens the figures of an empty organisation: clear sentences, no empty charts', async () => {
    await setUpInTheBrowser(page, url, {
      network: 'Central Asia Network',
      organisation: 'Hotline Almaty',
      countryQuery: 'Kazakh',
      country: 'Kazakhstan',
      admin: ADMIN,
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hotline figures' }).click();
    await heading(page, 'Hotline figures').waitFor();
    expect(await page.getByTestId('period-choice').inputValue()).toBe('last30');
    await page.getByTestId('figures').waitFor();
    expect(await headline('headline-contacts').textContent()).toBe('0');
    expect(await headline('headline-handling').textContent()).toBe('—');
    await page.getByText('No contacts in this period.').waitFor();
    await page.getByText('Outreach teams identified no one in this period.').waitFor();
    expect(await page.locator('svg.recharts-surface').count()).toBe(0);
    await screenshot(page, 'hotline-figures-empty');
    await checkA11y('figures (empty)');
  });

  step('three contacts and an outreach encounter are recorded through the API', async () => {
    await post('/api/contacts', {
      channel: 'phone',
      summary: 'Caller at a construction site, passport taken.',
      durationSeconds: 300,
      reasons: ['seeking-help', 'report-suspected-trafficking'],
      danger: 'immediate',
      followUps: [{ due: daysFromToday(-2), note: 'Call back' }],
    });
    await post('/api/contacts', {
      channel: 'chat',
      summary: 'Question about a job offer abroad.',
      durationSeconds: 100,
      reasons: ['seeking-help'],
      followUps: [{ due: daysFromToday(7) }],
    });
    await post('/api/contacts', { channel: 'email', summary: 'Request for leaflets.' });
    await post('/api/encounters', {
      place: 'Central station',
      team: 'Night team',
      peopleCount: 3,
      people: [{ pseudonym: 'Man with a blue cap', engaged: true }, { pseudonym: 'Woman by the kiosk' }],
    });
    const people = await page.evaluate(
      async () => ((await (await fetch('/api/outreach/people')).json()) as { items: { id: string; pseudonym: string }[] }).items,
    );
    const cap = people.find((p) => p.pseudonym === 'Man with a blue cap');
    expect(cap).toBeDefined();
    await post(`/api/outreach/people/${cap!.id}/stage`, { stage: 'visited' });
  });

  step('the headline numbers: contacts, average handling time, follow-ups (overdue highlighted), immediate danger', async () => {
    await page.reload();
    await heading(page, 'Hotline figures').waitFor();
    await expect.poll(() => headline('headline-contacts').textContent()).toBe('3');
    expect(await headline('headline-handling').textContent()).toBe('03:20');
    expect(await headline('headline-open').textContent()).toBe('2');
    expect(await headline('headline-overdue').textContent()).toBe('1');
    expect(await page.getByTestId('headline-overdue').getAttribute('data-alert')).toBe('true');
    expect(await page.getByTestId('headline-overdue').textContent()).toContain('Past their date: needs attention');
    expect(await headline('headline-danger').textContent()).toBe('1');
    await screenshot(page, 'hotline-figures-desktop');
  });

  step('each chart is an svg with a name and a data table with the same numbers', async () => {
    const perDay = await chartWithTable(figure('figure-per-day'), 'Contacts per day');
    expect(perDay.length).toBe(30);
    expect(perDay.at(-1)?.[1]).toBe('3');
    expect(perDay.slice(0, -1).every((row) => row[1] === '0')).toBe(true);

    const channels = await chartWithTable(figure('figure-per-channel'), 'Contacts per channel');
    expect(channels.map((r) => r.join('=')).sort()).toEqual(['Chat=1', 'E-mail=1', 'Phone=1']);

    const reasons = await chartWithTable(figure('figure-per-reason'), 'Contacts per reason');
    expect(reasons).toEqual([
      ['Seeking help', '2'],
      ['Report of suspected trafficking', '1'],
    ]);

    const operators = await chartWithTable(figure('figure-per-operator'), 'Contacts per operator');
    expect(operators).toEqual([[ADMIN.name, '3', '03:20']]);
    expect(await figure('figure-per-operator').getByRole('table').isVisible()).toBe(true);

    const funnel = await chartWithTable(figure('figure-funnel-all'), 'From identified to case opened');
    expect(funnel).toEqual([
      // People, of the stage before, of those identified, median days from the stage before, from being identified.
      ['Identified', '2', '—', '—', '—', '—'],
      ['Engaged', '1', '50%', '50%', '0 days', '0 days'],
      ['Visited the centre', '1', '100%', '50%', '0 days', '0 days'],
      ['Case opened', '0', '0%', '0%', '—', '—'],
    ]);
    await checkA11y('figures (with contacts and a funnel)');
  });

  step('a hidden data table is shown on request', async () => {
    const section = figure('figure-per-channel');
    // Visually hidden (a 1-pixel clipped box) but in the page, for screen readers.
    const holder = section.getByTestId('data-table').locator(':scope > *').first();
    expect((await holder.boundingBox())?.width).toBeLessThanOrEqual(1);
    await section.getByRole('table', { name: 'Contacts per channel' }).waitFor({ state: 'attached' });
    await section.getByRole('button', { name: 'Show the numbers' }).click();
    await expect.poll(async () => (await holder.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    expect(await section.getByRole('table', { name: 'Contacts per channel' }).isVisible()).toBe(true);
    await section.getByRole('button', { name: 'Hide the numbers' }).waitFor();
    await checkA11y('figures (a table shown)');
  });

  step('the funnel by zone and by team', async () => {
    const tabs = page.getByRole('tablist', { name: 'Show the funnel' });
    await tabs.getByRole('tab', { name: 'By zone' }).click();
    const byZone = await chartWithTable(figure('figure-funnel-byZone'), 'The funnel by zone or place');
    expect(byZone).toEqual([['Central station', '2', '1 (50%) median 0 days', '1 (50%) median 0 days', '0 (0%)']]);
    expect(await figure('figure-funnel-byZone').getByTestId('legend-swatch').count()).toBe(4);
    await screenshot(page, 'hotline-figures-by-zone');
    await checkA11y('funnel by zone');
    await tabs.getByRole('tab', { name: 'By team' }).click();
    const byTeam = await chartWithTable(figure('figure-funnel-byTeam'), 'The funnel by team');
    expect(byTeam.map((r) => r[0])).toEqual(['Night team']);
    await tabs.getByRole('tab', { name: 'By month' }).click();
    const byMonth = await chartWithTable(figure('figure-funnel-byMonth'), 'The funnel by month');
    expect(byMonth[0]?.[0]).toBe(new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date()));
  });

  step('on a phone the figures fit the width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect.poll(() => headline('headline-contacts').textContent()).toBe('3');
    await figure('figure-per-day').locator('svg.recharts-surface').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const id of ['figure-per-day', 'figure-per-channel', 'figure-per-reason', 'figure-per-operator', 'figure-funnel-all']) {
      const width = await figure(id)
        .locator('svg.recharts-surface')
        .evaluate((svg) => svg.getBoundingClientRect().width);
      expect(width, id).toBeGreaterThan(200);
      expect(width, id).toBeLessThanOrEqual(390);
    }
    await screenshot(page, 'hotline-figures-phone');
    await checkA11y('figures on a phone');
  });

  step('chosen dates: the wrong order is refused on the field, an empty period says so', async () => {
    await page.getByTestId('period-choice').selectOption('custom');
    const from = page.getByLabel('From', { exact: true });
    const to = page.getByLabel('To', { exact: true });
    await from.waitFor();
    expect(await to.inputValue()).toBe(today());
    await from.fill('2020-02-10');
    await to.fill('2020-02-01');
    await page.getByRole('alert').filter({ hasText: 'Choose a date on or after the first one.' }).waitFor();
    expect(await to.getAttribute('aria-invalid')).toBe('true');
    await checkA11y('figures (dates in the wrong order)');
    await to.fill('2020-02-29');
    await page.waitForURL(/from=2020-02-10&to=2020-02-29/);
    await expect.poll(() => page.getByTestId('figures').getAttribute('data-period')).toBe('2020-02-10/2020-02-29');
    await page.getByText('No contacts in this period.').waitFor();
    expect(await headline('headline-contacts').textContent()).toBe('0');
    await checkA11y('figures (an empty chosen period)');
    await page.getByTestId('period-choice').selectOption('year');
    await expect.poll(() => headline('headline-contacts').textContent()).toBe('3');
  });

  step('no CSP violation, no uncaught error, no serious accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
