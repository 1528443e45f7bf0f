/**
 * A list export in the background. The administrator of an organisation with two cases opens the
 * case list, chooses Export → Excel (XLSX), follows the link to the exports screen, sees the job
 * finish (the list polls while it runs), downloads the file (a browser download) and checks it is
 * an XLSX workbook (a zip). Then, on the same screen, cases are imported from an HTCDS CSV file, a
 * bad file is refused with its problems listed, and the same good file is refused a second time.
 * axe-core on the exports screen, no CSP violation and no uncaught error.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  apiAs,
  axeViolations,
  describeFindings,
  heading,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  watchedContext,
  storySteps,
} from './pages.js';

const GOOD_CSV = 'cas_OpenedOn,prs_FirstName,prs_SecondName,prs_Gender\n2025-01-01,Ana,Popescu,Feminine\n2025-02-01,Ben,Doe,Masculine\n';
const ADMIN = { name: 'Eleni Georgiou', email: 'eleni@athens-support.example', password: 'lemon trees on the hill 52' };

let haven: RunningHaven;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

const step = storySteps('exports', () => ({ page }));

describe('exporting the case list to XLSX in the background', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    context = await watchedContext(browser, problems);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the administrator sets up Haven and records two cases', async () => {
    await setUpInTheBrowser(page, haven.url, {
      network: 'Exports network',
      organisation: 'Athens Support',
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN,
    });
    for (const [given, family] of [
      ['Olena', 'Kovalenko'],
      ['Maria', 'Popescu'],
    ] as const) {
      const person = await apiAs<{ id: string }>(page, 'POST', '/api/persons', { names: [{ given, family }] });
      expect(person.status).toBe(201);
      expect((await apiAs(page, 'POST', '/api/cases', { personId: person.body.id })).status).toBe(201);
    }
  });

  step('from the case list, Export → Excel queues the export and links to the exports screen', async () => {
    await page.goto(`${haven.url}/cases`);
    await page.getByTestId('cases-table').waitFor();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Excel (XLSX)' }).click();
    const link = page.getByRole('link', { name: 'See it on the exports screen' });
    await link.waitFor();
    await link.click();
    await page.waitForURL(/\/exports$/);
    await heading(page, 'Exports').waitFor();
  });

  step('the job finishes on the exports screen and downloads as an XLSX workbook', async () => {
    const job = page.getByTestId('export-job').first();
    await expect.poll(() => job.getAttribute('data-status'), { timeout: 20_000 }).toBe('done');
    expect(await job.textContent()).toContain('Cases · Excel (XLSX)');
    expect(await job.textContent()).toContain('2 rows');
    const found = await axeViolations(page, 'exports');
    findings.push(...found);
    expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
    await screenshot(page, 'exports');
    const [download] = await Promise.all([page.waitForEvent('download'), job.getByRole('link', { name: /^Download cases-.*\.xlsx$/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const file = await download.path();
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    expect(bytes.toString('latin1')).toContain('xl/worksheets/sheet1.xml');
  });

  step('imports cases from an HTCDS CSV file on the exports screen', async () => {
    await page.getByRole('heading', { name: 'Import cases (HTCDS)', level: 2 }).waitFor();
    const input = page.getByTestId('htcds-import-form').locator('input[type=file]');
    await input.setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await page.getByRole('button', { name: 'Import cases' }).click();
    await page.getByTestId('htcds-import-done').waitFor();
    expect(await page.getByTestId('htcds-import-done').textContent()).toContain('2 persons and 2 cases were added.');
  });

  step('a bad file lists its problems, and the same good file is not imported twice', async () => {
    const input = page.getByTestId('htcds-import-form').locator('input[type=file]');
    await input.setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from('cas_OpenedOn,prs_FirstName,prs_Gender\n2025-13-01,Ana,Robot\n') });
    await page.getByRole('button', { name: 'Import cases' }).click();
    await page.getByTestId('htcds-import-refused').waitFor();
    expect(await page.getByTestId('htcds-problem-row').count()).toBe(2);
    const found = await axeViolations(page, 'htcds import refused');
    findings.push(...found);
    expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
    await input.setInputFiles({ name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
    await page.getByRole('button', { name: 'Import cases' }).click();
    await page.getByText('This file was already imported into your organisation, so nothing was imported again. The details say when.').waitFor();
    const cases = await apiAs<{ items: unknown[] }>(page, 'GET', '/api/cases?limit=50');
    expect(cases.body.items).toHaveLength(4);
  });

  it('left no CSP violation, uncaught error or accessibility finding', () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
