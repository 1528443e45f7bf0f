/**
 * The public help page's settings in the browser. A network administrator sets up Haven, opens
 * /help-settings, sets the quick exit, the organisation that receives messages and a country with a
 * help contact and a note, writes the introduction in English and in Russian, and saves; the public
 * data answers them. A bad phone number is shown at its field; a change saved meanwhile by another
 * tab is named (stale version) and the form kept. axe-core on the page, no CSP violation, no error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { HelpSettings, PublicHelp } from '../src/core/prevention/help.js';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import { type PageProblems, apiAs, axeViolations, describeFindings, field, heading, setUpInTheBrowser, storySteps, watchedContext } from './pages.js';

const ADMIN = { name: 'Irini Kosta', email: 'irini@safe-routes.example', password: 'olive groves in the wind 18' };
const ORGANISATION = 'Safe Routes';

let haven: RunningHaven;
let browser: Browser;
let context: BrowserContext;
let admin: Page;
const problems: PageProblems = { csp: [], errors: [] };

const step = storySteps('help-settings', () => ({ admin }));

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

async function publicHelp(query: string): Promise<PublicHelp> {
  const res = await fetch(`${haven.url}/api/public/help?${query}`);
  return (await res.json()) as PublicHelp;
}

describe('help settings: the public page configured in the browser', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    context = await watchedContext(browser, problems);
    admin = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the network administrator sets up Haven and opens the help settings', async () => {
    await setUpInTheBrowser(admin, haven.url, {
      network: 'Safe migration network',
      organisation: ORGANISATION,
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN,
    });
    await admin.getByRole('link', { name: 'Public help page' }).first().click();
    await heading(admin, 'Public help page').waitFor();
    await checkA11y(admin, 'help settings (empty)');
  });

  step('sets the quick exit, the hotline, a country with a contact, and the introduction in two languages, and saves', async () => {
    await field(admin, 'Quick exit goes to').fill('https://weather.example.org/');
    await admin.getByRole('combobox', { name: 'Organisation that receives messages' }).click();
    await admin.getByRole('option', { name: ORGANISATION, exact: true }).click();
    await field(admin, 'Introduction (English)').fill('Check the offer before you go.');
    await admin.getByRole('combobox', { name: 'Language of the texts' }).click();
    await admin.getByRole('option', { name: 'Русский', exact: true }).click();
    await field(admin, 'Introduction (Русский)').fill('Проверьте предложение.');

    await admin.getByTestId('add-country').click();
    const country = admin.getByTestId('country-0');
    await country.getByRole('combobox', { name: 'Country', exact: true }).fill('Gree');
    await admin.getByRole('option', { name: 'Greece', exact: true }).click();
    await country.getByTestId('country-0-add-contact').click();
    await field(country, 'Name').fill('Greek helpline');
    await field(country, 'Phone').fill('+30 1109');
    await field(country, 'Languages').fill('el, en');
    await country.getByRole('checkbox', { name: 'Open 24/7' }).check();
    await admin.getByTestId('save-help-settings').click();
    await admin.getByRole('status').getByText('The settings were saved.', { exact: false }).waitFor();

    const saved = await apiAs<HelpSettings>(admin, 'GET', '/api/help/settings');
    expect(saved.body).toMatchObject({
      version: 1,
      exitUrl: 'https://weather.example.org/',
      intro: { en: 'Check the offer before you go.', ru: 'Проверьте предложение.' },
    });
    const ru = await publicHelp('country=GRC&lang=ru');
    expect(ru).toMatchObject({ country: 'GRC', messagesOpen: true, intro: 'Проверьте предложение.' });
    expect(ru.contacts.map((c) => c.name)).toEqual(['Greek helpline']);
    const preview = admin.getByTestId('preview');
    expect(await preview.getAttribute('target')).toBe('_blank');
    await checkA11y(admin, 'help settings (filled)');
  });

  step('a bad phone number is shown at its field, and nothing is saved', async () => {
    const phone = field(admin.getByTestId('country-0'), 'Phone');
    await phone.fill('call us');
    await admin.getByTestId('save-help-settings').click();
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    expect((await apiAs<HelpSettings>(admin, 'GET', '/api/help/settings')).body.version).toBe(1);
    await phone.fill('+30 1109');
  });

  step('a change saved meanwhile elsewhere is named, and the form kept', async () => {
    const now = await apiAs<HelpSettings>(admin, 'GET', '/api/help/settings');
    const other = await apiAs<HelpSettings>(admin, 'PUT', '/api/help/settings', { ...now.body, exitUrl: 'https://news.example.org/' });
    expect(other.status).toBe(200);
    await field(admin, 'Quick exit goes to').fill('https://recipes.example.org/');
    await admin.getByTestId('save-help-settings').click();
    await admin.getByTestId('stale').waitFor();
    expect(await field(admin, 'Quick exit goes to').inputValue()).toBe('https://recipes.example.org/');
    await admin.getByRole('button', { name: 'Reload the saved settings' }).click();
    await expect.poll(() => field(admin, 'Quick exit goes to').inputValue()).toBe('https://news.example.org/');
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});
