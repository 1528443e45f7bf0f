/**
 * E-learning in the browser (issue 9). The network's administrator (a trainer of the network)
 * sets up Haven, writes a course of two lessons, the second with a quiz of two questions (true or
 * false, and several right answers), publishes it, and invites a guest learner through the app.
 * The learner accepts the invitation (no second factor), starts the course, reads the first
 * lesson, fails the quiz once, sees the feedback, tries again and passes; the course is then
 * completed and the certificate (a PDF) downloaded. Its code, opened at the public address in a
 * fresh browser without any session, is confirmed; an unknown code is not. The trainer sees the
 * statistics. axe-core on every screen, no CSP violation and no uncaught error.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { launchBrowser, type RunningHaven, startHaven } from './harness.js';
import {
  type AxeFinding,
  acceptInvitation,
  axeViolations,
  describeFindings,
  field,
  heading,
  type PageProblems,
  setUpInTheBrowser,
  storySteps,
  watchedContext,
} from './pages.js';

const TRAINER = { name: 'Eleni Papadaki', email: 'eleni@a21.example', password: 'olive groves by the sea 19' };
const LEARNER = { name: 'Nikos Georgiou', email: 'nikos@lawyers.example', password: 'courtroom in the morning 42' };
const ORG = 'A21 Greece';
const COURSE = 'Identifying presumed victims';
const COURSE_EL = 'Αναγνώριση πιθανών θυμάτων';
const PHOTO_ALT = 'A passport held in an employer’s hand';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

let haven: RunningHaven;
let browser: Browser;
const contexts: BrowserContext[] = [];
let trainer: Page;
let learner: Page;
let visitor: Page | undefined;
let courseId = '';
let inviteUrl = '';
let code = '';
const problems: PageProblems = { csp: [], errors: [] };
const findings: AxeFinding[] = [];

async function checkA11y(page: Page, screen: string): Promise<void> {
  const found = await axeViolations(page, screen);
  findings.push(...found);
  expect(found, `accessibility violations:\n${describeFindings(found)}`).toEqual([]);
}

const step = storySteps('learning', () => ({ trainer, learner, visitor }));

async function newPage(): Promise<Page> {
  const context = await watchedContext(browser, problems);
  contexts.push(context);
  return context.newPage();
}

const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });

/** Answers the quiz: the true-or-false question, then the answers of the second one. */
async function answerQuiz(page: Page, trueFalse: 'True' | 'False', several: readonly string[]) {
  const quiz = page.getByTestId('quiz');
  const questions = quiz.getByTestId('quiz-question');
  await questions.nth(0).getByRole('radio', { name: trueFalse, exact: true }).check();
  for (const answer of several) await questions.nth(1).getByRole('checkbox', { name: answer, exact: true }).check();
  await quiz.getByRole('button', { name: 'Submit my answers' }).click();
  return quiz.getByTestId('attempt-result');
}

describe('learning: a trainer writes and publishes a course, a guest learner passes it and its certificate is confirmed in public', () => {
  beforeAll(async () => {
    [haven, browser] = await Promise.all([startHaven(), launchBrowser()]);
    trainer = await newPage();
    learner = await newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await haven?.stop();
  });

  step('the trainer sets up Haven and finds no course yet', async () => {
    await setUpInTheBrowser(trainer, haven.url, {
      network: 'Mediterranean anti-trafficking network',
      organisation: ORG,
      countryQuery: 'Gree',
      country: 'Greece',
      admin: TRAINER,
    });
    await trainer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'E-learning', exact: true }).click();
    await heading(trainer, 'E-learning').waitFor();
    await trainer.getByTestId('courses-empty').waitFor();
    await checkA11y(trainer, 'courses (empty)');
  });

  step('the trainer writes a course of two lessons, the second with a quiz of two questions', async () => {
    await trainer.getByRole('link', { name: 'New course' }).click();
    await heading(trainer, 'New course').waitFor();
    const form = trainer.getByTestId('course-form');
    // Nothing written: the fields say what they need, nothing is sent.
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.getByTestId('form-error').waitFor();
    await expect.poll(() => form.getByText('Fill in this field.').count()).toBeGreaterThanOrEqual(3);
    await checkA11y(trainer, 'course editor (errors)');

    await field(form, 'Course title').fill(COURSE);
    await field(form, 'Summary').fill('Recognise the signs of trafficking with the dimensions of the screening instrument.');
    await field(form, 'Who it is for').fill('Lawyers and staff of reception centres');
    await field(form, 'Length in minutes').fill('30');
    const module1 = group(form, 'Module 1');
    await field(module1, 'Module title').fill('Signs of control');
    const lesson1 = group(form, 'Module 1, lesson 1');
    await field(lesson1, 'Lesson title').fill('Documents and debt');
    await field(lesson1, 'Text').fill(
      'Control often starts with papers and money.\n\nAsk yourself:\n- Who keeps the passport?\n- Does the person owe money to the recruiter?',
    );
    await module1.getByRole('button', { name: 'Add a lesson' }).click();
    const lesson2 = group(form, 'Module 1, lesson 2');
    await field(lesson2, 'Lesson title').fill('Check your understanding');
    await lesson2.getByRole('switch', { name: 'This lesson has a quiz' }).check();
    await field(lesson2, 'Pass mark (%)').fill('100');
    await field(lesson2, 'Maximum attempts').fill('3');

    const q1 = group(lesson2, 'Question 1');
    await q1.getByRole('combobox', { name: 'Kind of question' }).selectOption('true-false');
    await field(q1, 'Question').fill('An employer who keeps a worker’s passport is a sign of control.');
    expect(await field(q1, 'Answer 1').inputValue()).toBe('True');
    expect(await q1.getByRole('radio', { name: 'Answer 1 is right' }).isChecked()).toBe(true);
    await field(q1, 'Feedback when answer 2 is chosen').fill('Keeping someone’s papers takes away their freedom to leave.');

    await lesson2.getByRole('button', { name: 'Add a question' }).click();
    const q2 = group(lesson2, 'Question 2');
    await q2.getByRole('combobox', { name: 'Kind of question' }).selectOption('multiple');
    await field(q2, 'Question').fill('Which of these are indicators of trafficking?');
    await field(q2, 'Answer 1').fill('A debt to the recruiter that keeps growing');
    await field(q2, 'Answer 2').fill('Wages paid on time into the worker’s own account');
    await q2.getByRole('button', { name: 'Add an answer' }).click();
    await field(q2, 'Answer 3').fill('No access to one’s own identity documents');
    await q2.getByRole('checkbox', { name: 'Answer 3 is right' }).check();
    await field(q2, 'Feedback when the question is answered wrong').fill('Debt bondage and confiscated documents are both indicators.');
    await checkA11y(trainer, 'course editor (filled in)');

    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await trainer.waitForURL(/\/learning\/courses\/[0-9a-f-]{36}\/edit$/);
    courseId = trainer.url().split('/').at(-2) ?? '';
    await trainer.getByText('The course was created.').waitFor();
    await heading(trainer, `Edit: ${COURSE}`).waitFor();
  });

  step('the trainer adds an image to the first lesson, described for those who cannot see it', async () => {
    const form = trainer.getByTestId('course-form');
    const lesson1 = group(form, 'Module 1, lesson 1');
    await lesson1.locator('input[type="file"]').setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: PNG });
    await field(lesson1, 'Description of image 1').fill(PHOTO_ALT);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await trainer.getByText('Saved.', { exact: true }).waitFor();
  });

  step('the trainer publishes the course, told that learners in progress keep their version', async () => {
    const form = trainer.getByTestId('course-form');
    await form.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = trainer.getByRole('dialog', { name: 'Publish this course?' });
    await dialog.getByText('Learners already following the course keep the version they started with.').waitFor();
    await checkA11y(trainer, 'publish confirmation');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await trainer.getByText('Published as version 1.').waitFor();
    await expect.poll(() => form.getByTestId('course-state').textContent()).toContain('Published version: 1');
  });

  step('the trainer starts a Greek version: the editor writes Greek and counts what is missing', async () => {
    const form = trainer.getByTestId('course-form');
    await form.getByRole('checkbox', { name: 'Ελληνικά' }).check();
    const completeness = form.getByTestId('language-completeness');
    await completeness.getByText('English: all texts written').waitFor();
    const missing = async () => Number(/Ελληνικά: (\d+) texts missing/.exec((await completeness.textContent()) ?? '')?.[1] ?? Number.NaN);
    const before = await missing();
    expect(before).toBeGreaterThan(10);
    await form.getByRole('combobox', { name: 'Language you are writing in' }).selectOption('el');
    expect(await field(form, 'Course title').inputValue()).toBe('');
    await form.getByText('Missing in this language').first().waitFor();
    await field(form, 'Course title').fill(COURSE_EL);
    await expect.poll(missing).toBe(before - 1);
    await form.getByRole('combobox', { name: 'Language you are writing in' }).selectOption('en');
    expect(await field(form, 'Course title').inputValue()).toBe(COURSE);
    await checkA11y(trainer, 'course editor (two languages)');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await trainer.getByText('Saved.', { exact: true }).waitFor();
    await expect.poll(() => form.getByTestId('course-state').textContent()).toContain('Changed since the last publication.');
  });

  step('the trainer invites a guest learner, who joins without a second factor', async () => {
    await trainer.getByRole('link', { name: 'Back to the courses' }).click();
    await heading(trainer, 'E-learning').waitFor();
    const row = trainer.getByTestId('course-row').filter({ hasText: COURSE });
    await row.first().waitFor();
    await checkA11y(trainer, 'courses (published)');
    const invite = trainer.getByTestId('invite-learner');
    await field(invite, 'Name').fill(LEARNER.name);
    await field(invite, 'E-mail address').fill(LEARNER.email);
    await invite.getByRole('button', { name: 'Send the invitation' }).click();
    const link = trainer.getByTestId('learner-invite-url');
    await link.waitFor();
    inviteUrl = await link.inputValue();
    expect(inviteUrl).toContain('/invite/');

    await acceptInvitation(learner, inviteUrl, ORG, LEARNER.password);
    await learner.waitForURL((url) => url.pathname === '/');
    await learner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'E-learning', exact: true }).click();
    await heading(learner, 'E-learning').waitFor();
  });

  step('the learner starts the course and reads the first lesson, its list shown as a list', async () => {
    const row = learner.getByTestId('course-row').filter({ hasText: COURSE });
    await row.getByTestId('course-progress').filter({ hasText: 'Not started' }).waitFor();
    await checkA11y(learner, 'courses (learner)');
    await row.getByRole('link', { name: `Start: ${COURSE}` }).click();
    await heading(learner, COURSE).waitFor();
    await checkA11y(learner, 'course (before starting)');
    await learner.getByRole('button', { name: 'Start the course' }).click();
    const lesson = learner.getByTestId('lesson');
    await lesson.getByRole('heading', { name: 'Documents and debt' }).waitFor();
    await expect.poll(() => lesson.getByRole('listitem').allTextContents()).toEqual(['Who keeps the passport?', 'Does the person owe money to the recruiter?']);
    const photo = lesson.getByRole('img', { name: PHOTO_ALT });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await checkA11y(learner, 'lesson');
    await learner.getByRole('button', { name: 'Next', exact: true }).click();
    await lesson.getByRole('heading', { name: 'Check your understanding' }).waitFor();
    const contents = learner.getByTestId('course-contents');
    await contents.getByRole('button', { name: 'Documents and debt (done)' }).waitFor();
  });

  step('the learner resumes at the quiz after reloading the course', async () => {
    await learner.goto(`${haven.url}/learning/courses/${courseId}`);
    await learner.getByTestId('lesson').getByRole('heading', { name: 'Check your understanding' }).waitFor();
  });

  step('on a 360 px phone the quiz fits the screen and answers with the keyboard alone', async () => {
    await learner.setViewportSize({ width: 360, height: 740 });
    const fits = () => learner.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await expect.poll(fits).toBe(true);
    const questions = learner.getByTestId('quiz').getByTestId('quiz-question');
    // Tab into the first question's radios, choose with the arrow keys; a checkbox with Space.
    await questions.nth(0).getByRole('radio', { name: 'True', exact: true }).focus();
    await learner.keyboard.press('ArrowDown');
    await expect.poll(() => questions.nth(0).getByRole('radio', { name: 'False', exact: true }).isChecked()).toBe(true);
    const debt = questions.nth(1).getByRole('checkbox', { name: 'A debt to the recruiter that keeps growing', exact: true });
    await debt.focus();
    await learner.keyboard.press('Space');
    await expect.poll(() => debt.isChecked()).toBe(true);
    await learner.keyboard.press('Space');
    await expect.poll(() => debt.isChecked()).toBe(false);
    await learner.goto(`${haven.url}/learning`);
    await heading(learner, 'E-learning').waitFor();
    await expect.poll(fits).toBe(true);
    await learner.setViewportSize({ width: 1280, height: 900 });
    await learner.goto(`${haven.url}/learning/courses/${courseId}`);
    await learner.getByTestId('lesson').getByRole('heading', { name: 'Check your understanding' }).waitFor();
  });

  step('the learner fails the quiz once, reads the feedback and tries again', async () => {
    const result = await answerQuiz(learner, 'False', ['A debt to the recruiter that keeps growing', 'No access to one’s own identity documents']);
    await result.getByText('Your score: 50%').waitFor();
    await result.getByText('Not passed: the pass mark is 100%.').waitFor();
    await result.getByText('2 attempts left.').waitFor();
    const quiz = learner.getByTestId('quiz');
    await quiz.getByText('Keeping someone’s papers takes away their freedom to leave.').waitFor();
    await checkA11y(learner, 'quiz (failed)');
    await result.getByRole('button', { name: 'Try again' }).click();
  });

  step('the learner passes, completes the course and downloads the certificate (a PDF)', async () => {
    const result = await answerQuiz(learner, 'True', ['A debt to the recruiter that keeps growing', 'No access to one’s own identity documents']);
    await result.getByText('Your score: 100%').waitFor();
    await result.getByText('You passed: the pass mark is 100%.').waitFor();
    const done = learner.getByTestId('course-complete');
    await done.waitFor();
    code = ((await done.getByTestId('certificate-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^HVN-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(await done.getByTestId('certificate-url').inputValue()).toBe(`${haven.url}/certificates/${code}`);
    await checkA11y(learner, 'course completed');

    const href = (await done.getByTestId('certificate-download').getAttribute('href')) ?? '';
    const [download] = await Promise.all([learner.waitForEvent('download'), done.getByTestId('certificate-download').click()]);
    expect(await download.failure()).toBeNull();
    const pdf = await learner.request.get(`${haven.url}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await learner.getByRole('link', { name: 'Back to the courses' }).click();
    const row = learner.getByTestId('course-row').filter({ hasText: COURSE });
    await row.getByTestId('course-completed').waitFor();
  });

  step('anyone, without signing in, finds the certificate valid; an unknown code is not', async () => {
    visitor = await newPage();
    await visitor.goto(`${haven.url}/certificates/${code}`);
    await heading(visitor, 'Certificate check').waitFor();
    const valid = visitor.getByTestId('certificate-valid');
    await valid.getByText('This certificate is valid').waitFor();
    const text = (await valid.textContent()) ?? '';
    expect(text).toContain(`${LEARNER.name} completed ${COURSE} (${ORG}) on`);
    await checkA11y(visitor, 'certificate check (valid)');
    await visitor.goto(`${haven.url}/certificates/HVN-2222-2222-2222`);
    await visitor.getByTestId('certificate-invalid').getByText('No certificate has this code').waitFor();
    await checkA11y(visitor, 'certificate check (unknown)');
  });

  step('the trainer sees the completion of the course per organisation', async () => {
    await trainer.reload();
    const row = trainer.getByTestId('course-row').filter({ hasText: COURSE });
    await row.getByRole('link', { name: `Statistics: ${COURSE}` }).click();
    await heading(trainer, `Statistics: ${COURSE}`).waitFor();
    const stats = trainer.getByTestId('stats-row').filter({ hasText: ORG });
    await stats.waitFor();
    const cells = (await stats.locator('th, td').allTextContents()).map((c) => c.trim());
    expect(cells.slice(0, 4)).toEqual([ORG, '1', '1', '100%']);
    await checkA11y(trainer, 'course statistics');
  });

  step('no CSP violation, no uncaught error, no accessibility finding', async () => {
    expect(problems.csp).toEqual([]);
    expect(problems.errors).toEqual([]);
    expect(findings).toEqual([]);
  });
});
