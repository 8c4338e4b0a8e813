/**
 * A referral that travels (issue 17, part 3), in Chromium on the test fixture site: the champion
 * runs the triage to a referral card, ticks what the person agrees to share, and gets a link and
 * a QR code; the link, opened in a fresh browser, shows the intake summary with the same needs,
 * and prints on one A4 page. Every request both browsers make is recorded: none carries the
 * referral or the name. A broken link, a link with codes this version does not know, and the page
 * without JavaScript each say what is going on. axe finds nothing at 320 and 1280 px.
 *
 * REFERRAL_TEST_SITE points the tests at another built copy of the fixture site (while others
 * rebuild .test-site/dist).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';
import { readPdf } from '../support/pdf.ts';
import { decodeReferral, encodeReferral } from '../../src/lib/referral/fragment.ts';
import { referralQr } from '../../src/lib/referral/qr.ts';
import { qrPathData } from '../../src/lib/qr/svg.ts';
import { MAX_QR_VERSION } from '../../src/lib/qr/encode.ts';
import { needs as needTerms } from '../../src/lib/vocabulary/triage-terms.ts';
import { LARGEST_REFERRAL } from '../support/referral-examples.ts';
import { answerInTurn, EVERY_NEED_ANSWERS, startTriage } from '../support/triage-steps.ts';

const site = useBrowserOnBuiltSite(process.env.REFERRAL_TEST_SITE || undefined);

const NAME = 'Zoë Nowak';

interface Recorded {
  readonly url: string;
  readonly headers: string;
  readonly body: string;
}

/** A fresh browser (context) whose every request, with its headers and body, is recorded. */
async function freshContext(javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page; requests: Recorded[]; errors: string[] }> {
  const context = await site.browser.newContext({ javaScriptEnabled, viewport: { width: 1000, height: 900 } });
  const requests: Recorded[] = [];
  context.on('request', (request) => {
    requests.push({ url: request.url(), headers: JSON.stringify(request.headers()), body: request.postData() ?? '' });
  });
  const page = await context.newPage();
  const watch = await watchPage(page, site.origin);
  return { context, page, requests, errors: watch.consoleErrors };
}

/** Runs the triage in an area (Eastbrook unless named) to its referral card. */
async function runToCard(page: Page, area = 'eastbrook'): Promise<void> {
  await startTriage(page, site.origin, area);
  await answerInTurn(page, EVERY_NEED_ANSWERS);
  await page.getByRole('button', { name: 'Show the referral card' }).click();
  await expect.poll(() => page.locator('[data-card-area]').textContent()).toMatch(/^Help in .+\.$/);
}

/** Ticks everything the person agrees to share (their name too), and makes the link. Returns the link. */
async function shareEverything(page: Page): Promise<string> {
  const share = page.locator('[data-referral-share]');
  for (const label of ['What they need', 'What makes it hard for them', 'The language they prefer', 'How they want to be contacted', 'Their name']) await share.getByLabel(label).check();
  await share.getByLabel('Language', { exact: true }).selectOption('pl');
  await share.getByLabel('How to contact them').selectOption('text-message');
  await share.getByLabel('Name', { exact: true }).fill(NAME);
  await share.getByRole('button', { name: 'Add the link and QR code' }).click();
  await page.locator('[data-referral-qr] svg').waitFor();
  return (await page.locator('[data-referral-link]').getAttribute('href'))!;
}

describe('a referral that travels', () => {
  it('asks before sharing: nothing is ticked, the name is off, and making a link with nothing ticked says what to do', async () => {
    const { context, page, errors } = await freshContext();
    await runToCard(page);
    const share = page.locator('[data-referral-share]');
    expect(await share.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(await share.getByLabel('Their name').isChecked()).toBe(false);
    expect(await share.textContent()).toContain('Ask the person first.');
    expect(await page.locator('[data-card]').getAttribute('data-listen')).not.toBeNull();
    await share.getByRole('button', { name: 'Add the link and QR code' }).click();
    expect(await share.locator('[data-share-error]').textContent()).toBe('Tick at least one thing they agree to share.');
    // A name typed but not ticked is not shared, and the champion is told.
    await share.getByLabel('Name', { exact: true }).fill(NAME);
    await share.getByLabel('What they need').check();
    await share.getByRole('button', { name: 'Add the link and QR code' }).click();
    expect(await share.locator('[data-share-error]').textContent()).toContain('"Their name" is not ticked');
    expect(await page.locator('[data-referral-out]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes a link and a QR code that carry only what was ticked, in the fragment', async () => {
    const { context, page, errors } = await freshContext();
    await runToCard(page);
    const share = page.locator('[data-referral-share]');
    await share.getByLabel('What they need').check();
    await share.getByRole('button', { name: 'Add the link and QR code' }).click();
    const link = new URL((await page.locator('[data-referral-link]').getAttribute('href'))!);
    expect(link.origin + link.pathname).toBe(`${site.origin}/referral/`);
    expect(link.search).toBe('');
    // Needs only: no barriers, language, contact or name.
    expect(decodeReferral(link.hash)).toEqual({ ok: true, ignored: [], referral: { needs: expect.arrayContaining(['connectivity-at-home']), needsThisWeek: expect.any(Array), barriers: [] } });
    // A change after the link is made takes the old link away.
    await share.getByLabel('What makes it hard for them').check();
    expect(await page.locator('[data-referral-out]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens in a fresh browser as an intake summary with the same needs, prints on one A4 page, and no request carries the referral', async () => {
    const champion = await freshContext();
    await runToCard(champion.page);
    const cardNeeds = await champion.page.locator('[data-card-need]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-card-need')!));
    expect(cardNeeds.length).toBeGreaterThan(3);
    const url = await shareEverything(champion.page);
    const fragment = new URL(url).hash.slice(1);
    expect(decodeReferral(fragment)).toEqual({
      ok: true,
      ignored: [],
      referral: { needs: expect.any(Array), needsThisWeek: ['help-now'], barriers: expect.any(Array), language: 'pl', contact: 'text-message', name: NAME },
    });

    // The QR code on the card is the address, at version 10 or below.
    const svg = champion.page.locator('[data-referral-qr] svg');
    const code = referralQr(url);
    expect(code.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    expect(await svg.getAttribute('data-qr-version')).toBe(String(code.version));
    expect(await svg.locator('path').getAttribute('d')).toBe(qrPathData(code));
    expect(await svg.getAttribute('aria-label')).toMatch(/QR code/);
    expect(await champion.page.locator('[data-referral-sms]').getAttribute('href')).toBe(`sms:?body=${encodeURIComponent(`What you need, for the place that helps you: ${url}`)}`);

    // The printed card still fits one A4 page, with its QR code.
    const card = await readPdf(await champion.page.pdf({ format: 'A4' }));
    expect(card.pages).toBe(1);
    expect(card.text.replace(/\s+/g, ' ')).toContain('Show this code to the helper where you go.');

    const partner = await freshContext();
    await partner.page.goto(url);
    const summary = partner.page.locator('[data-referral-found]');
    await summary.waitFor();
    const shownNeeds = await partner.page.locator('[data-referral-needs] li').allTextContents();
    expect(shownNeeds.map((text) => text.replace(' (this week)', ''))).toEqual(needTerms.ids.filter((id) => cardNeeds.includes(id)).map((id) => needTerms.label(id)));
    expect(shownNeeds).toContain('Help to do one thing online now (this week)');
    expect(await partner.page.locator('[data-referral-name]').textContent()).toBe(NAME);
    expect(await partner.page.locator('[data-referral-language]').textContent()).toBe('Polish');
    expect(await partner.page.locator('[data-referral-contact]').textContent()).toBe('A text message');
    expect(await partner.page.locator('[data-referral-barriers] li').count()).toBe(4);
    const help = await partner.page.locator('[data-referral-help]:not([hidden])').evaluateAll((items) => items.map((i) => i.getAttribute('data-referral-help')));
    expect(help.sort()).toEqual([...cardNeeds].sort());
    expect(await partner.page.locator('[data-referral-needs-js]').isVisible()).toBe(false);

    const printed = await readPdf(await partner.page.pdf({ format: 'A4' }));
    expect(printed.pages).toBe(1);
    const flat = printed.text.replace(/\s+/g, ' ');
    for (const words of ['Referral summary', 'Nowak', 'Polish', 'What to do next']) expect(flat).toContain(words);
    expect(flat).not.toContain('Print this summary');

    // Every request both browsers made, with its headers and body: none carries the referral or the name.
    const requests = [...champion.requests, ...partner.requests];
    expect(requests.length).toBeGreaterThan(5);
    const secrets = [fragment, fragment.slice(3), 'Nowak', encodeURIComponent('Zoë'), 'r1;', 'r1%3B'];
    for (const request of requests) for (const secret of secrets) expect(`${request.url} ${request.headers} ${request.body}`, request.url).not.toContain(secret);
    expect(champion.errors).toEqual([]);
    expect(partner.errors).toEqual([]);
    expect(await partner.page.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
    await champion.context.close();
    await partner.context.close();
  });

  it('prints the longest card (the area with the most places) with its QR code on one A4 page', async () => {
    const { context, page, errors } = await freshContext();
    await runToCard(page, 'riverside');
    expect(await page.locator('[data-card-place]').count()).toBeGreaterThan(9);
    await shareEverything(page);
    const printed = await readPdf(await page.pdf({ format: 'A4' }));
    expect(printed.pages).toBe(1);
    expect(printed.text.replace(/\s+/g, ' ')).toContain('Show this code to the helper where you go.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the largest referral (every need this week, every barrier, the longest name) on one A4 page', async () => {
    const { context, page, errors } = await freshContext();
    await page.goto(`${site.origin}/referral/#${encodeReferral(LARGEST_REFERRAL)}`);
    await page.locator('[data-referral-found]').waitFor();
    expect(await page.locator('[data-referral-needs] li').count()).toBe(needTerms.ids.length);
    const printed = await readPdf(await page.pdf({ format: 'A4' }));
    expect(printed.pages).toBe(1);
    expect(printed.text).toContain(LARGEST_REFERRAL.name!.slice(0, 20));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says a broken or changed link is broken, names codes it does not know, and says when there is no referral', async () => {
    const { context, page, errors } = await freshContext();
    await page.goto(`${site.origin}/referral/#r1;n=h;n=s`);
    await expect.poll(() => page.locator('[data-referral-problem]').textContent()).toMatch(/broken.*make it again/);
    expect(await page.locator('[data-referral-found]').isVisible()).toBe(false);
    await page.goto(`${site.origin}/referral/#r1;n=hz;x=1`);
    await expect.poll(() => page.locator('[data-referral-ignored]').textContent()).toContain('a need this page does not know (code "z")');
    expect(await page.locator('[data-referral-needs] li').allTextContents()).toEqual(['Internet at home']);
    await page.goto(`${site.origin}/referral/`);
    await expect.poll(() => page.locator('[data-referral-problem]').textContent()).toContain('There is no referral in this address.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains without JavaScript that the summary needs it, and that the details are in the address', async () => {
    const { context, page } = await freshContext(false);
    await page.goto(`${site.origin}/referral/#r1;n=h;p=Jo`);
    const message = page.locator('[data-referral-needs-js]');
    expect(await message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('This summary needs JavaScript');
    expect(await message.textContent()).toContain('never sent to this website');
    expect(await page.locator('[data-referral-summary]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('a referral that travels: axe at 320 and 1280 px', () => {
  it('on the referral card with the share form and the QR code', async () => {
    const { context, page, errors } = await freshContext();
    await page.addInitScript(AXE_SOURCE);
    await runToCard(page);
    await shareEverything(page);
    expect(await axeProblemsAtWidths(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('on the intake summary, and on its broken-link message', async () => {
    const { context, page, errors } = await freshContext();
    await page.addInitScript(AXE_SOURCE);
    await page.goto(`${site.origin}/referral/#r1;n=hs!kbpnlw;b=csamt;l=pl;c=t;p=Jo`);
    await page.locator('[data-referral-found]').waitFor();
    expect(await axeProblemsAtWidths(page)).toEqual([]);
    await page.goto(`${site.origin}/referral/#broken`);
    await page.locator('[data-referral-problem]').waitFor();
    expect(await axeProblemsAtWidths(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
