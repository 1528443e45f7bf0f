/**
 * Counting people once, in the browser. The administrator of an organisation records two people
 * with cases, opens "Counting people once", types the network's secret, and uploads the keys: the
 * page reads the people, computes their keys in the browser and sends only the keys; the secret and
 * the names never reach the server in the upload (the request body is inspected). The page then
 * shows the upload. A secret too short is refused in the form. axe-core on the screen, no CSP
 * violation and no uncaught error.
 */
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  apiAs,
  axeViolations,
  describeFindings,
  field,
  heading,
  type PageProblems,
  setUpInTheBrowser,
  watchedContext,
  storySteps,
} from './pages.js';

const ADMIN = { name: 'Eleni Georgiou', email: 'eleni@athens-support.example', password: 'lemon trees on the hill 52' };
const SECRET = 'the network secret, given out by the coordinator';

let haven: RunningHaven;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

const step = storySteps('linkage', () => ({ page }));

describe('counting people once: keys computed in the browser', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    context = await watchedContext(browser, problems);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the administrator sets up Haven and records two people with cases', async () => {
    await setUpInTheBrowser(page, haven.url, {
      network: 'Balkan network',
      organisation: 'Athens Support',
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN,
    });
    for (const [given, family, birthDate] of [
      ['Olena', 'Kovalenko', '1999-04-02'],
      ['Amina', 'Diallo', '2001-11-02'],
    ]) {
      const person = await apiAs<{ id: string }>(page, 'POST', '/api/persons', { names: [{ given, family }], birthDate, gender: 'feminine' });
      expect(person.status).toBe(201);
      expect((await apiAs(page, 'POST', '/api/cases', { personId: person.body.id })).status).toBe(201);
    }
  });

  step('uploads only keys: no secret, no name, no birth date leaves the browser', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Counting people once' }).click();
    await heading(page, 'Counting people once').waitFor();
    await expect.poll(() => page.getByTestId('linkage-upload').textContent()).toMatch(/not uploaded linkage keys yet/);
    const found = await axeViolations(page, 'linkage');
    findings.push(...found);
    expect(found, describeFindings(found)).toEqual([]);

    await page.getByLabel('Network linkage secret').fill('too short');
    await page.getByRole('button', { name: 'Compute and upload keys' }).click();
    await page.getByText('The secret must have at least 16 characters.').waitFor();

    const uploads: Request[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/api/data/linkage/keys')) uploads.push(r);
    });
    await page.getByLabel('Network linkage secret').fill(SECRET);
    await page.getByRole('button', { name: 'Compute and upload keys' }).click();
    await page.getByText('2 keys were uploaded.', { exact: true }).waitFor();
    expect(uploads).toHaveLength(1);
    const body = uploads[0]?.postData() ?? '';
    expect(JSON.parse(body)).toMatchObject({ scheme: 'haven-link/1', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/) });
    expect(body).not.toMatch(/Olena|Kovalenko|Amina|Diallo|1999|2001|network secret/);
    // The secret is gone from the form once the keys are made.
    expect(await page.getByLabel('Network linkage secret').inputValue()).toBe('');
    await expect.poll(() => page.getByTestId('linkage-upload').textContent()).toMatch(/^2 keys uploaded on .* by Eleni Georgiou\.$/);
    expect(await page.getByTestId('linkage-network').textContent()).toMatch(/^1 of 1 organisation in the network have uploaded keys\./);
    expect(field(page, 'Network linkage secret')).toBeDefined();
  });

  step('no CSP violation and no uncaught error on any page', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
