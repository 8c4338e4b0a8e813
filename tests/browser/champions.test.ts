import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { readPdf } from '../support/pdf.ts';
import { answerFirstUntilFacts, answerInTurn, EVERY_NEED_ANSWERS, startTriage } from '../support/triage-steps.ts';
import { countSmsSegments } from '../../src/lib/sms.ts';

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
    const moduleLessons = content.entries
      .get('lessons')!
      .filter((l) => l.id.startsWith(`${moduleId}/`))
      .map((l) => l.id);
    await page.evaluate(
      ([key, ids]) =>
        localStorage.setItem(key as string, JSON.stringify({ version: 1, lessons: Object.fromEntries((ids as string[]).map((id) => [id, { done: true, score: { correct: 1, total: 1 } }])) })),
      [KEY, moduleLessons],
    );
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

  it('lists every area of the directory to choose from, in the order of their names (filled from the areas file)', async () => {
    const { context, page, errors } = await newPage();
    await page.goto(`${site.origin}/champions/triage/`);
    const areas = content.entries
      .get('areas')!
      .map((entry) => entry.data as { id: string; name: string })
      .sort((a, b) => a.name.localeCompare(b.name));
    const select = page.getByLabel('Which area does the person live in?');
    await expect.poll(() => select.locator('option').count()).toBe(areas.length);
    const options = await select.locator('option').evaluateAll((list) => list.map((option) => [(option as HTMLOptionElement).value, option.textContent]));
    expect(options).toEqual(areas.map((area) => [area.id, area.name]));
    expect(errors).toEqual([]);
    await context.close();
  });

  it("runs step by step to a referral card listing the chosen area's matching services", async () => {
    const { context, page, errors } = await newPage();
    await startTriage(page, site.origin, 'eastbrook');
    // "No, I cannot get online at home", then go back and forward once.
    await page.getByLabel('No, I cannot get online at home').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.locator('[data-question-ask]').textContent()).toBe('Can you get on the internet at home?');
    await page.getByLabel('No, I cannot get online at home').check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Answer the rest with the first answer, until the facts step shows; then show the card without ticking any.
    await answerFirstUntilFacts(page, questions.length);
    await page.getByRole('button', { name: 'Show the referral card' }).click();
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

  it('makes a short card for a 30-year-old who is not a tenant and needs data this week: only places they can use, data first, 3 places a need, one A4 page, 3 text segments', async () => {
    const { context, page, errors } = await newPage();
    await startTriage(page, site.origin, 'eastbrook');
    await answerInTurn(page, [
      'Only on my phone, and the data often runs out',
      'Yes, my own device works well for me',
      'Yes, but there is no rush',
      'I am happy using it for most things',
      'No, not at the moment',
      'No, I can manage the cost',
    ]);
    // The few facts that decide who can use a place, and how soon each need is.
    const facts = page.locator('[data-step="facts"]');
    await facts.getByLabel('25 to 49', { exact: true }).check();
    await facts
      .getByRole('group', { name: /rent their home from/ })
      .getByLabel('No, none of these')
      .check();
    await facts.getByRole('group', { name: 'Internet for a short time' }).getByLabel('This week').check();
    await facts.getByRole('button', { name: 'Show the referral card' }).click();

    const card = page.locator('[data-card]');
    await expect.poll(() => page.locator('[data-card-area]').textContent()).toBe('Help in Eastbrook.');
    const needsOnCard = await card
      .locator('[data-card-need]')
      .evaluateAll((sections) =>
        sections.map((section) => ({ need: section.getAttribute('data-card-need')!, places: [...section.querySelectorAll('[data-card-place]')].map((p) => p.getAttribute('data-card-place')!) })),
      );
    expect(needsOnCard[0]!.need).toBe('short-term-connectivity');
    expect(needsOnCard.map((n) => n.need)).toEqual(['short-term-connectivity', 'connectivity-at-home', 'help-now', 'skills-for-life']);
    const services = new Map(content.entries.get('services')!.map((s) => [s.id, s.data]));
    const needRules = new Map<string, { kinds: readonly string[] }>(content.entries.get('triageNeeds')!.map((n) => [n.data.need, n.data]));
    const seen: string[] = [];
    for (const { need, places } of needsOnCard) {
      expect(places.length, need).toBeLessThanOrEqual(3);
      for (const id of places) {
        const service = services.get(id)!;
        expect(service, id).toBeDefined();
        expect(service.status, `${id} is open`).toBe('active');
        expect(
          service.kinds.some((kind) => needRules.get(need)!.kinds.includes(kind)),
          `${id} gives a kind of help for ${need}`,
        ).toBe(true);
        expect((service.minimumAge ?? 0) <= 30 && (service.maximumAge ?? 120) >= 30, `${id} takes a 30-year-old`).toBe(true);
        expect(service.whoCanUse?.tenantsOf, `${id} is not for tenants only`).toBeUndefined();
        const areas = [...(service.locations ?? []).map((l) => l.area), ...(service.areasServed ?? [])];
        expect(areas.length === 0 || areas.includes('eastbrook'), `${id} serves Eastbrook`).toBe(true);
        seen.push(id);
      }
    }
    expect(seen.length).toBeGreaterThan(3);
    expect(new Set(seen).size, 'each place once').toBe(seen.length);

    // Phone numbers are tel: links that stay on one line at 320 px.
    await page.setViewportSize({ width: 320, height: 800 });
    const phones = await card.locator('a[href^="tel:"]').evaluateAll((links) => links.map((a) => ({ text: a.textContent, lines: a.getClientRects().length, wrap: getComputedStyle(a).whiteSpace })));
    expect(phones.length).toBeGreaterThan(3);
    for (const phone of phones) expect(phone, phone.text ?? '').toMatchObject({ lines: 1, wrap: 'nowrap' });
    await page.setViewportSize({ width: 1000, height: 900 });

    // The text message, as the page will send it.
    const sms = decodeURIComponent((await page.locator('[data-card-sms]').getAttribute('href'))!.replace(/^sms:\?body=/, ''));
    expect(sms.split('\n')[1]).toBe('Internet for a short time (this week):');
    expect(countSmsSegments(sms).segments).toBeLessThanOrEqual(3);

    // The printed card: one A4 side, with no champion script and nothing only a screen can use.
    const pdf = await page.pdf({ format: 'A4' });
    const printed = await readPdf(pdf);
    expect(printed.pages).toBe(1);
    const flat = printed.text.replace(/\s+/g, ' ');
    expect(flat).toContain('Internet for a short time');
    for (const screenOnly of ['Say:', 'see all', 'See other areas', 'Print the card', 'Send the card', 'Start again', 'Back', 'Click', 'Tap']) expect(flat, screenOnly).not.toContain(screenOnly);
    expect(await page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the longest card (every need, no facts ticked, the area with the most places) on one A4 page', async () => {
    const { context, page, errors } = await newPage();
    await startTriage(page, site.origin, 'riverside');
    await answerInTurn(page, EVERY_NEED_ANSWERS);
    await page.getByRole('button', { name: 'Show the referral card' }).click();
    await expect.poll(() => page.locator('[data-card-area]').textContent()).toBe('Help in Riverside.');
    expect(await page.locator('[data-card-need]').count()).toBe(7);
    expect(await page.locator('[data-card-place]').count()).toBeGreaterThan(9);
    const printed = await readPdf(await page.pdf({ format: 'A4' }));
    expect(printed.pages).toBe(1);
    expect(printed.text.replace(/\s+/g, ' ')).not.toContain('Say:');
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
