/**
 * The work on a case in the browser: a signed-in administrator (set up through the API) records a
 * consent, a risk assessment, a task due yesterday (overdue in "My tasks", gone once done), a note
 * (with a change made meanwhile by someone else: shown, never overwritten silently), uploads a PDF,
 * reads the timeline, and changes the case settings; axe-core on every screen; no CSP violation
 * and no uncaught error.
 */
import axe from 'axe-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayUtc } from '../src/core/cases/dates.js';
import { type ApiClient, setUp } from '../src/server/testing/client.js';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import { type AxeFinding, describeFindings, field, heading, type PageProblems, screenshot, watchedContext } from './pages.js';

let haven: RunningHaven;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let admin: ApiClient;
let caseId: string;
let caseNumber: number;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

/**
 * axe-core on the page (or only inside `scope`, a CSS selector) as it is now; serious and critical
 * findings fail at once. Like pages.ts, through the DevTools protocol, so the page's CSP stays as it is.
 */
async function checkA11y(screenName: string, scope?: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(async (selector) => {
    const runner = (window as unknown as { axe: typeof axe }).axe;
    const result = await runner.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, scope ?? null);
  const found = results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ screen: screenName, ...v }));
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
      throw error;
    }
  });
}

const tab = (name: string) => page.getByRole('tab', { name: new RegExp(`^${name}( \\(\\d+\\))?$`) });
const dialog = (name: string) => page.getByRole('dialog', { name });
const work = () => page.getByTestId('case-work');

async function openTab(name: string): Promise<void> {
  await tab(name).click();
  await page.getByRole('tabpanel', { name: new RegExp(`^${name}`) }).waitFor();
}

/** The calendar day `offset` days from today in the browser's time zone, as the app counts days. */
function browserDay(offset: number): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

async function select(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByRole('combobox', { name: label }).selectOption({ label: option });
}

describe('the work on a case', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    const user = await setUp(haven.url, 'ada@safe-harbour.example', 'Safe Harbour Athens');
    admin = user.client;
    const person = await admin.post<{ id: string }>('/api/persons', { names: [{ given: 'Mira', family: 'Petrova' }] });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const kase = await admin.post<{ id: string; number: number }>('/api/cases', { personId: person.body.id });
    expect(kase.status, JSON.stringify(kase.body)).toBe(201);
    caseId = kase.body.id;
    caseNumber = kase.body.number;
    // A recovery and reflection period that ends in three days: "My tasks" reminds of it.
    const read = await admin.get<{ version: number }>(`/api/cases/${caseId}`);
    const period = { startsOn: addDays(todayUtc(), -26), endsOn: addDays(todayUtc(), 3) };
    const patched = await admin.patch(`/api/cases/${caseId}`, { reflectionPeriod: period, version: read.body.version });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);

    context = await watchedContext(browser, problems);
    // The API client's session, in the browser.
    const [name, ...value] = admin.cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: haven.url, httpOnly: true, sameSite: 'Strict' }]);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('shows the tabs of the work on the case, with counts', async () => {
    await page.goto(`${haven.url}/cases/${caseId}`);
    await tab('Consents').waitFor();
    for (const name of ['Assessments', 'Support plan', 'Tasks and appointments', 'Services', 'Notes', 'Documents', 'Legal proceedings', 'Timeline']) {
      await tab(name).waitFor();
    }
    await page.getByRole('tab', { name: 'Consents (0)' }).waitFor();
    await work().getByText('No consent has been recorded for this case.').waitFor();
    await checkA11y('case work: consents (empty)', '[data-testid="case-work"]');
  });

  step('records a consent, refusing oral consent without its witness', async () => {
    await work().getByRole('button', { name: 'Record consent' }).click();
    const form = dialog('Record consent');
    await form.waitFor();
    await select(form, 'Purpose', 'Data processing');
    await select(form, 'How it was given', 'Oral, with a witness');
    await checkA11y('consent dialog', '[role="dialog"]');
    await screenshot(page, 'case-work-consent-dialog');
    await form.getByRole('button', { name: 'Save' }).click();
    const witness = field(form, 'Witness');
    await expect.poll(() => witness.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => witness.evaluate((el) => el === document.activeElement)).toBe(true);
    await form.getByText('Fill in this field.').waitFor();
    await witness.fill('Elena Georgiou');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });

    const consent = work().getByTestId('consent');
    await consent.getByText('Data processing').waitFor();
    await consent.getByText('Active', { exact: true }).waitFor();
    await consent.getByText('Elena Georgiou').waitFor();
    await page.getByRole('tab', { name: 'Consents (1)' }).waitFor();
    await checkA11y('case work: consents', '[data-testid="case-work"]');
    await screenshot(page, 'case-work-consents');
  });

  step('adds a risk assessment with its level and factors', async () => {
    await openTab('Assessments');
    await work().getByRole('button', { name: 'Add risk assessment' }).click();
    const form = dialog('Add risk assessment');
    await select(form, 'Risk level', 'High');
    await form.getByRole('checkbox', { name: 'Threats to the family' }).check();
    await form.getByRole('checkbox', { name: 'Outstanding debt' }).check();
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const card = work().getByTestId('risk-assessment');
    expect(await card.getByTestId('risk-level').textContent()).toBe('Risk: High');
    await card.getByText('Threats to the family and Outstanding debt').waitFor();
    await page.getByRole('tab', { name: 'Assessments (1)' }).waitFor();
    await checkA11y('case work: assessments', '[data-testid="case-work"]');
  });

  step('adds a task due yesterday, shown as overdue', async () => {
    await openTab('Tasks and appointments');
    await work().getByRole('button', { name: 'Add task or appointment' }).click();
    const form = dialog('Add task or appointment');
    await field(form, 'What is to be done').fill('Call the lawyer about the residence permit');
    await form.getByLabel('Due on').fill(await browserDay(-1));
    expect(await form.getByRole('combobox', { name: 'Assigned to' }).inputValue()).not.toBe('');
    await checkA11y('task dialog', '[role="dialog"]');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const task = work().getByTestId('task');
    await task.getByText('Overdue').waitFor();
    await page.getByRole('tab', { name: 'Tasks and appointments (1)' }).waitFor();
    await checkA11y('case work: tasks', '[data-testid="case-work"]');
  });

  step('lists the task as overdue in My tasks; ticking it done removes it', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My tasks', exact: true }).click();
    await heading(page, 'My tasks').waitFor();
    const overdue = page.getByTestId('my-tasks-overdue');
    await overdue.getByRole('heading', { name: 'Overdue (1)' }).waitFor();
    await overdue.getByText('Call the lawyer about the residence permit').waitFor();
    await overdue.getByRole('link', { name: `Case ${caseNumber}` }).waitFor();
    const reminders = page.getByRole('region', { name: 'Recovery and reflection periods ending soon' });
    await reminders.getByRole('link', { name: new RegExp(`^The recovery and reflection period of case ${caseNumber} ends on `) }).waitFor();
    await checkA11y('my tasks');
    await screenshot(page, 'my-tasks');

    await overdue.getByRole('checkbox', { name: 'Done: Call the lawyer about the residence permit' }).check();
    await page.getByText('You have no open tasks or appointments.').waitFor();
    await page.getByRole('status').filter({ hasText: 'is done' }).waitFor();
    await checkA11y('my tasks (empty)');
  });

  step('adds a note, and shows a change made meanwhile by someone else instead of overwriting it', async () => {
    await page.goto(`${haven.url}/cases/${caseId}`);
    await openTab('Notes');
    await work().getByRole('button', { name: 'Add note' }).click();
    let form = dialog('Add note');
    await form.getByRole('textbox', { name: 'Note' }).fill('First meeting at the drop-in centre.\nShe asked for legal advice.');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const note = work().getByTestId('note');
    await note.getByText('She asked for legal advice.', { exact: false }).waitFor();
    await note.getByText('Ada Admin', { exact: false }).waitFor();

    // Open the note for a change, then someone else changes it first.
    await note.getByRole('button', { name: /^Change: Note/ }).click();
    form = dialog('Change note');
    const text = form.getByRole('textbox', { name: 'Note' });
    await text.fill('First meeting at the drop-in centre. Legal advice booked.');
    const listed = await admin.get<{ items: { id: string; version: number; data: { text: string } }[] }>(`/api/cases/${caseId}/notes`);
    const stored = listed.body.items[0]!;
    const theirs = await admin.request('PUT', `/api/cases/${caseId}/notes/${stored.id}`, { text: 'Changed by a colleague.', version: stored.version });
    expect(theirs.status).toBe(200);
    await form.getByRole('button', { name: 'Save' }).click();
    const stale = form.getByTestId('stale-version');
    await stale.getByText('Changed by a colleague.').waitFor();
    expect(await text.inputValue()).toBe('First meeting at the drop-in centre. Legal advice booked.');
    await checkA11y('note dialog after a conflict', '[role="dialog"]');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await note.getByText('Legal advice booked.', { exact: false }).waitFor();
    await checkA11y('case work: notes', '[data-testid="case-work"]');
  });

  step('uploads a PDF with progress, after refusing a file of another type', async () => {
    await openTab('Documents');
    await work().getByRole('button', { name: 'Upload document' }).click();
    const form = dialog('Upload document');
    const input = form.locator('input[type="file"]');
    await input.setInputFiles({ name: 'setup.exe', mimeType: 'application/x-msdownload', buffer: Buffer.from('MZ') });
    await form.getByText('This type of file cannot be uploaded.', { exact: false }).waitFor();

    // Large enough, on a slowed-down connection, for the progress to show.
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(`%${'x'.repeat(400_000)}\n`), Buffer.from('trailer <<>>\n%%EOF\n')]);
    await input.setInputFiles({ name: 'signed-consent.pdf', mimeType: 'application/pdf', buffer: pdf });
    await select(form, 'Category', 'Consent form');
    await checkA11y('upload dialog', '[role="dialog"]');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200_000 });
    try {
      await form.getByRole('button', { name: 'Upload', exact: true }).click();
      await form.getByRole('progressbar', { name: /^Uploading: \d+%$/ }).waitFor();
      await form
        .getByRole('status')
        .filter({ hasText: /^Uploading: \d+%$/ })
        .waitFor();
      await form.waitFor({ state: 'detached' });
    } finally {
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await cdp.detach();
    }
    const table = work().getByRole('table', { name: 'Documents' });
    const row = table.getByRole('row', { name: /signed-consent\.pdf/ });
    await row.getByText('Consent form').waitFor();
    await page.getByRole('status').filter({ hasText: '“signed-consent.pdf” was uploaded.' }).waitFor();
    const href = await row.getByRole('link', { name: 'Download signed-consent.pdf' }).getAttribute('href');
    const download = await page.request.get(`${haven.url}${href}`);
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
    await page.getByRole('tab', { name: 'Documents (1)' }).waitFor();
    await checkA11y('case work: documents', '[data-testid="case-work"]');
    await screenshot(page, 'case-work-documents');
  });

  step('adds an objective, a service, a needs assessment and a legal proceeding with compensation', async () => {
    await openTab('Support plan');
    await work().getByRole('button', { name: 'Add objective' }).click();
    let form = dialog('Add objective');
    await select(form, 'Type', 'Health');
    await form.getByRole('textbox', { name: 'Description' }).fill('Medical check-up and follow-up');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await work().getByRole('heading', { name: 'Health', level: 3 }).waitFor();
    await work().getByTestId('objective').getByText('Planned').waitFor();
    await checkA11y('case work: plan', '[data-testid="case-work"]');

    await openTab('Services');
    await work().getByRole('button', { name: 'Add service' }).click();
    form = dialog('Add service');
    await select(form, 'Type', 'Shelter');
    await field(form, 'Provider').fill('Safe House Piraeus');
    await form.getByLabel('Until').fill(await browserDay(-400));
    await form.getByRole('button', { name: 'Save' }).click();
    // Until before from: refused on its field.
    await expect.poll(() => form.getByLabel('Until').getAttribute('aria-invalid')).toBe('true');
    await form.getByLabel('Until').fill('');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await work().getByTestId('service').getByText('Safe House Piraeus').waitFor();
    await checkA11y('case work: services', '[data-testid="case-work"]');

    await openTab('Assessments');
    await work().getByRole('button', { name: 'Add needs assessment' }).click();
    form = dialog('Add needs assessment');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText('Choose at least 1 option.').waitFor();
    await form.getByRole('checkbox', { name: 'Legal', exact: true }).check();
    await form.getByRole('combobox', { name: 'Priority: Legal' }).selectOption('high');
    await field(form, 'Details: Legal').fill('Residence permit on humanitarian grounds');
    await checkA11y('needs dialog', '[role="dialog"]');
    await screenshot(page, 'case-work-needs-dialog');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    await work().getByTestId('needs-assessment').getByText('Priority: High').waitFor();

    await openTab('Legal proceedings');
    await work().getByRole('button', { name: 'Add legal proceeding' }).click();
    form = dialog('Add legal proceeding');
    await select(form, 'Stage', 'Trial');
    await select(form, 'Role of the person', 'Victim');
    await field(form, 'Court or authority').fill('Court of Appeal of Athens');
    const amounts = form.getByRole('textbox', { name: 'Amount' });
    await amounts.first().fill('12,5x');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => amounts.first().getAttribute('aria-invalid')).toBe('true');
    await amounts.first().fill('15000.50');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.waitFor({ state: 'detached' });
    const proceeding = work().getByTestId('proceeding');
    await proceeding.getByText('Court of Appeal of Athens', { exact: false }).first().waitFor();
    await proceeding.getByText('€15,000.50').waitFor();
    await checkA11y('case work: proceedings', '[data-testid="case-work"]');
    await screenshot(page, 'case-work-proceedings');
  });

  step('shows what happened in the timeline, newest first, with who did it', async () => {
    await openTab('Timeline');
    const timeline = work().getByTestId('timeline');
    await timeline.getByText(`Case ${caseNumber} opened`).waitFor();
    const lines = (await timeline.getByTestId('timeline-line').allTextContents()).map((l) => l.replace(/\s+/g, ' '));
    const expected = [
      'Added: Legal proceeding',
      'Added: Needs assessment',
      'Added: Service',
      'Added: Objective of the support plan',
      'Document uploaded',
      'Changed: Note',
      'Changed: Note',
      'Added: Note',
      'Changed: Task or appointment',
      'Added: Task or appointment',
      'Added: Risk assessment',
      'Added: Consent',
      'Case details changed',
      `Case ${caseNumber} opened`,
    ];
    expect(lines.map((l) => expected.find((e) => l.startsWith(e)) ?? l)).toEqual(expected);
    expect(lines.find((l) => l.startsWith('Document uploaded'))).toContain('Category: Consent form');
    expect(lines.find((l) => l.startsWith('Added: Risk assessment'))).toContain('Risk level: High');
    expect(lines.find((l) => l.startsWith('Changed: Task'))).toContain('Done: Yes');
    expect(lines.find((l) => l.startsWith('Case details changed'))).toContain('Changed: recovery and reflection period');
    expect(lines.every((l) => l.includes('Ada Admin'))).toBe(true);
    await checkA11y('case work: timeline', '[data-testid="case-work"]');
    await screenshot(page, 'case-timeline');
  });

  step('changes the case settings and shows the retention report', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Case settings', exact: true }).click();
    await heading(page, 'Case settings').waitFor();
    const retention = page.getByRole('textbox', { name: 'Keep closed cases for (months)' });
    expect(await retention.inputValue()).toBe('');
    await page.getByText('No retention period is set', { exact: false }).waitFor();
    await checkA11y('case settings');
    await retention.fill('24');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('status').filter({ hasText: 'The case settings were saved.' }).waitFor();
    await page.getByText('No case is due for purging.').waitFor();
    const saved = await admin.get<{ retentionMonths: number | null }>('/api/case-settings');
    expect(saved.body.retentionMonths).toBe(24);
    await checkA11y('case settings (retention set)');
    await screenshot(page, 'case-settings');
  });

  it('found no serious accessibility problem, CSP violation or page error', () => {
    expect(findings, describeFindings(findings)).toEqual([]);
    expect(problems.csp, problems.csp.join('\n')).toEqual([]);
    expect(problems.errors, problems.errors.join('\n')).toEqual([]);
  });
});
