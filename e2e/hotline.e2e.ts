/**
 * The hotline in the browser, keyboard first: an administrator opens the log, starts a new contact
 * with Alt+N and logs a chat without touching the mouse (arrow keys for the channel and who is
 * contacting, typing in the searchable language and reasons, immediate danger moving the focus to
 * the emergency checklist, a follow-up, Ctrl+Enter to save — twice, and one contact is created).
 * The contact page shows it with the time the timer recorded; the log lists it, a word of the
 * summary finds it and the filters narrow it. An edit that meets someone else's change keeps the
 * user's change and names the other. The organisation's own reason is added in the settings.
 * Then a person and a case are opened from the contact and their links lead to them. axe-core on
 * every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  axeViolations,
  describeFindings,
  heading,
  isFocused,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  tabTo,
  watchedContext,
} from './pages.js';

const ADMIN = { name: 'Aigerim Sadykova', email: 'aigerim@hotline.example', password: 'steppe wind over the lake 27' };
const SUMMARY = 'Young woman on a cleaning job in Dubai; passport taken by the agency, wants to come home.';
const ADVICE = 'Keep the phone charged and hidden; we call back at nine.';

let haven: RunningHaven;
let url = '';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let contactUrl = '';
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const poll = <T>(observe: () => Promise<T>) => expect.poll(observe, { timeout: 15_000 });

/** What has the focus now: its tag, type, name and value, or its label. */
function focused(): Promise<{ tag: string; type: string; name: string; value: string; label: string }> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    return {
      tag: e?.tagName.toLowerCase() ?? '',
      type: e?.type ?? '',
      name: e?.name ?? '',
      value: e?.value ?? '',
      label: e?.labels?.[0]?.textContent?.trim() ?? e?.textContent?.trim() ?? '',
    };
  });
}

/** Waits until the option that Enter takes is the one named, as a person sees it highlighted before pressing Enter. */
async function highlighted(name: string): Promise<void> {
  await poll(() => page.locator('[data-combobox-selected]').allTextContents()).toEqual([name]);
}

/**
 * Types into a searchable list at a fast typist's pace: a dropdown settles its highlight a moment
 * after it opens, which no person outpaces but a robot typing with no delay does.
 */
async function typeSearch(text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 40 });
}

async function press(key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** Calls the API as the signed-in user (with the session's CSRF token), as another tab would. */
async function apiCall<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
      const res = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as T };
    },
    { method, path, body },
  );
}

function rows(): Locator {
  return page.getByTestId('contact-row');
}

let broken: string | null = null;
function step(name: string, body: () => Promise<void>): void {
  it(name, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    try {
      await body();
    } catch (error) {
      broken = name;
      await screenshot(page, `failed-hotline-${name.slice(0, 40)}`);
      throw error;
    }
  });
}

describe('The hotline in the browser, keyboard first', () => {
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

  step('an administrator sets up Haven and opens the empty hotline log', async () => {
    await setUpInTheBrowser(page, url, {
      network: 'Central Asia Hotlines',
      organisation: 'Hotline Almaty',
      countryQuery: 'Kazakh',
      country: 'Kazakhstan',
      admin: ADMIN,
    });
    await page.goto(`${url}/hotline`);
    await heading(page, 'Hotline').waitFor();
    await page.getByTestId('contacts-empty').getByText('No contact has been logged yet.').waitFor();
    await page.getByRole('link', { name: 'Reasons for contact' }).waitFor();
    await checkA11y('hotline log (empty)');
  });

  step('Alt+N starts a new contact: the timer runs and the focus is on the channel', async () => {
    await press('Alt+n');
    await page.waitForURL(/\/hotline\/new$/);
    await heading(page, 'New contact').waitFor();
    await poll(async () => (await focused()).name).toBe('channel');
    expect((await focused()).value).toBe('phone');
    expect(await page.getByTestId('contact-timer').getAttribute('data-status')).toBe('running');
    await poll(() => page.getByTestId('timer-clock').textContent()).toMatch(/^00:0[1-9]$/);
    await page.getByTestId('shortcut-help').getByText('Ctrl+Enter').waitFor();
    await checkA11y('new contact');
  });

  step('the contact is typed with the keyboard only', async () => {
    // Channel: one arrow from phone to chat; Alt+3 and Alt+2 work from anywhere.
    await press('ArrowRight');
    expect((await focused()).value).toBe('chat');
    await press('Alt+3');
    expect(await page.getByRole('radio', { name: 'E-mail' }).isChecked()).toBe(true);
    await press('Alt+2');
    expect(await page.getByRole('radio', { name: 'Chat' }).isChecked()).toBe(true);

    // Direction stays incoming; who is contacting: from anonymous (the last) the arrow wraps to the first.
    await press('Tab');
    expect(await focused()).toMatchObject({ name: 'direction', value: 'inbound' });
    await press('Tab');
    expect(await focused()).toMatchObject({ name: 'caller', value: 'anonymous' });
    await press('ArrowRight');
    expect(await focused()).toMatchObject({ name: 'caller', value: 'person-concerned' });
    expect(await page.getByRole('radio', { name: 'The person concerned' }).isChecked()).toBe(true);

    // Language: typed, the first match taken with Enter.
    await press('Tab');
    expect((await focused()).label).toContain('Language of the contact');
    await typeSearch('russ');
    await highlighted('Russian');
    await press('Enter');
    await poll(async () => (await focused()).value).toBe('Russian');

    // Two reasons, found by typing.
    await press('Tab');
    expect((await focused()).label).toContain('Reasons for contact');
    await typeSearch('seek');
    await highlighted('Seeking help');
    await press('Enter');
    await typeSearch('suspected');
    await highlighted('Report of suspected trafficking');
    await press('Enter');
    await poll(() => page.locator('.mantine-MultiSelect-pill').allTextContents()).toEqual(['Seeking help', 'Report of suspected trafficking']);

    // What was said, the advice, the services.
    await press('Tab');
    expect((await focused()).label).toContain('Summary');
    await page.keyboard.type(SUMMARY);
    await press('Tab');
    expect((await focused()).label).toBe('Advice given');
    await page.keyboard.type(ADVICE);
    await press('Tab');
    expect((await focused()).label).toBe('Services or organisations suggested');
    await page.keyboard.type('Embassy consular line; IOM return programme.');

    // Immediate danger: the checklist appears, with an alert, and takes the focus.
    await press('Tab');
    expect(await focused()).toMatchObject({ name: 'danger', value: 'none' });
    await press('ArrowRight', 2);
    await page.getByRole('alert').filter({ hasText: 'Immediate danger' }).waitFor();
    await poll(async () => (await focused()).label).toBe('Location confirmed');
    await press('Space');
    await press('Tab');
    expect((await focused()).label).toBe('Emergency services called');
    await press('Space');
    expect(await page.getByRole('checkbox', { name: 'Location confirmed' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Emergency services called' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Safe place agreed' }).isChecked()).toBe(false);
    await checkA11y('new contact, immediate danger');

    // A follow-up: the new row's note takes the focus.
    await tabTo(page, page.getByRole('button', { name: 'Add a follow-up' }));
    await press('Enter');
    await poll(async () => (await focused()).label).toBe('Follow-up 1: what to do');
    await page.keyboard.type('Call back at nine');
    await checkA11y('new contact, with a follow-up');
    await screenshot(page, 'hotline-new-contact');
  });

  step('Ctrl+Enter saves (a second press creates nothing more) and opens the contact', async () => {
    await page.waitForTimeout(1_100);
    await press('Control+Enter');
    await press('Alt+s');
    await page.waitForURL(/\/hotline\/[0-9a-f-]{36}$/);
    contactUrl = page.url();
    await page.getByRole('heading', { level: 1, name: /^Chat · / }).waitFor();
    await page.getByText('The contact is saved.', { exact: false }).waitFor();
    const details = page.getByTestId('contact-details');
    await details.getByText(SUMMARY).waitFor();
    await details.getByText(ADVICE).waitFor();
    expect(await details.getByTestId('contact-reasons').textContent()).toBe('Seeking helpReport of suspected trafficking');
    await details.getByText('The person concerned', { exact: true }).waitFor();
    await details.getByText('Russian', { exact: true }).waitFor();
    expect(await details.getByTestId('danger-badge').textContent()).toBe('Immediate danger');
    expect(await details.getByTestId('contact-steps').textContent()).toContain('✓ Location confirmed · done');
    expect(await details.getByTestId('contact-steps').textContent()).toContain('Safe place agreed · not done');
    // The timer recorded the time spent.
    const duration = (await details.getByTestId('contact-duration').textContent()) ?? '';
    const [, minutes, seconds] = /(\d+) min (\d+) s/.exec(duration) ?? [];
    expect(Number(minutes) * 60 + Number(seconds)).toBeGreaterThan(0);
    const followUps = page.getByTestId('contact-follow-ups');
    await followUps.getByText('Call back at nine').waitFor();
    expect(await followUps.getByTestId('follow-up').getAttribute('data-state')).toBe('open');
    await page.getByTestId('open-case').waitFor();
    await checkA11y('contact (just saved)');

    const list = await apiCall<{ items: { id: string }[] }>('GET', '/api/contacts');
    expect(list.body.items).toHaveLength(1);
  });

  step('the log lists it; a word of the summary finds it; the filters narrow it', async () => {
    // Another contact, logged by a colleague's tab: a phone call with no danger.
    const other = await apiCall('POST', '/api/contacts', {
      channel: 'phone',
      summary: 'Asked whether a job offer in Poland is real.',
      reasons: ['advice-before-abroad'],
    });
    expect(other.status).toBe(201);

    await page.goto(`${url}/hotline`);
    await heading(page, 'Hotline').waitFor();
    await poll(() => rows().count()).toBe(2);
    const chat = rows().filter({ hasText: 'Chat' });
    expect(await chat.getByTestId('danger-badge').textContent()).toBe('Immediate danger');
    await chat.getByText('1 follow-up open').waitFor();
    await chat.getByText('The person concerned · Seeking help and Report of suspected trafficking').waitFor();
    expect(await chat.getByTestId('contact-summary').textContent()).toBe(SUMMARY);
    await checkA11y('hotline log');
    await screenshot(page, 'hotline-log');

    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('PASSPORT dubai');
    await poll(() => page.getByTestId('contacts-count').textContent()).toBe('1 contact found');
    expect(await rows().count()).toBe(1);
    expect(page.url()).toContain('q=PASSPORT+dubai');
    await search.fill('Thessaloniki');
    await page.getByText('No contact matches. Try other words or fewer filters.').waitFor();
    await search.fill('');
    await poll(() => rows().count()).toBe(2);

    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Channel' }).selectOption('phone');
    await poll(() => page.getByTestId('contacts-count').textContent()).toBe('1 contact found');
    expect(await rows().first().textContent()).toContain('Poland');
    await filters.getByRole('combobox', { name: 'Channel' }).selectOption('');
    await filters.getByRole('combobox', { name: 'Safety' }).selectOption('immediate');
    await poll(() => page.getByTestId('contacts-count').textContent()).toBe('1 contact found');
    expect(await rows().first().textContent()).toContain('Dubai');
    await filters.getByRole('combobox', { name: 'Follow-ups' }).selectOption('open');
    await poll(() => page.getByTestId('contacts-count').textContent()).toBe('1 contact found');
    await checkA11y('hotline log, filtered');
    await filters.getByRole('button', { name: 'Clear the filters' }).click();
    await poll(() => rows().count()).toBe(2);
  });

  step('an edit that meets a colleague’s change keeps the user’s and names theirs', async () => {
    await page.goto(contactUrl);
    await page.getByTestId('contact-details').getByRole('button', { name: 'Edit' }).click();
    const advice = page.getByRole('textbox', { name: 'Advice given' });
    await advice.waitFor();
    // Meanwhile a colleague changes the summary.
    const id = contactUrl.split('/').pop()!;
    const current = await apiCall<{ version: number }>('GET', `/api/contacts/${id}`);
    expect((await apiCall('PATCH', `/api/contacts/${id}`, { version: current.body.version, summary: `${SUMMARY} Her sister is with her.` })).status).toBe(200);
    await advice.fill(`${ADVICE} Safe word: lemon.`);
    await advice.press('Control+Enter');
    const conflict = page.getByTestId('contact-conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('They changed: the summary.');
    expect(await page.getByRole('textbox', { name: 'Summary' }).inputValue()).toContain('Her sister is with her.');
    expect(await advice.inputValue()).toContain('Safe word: lemon.');
    await checkA11y('contact, edit after a conflict');
    await page.getByRole('button', { name: 'Save my changes again' }).click();
    await page.getByText('The changes are saved.').waitFor();
    const details = page.getByTestId('contact-details');
    await details.getByText('Her sister is with her.', { exact: false }).waitFor();
    await details.getByText('Safe word: lemon.', { exact: false }).waitFor();

    // The follow-up is done; another is added.
    const followUps = page.getByTestId('contact-follow-ups');
    await followUps.getByRole('button', { name: 'Mark done: Call back at nine' }).click();
    await poll(() => followUps.getByTestId('follow-up').getAttribute('data-state')).toBe('done');
    await followUps.getByRole('button', { name: 'Add a follow-up' }).click();
    const what = followUps.getByRole('textbox', { name: 'What to do' });
    await poll(() => isFocused(what)).toBe(true);
    await page.keyboard.type('Ask the embassy about a travel document');
    await followUps.getByRole('button', { name: 'Add the follow-up' }).click();
    await poll(() => followUps.getByTestId('follow-up').count()).toBe(2);
    expect(await followUps.getByTestId('follow-up').first().getAttribute('data-state')).toBe('open');
    await checkA11y('contact, follow-ups');
  });

  step('the organisation adds its own reason, offered in the next contact', async () => {
    await page.goto(`${url}/hotline/settings`);
    await heading(page, 'Reasons for contact').waitFor();
    await page.getByRole('textbox', { name: 'New reason' }).fill('Seasonal farm work');
    await page.getByRole('textbox', { name: 'New reason' }).press('Enter');
    await page.getByText('Code: org-seasonal-farm-work').waitFor();
    await page.getByRole('checkbox', { name: 'Other', exact: true }).uncheck();
    await checkA11y('hotline settings');
    await screenshot(page, 'hotline-settings');
    await page.getByRole('button', { name: 'Save the reasons' }).click();
    await page.getByText('The reasons are saved.').waitFor();

    await page.goto(`${url}/hotline/new`);
    await heading(page, 'New contact').waitFor();
    const reasons = page.getByRole('combobox', { name: 'Reasons for contact' });
    await reasons.click();
    await page.getByRole('option', { name: 'Seasonal farm work', exact: true }).waitFor();
    expect(await page.getByRole('option', { name: 'Other', exact: true }).count()).toBe(0);
    await reasons.press('Escape');
    // Nothing typed yet: leaving does not ask.
    await page.goto(contactUrl);
  });

  step('a person and a case are opened from the contact, and its links lead to them', async () => {
    await page.getByTestId('contact-details').waitFor();
    // Escape closes the dialog.
    await page.getByTestId('open-case').click();
    const dialog = page.getByRole('dialog', { name: 'Open a person and a case' });
    await dialog.waitFor();
    await poll(() => isFocused(dialog.getByRole('textbox', { name: 'Given name' }))).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    await page.getByTestId('open-case').click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Record and open the case' }).click();
    await dialog.getByText('Fill in this field.').waitFor();
    await checkA11y('open a person and a case');
    await screenshot(page, 'hotline-open-case');
    await dialog.getByRole('textbox', { name: 'Given name' }).fill('Dilnaz');
    await dialog.getByRole('textbox', { name: 'Family name' }).fill('Ospanova');
    await dialog.getByRole('textbox', { name: 'Estimated age' }).fill('24');
    await dialog.getByRole('button', { name: 'Record and open the case' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const section = page.getByTestId('contact-person-case');
    await section.getByText('The person is recorded and case 1 is opened.').waitFor();
    await checkA11y('contact, person and case opened');
    await screenshot(page, 'hotline-contact');

    await section.getByRole('link', { name: 'Open case 1' }).click();
    await heading(page, 'Case 1').waitFor();
    await page.goBack();
    await page.getByTestId('person-link').click();
    await heading(page, 'Dilnaz Ospanova').waitFor();
  });

  step('on a phone the log, the form and the contact fit the width', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await page.goto(`${url}/hotline`);
    await heading(page, 'Hotline').waitFor();
    await poll(() => rows().count()).toBe(2);
    expect(await fits()).toBe(true);
    await checkA11y('hotline log (phone)');
    await screenshot(page, 'hotline-log-phone');
    await page.goto(contactUrl);
    await page.getByTestId('contact-details').waitFor();
    expect(await fits()).toBe(true);
    await checkA11y('contact (phone)');
    await page.goto(`${url}/hotline/new`);
    await heading(page, 'New contact').waitFor();
    expect(await fits()).toBe(true);
    await checkA11y('new contact (phone)');
    await screenshot(page, 'hotline-new-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  step('no CSP violation, no uncaught error, no serious accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
