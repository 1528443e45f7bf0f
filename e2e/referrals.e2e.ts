/**
 * A referral across a border, in two browsers. Organisation A (Athens) has a case of Olena
 * Kovalenko; organisation B (a shelter in Tirana) has its shelter in the directory. A's
 * administrator opens the case, chooses "Refer" and B's shelter: with no consent that covers
 * sharing with B the referral cannot be sent (the button stays disabled, and the API refuses with
 * 403 consent_required, nothing shared). Once the person's consent is recorded, the referral is
 * sent with the minimum default fields and the phase of the transnational model. B's administrator
 * is notified, opens it, sees only the shared fields (the given name, never the family name),
 * accepts it and opens a case of B's own, which holds only what was shared. A sees the referral
 * accepted. axe-core on every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  addMemberOrganisation,
  apiAs,
  axeViolations,
  describeFindings,
  field,
  heading,
  type PageProblems,
  screenshot,
  setUpInTheBrowser,
  watchedContext,
} from './pages.js';

const ADMIN_A = { name: 'Eleni Georgiou', email: 'eleni@athens-support.example', password: 'lemon trees on the hill 52' };
const ADMIN_B = { name: 'Arta Hoxha', email: 'arta@tirana-shelter.example', password: 'mountains over the river 19' };
const ORG_A = 'Athens Support';
const ORG_B = 'Tirana Shelter';
const SHELTER = 'Women’s shelter Tirana';
const NOTE = 'Needs a safe place tonight; speaks Ukrainian and some Russian.';

let haven: RunningHaven;
let browser: Browser;
let contextA: BrowserContext;
let contextB: BrowserContext;
let a: Page;
let b: Page;
let caseId = '';
let referralUrl = '';
let receiverCaseUrl = '';
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const poll = <T>(observe: () => Promise<T>) => expect.poll(observe, { timeout: 15_000 });

const apiCall = apiAs;

let broken = '';
function step(name: string, body: () => Promise<void>): void {
  it(name, async (ctx) => {
    if (broken) ctx.skip(`an earlier step failed: ${broken}`);
    try {
      await body();
    } catch (error) {
      broken = name;
      if (a) await screenshot(a, `failed-referrals-a-${name.slice(0, 40)}`);
      if (b) await screenshot(b, `failed-referrals-b-${name.slice(0, 40)}`);
      throw error;
    }
  });
}

describe('a referral from Athens to a shelter in Tirana, with consent and minimum data', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    contextA = await watchedContext(browser, problems);
    contextB = await watchedContext(browser, problems);
    a = await contextA.newPage();
    b = await contextB.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('A sets up Haven and adds organisation B, whose administrator joins in another browser', async () => {
    await setUpInTheBrowser(a, haven.url, {
      network: 'Balkan referral network',
      organisation: ORG_A,
      countryQuery: 'Gree',
      country: 'Greece',
      admin: ADMIN_A,
    });
    await addMemberOrganisation(a, b, haven.url, { name: ORG_B, country: 'ALB', admin: ADMIN_B });
  });

  step('B describes its shelter in the directory; A records a person and a case', async () => {
    const entry = await apiCall<{ id: string }>(b, 'POST', '/api/directory/organizations', {
      name: ORG_B,
      description: 'Shelter and support for women and girls.',
      memberOrgId: (await apiCall<{ user: { orgId: string } }>(b, 'GET', '/api/me')).body.user.orgId,
    });
    expect(entry.status).toBe(201);
    const service = await apiCall<{ id: string }>(b, 'POST', '/api/directory/services', {
      organizationId: entry.body.id,
      name: SHELTER,
      types: ['shelter'],
      languages: ['sq', 'en', 'uk'],
      genders: ['female'],
      minimumAge: 18,
      alwaysOpen: true,
      timeZone: 'Europe/Tirane',
      locations: [{ address: { address1: '', city: 'Tirana', country: 'ALB' } }],
    });
    expect(service.status, JSON.stringify(service.body)).toBe(201);

    const person = await apiCall<{ id: string }>(a, 'POST', '/api/persons', {
      names: [{ given: 'Olena', family: 'Kovalenko' }],
      birthDate: '1999-04-02',
      gender: 'feminine',
      languages: ['uk', 'ru'],
      contact: { phones: [{ number: '+30 690 000 0000' }] },
    });
    expect(person.status).toBe(201);
    const kase = await apiCall<{ id: string }>(a, 'POST', '/api/cases', { personId: person.body.id, exploitationForms: ['sexual-exploitation'] });
    expect(kase.status).toBe(201);
    caseId = kase.body.id;
  });

  step('without consent, A cannot send the referral, and the API refuses it with nothing shared', async () => {
    await a.goto(`${haven.url}/cases/${caseId}`);
    await a
      .getByRole('link', { name: 'Refer', exact: true })
      .or(a.getByRole('button', { name: 'Refer', exact: true }))
      .first()
      .click();
    await a.waitForURL(/\/referrals\/new\?/);
    await heading(a, 'New referral').waitFor();
    await a.getByRole('button', { name: `Choose ${SHELTER} (${ORG_B})` }).click();
    await a.getByTestId('consent-missing').waitFor();
    await a.getByText('Referral across a border').waitFor();
    await a.getByRole('radio', { name: 'First assistance and protection' }).check();
    await field(a, 'Why this person is referred and what they need').fill(NOTE);
    expect(await a.getByRole('button', { name: 'Send referral' }).isDisabled()).toBe(true);
    await checkA11y(a, 'new referral without consent');
    await screenshot(a, 'referral-without-consent');

    const service = (await apiCall<{ items: { id: string }[] }>(a, 'GET', '/api/directory/services?type=shelter&country=ALB')).body.items[0]!;
    const refused = await apiCall<{ error: { code: string } }>(a, 'POST', '/api/referrals', {
      caseId,
      serviceId: service.id,
      note: NOTE,
      phase: 'first-assistance',
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('consent_required');
    expect((await apiCall<{ total: number }>(b, 'GET', '/api/referrals?direction=incoming')).body.total).toBe(0);
  });

  step('with the person’s consent, A sends the minimum fields and the phase', async () => {
    const orgB = (await apiCall<{ organisations: { id: string; name: string }[] }>(a, 'GET', '/api/organisations')).body.organisations.find(
      (o) => o.name === ORG_B,
    )!;
    const consent = await apiCall(a, 'POST', `/api/cases/${caseId}/consents`, {
      purpose: 'sharing',
      organisationId: orgB.id,
      givenBy: 'person',
      method: 'written',
      givenOn: new Date().toISOString().slice(0, 10),
    });
    expect(consent.status).toBe(201);
    await a.goto(`${haven.url}/referrals/new?caseId=${caseId}`);
    await heading(a, 'New referral').waitFor();
    await a.getByRole('button', { name: `Choose ${SHELTER} (${ORG_B})` }).click();
    await a.getByTestId('consent-covers').waitFor();
    await a.getByRole('radio', { name: 'First assistance and protection' }).check();
    await field(a, 'Why this person is referred and what they need').fill(NOTE);
    const preview = a.getByRole('region', { name: `What ${ORG_B} will see` });
    await poll(() => preview.textContent()).toContain('Olena');
    expect(await preview.textContent()).not.toContain('Kovalenko');
    await checkA11y(a, 'new referral with consent');
    await a.getByRole('button', { name: 'Send referral' }).click();
    await a.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    referralUrl = a.url();
    await poll(() => a.getByTestId('referral-status-text').textContent()).toContain('Sent');
    await checkA11y(a, 'referral sent');
  });

  step('B is notified, sees only the shared fields, accepts and opens its own case', async () => {
    await b.goto(`${haven.url}/`);
    const bell = b.getByRole('button', { name: /^Notifications, 1 unread$/ });
    await bell.waitFor();
    await bell.click();
    await b.getByRole('menuitem').first().click();
    await b.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    expect(b.url()).toBe(referralUrl);
    const main = b.getByRole('main');
    await poll(() => main.textContent()).toContain('Olena');
    const text = (await main.textContent()) ?? '';
    expect(text).toContain(NOTE);
    expect(text).not.toContain('Kovalenko');
    expect(text).not.toContain('690 000');
    expect(text).not.toContain('1999');
    await checkA11y(b, 'incoming referral');
    await screenshot(b, 'incoming-referral');

    await b.getByRole('button', { name: 'Accept', exact: true }).click();
    const dialog = b.getByRole('dialog');
    await dialog.waitFor();
    await checkA11y(b, 'accept dialog');
    // The receiving liaison is the user who accepts, unless they name a colleague.
    expect(await field(dialog, 'Name').inputValue()).toBe(ADMIN_B.name);
    await field(dialog, 'Phone').fill('+355 4 222 0000');
    await dialog.getByRole('button', { name: 'Accept referral' }).click();
    await dialog.waitFor({ state: 'detached' });
    await poll(() => b.getByTestId('referral-status-text').textContent()).toContain('Accepted');
    const link = b.getByTestId('receiver-case-link').getByRole('link', { name: 'Open the new case' });
    await link.waitFor();
    await link.click();
    await b.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    receiverCaseUrl = b.url();
    await poll(() => b.getByRole('main').textContent()).toContain('Olena');
    expect(await b.getByRole('main').textContent()).not.toContain('Kovalenko');
    await poll(() => b.getByTestId('case-origin').textContent()).toContain(`of ${ORG_A}`);
  });

  step('A sees the referral accepted, and B cannot open A’s case', async () => {
    await a.goto(referralUrl);
    await poll(() => a.getByTestId('referral-status-text').textContent()).toContain('Accepted');
    await poll(() => a.getByRole('main').textContent()).toContain('+355 4 222 0000');
    expect((await apiCall(b, 'GET', `/api/cases/${caseId}`)).status).toBe(404);
    expect(receiverCaseUrl).not.toContain(caseId);
    await checkA11y(a, 'accepted referral, sender side');
  });

  it('left no CSP violation, uncaught error or accessibility finding', () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
