/**
 * Peer exchange and the coalition strategy in the browser (issue 9). The administrator of an
 * organisation in Moldova (also the network's administrator) sets up Haven and adds a member in
 * Ukraine, whose administrator joins in a browser of their own. Moldova rates its legal aid 1;
 * Ukraine rates it 4 and offers mentoring. Moldova sees the match with its reasons and proposes an
 * exchange; Ukraine agrees to it. The network administrator sets a strategy goal with an activity;
 * Ukraine commits to the activity and reports 60 %, and the goal's progress bar shows it. axe-core on
 * every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  addMemberOrganisation,
  axeViolations,
  describeFindings,
  field,
  heading,
  type PageProblems,
  setUpInTheBrowser,
  storySteps,
  watchedContext,
} from './pages.js';

const ADMIN_A = { name: 'Ana Rusu', email: 'ana@lastrada.example', password: 'vineyards in the autumn 47' };
const ADMIN_B = { name: 'Oksana Melnyk', email: 'oksana@odesa-help.example', password: 'sea wind over the port 28' };
const ORG_A = 'La Strada Moldova';
const ORG_B = 'Odesa Help';
const GOAL = 'Access to justice for every identified person';
const ACTIVITY = 'Train lawyers in victims’ rights';

let haven: RunningHaven;
let browser: Browser;
const contexts: BrowserContext[] = [];
let a: Page;
let b: Page;
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const step = storySteps('capacity', () => ({ a, b }));

async function newPage(): Promise<Page> {
  const context = await watchedContext(browser, problems);
  contexts.push(context);
  return context.newPage();
}

/** Rates one area in the self-assessment form and saves it. */
async function assess(page: Page, area: string, rating: string) {
  await page.goto(new URL('/capacity', haven.url).toString());
  await heading(page, 'Peer exchange').waitFor();
  const form = page.getByTestId('assessment-form');
  await form.getByRole('combobox', { name: area, exact: true }).selectOption(rating);
  await form.getByRole('button', { name: 'Save the assessment' }).click();
  await page.getByText('Assessment saved.').waitFor();
}

describe('capacity: a need met by another member’s offer, an exchange agreed, a commitment moving the strategy', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    a = await newPage();
    b = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('A sets up Haven and adds organisation B, whose administrator joins', async () => {
    await setUpInTheBrowser(a, haven.url, {
      network: 'Coalition against trafficking',
      organisation: ORG_A,
      countryQuery: 'Mold',
      country: 'Moldova',
      admin: ADMIN_A,
    });
    await addMemberOrganisation(a, b, haven.url, { name: ORG_B, country: 'UKR', admin: ADMIN_B });
  });

  step('A rates its legal aid 1; B rates it 4 and offers mentoring', async () => {
    await assess(a, 'Legal aid', '1');
    await checkA11y(a, 'capacity: self-assessment');
    await assess(b, 'Legal aid', '4');
    await b.getByRole('tab', { name: 'Offers' }).click();
    await b.getByRole('button', { name: 'Offer something' }).click();
    const dialog = b.getByRole('dialog', { name: 'New offer' });
    await dialog.getByRole('combobox', { name: 'Area' }).selectOption('legal-aid');
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption('mentoring');
    await field(dialog, 'Description').fill('Our lawyers mentor yours through two compensation claims');
    await checkA11y(b, 'capacity: new offer');
    await dialog.getByRole('button', { name: 'Save the offer' }).click();
    await b.getByText('Offer saved.').waitFor();
    await b.getByRole('article', { name: 'Legal aid: Mentoring' }).waitFor();
    await checkA11y(b, 'capacity: offers');
  });

  step('A sees the match with its reasons and proposes an exchange', async () => {
    await a.getByRole('tab', { name: 'Matches' }).click();
    const match = a.getByRole('article', { name: `Legal aid: Mentoring offered by ${ORG_B}` });
    await match.waitFor();
    const reasons = await match.getByTestId('match-reasons').getByRole('listitem').allTextContents();
    expect(reasons).toEqual(['3 points stronger in this area', 'Same region']);
    await checkA11y(a, 'capacity: matches');
    await match.getByRole('button', { name: 'Propose an exchange' }).click();
    const dialog = a.getByRole('dialog', { name: 'Propose an exchange' });
    await dialog.getByRole('textbox', { name: 'What you propose' }).fill('Mentoring for our two lawyers');
    // Mistakes are shown at their fields (not as a server failure), and the focus moves to the first.
    await dialog.getByLabel('From').fill('2025-05-01');
    await dialog.getByLabel('Until').fill('2025-04-01');
    await field(dialog, 'Participants').fill('two');
    await dialog.getByRole('button', { name: 'Send the proposal' }).click();
    await dialog.getByText('The end must not be before the start.').waitFor();
    await dialog.getByText('A whole number of at least 1.').waitFor();
    await expect.poll(() => dialog.getByLabel('Until').evaluate((el) => el === document.activeElement)).toBe(true);
    await checkA11y(a, 'capacity: proposal with mistakes');
    await dialog.getByLabel('Until').fill('2025-06-30');
    await field(dialog, 'Participants').fill('2');
    await dialog.getByRole('button', { name: 'Send the proposal' }).click();
    await a.getByText(`Exchange proposed to ${ORG_B}.`).waitFor();
    await a.getByRole('tab', { name: 'Exchanges' }).click();
    const exchange = a.getByTestId('exchange');
    await exchange.getByText(`Waiting for ${ORG_B} to agree.`).waitFor();
    expect(await exchange.getByRole('button', { name: 'Agree' }).count()).toBe(0);
  });

  step('B agrees to the exchange', async () => {
    await b.getByRole('tab', { name: 'Exchanges' }).click();
    const exchange = b.getByRole('article', { name: `Legal aid: ${ORG_B} → ${ORG_A}` });
    await exchange.getByTestId('exchange-status').getByText('Proposed').waitFor();
    await checkA11y(b, 'capacity: exchanges');
    await exchange.getByRole('button', { name: 'Agree' }).click();
    await exchange.getByTestId('exchange-status').getByText('Agreed').waitFor();
    await a.reload();
    await a.getByTestId('exchange').getByTestId('exchange-status').getByText('Agreed').waitFor();
    await a.getByRole('tab', { name: 'The network' }).click();
    await a
      .getByTestId('network-table')
      .getByRole('rowheader', { name: new RegExp(ORG_B) })
      .waitFor();
    await checkA11y(a, 'capacity: the network');
  });

  step('A commitment to a strategy activity moves the goal’s progress bar', async () => {
    // The network administrator sets the goal and its activity in the browser.
    await a.goto(new URL('/strategy', haven.url).toString());
    await heading(a, 'Coalition strategy').waitFor();
    await a.getByRole('button', { name: 'New goal' }).click();
    const goalForm = a.getByRole('dialog', { name: 'New goal' });
    await field(goalForm, 'Title').fill(GOAL);
    await goalForm.getByLabel('From').fill('2025-01-01');
    await goalForm.getByLabel('Until').fill('2027-12-31');
    await goalForm.getByRole('button', { name: 'Save the goal' }).click();
    await a.getByRole('heading', { name: GOAL }).waitFor();
    await a.getByRole('button', { name: `Add an activity: ${GOAL}` }).click();
    const activityForm = a.getByRole('dialog', { name: 'New activity' });
    await field(activityForm, 'Title').fill(ACTIVITY);
    await field(activityForm, 'Target').fill('Lawyers trained in every member country');
    await activityForm.getByRole('button', { name: 'Save the activity' }).click();
    await a.getByRole('heading', { name: ACTIVITY }).waitFor();
    await checkA11y(a, 'strategy: goal and activity');

    await b.goto(new URL('/strategy', haven.url).toString());
    await heading(b, 'Coalition strategy').waitFor();
    expect(await b.getByRole('button', { name: 'New goal' }).count()).toBe(0);
    await b.getByRole('button', { name: `Commit our organisation: ${ACTIVITY}` }).click();
    const commit = b.getByRole('dialog', { name: `Commit to ${ACTIVITY}` });
    await commit.getByRole('textbox', { name: 'What your organisation will do' }).fill('Two trainings for lawyers in Odesa');
    await commit.getByRole('button', { name: 'Commit' }).click();
    await b.getByRole('button', { name: `Update our progress: ${ACTIVITY}` }).click();
    const report = b.getByRole('dialog', { name: `Progress on ${ACTIVITY}` });
    await field(report, 'Progress (%)').fill('60');
    await report.getByRole('textbox', { name: 'Note' }).fill('First training held');
    await checkA11y(b, 'strategy: progress report');
    await report.getByRole('button', { name: 'Save the progress' }).click();
    const bar = b.getByRole('progressbar', { name: `Progress of the goal ${GOAL}` });
    await expect.poll(() => bar.getAttribute('aria-valuenow')).toBe('60');

    await a.reload();
    const seen = a.getByRole('progressbar', { name: `Progress of the goal ${GOAL}` });
    await expect.poll(() => seen.getAttribute('aria-valuenow')).toBe('60');
    await a
      .getByRole('table', { name: `Commitments: ${ACTIVITY}` })
      .getByText(ORG_B)
      .waitFor();
    await checkA11y(a, 'strategy: progress');
  });

  step('no CSP violation, no uncaught error', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
