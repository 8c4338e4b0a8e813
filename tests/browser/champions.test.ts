import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';

const content = checkContent({ root: FIXTURE_SITE, today: '2026-11-23' });
const KEY = 'knowledge-store.progress.v1';

const site = useBrowserOnBuiltSite();

async function newPage(javaScriptEnabled = true) {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const watch = await watchPage(page, site.origin);
  return { context, page, errors: watch.consoleErrors };
}

describe('training progress', () => {
  const lesson = content.entries.get('lessons')!.find((l) => l.data.quiz && l.data.quiz.every((q: { correctAnswers: number }) => q.correctAnswers === 1))!;
  /** Answers the lesson's quiz all right, or each question wrong, and checks the answers. */
  async function answerQuiz(page: Page, how: 'right' | 'wrong') {
    for (const [qi, question] of lesson.data.quiz!.entries()) {
      const choice = question.options.findIndex((o) => o.correct === (how === 'right'));
      await page.locator(`#q${qi}-${choice}`).check();
    }
    await page.getByRole('button', { name: 'Check my answers' }).click();
  }
  const [moduleId, lessonSlug] = lesson.id.split('/') as [string, string];

  it('completes a lesson and its quiz, keeps it after a reload, and clears it', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${site.origin}/champions/modules/${moduleId}/${lessonSlug}/`);
    const questions = lesson.data.quiz!;
    await answerQuiz(page, 'right');
    expect(await page.locator('[data-quiz-score]').textContent()).toContain(`You got ${questions.length} out of ${questions.length} right`);
    expect(await page.locator('[data-lesson-status]').textContent()).toBe('You have finished this lesson.');

    await page.reload();
    expect(await page.locator('[data-lesson-status]').textContent()).toBe('You have finished this lesson.');
    await page.goto(`${site.origin}/champions/modules/${moduleId}/`);
    await expect.poll(() => page.locator(`[data-lesson-done="${lesson.id}"]`).textContent()).toContain('Done');
    expect(await page.locator('[data-progress-lessons]').textContent()).toMatch(/1 of \d+ lessons done|Finished/);

    await page.goto(`${site.origin}/champions/progress/`);
    await expect.poll(() => page.locator(`[data-lesson-done="${lesson.id}"]`).textContent()).toContain('Done');
    await page.getByRole('button', { name: 'Clear my progress' }).click();
    expect(await page.locator('[data-clear-status]').textContent()).toContain('cleared');
    expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
    await page.goto(`${site.origin}/champions/modules/${moduleId}/${lessonSlug}/`);
    expect(await page.locator('[data-lesson-status]').textContent()).toBe('To finish this lesson, answer every question in the quiz right.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('still works when the stored progress is corrupted', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${site.origin}/champions/`);
    for (const bad of ['{not json', '{"version":99}', JSON.stringify({ version: 1, lessons: { 'x/y': 'done', [lesson.id]: { done: 'yes', score: { correct: 9, total: 1 } } }, last: '../../evil' })]) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, bad]);
      for (const path of ['/champions/', `/champions/modules/${moduleId}/`, `/champions/modules/${moduleId}/${lessonSlug}/`, '/champions/progress/', `/champions/modules/${moduleId}/certificate/`]) {
        await page.goto(site.origin + path);
        expect(await page.locator('h1').count(), path).toBe(1);
      }
      await page.goto(`${site.origin}/champions/modules/${moduleId}/${lessonSlug}/`);
      await answerQuiz(page, 'right');
      expect(await page.locator('[data-lesson-status]').textContent()).toBe('You have finished this lesson.');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('finishes a lesson with a quiz only when the quiz is passed, and dates the certificate', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${site.origin}/champions/modules/${moduleId}/${lessonSlug}/`);
    expect(await page.getByRole('button', { name: 'Mark this lesson as done' }).isVisible()).toBe(false);
    expect(await page.locator('[data-lesson-status]').textContent()).toBe('To finish this lesson, answer every question in the quiz right.');
    await answerQuiz(page, 'wrong');
    expect(await page.locator('[data-lesson-status]').textContent()).not.toContain('You have finished');
    expect(await page.evaluate(([key, id]) => JSON.parse(localStorage.getItem(key!) ?? '{}').lessons?.[id!]?.done ?? false, [KEY, lesson.id])).toBe(false);

    // Every lesson of the module passed: the certificate carries the date it is printed.
    const moduleLessons = content.entries.get('lessons')!.filter((l) => l.id.startsWith(`${moduleId}/`)).map((l) => l.id);
    await page.evaluate(([key, ids]) => localStorage.setItem(key as string, JSON.stringify({ version: 1, lessons: Object.fromEntries((ids as string[]).map((id) => [id, { done: true, score: { correct: 1, total: 1 } }])) })), [KEY, moduleLessons]);
    await page.goto(`${site.origin}/champions/modules/${moduleId}/certificate/`);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }));
    expect(await page.locator('[data-certificate-date]').textContent()).toBe(today);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the quiz answers without JavaScript', async () => {
    const { context, page } = await newPage(false);
    await page.goto(`${site.origin}/champions/modules/${moduleId}/${lessonSlug}/`);
    expect(await page.getByRole('button', { name: 'Check my answers' }).isVisible()).toBe(false);
    await page.locator('details.answer summary').first().click();
    expect(await page.locator('details.answer').first().textContent()).toContain('Right:');
    await context.close();
  });
});

describe('the triage tool', () => {
  const questions = content.entries.get('triageQuestions')!;

  it('runs step by step to a referral card listing the chosen area\'s matching services', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${site.origin}/champions/triage/`);
    await page.getByLabel('Which area does the person live in?').selectOption('eastbrook');
    await page.getByRole('button', { name: 'Start the questions' }).click();
    // "No, I cannot get online at home", then go back and forward once.
    await page.getByLabel('No, I cannot get online at home').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('[data-question-ask]').textContent()).toBe('Can you get on the internet at home?');
    await page.getByLabel('No, I cannot get online at home').check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Answer the rest with the first answer, until the card shows.
    for (let i = 0; i < questions.length && !(await page.locator('[data-step="card"]').isVisible()); i++) {
      const before = await page.locator('[data-question-count]').textContent();
      await page.locator('input[name="triage-answer"]').first().check();
      await page.getByRole('button', { name: 'Next' }).click();
      await expect.poll(async () => (await page.locator('[data-step="card"]').isVisible()) || (await page.locator('[data-question-count]').textContent()) !== before).toBe(true);
    }
    const card = page.locator('[data-card]');
    expect(await card.isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-card-area]').textContent()).toBe('Help in Eastbrook.');
    expect(await card.textContent()).toContain('Internet at home');
    expect(await card.textContent()).toContain('Help in Eastbrook');
    const links = await card.locator('a[href^="/services/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    const services = content.entries.get('services')!;
    for (const href of links) {
      const id = href.split('/')[2]!;
      const service = services.find((s) => s.id === id)!;
      const areas = [...(service.data.locations ?? []).map((l: { area: string }) => l.area), ...(service.data.areasServed ?? [])];
      expect(areas.length === 0 || areas.includes('eastbrook'), `${id} is in Eastbrook`).toBe(true);
      expect(service.data.status).toBe('active');
    }
    const sms = await page.locator('[data-card-sms]').getAttribute('href');
    expect(sms).toMatch(/^sms:\?body=/);
    expect(decodeURIComponent(sms!)).toContain('Internet at home');
    expect(await page.evaluate(() => Object.keys(localStorage).length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('holds every question, with its guidance, on one page without JavaScript', async () => {
    const { context, page } = await newPage(false);
    await page.goto(`${site.origin}/champions/triage/`);
    expect(await page.locator('[data-triage-tool]').isVisible()).toBe(false);
    const text = (await page.locator('.triage-reference').textContent())!;
    for (const question of questions) {
      expect(text).toContain(question.data.ask);
      expect(text).toContain(question.data.why);
    }
    expect(await page.locator('.triage-reference a[href^="/find-help/"]').count()).toBeGreaterThan(8);
    await context.close();
  });
});
