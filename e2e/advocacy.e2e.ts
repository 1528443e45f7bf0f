/**
 * Recommendations in the browser (issue 9). The administrator of a coalition in Greece sets up
 * Haven, records a source (the GRETA third evaluation round) and one of its recommendations, then
 * changes its status twice, with dated evidence and a document the first time. The status history
 * shows both changes, newest first; the recommendation's chart, as a table, shows where it started
 * and both changes; the list groups it under Greece with its status; the progress chart's table
 * counts it; the PDF report downloads; the source's name is corrected in its Edit dialog, and a
 * source in use cannot be deleted. axe-core on every screen, no CSP violation and no uncaught error.
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import { type AxeFinding, axeViolations, describeFindings, field, heading, type PageProblems, setUpInTheBrowser, storySteps, watchedContext } from './pages.js';

const ADMIN = { name: 'Eleni Georgiou', email: 'eleni@coalition.example', password: 'olive groves by the sea 31' };
const SOURCE = 'GRETA third evaluation round, Greece, 2023';
const RENAMED = 'GRETA third evaluation report, Greece, 2023';
const TEXT = 'Ensure that labour inspectors identify presumed victims of trafficking for labour exploitation.';

/** A one-page PDF. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

let haven: RunningHaven;
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

const step = storySteps('advocacy', () => ({ page }));

function tableRows(scope: Locator, name: string): Promise<string[][]> {
  return scope
    .getByRole('table', { name })
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td')).map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())));
}

async function changeStatus(status: string, date: string, evidence: string, file?: { name: string; buffer: Buffer }): Promise<void> {
  const form = page.getByTestId('status-form');
  await form.getByRole('combobox', { name: 'New status' }).selectOption({ label: status });
  await form.getByLabel('Date of the change').fill(date);
  await field(form, 'Evidence').fill(evidence);
  if (file) await form.locator('input[type="file"]').setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.buffer });
  await form.getByRole('button', { name: 'Record the change' }).click();
  await page.getByText('The change of status was recorded.').waitFor();
}

describe('advocacy: a recommendation tracked through two changes of status, its history, its chart and the report', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    context = await watchedContext(browser, problems);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the administrator sets up Haven and opens the recommendations', async () => {
    await setUpInTheBrowser(page, haven.url, {
      network: 'Balkan anti-trafficking coalition',
      organisation: 'Coalition Greece',
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN,
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Recommendations', exact: true }).click();
    await heading(page, 'Recommendations and action plans').waitFor();
    await page.getByTestId('recommendations-empty').waitFor();
    await checkA11y('recommendations (empty)');
  });

  step('records a source and a recommendation of it', async () => {
    await page.getByRole('button', { name: 'New source' }).click();
    const dialog = page.getByRole('dialog', { name: 'New source' });
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('greta-evaluation');
    await field(dialog, 'Name').fill(SOURCE);
    await dialog.getByRole('combobox', { name: 'Country' }).fill('Gree');
    await page.getByRole('option', { name: 'Greece', exact: true }).click();
    await dialog.getByLabel('Date').fill('2023-06-20');
    await checkA11y('source dialog');
    await dialog.getByRole('button', { name: 'Record the source' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('sources').getByText(SOURCE).waitFor();

    await page.getByRole('button', { name: 'New recommendation' }).click();
    const form = page.getByRole('dialog', { name: 'New recommendation' });
    // Nothing filled in: the fields say what they need.
    await form.getByRole('button', { name: 'Record the recommendation' }).click();
    await form.getByText('Choose at least one theme.').waitFor();
    await form.getByRole('combobox', { name: 'Source' }).selectOption({ label: SOURCE });
    await field(form, 'Text of the recommendation').fill(TEXT);
    await field(form, 'Reference').fill('paragraph 112');
    await form.getByRole('combobox', { name: 'Country' }).fill('Gree');
    await page.getByRole('option', { name: 'Greece', exact: true }).click();
    await form.getByRole('checkbox', { name: 'Identification' }).check();
    await form.getByRole('checkbox', { name: 'Labour exploitation' }).check();
    await field(form, 'Responsible authority').fill('Ministry of Labour');
    await form.getByLabel('Deadline').fill('2025-06-30');
    await checkA11y('recommendation dialog');
    await form.getByRole('button', { name: 'Record the recommendation' }).click();
    await heading(page, `${SOURCE}, paragraph 112`).waitFor();
    expect(page.url()).toMatch(/\/advocacy\/recommendations\/[0-9a-f-]{36}$/);
    expect(await page.getByTestId('recommendation-text').textContent()).toBe(TEXT);
    // The deadline has passed and it is not implemented: overdue.
    await page.getByTestId('overdue').waitFor();
    await page.getByTestId('history').getByText('No change of status has been recorded yet.').waitFor();
    await checkA11y('recommendation (no change)');
  });

  step('changes its status twice, with evidence; the history and the chart show both', async () => {
    await changeStatus('In progress', '2024-03-10', 'Draft law on labour inspection published for consultation.', { name: 'Draft law.pdf', buffer: PDF });
    await expect.poll(() => page.getByTestId('history-item').count()).toBe(1);
    await changeStatus('Implemented', '2024-09-01', 'Law 5090/2024 adopted; inspectors trained in all regions.');
    const items = page.getByTestId('history-item');
    await expect.poll(() => items.count()).toBe(2);
    // Newest first.
    expect(await items.nth(0).textContent()).toContain('In progress → Implemented');
    expect(await items.nth(0).textContent()).toContain('Law 5090/2024 adopted');
    expect(await items.nth(1).textContent()).toContain('Not started → In progress');
    expect(await items.nth(1).textContent()).toContain('Draft law on labour inspection');
    await items
      .nth(1)
      .getByRole('link', { name: /^Draft law\.pdf/ })
      .waitFor();
    await page.getByTestId('overdue').waitFor({ state: 'detached' });

    const chart = page.getByTestId('status-chart');
    await chart.getByRole('img', { name: /with 2 changes/ }).waitFor();
    await chart.getByRole('button', { name: 'Show as a table' }).click();
    expect(await tableRows(chart, 'Status over time')).toEqual([
      ['June 20, 2023', 'Not started (issued)'],
      ['March 10, 2024', 'In progress'],
      ['September 1, 2024', 'Implemented'],
    ]);
    await checkA11y('recommendation (two changes)');

    // A date before the previous change is refused at its field.
    await changeStatusExpectingError();
  });

  step('the list groups it under Greece with its status, and the progress counts it', async () => {
    await page.getByRole('link', { name: 'Back to the recommendations' }).click();
    await heading(page, 'Recommendations and action plans').waitFor();
    const greece = page.getByRole('region', { name: 'Greece' });
    await greece.getByRole('link', { name: TEXT }).waitFor();
    await greece.getByText('Implemented: 1', { exact: true }).waitFor();
    await page.getByText('By theme', { exact: true }).click();
    await page.getByRole('region', { name: 'Labour exploitation' }).getByRole('link', { name: TEXT }).waitFor();
    const progress = page.getByTestId('progress');
    await progress.getByRole('button', { name: 'Show as a table' }).click();
    const rows = await tableRows(progress, 'Progress over time');
    // The last month of the default period: the one recommendation, implemented.
    expect(rows.at(-1)?.slice(1)).toEqual(['0', '0', '0', '1', '0', '1']);
    await checkA11y('recommendations (one, by theme)');
  });

  step('downloads the PDF report', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Report (PDF)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^recommendations-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = fs.readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
  });

  step('corrects the name of the source in its Edit dialog; a source in use cannot be deleted', async () => {
    const sources = page.getByTestId('sources');
    await sources.getByRole('button', { name: `Edit the source ${SOURCE}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit the source' });
    expect(await field(dialog, 'Name').inputValue()).toBe(SOURCE);
    await field(dialog, 'Name').fill(RENAMED);
    await checkA11y('source dialog (edit)');
    await dialog.getByRole('button', { name: 'Save the changes' }).click();
    await dialog.waitFor({ state: 'detached' });
    await sources.getByRole('rowheader', { name: RENAMED, exact: true }).waitFor();
    await sources.getByText(`The source ${RENAMED} was saved.`).waitFor();
    expect(await sources.getByRole('rowheader', { name: SOURCE, exact: true }).count()).toBe(0);

    await sources.getByRole('button', { name: `Delete the source ${RENAMED}` }).click();
    const confirm = page.getByRole('dialog', { name: `Delete the source ${RENAMED}?` });
    await confirm.getByRole('button', { name: 'Delete the source' }).click();
    await confirm.getByText('1 recommendation uses this source: move it to another source first, or keep the source.').waitFor();
    await checkA11y('source delete dialog (in use)');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    await sources.getByRole('rowheader', { name: RENAMED, exact: true }).waitFor();
  });

  step('no page broke the Content Security Policy or threw', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});

async function changeStatusExpectingError(): Promise<void> {
  const form = page.getByTestId('status-form');
  await form.getByRole('combobox', { name: 'New status' }).selectOption({ label: 'Regressed' });
  await form.getByLabel('Date of the change').fill('2024-05-01');
  await form.getByRole('button', { name: 'Record the change' }).click();
  await form.getByText('Use a date that is not in the future, not before the recommendation was issued, and not before the previous change.').waitFor();
  expect(await page.getByTestId('history-item').count()).toBe(2);
}
