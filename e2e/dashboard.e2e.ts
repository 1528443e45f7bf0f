/**
 * The dashboards in the browser. An administrator sets up Haven, invites a supervisor and an
 * analyst (each joins in a browser of their own), and records fourteen people with a case through
 * the API: twelve women from Ukraine, two men from Moldova. The administrator opens the dashboard
 * (exact figures: organisation administrators only), changes the period (last year: nothing; back to
 * the last twelve months), shows the gender figure as a table, and downloads it as CSV (its text
 * checked), XLSX and PNG (their magic bytes). The supervisor's dashboard is suppressed. The analyst
 * opens the network figures: the notice names the threshold, the two men's cells are suppressed
 * (written "suppressed" in the table, not drawn), people assisted show as one number, people counted
 * once are explained, and the country filter goes into the address. axe-core on every screen, no CSP violation and no
 * uncaught error.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  acceptInvitation,
  apiAs,
  axeViolations,
  describeFindings,
  enrolTotp,
  heading,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  storySteps,
  watchedContext,
} from './pages.js';

const ADMIN = { name: 'Eleni Georgiou', email: 'eleni@athens-support.example', password: 'lemon trees on the hill 52' };
const SUPERVISOR = { name: 'Nikos Pappas', email: 'nikos@athens-support.example', password: 'harbour lights at dusk 31' };
const ANALYST = { name: 'Maria Ionescu', email: 'maria@athens-support.example', password: 'quiet numbers in rows 64' };
const ORGANISATION = 'Athens Support';

let haven: RunningHaven;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let supervisor: Page;
let analyst: Page;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const step = storySteps('dashboard', () => ({ admin, supervisor, analyst }));

async function newPage(): Promise<Page> {
  const context = await watchedContext(browser, problems);
  contexts.push(context);
  return context.newPage();
}

/**
 * Invites a user with one role through the API; they join in a browser of their own (and set up
 * two-step verification when their role reads personal data: a supervisor does, an analyst not).
 */
async function join(user: typeof SUPERVISOR, role: string, secondFactor: boolean): Promise<Page> {
  const invited = await apiAs<{ inviteUrl: string }>(admin, 'POST', '/api/users/invitations', { email: user.email, name: user.name, roles: [role] });
  expect(invited.status, JSON.stringify(invited.body)).toBe(201);
  const page = await newPage();
  await acceptInvitation(page, new URL(invited.body.inviteUrl, haven.url).toString(), ORGANISATION, user.password);
  if (secondFactor) await enrolTotp(page);
  await heading(page, `Welcome, ${user.name}`).waitFor();
  return page;
}

/** The rows of a figure's table as text: [label, value]. */
function tableRows(card: Locator, name: string): Promise<string[][]> {
  return card
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

/** Chooses an entry of a figure's download menu and returns the file's name and bytes. */
async function download(page: Page, card: Locator, title: string, item: string): Promise<{ name: string; bytes: Buffer }> {
  await card.getByRole('button', { name: `Download ${title}` }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}

function thisYear(): number {
  return new Date().getFullYear();
}

describe('dashboards: the organisation’s figures, downloads, and the network’s with suppressed cells', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    admin = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the administrator sets up Haven, invites a supervisor and an analyst, and records fourteen cases', async () => {
    await setUpInTheBrowser(admin, haven.url, {
      network: 'Balkan data network',
      organisation: ORGANISATION,
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN,
    });
    supervisor = await join(SUPERVISOR, 'supervisor', true);
    analyst = await join(ANALYST, 'analyst', false);
    const people = [
      ...Array.from({ length: 12 }, (_, i) => ({ given: `Olena${i}`, gender: 'feminine', citizenship: 'UKR', form: 'sexual-exploitation' })),
      ...Array.from({ length: 2 }, (_, i) => ({ given: `Ion${i}`, gender: 'masculine', citizenship: 'MDA', form: 'forced-labour' })),
    ];
    for (const p of people) {
      const person = await apiAs<{ id: string }>(admin, 'POST', '/api/persons', {
        names: [{ given: p.given, family: 'Test' }],
        birthDate: '1999-04-02',
        gender: p.gender,
        citizenships: [p.citizenship],
      });
      expect(person.status, JSON.stringify(person.body)).toBe(201);
      const kase = await apiAs(admin, 'POST', '/api/cases', { personId: person.body.id, exploitationForms: [p.form] });
      expect(kase.status, JSON.stringify(kase.body)).toBe(201);
    }
  });

  step('the administrator opens the dashboard and changes the period', async () => {
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await heading(admin, 'Dashboard').waitFor();
    expect(await admin.getByTestId('period-choice').inputValue()).toBe('last12');
    const dashboard = admin.getByTestId('dashboard');
    await dashboard.waitFor();
    const genders = admin.getByTestId('figure-genders');
    await genders.getByRole('img', { name: 'Gender: chart. The same numbers are in the table.' }).waitFor();
    await expect.poll(() => genders.locator('svg.recharts-surface .recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await checkA11y(admin, 'dashboard');
    await screenshot(admin, 'dashboard');

    await admin.getByTestId('period-choice').selectOption('lastYear');
    await expect.poll(() => dashboard.getAttribute('data-period')).toBe(`${thisYear() - 1}-01-01/${thisYear() - 1}-12-31`);
    await expect.poll(() => dashboard.getAttribute('aria-busy')).toBe('false');
    expect(admin.url()).toContain('period=lastYear');
    const lastYear = await tableRows(genders, 'Gender');
    expect(lastYear.find((r) => r[0] === 'Feminine')?.[1]).toBe('0');

    await admin.getByTestId('period-choice').selectOption('custom');
    await admin.getByRole('textbox', { name: 'From' }).waitFor();
    await admin.getByTestId('period-choice').selectOption('last12');
    await expect.poll(() => dashboard.getAttribute('data-period')).toMatch(/^\d{4}-\d{2}-01\/\d{4}-\d{2}-\d{2}$/);
    await expect.poll(() => dashboard.getAttribute('aria-busy')).toBe('false');
  });

  step('the administrator shows the gender figure as a table', async () => {
    const genders = admin.getByTestId('figure-genders');
    await genders.getByRole('button', { name: 'Table', exact: true }).click();
    const table = genders.getByRole('table', { name: 'Gender' });
    await table.waitFor();
    expect(await table.isVisible()).toBe(true);
    const rows = await tableRows(genders, 'Gender');
    expect(rows).toContainEqual(['Feminine', '12']);
    expect(rows).toContainEqual(['Masculine', '2']);
    expect(rows.at(-1)).toEqual(['Total', '14']);
    await checkA11y(admin, 'dashboard with a table');
    await screenshot(admin, 'dashboard-table');
  });

  step('the administrator downloads the figure as CSV, XLSX and PNG', async () => {
    const genders = admin.getByTestId('figure-genders');
    const csv = await download(admin, genders, 'Gender', 'CSV (spreadsheet text)');
    expect(csv.name).toMatch(/^haven-organisation-genders-\d{4}-\d{2}-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = csv.bytes.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Code,Gender,Cases,Note');
    expect(lines).toContain('feminine,Feminine,12,');
    expect(lines).toContain('masculine,Masculine,2,');
    expect(lines).toContain('total,Total,14,');

    const xlsx = await download(admin, genders, 'Gender', 'Excel workbook (XLSX)');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    const png = await download(admin, genders, 'Gender', 'Picture of the chart (PNG)');
    expect(png.name).toMatch(/\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    if (process.env.E2E_SCREENSHOTS) fs.writeFileSync(path.join(import.meta.dirname, 'screenshots', 'dashboard-download.png'), png.bytes);
    // Drawn at twice the chart's size: wider than the chart on screen.
    const width = png.bytes.readUInt32BE(16);
    const shown = await genders.locator('svg.recharts-surface').evaluate((svg) => svg.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(Math.round(shown * 2));
  });

  step('the supervisor sees the organisation’s figures suppressed', async () => {
    await supervisor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click();
    await heading(supervisor, 'Dashboard').waitFor();
    const genders = supervisor.getByTestId('figure-genders');
    await genders.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = await tableRows(genders, 'Gender');
    expect(rows).toContainEqual(['Masculine', 'suppressed']);
    expect(rows).toContainEqual(['Feminine', 'suppressed']);
    expect(rows.at(-1)).toEqual(['Total', '14']);
    await checkA11y(supervisor, 'suppressed dashboard');
  });

  step('the analyst opens the network figures and sees the small cells suppressed', async () => {
    await analyst.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Network figures', exact: true }).click();
    await heading(analyst, 'Network figures').waitFor();
    const dashboard = analyst.getByTestId('dashboard');
    await dashboard.waitFor();
    const notice = analyst.getByTestId('suppression-notice');
    await notice.getByText('Network figures come from counts only', { exact: false }).waitFor();
    expect(await notice.getByTestId('threshold').textContent()).toContain('fewer than 10');
    expect(await notice.getByTestId('counted-once').textContent()).toContain('People assisted, counted once');
    expect(await notice.getByRole('link', { name: 'Upload your organisation’s linkage keys' }).count()).toBe(0);

    const genders = analyst.getByTestId('figure-genders');
    await genders.getByRole('button', { name: 'Table', exact: true }).click();
    const rows = await tableRows(genders, 'Gender');
    expect(rows).toContainEqual(['Masculine', 'suppressed']);
    expect(rows.some((r) => r[1] === '0' && r[0] === 'Masculine')).toBe(false);
    await genders.getByTestId('suppressed-legend').waitFor();
    // People assisted: their total only, as one number.
    expect(await analyst.getByTestId('figure-people-assisted').getByTestId('figure-single').textContent()).toContain('14');
    expect(await genders.getByTestId('suppressed-legend').textContent()).toContain('Masculine');
    // A suppressed cell has no bar: fewer bars than rows.
    const bars = await genders.locator('svg.recharts-surface .recharts-bar-rectangle path').count();
    const drawn = rows.slice(0, -1).filter((r) => r[1] !== 'suppressed' && r[1] !== '0').length;
    expect(bars).toBe(drawn);
    await checkA11y(analyst, 'network figures');
    await screenshot(analyst, 'network-dashboard');

    const country = analyst.getByRole('combobox', { name: 'Country of member organisations' });
    await country.fill('Gree');
    await analyst.getByRole('option', { name: 'Greece', exact: true }).click();
    await expect.poll(() => dashboard.getAttribute('data-country')).toBe('GRC');
    expect(analyst.url()).toContain('country=GRC');
    await checkA11y(analyst, 'network figures for one country');
  });

  step('no CSP violation, no uncaught error, no accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
