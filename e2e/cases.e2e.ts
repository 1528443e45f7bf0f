/**
 * Persons and cases through the real web app in Chromium: an organisation administrator records a
 * person with a Cyrillic name, is warned of the duplicate when recording them again in Latin
 * letters, opens a case and moves it to follow-up, finds the person by a Greek spelling, sees the
 * child badge of a 15-year-old, and reads the screens in Greek; axe-core on every screen, no CSP
 * violation and no uncaught error anywhere.
 *
 * One platform for the file; the tests run in order and each starts where the last one ended.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayUtc } from '../src/core/cases/dates.js';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  axeViolations,
  describeFindings,
  setUpInTheBrowser,
  field,
  heading,
  isFocused,
  localeString,
  navigationLinks,
  type PageProblems,
  screenshot,
  watchedContext,
} from './pages.js';

const ADMIN = { name: 'Maria Georgiou', email: 'maria@safe-harbour.example', password: 'olive grove at noon 73' };
const CYRILLIC = { given: 'Олена', family: 'Коваленко' };
const LATIN = { given: 'Olena', family: 'Kovalenko' };
const GREEK_SPELLING = 'Ολένα Κοβαλένκο';
const CHILD = { given: 'Arta', family: 'Hoxha' };

let haven: RunningHaven;
let browser: Browser;
let page: Page;
let caseUrl = '';
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];
const screensChecked: string[] = [];

async function checkA11y(screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  screensChecked.push(screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

async function goTo(link: string, title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  await heading(page, title).waitFor();
}

const poll = <T>(observe: () => Promise<T>) => expect.poll(observe, { timeout: 10_000 });

/** The date `years` years before today (UTC), one day past the birthday so that the age is exact. */
function yearsAgo(years: number): string {
  const today = todayUtc();
  return addDays(`${Number(today.slice(0, 4)) - years}${today.slice(4)}`.replace(/-02-29$/, '-02-28'), -1);
}

async function fillName(given: string, family: string): Promise<void> {
  await field(page, 'Given name').fill(given);
  await field(page, 'Family name').fill(family);
}

let broken: string | null = null;
function step(name: string, body: () => Promise<void>): void {
  it(name, async (context) => {
    if (broken) context.skip(`an earlier step failed: ${broken}`);
    try {
      await body();
    } catch (error) {
      broken = name;
      await screenshot(page, `failed-${name.slice(0, 40)}`);
      throw error;
    }
  });
}

describe('Persons and cases in the browser', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    const context = await watchedContext(browser, problems);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('an organisation administrator sets up Haven and sees Persons and Cases in the navigation', async () => {
    await setUpInTheBrowser(page, haven.url, { network: 'Balkan Route Network', organisation: 'Safe Harbour Thessaloniki', countryQuery: 'Gree', country: 'Greece', admin: ADMIN });
    const links = await navigationLinks(page);
    expect(links).toEqual(expect.arrayContaining(['Persons', 'Cases', 'My tasks', 'Case settings']));
    expect(links.indexOf('Persons')).toBe(1);
  });

  step('finds no one at first, and says what to do next', async () => {
    await goTo('Persons', 'Persons');
    await page.getByTestId('persons-empty').getByText('No one is recorded yet.').waitFor();
    await checkA11y('persons (empty)');
  });

  step('records a person with a Cyrillic name; the script is detected', async () => {
    await page.getByRole('link', { name: 'Record a person' }).first().click();
    await heading(page, 'Record a person').waitFor();
    await fillName(CYRILLIC.given, CYRILLIC.family);
    expect(await page.getByTestId('name-script-0').inputValue()).toBe('cyrillic');
    await page.getByLabel('Birth date', { exact: true }).fill('1998-04-12');
    await page.getByRole('combobox', { name: 'Gender' }).selectOption('feminine');
    await checkA11y('new person');
    await screenshot(page, 'new-person');
    await page.getByRole('button', { name: 'Save person' }).click();

    const created = page.getByTestId('person-created');
    await created.getByRole('heading', { name: `${CYRILLIC.given} ${CYRILLIC.family} is recorded` }).waitFor();
    await poll(() => isFocused(created.getByRole('heading', { level: 2 }))).toBe(true);
    await checkA11y('person recorded');
  });

  step('opens a case straight away and moves it to follow-up', async () => {
    await page.getByRole('button', { name: 'Open a case' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    caseUrl = page.url();
    await heading(page, 'Case 1').waitFor();
    const summary = page.getByTestId('case-summary');
    await summary.getByRole('link', { name: `${CYRILLIC.given} ${CYRILLIC.family}` }).waitFor();
    expect(await summary.getByTestId('case-status').textContent()).toBe('Active');
    await checkA11y('case');
    await screenshot(page, 'case');

    await page.getByRole('button', { name: 'Move to follow-up' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move case 1 to follow-up?' });
    await dialog.waitFor();
    await checkA11y('status change dialog');
    await dialog.getByRole('button', { name: 'Move to follow-up' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => summary.getByTestId('case-status').textContent()).toBe('Follow-up');
    await page.getByRole('status').getByText('The case is now: Follow-up.').waitFor();
    // Follow-up leads back to work or to closure.
    await page.getByRole('button', { name: 'Back to active' }).waitFor();
    await page.getByRole('button', { name: 'Close and refer' }).waitFor();
  });

  step('records the situation and starts the reflection period on the case page', async () => {
    const situation = page.getByTestId('case-situation');
    await situation.getByRole('button', { name: 'Edit the situation' }).click();
    const status = situation.getByRole('combobox', { name: 'Trafficking status' });
    await poll(() => isFocused(status)).toBe(true);
    await status.selectOption('actual');
    await situation.getByRole('button', { name: 'Add a step' }).click();
    await situation.getByRole('combobox', { name: 'Stage' }).selectOption('exploitation');
    await situation.getByRole('combobox', { name: 'Country' }).fill('Gree');
    await page.getByRole('option', { name: 'Greece', exact: true }).click();
    await field(situation, 'Place').fill('Thessaloniki');
    await situation.getByRole('button', { name: 'Save the situation' }).click();
    // An identification is a decision: it needs who decided and when.
    const decidedBy = field(situation, 'Decided by');
    await poll(() => isFocused(decidedBy)).toBe(true);
    expect(await decidedBy.getAttribute('aria-invalid')).toBe('true');
    await checkA11y('situation form with errors');
    await decidedBy.fill('National Referral Mechanism');
    await situation.getByLabel(/^Decided on/).fill(addDays(todayUtc(), -3));
    await situation.getByRole('button', { name: 'Save the situation' }).click();
    await situation.getByText(/^Victim of trafficking/).waitFor();
    await situation.getByText(/Greece, Thessaloniki/).waitFor();

    const reflection = page.getByTestId('case-reflection');
    await reflection.getByRole('button', { name: 'Start the reflection period' }).click();
    await reflection.getByText(/^You will be reminded on /).waitFor();
    await reflection.getByRole('button', { name: 'Save the period' }).click();
    await reflection.getByText(/^(29|30) days left, until /).waitFor();
    await checkA11y('case with situation');
  });

  step('warns of the duplicate when the same person is recorded again in Latin letters', async () => {
    await goTo('Persons', 'Persons');
    await page.getByRole('link', { name: 'Record a person' }).first().click();
    await heading(page, 'Record a person').waitFor();
    await fillName(LATIN.given, LATIN.family);
    expect(await page.getByTestId('name-script-0').inputValue()).toBe('latin');
    await page.getByRole('button', { name: 'Save person' }).click();

    const warning = page.getByTestId('duplicates');
    await warning.getByRole('heading', { name: 'These people may be the same person' }).waitFor();
    await poll(() => isFocused(warning.getByRole('heading', { level: 2 }))).toBe(true);
    const open = warning.getByRole('link', { name: new RegExp(`^Open ${CYRILLIC.given} ${CYRILLIC.family}`) });
    await open.waitFor();
    expect(await open.getAttribute('target')).toBe('_blank');
    await warning.getByRole('button', { name: 'Save anyway' }).waitFor();
    await checkA11y('duplicate warning');

    // Back to the form: nothing was saved, and what was typed is still there.
    await warning.getByRole('button', { name: 'Back to the form' }).click();
    expect(await field(page, 'Given name').inputValue()).toBe(LATIN.given);
  });

  step('records a 15-year-old: the form and the page say it is a child', async () => {
    await field(page, 'Given name').fill(CHILD.given);
    await field(page, 'Family name').fill(CHILD.family);
    await page.getByLabel('Birth date', { exact: true }).fill(yearsAgo(15));
    const notice = page.getByTestId('child-notice');
    await notice.getByText('Child · 15').waitFor();
    await page.getByTestId('guardian-fieldset').waitFor();
    await page.getByRole('button', { name: 'Save person' }).click();
    const created = page.getByTestId('person-created');
    await created.getByRole('heading', { name: `${CHILD.given} ${CHILD.family} is recorded` }).waitFor();
    await created.getByTestId('child-badge').filter({ hasText: 'Child · 15' }).waitFor();

    await created.getByRole('link', { name: `Go to ${CHILD.given} ${CHILD.family}’s page` }).click();
    await heading(page, `${CHILD.given} ${CHILD.family}`).waitFor();
    await page.getByTestId('person-summary').getByTestId('child-badge').filter({ hasText: 'Child · 15' }).waitFor();
    await page
      .getByTestId('guardian-section')
      .getByText(/A child needs one/)
      .waitFor();
    await screenshot(page, 'person-child');

    await goTo('Persons', 'Persons');
    const row = page.getByTestId('persons-table').getByRole('row', { name: new RegExp(CHILD.family) });
    await row.getByTestId('child-badge').filter({ hasText: 'Child · 15' }).waitFor();
  });

  step('finds the person by a Greek spelling of their name, best match first with its score', async () => {
    await page.getByRole('searchbox', { name: 'Name' }).fill(GREEK_SPELLING);
    const table = page.getByTestId('persons-table');
    await poll(async () => (await table.getByRole('row').nth(1).textContent()) ?? '').toContain(`${CYRILLIC.given} ${CYRILLIC.family}`);
    const first = table.getByRole('row').nth(1);
    expect(await first.getByText('Cyrillic').count()).toBeGreaterThan(0);
    expect(await first.getByTestId('match-score').textContent()).toMatch(/^\d{1,3}% match$/);
    await first.getByRole('link', { name: 'Case 1' }).waitFor();
    expect(await first.getByTestId('case-status').textContent()).toBe('Follow-up');
    await checkA11y('persons (search)');
    await screenshot(page, 'persons-search');
    // The search is kept in the address.
    expect(new URL(page.url()).searchParams.get('q')).toBe(GREEK_SPELLING);

    await first.getByRole('link', { name: `${CYRILLIC.given} ${CYRILLIC.family}` }).click();
    await heading(page, `${CYRILLIC.given} ${CYRILLIC.family}`).waitFor();
    await page.getByTestId('person-cases').getByRole('link', { name: 'Case 1' }).waitFor();
    await checkA11y('person');
    await screenshot(page, 'person');
  });

  step('edits the person; when someone else saved first, says what they changed and saves the user’s change on top', async () => {
    const id = new URL(page.url()).pathname.split('/').pop() ?? '';
    await page.getByRole('button', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Edit the person' }).waitFor();
    await page.getByRole('combobox', { name: 'Gender' }).selectOption('unspecified');
    await checkA11y('person edit');

    // Meanwhile, a colleague adds a citizenship (the same session stands in for them).
    const { csrfToken } = (await (await page.request.get(`${haven.url}/api/me`)).json()) as { csrfToken: string };
    const { version } = (await (await page.request.get(`${haven.url}/api/persons/${id}`)).json()) as { version: number };
    const theirs = await page.request.patch(`${haven.url}/api/persons/${id}`, {
      data: { version, citizenships: ['UKR'] },
      headers: { 'X-CSRF-Token': csrfToken },
    });
    expect(theirs.status()).toBe(200);

    await page.getByRole('button', { name: 'Save changes' }).click();
    const conflict = page.getByTestId('person-conflict');
    await conflict.getByText('They changed: citizenships.').waitFor();
    await page.getByRole('heading', { name: 'Their version' }).waitFor();
    // Nothing was overwritten: the user's change is still in the form, on top of theirs.
    expect(await page.getByRole('combobox', { name: 'Gender' }).inputValue()).toBe('unspecified');
    await checkA11y('person edit conflict');

    await page.getByRole('button', { name: 'Save my changes again' }).click();
    await page.getByRole('status').getByText(`The changes to ${CYRILLIC.given} ${CYRILLIC.family} are saved.`).waitFor();
    const saved = (await (await page.request.get(`${haven.url}/api/persons/${id}`)).json()) as { gender: string; citizenships: string[] };
    expect(saved.gender).toBe('unspecified');
    expect(saved.citizenships).toEqual(['UKR']);
  });

  step('lists the cases with their status', async () => {
    await goTo('Cases', 'Cases');
    const row = page.getByTestId('cases-table').getByRole('row', { name: /Case 1/ });
    await row.getByText(`${CYRILLIC.given} ${CYRILLIC.family}`).waitFor();
    expect(await row.getByTestId('case-status').textContent()).toBe('Follow-up');
    await checkA11y('cases');
  });

  step('shows the persons, person and case screens in Greek', async () => {
    const greek = {
      persons: localeString('el', 'persons', 'title'),
      search: localeString('el', 'persons', 'search.label'),
      cases: localeString('el', 'common', 'nav.cases'),
      situation: localeString('el', 'cases', 'situation.title'),
      followUp: localeString('el', 'codes', 'case-status.follow-up'),
      cyrillic: localeString('el', 'codes', 'name-script.cyrillic'),
    };
    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'Ελληνικά' }).click();
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await poll(() => page.locator('html').getAttribute('lang')).toBe('el');

    // The navigation's own name is translated too.
    await page.getByRole('navigation').getByRole('link', { name: greek.persons, exact: true }).click();
    await heading(page, greek.persons).waitFor();
    await page.getByRole('searchbox', { name: greek.search }).fill(LATIN.given);
    const row = page.getByTestId('persons-table').getByRole('row').nth(1);
    await row.getByText(greek.cyrillic).waitFor();
    expect(await row.getByTestId('case-status').textContent()).toBe(greek.followUp);
    await checkA11y('persons (Greek)');

    await page.goto(caseUrl);
    await page.getByRole('heading', { level: 2, name: greek.situation }).waitFor();
    expect(await page.getByTestId('case-summary').getByTestId('case-status').textContent()).toBe(greek.followUp);
    await page.getByRole('navigation').getByRole('link', { name: greek.cases, exact: true }).waitFor();
    await checkA11y('case (Greek)');
    await screenshot(page, 'case-greek');

    await page.getByTestId('language-menu').click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  });

  step('erases a person after a strong confirmation, and finds them no more', async () => {
    await goTo('Persons', 'Persons');
    await page.getByRole('searchbox', { name: 'Name' }).fill(`${CHILD.given} ${CHILD.family}`);
    await page
      .getByTestId('persons-table')
      .getByRole('link', { name: `${CHILD.given} ${CHILD.family}` })
      .click();
    await heading(page, `${CHILD.given} ${CHILD.family}`).waitFor();
    await page.getByRole('button', { name: 'Export' }).click();
    expect(await page.getByRole('menuitem', { name: 'Everything about this person (PDF)' }).getAttribute('href')).toMatch(/\/export\?format=pdf$/);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Erase this person' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${CHILD.given} ${CHILD.family}?` });
    await dialog.getByText(/An entry in the audit trail remains/).waitFor();
    const erase = dialog.getByRole('button', { name: 'Erase for good' });
    expect(await erase.isDisabled()).toBe(true);
    await checkA11y('erase dialog');
    await dialog.getByRole('checkbox', { name: 'I understand that everything about this person will be deleted' }).check();
    await erase.click();

    await page.waitForURL(/\/persons$/);
    await page.getByRole('status').getByText(`${CHILD.given} ${CHILD.family} has been erased.`).waitFor();
    await page.getByRole('searchbox', { name: 'Name' }).fill(`${CHILD.given} ${CHILD.family}`);
    await page.getByTestId('persons-empty').waitFor();
  });

  it('found no serious accessibility problem, CSP violation or page error on any screen', () => {
    expect(screensChecked).toEqual(
      expect.arrayContaining(['persons (empty)', 'new person', 'case', 'duplicate warning', 'persons (search)', 'person', 'cases']),
    );
    expect(findings, describeFindings(findings)).toEqual([]);
    expect(problems.csp, problems.csp.join('\n')).toEqual([]);
    expect(problems.errors, problems.errors.join('\n')).toEqual([]);
  });
});
