/**
 * The public safe-migration page /help (issue 8) in the browser. The network administrator sets up
 * Haven and configures the page (a country with its hotline, messages to the administrator's own
 * hotline queue, a neutral exit site). A visitor, without signing in, opens /help?lang=ru: the page is
 * in Russian, its first load weighs well under 100 KB of compressed JavaScript, and the first Tab
 * reaches the quick exit. She answers three questions "yes" and sees the three warning signs
 * explained with their Russian titles (read from the locale file), then pastes an offer's text and
 * sees the words that showed a sign. Changing the language redraws the page in place (no history
 * entry); nothing is kept on the device. She sees the hotline of her country, writes to it with one
 * sign included, and the administrator finds the message as a web-form contact. On a 320 px phone
 * the page does not scroll sideways. Escape pressed twice lands on the neutral site, and the back
 * button does not return to the tool. axe-core on every screen, no CSP violation, no uncaught error.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  apiAs,
  axeViolations,
  describeFindings,
  isFocused,
  localeString,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  storySteps,
  watchedContext,
} from './pages.js';

const ADMIN = { name: 'Irina Petrova', email: 'irina@safe-route.example', password: 'winter birds over the river 7' };
const ORGANISATION = 'Safe Route Athens';
const EXIT_URL = 'https://weather.example/today';
const HOTLINE = { name: 'Safe Route hotline', phone: '+30 210 555 0101', hours: 'every day, 9:00-21:00' };
/** A second country, reached only through its preview link (/help?country=ALB). */
const SECOND = { country: 'ALB', name: 'Tirana helpline', phone: '+355 4 222 0000' };
const NEUTRAL_PAGE = '<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather today</h1></body></html>';

/** The three signs the visitor answers "yes" to. */
const SIGNS = ['worker-pays-fees', 'documents-kept', 'secrecy'] as const;

let haven: RunningHaven;
let browser: Browser;
const contexts: BrowserContext[] = [];
let admin: Page;
let visitor: Page;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];
/** Whether the help settings exist yet (another part of issue 8). */
const settingsReady = fs.statSync(path.resolve(import.meta.dirname, '../src/server/prevention/help/settings-routes.ts'), { throwIfNoEntry: false })?.size;

const ru = (key: string) => localeString('ru', 'help', key);

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

async function newPage(viewport?: { width: number; height: number }): Promise<Page> {
  const context = await watchedContext(browser, problems);
  contexts.push(context);
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  // The test machine has no internet: the neutral exit sites answer from here.
  for (const site of [EXIT_URL, 'https://www.google.com/']) {
    await page.route(site, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_PAGE }));
  }
  return page;
}

const step = storySteps('help', () => ({ admin, visitor }));

describe('the public help page: check an offer in Russian, see the hotline, write to it, leave quickly', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    admin = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the network administrator sets up Haven and configures the help page', async () => {
    await setUpInTheBrowser(admin, haven.url, {
      network: 'Safe migration network',
      organisation: ORGANISATION,
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN,
    });
    if (!settingsReady) return;
    const me = await apiAs<{ user: { orgId: string } }>(admin, 'GET', '/api/me');
    const current = await apiAs<{ version: number }>(admin, 'GET', '/api/help/settings');
    expect(current.status, JSON.stringify(current.body)).toBe(200);
    const saved = await apiAs(admin, 'PUT', '/api/help/settings', {
      version: current.body.version,
      defaultCountry: 'GRC',
      exitUrl: EXIT_URL,
      hotlineOrgId: me.body.user.orgId,
      useDirectory: false,
      countries: [
        {
          country: 'GRC',
          contacts: [{ name: HOTLINE.name, phone: HOTLINE.phone, hours: HOTLINE.hours, languages: ['el', 'en', 'ru'], alwaysOpen: false }],
        },
        { country: SECOND.country, contacts: [{ name: SECOND.name, phone: SECOND.phone, languages: ['sq'], alwaysOpen: true }] },
      ],
      intro: {},
      advice: {},
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  });

  step('a visitor opens /help in Russian: light, the quick exit first, the questions in Russian', async () => {
    visitor = await newPage();
    const scripts: Promise<number>[] = [];
    visitor.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => zlib.gzipSync(body).length));
    });
    await visitor.goto(`${haven.url}/help?lang=ru`);
    await visitor.getByRole('heading', { level: 1, name: ru('intro.heading') }).waitFor();
    if (settingsReady) await visitor.getByRole('heading', { level: 3, name: HOTLINE.name }).first().waitFor();
    await visitor.waitForLoadState('networkidle');
    const sizes = await Promise.all(scripts);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(`/help first load: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB of gzip-compressed JavaScript`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(100 * 1024);
    expect(await visitor.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect(await visitor.title()).toBe(ru('documentTitle'));
    expect(await visitor.evaluate(() => document.querySelector('meta[name="referrer"]')?.getAttribute('content'))).toBe('no-referrer');

    await visitor.keyboard.press('Tab');
    expect(await isFocused(visitor.getByRole('button', { name: ru('exit.button') }))).toBe(true);
    await checkA11y(visitor, 'help in Russian');
    await screenshot(visitor, 'help-ru');
  });

  step('she answers three questions "yes" and sees the three warning signs explained in Russian', async () => {
    for (const id of SIGNS) {
      await visitor
        .getByRole('group', { name: ru(`signs.${id}.question`) })
        .getByRole('radio', { name: ru('check.yes'), exact: true })
        .check();
    }
    await visitor
      .getByRole('group', { name: ru('signs.tourist-visa.question') })
      .getByRole('radio', { name: ru('check.unsure'), exact: true })
      .check();
    await visitor.getByRole('button', { name: ru('check.submit') }).click();
    const results = visitor.getByRole('region', { name: ru('results.heading') });
    await results.waitFor();
    await expect
      .poll(() => results.getByRole('heading', { level: 3 }).allTextContents())
      .toEqual([
        ...SIGNS.map((id) => ru(`signs.${id}.title`)),
        ru('results.unsureHeading'),
        ru('results.adviceHeading'),
        ru('results.whomToAsk'),
        ...(settingsReady ? [HOTLINE.name] : []),
      ]);
    for (const id of SIGNS) {
      const sign = results.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: ru(`signs.${id}.title`) }) });
      await expect.poll(() => sign.textContent()).toContain(ru(`signs.${id}.explanation`));
      expect(await sign.textContent()).toContain(ru(`signs.${id}.check`));
    }
    expect(await results.textContent()).toContain(ru('signs.tourist-visa.check'));
    expect(await results.textContent()).toContain(ru('results.adviceDefault'));
    await checkA11y(visitor, 'help results');
    await screenshot(visitor, 'help-results');
  });

  step('a pasted offer shows its signs with the words that showed them', async () => {
    await visitor.getByRole('textbox', { name: ru('check.textLabel') }).fill('Срочно! Работа в Германии. Билеты оплачиваем, визу оформим сами.');
    await visitor.getByRole('button', { name: ru('check.submit') }).click();
    const results = visitor.getByRole('region', { name: ru('results.heading') });
    await results.getByRole('heading', { level: 3, name: ru('signs.pressure-to-decide.title') }).waitFor();
    await results.getByRole('heading', { level: 3, name: ru('signs.travel-paid-by-others.title') }).waitFor();
    expect(await results.locator('q').allTextContents()).toEqual(['Билеты оплачиваем', 'визу оформим', 'Срочно']);
  });

  step('the language menu redraws the page in place; nothing is kept on the device', async () => {
    const before = await visitor.evaluate(() => history.length);
    await visitor.getByRole('combobox', { name: ru('language') }).selectOption('en');
    await visitor.getByRole('heading', { level: 1, name: localeString('en', 'help', 'intro.heading') }).waitFor();
    // The answers and the result stay, now in English.
    await visitor.getByRole('heading', { level: 3, name: localeString('en', 'help', 'signs.secrecy.title') }).waitFor();
    await visitor.getByRole('combobox', { name: localeString('en', 'help', 'language') }).selectOption('ru');
    await visitor.getByRole('heading', { level: 1, name: ru('intro.heading') }).waitFor();
    const kept = await visitor.evaluate(async () => ({
      history: history.length,
      url: location.pathname + location.search,
      cookies: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      workers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    }));
    expect(kept).toEqual({ history: before, url: '/help?lang=ru', cookies: '', local: 0, session: 0, workers: 0 });
  });

  step('she sees her country’s hotline and writes to it with one sign included', async () => {
    if (!settingsReady) return;
    const contacts = visitor.getByRole('region', { name: ru('contacts.heading') });
    const hotline = contacts.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: HOTLINE.name }) });
    expect(await hotline.getByRole('link', { name: HOTLINE.phone }).getAttribute('href')).toBe('tel:+302105550101');
    expect(await hotline.textContent()).toContain(HOTLINE.hours);
    expect(await contacts.getByRole('combobox', { name: ru('contacts.country') }).inputValue()).toBe('GRC');

    const form = visitor.getByRole('region', { name: ru('message.heading') });
    await form.getByRole('textbox', { name: ru('message.messageLabel') }).fill('Мне предлагают работу на складе в Германии. Это безопасно?');
    const include = form.getByRole('group', { name: ru('message.signsLegend') });
    for (const box of await include.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);
    await include.getByRole('checkbox', { name: ru('signs.documents-kept.title') }).check();
    expect(await form.textContent()).toContain(ru('message.whatIsSent'));
    await checkA11y(visitor, 'help message form');
    await form.getByRole('button', { name: ru('message.send') }).click();
    await form.getByRole('heading', { name: ru('message.sentHeading') }).waitFor();

    const found = await apiAs<{ items: { channel: string; summary: string }[] }>(admin, 'GET', '/api/contacts?channel=web-form');
    expect(found.status, JSON.stringify(found.body)).toBe(200);
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0]?.summary).toContain('Мне предлагают работу на складе в Германии');
    expect(found.body.items[0]?.summary).not.toContain('Срочно');
    await admin.goto(`${haven.url}/hotline`);
    await admin.getByText('Мне предлагают работу на складе', { exact: false }).first().waitFor();
  });

  step('answering, typing and pasting 20,000 characters sends nothing and keeps nothing on the device', async () => {
    const page = await newPage();
    await page.goto(`${haven.url}/help?lang=en`);
    await page.locator('#quick-exit').waitFor();
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
    const en = (key: string) => localeString('en', 'help', key);
    await page
      .getByRole('group', { name: en('signs.secrecy.question') })
      .getByRole('radio', { name: en('check.yes'), exact: true })
      .check();
    const secret = 'Marta Kowalska, passport AB1234567, leaves tomorrow. Tell no one. ';
    const box = page.getByRole('textbox', { name: en('check.textLabel') });
    await box.pressSequentially('Tell no one');
    await box.fill(secret.repeat(400).slice(0, 20_000));
    await page.getByRole('button', { name: en('check.submit') }).click();
    await page.getByRole('heading', { level: 3, name: en('signs.secrecy.title') }).waitFor();
    if (settingsReady) await page.getByRole('textbox', { name: en('message.messageLabel') }).fill('Marta Kowalska asks about an offer');
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
    // Nothing the browser could keep (form restore, autofill) or hand to a spelling service.
    const fields = await page.evaluate(() =>
      [...document.querySelectorAll('textarea, input:not([type=radio]):not([type=checkbox]), select')].map((el) => ({
        id: el.id,
        autocomplete: el.getAttribute('autocomplete') ?? (el as HTMLInputElement).form?.getAttribute('autocomplete'),
        spellcheck: el.tagName === 'SELECT' ? 'false' : el.getAttribute('spellcheck'),
      })),
    );
    expect(fields.length).toBeGreaterThan(2);
    for (const f of fields) expect(f, f.id).toEqual({ id: f.id, autocomplete: 'off', spellcheck: 'false' });
    const kept = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(kept).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
    expect(await page.context().cookies()).toEqual([]);
  });

  step('the settings page’s preview link of another country shows that country', async () => {
    if (!settingsReady) return;
    const page = await newPage();
    await page.goto(`${haven.url}/help?country=${SECOND.country}&lang=en`);
    const contacts = page.getByRole('region', { name: localeString('en', 'help', 'contacts.heading') });
    await contacts.getByRole('heading', { level: 3, name: SECOND.name }).waitFor();
    expect(await contacts.getByRole('heading', { level: 3, name: HOTLINE.name }).count()).toBe(0);
    expect(await contacts.getByRole('combobox', { name: localeString('en', 'help', 'contacts.country') }).inputValue()).toBe(SECOND.country);
  });

  step('Escape twice leaves at once while the data still loads and the focus is in the text box', async () => {
    const page = await newPage();
    // The page's data never arrives: the quick exit must not wait for it.
    await page.route('**/api/public/help?**', () => undefined);
    await page.goto('about:blank');
    await page.goto(`${haven.url}/help?lang=ru`);
    await page.getByRole('heading', { level: 1, name: ru('intro.heading') }).waitFor();
    await page.getByRole('textbox', { name: ru('check.textLabel') }).fill('Срочно');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL('https://www.google.com/');
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain('/help');
  });

  step('on a 320 px phone the page does not scroll sideways', async () => {
    const phone = await newPage({ width: 320, height: 640 });
    await phone.goto(`${haven.url}/help?lang=kk`);
    await phone.locator('#quick-exit').waitFor();
    await phone.waitForLoadState('networkidle');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await checkA11y(phone, 'help on a phone');
    await screenshot(phone, 'help-phone');
  });

  step('Escape pressed twice lands on the neutral site, and the back button does not return to the tool', async () => {
    const page = await newPage();
    await page.goto('about:blank');
    await page.goto(`${haven.url}/help?lang=ru`);
    await page.getByRole('heading', { level: 1, name: ru('intro.heading') }).waitFor();
    if (settingsReady) await page.getByRole('heading', { level: 3, name: HOTLINE.name }).first().waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const exit = settingsReady ? EXIT_URL : 'https://www.google.com/';
    await page.waitForURL(exit);
    await page.getByRole('heading', { name: 'Weather today' }).waitFor();
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain('/help');
  });

  step('no page broke the Content Security Policy or threw', async () => {
    expect(problems).toEqual({ csp: [], errors: [] });
    expect(findings).toEqual([]);
  });
});
