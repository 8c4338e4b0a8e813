/**
 * Steps through the triage tool in Chromium, for the browser tests that need a referral card
 * (the triage tool's own tests, the referral and the offline kit). The answers are the fixture
 * site's questions (tests/fixtures/site/content/triage/).
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Answers that find every need but one, and four barriers: the longest card the fixture site makes. */
export const EVERY_NEED_ANSWERS = [
  'No, I cannot get online at home',
  'I have one, but it is shared, broken or too small for what I need',
  'Yes, and it needs doing this week',
  'I have never really used it, or I do not see the point',
  'Over the phone would suit me best',
  'Yes, I am looking for work or want to get on at work',
  'Yes, it is hard to keep up with the bills',
] as const;

/** Opens the triage tool on the site at `origin`, chooses the area and starts the questions. */
export async function startTriage(page: Page, origin: string, area: string): Promise<void> {
  await page.goto(`${origin}/champions/triage/`);
  await page.getByLabel('Which area does the person live in?').selectOption(area);
  await page.getByRole('button', { name: 'Start the questions' }).click();
}

/** Ticks each answer, by its words, and goes on to the next question. */
export async function answerInTurn(page: Page, answers: readonly string[]): Promise<void> {
  for (const answer of answers) {
    await page.getByLabel(answer, { exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
  }
}

/** Answers each question left with its first answer, until the facts step shows (at most `most` questions). */
export async function answerFirstUntilFacts(page: Page, most: number): Promise<void> {
  const facts = page.locator('[data-step="facts"]');
  for (let i = 0; i < most && !(await facts.isVisible()); i++) {
    const before = await page.locator('[data-question-count]').textContent();
    await page.locator('input[name="triage-answer"]').first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await facts.isVisible()) || (await page.locator('[data-question-count]').textContent()) !== before).toBe(true);
  }
}
