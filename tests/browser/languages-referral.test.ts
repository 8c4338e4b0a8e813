/**
 * Print and referrals in the person's language (issue 16), in Chromium on the test fixture site:
 * - the triage tool (in English for the champion) makes an Urdu referral card: lang="ur" and
 *   dir="rtl" on the card, Urdu catalogue words on it and in its text message (within 3 segments,
 *   UCS-2), the champion's own notes marked English; the referral link opens the summary in Urdu;
 * - the Urdu area sheet prints right to left: printed to A4 by Chromium and read back with
 *   pdf.js, its map is in the top left corner (top right in English) and each entry's name ends
 *   at the right where the English one starts at the left, every entry printed;
 * - axe finds nothing at 320 and 1280 px on the Urdu sheet and the Urdu prompt card.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { AXE_SOURCE, axeProblemsAtWidths } from '../support/page-check.ts';
import { answerInTurn, EVERY_NEED_ANSWERS } from '../support/triage-steps.ts';
import { countSmsSegments } from '../../src/lib/sms.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { termLabel } from '../../src/lib/i18n/terms.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import type { Site } from '../../src/schemas/site.ts';
import { TEST_SITE } from '../support/built-site.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const site = useBrowserOnBuiltSite();
const ur = translator('ur');
const siteYaml = parseContentYaml(readFileSync(join(TEST_SITE.root, 'content', 'site.yaml'), 'utf8')) as Site;

async function urduCard(page: Page): Promise<void> {
  await page.goto(`${site.origin}/champions/triage/`);
  await page.getByLabel('Which area does the person live in?').selectOption('eastbrook');
  await page.getByLabel('Language for the card and text message').selectOption('ur');
  await page.getByRole('button', { name: 'Start the questions' }).click();
  await answerInTurn(page, EVERY_NEED_ANSWERS);
  await page.getByRole('button', { name: 'Show the referral card' }).click();
  await expect.poll(() => page.locator('[data-card-area]').textContent()).toBe(ur('print.card.area', { area: 'Eastbrook' }));
}

describe('the referral card in Urdu', () => {
  it('is in Urdu, right to left, with Urdu words from the catalogue; the champion keeps English notes', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const watch = await watchPage(page, site.origin);
    await urduCard(page);
    const card = page.locator('[data-card]');
    expect([await card.getAttribute('lang'), await card.getAttribute('dir')]).toEqual(['ur', 'rtl']);
    expect(await card.locator('#card-heading').textContent()).toBe(ur('print.card.heading'));
    const needIds = await card.locator('[data-card-need]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-card-need')!));
    expect(needIds.length).toBeGreaterThan(3);
    const headings = await card.locator('[data-card-need] h3').allTextContents();
    for (const [i, need] of needIds.entries()) expect(headings[i]).toContain(termLabel(ur, 'needs', need));
    // The champion's "Say: ..." lines are for the screen, in English, and marked so.
    expect(await card.locator('.card-say').first().getAttribute('lang')).toBe('en');
    // The "From ..." line is in Urdu, with the phone line's hours in Urdu as site.yaml gives them.
    const from = (await card.locator('[data-card-from]').textContent())!;
    expect(from).toContain(ur('print.card.from').split('{site}')[1]!.split('{phone}')[0]!.trim());
    expect(from).toContain(siteYaml.translations!.ur!.helplineHours!);
    expect(await card.locator('[data-card-from] [lang="en"]').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await context.close();
  });

  it('sends a text message in Urdu, within 3 segments', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await urduCard(page);
    const text = (await page.locator('[data-card-sms-text]').textContent())!;
    const lines = text.split('\n');
    expect(lines[0]).toBe(ur('print.sms.header', { area: 'Eastbrook' }));
    expect(lines.at(-1)).toMatch(new RegExp(`^${ur('print.sms.footer').split('{phone}')[0]}`));
    expect(lines.filter((line) => line.startsWith('- ')).length).toBeGreaterThan(0);
    const count = countSmsSegments(text);
    expect(count.encoding).toBe('UCS-2');
    expect(count.segments).toBeLessThanOrEqual(3);
    expect(await page.locator('[data-card-sms]').getAttribute('href')).toBe(`sms:?body=${encodeURIComponent(text)}`);
    console.log(`Urdu card's text message: ${count.units} UCS-2 units, ${count.segments} segments, ${lines.filter((line) => line.startsWith('- ')).length} places.`);
    await context.close();
  });

  it('puts the QR text in Urdu, and its link opens the referral summary in Urdu', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await urduCard(page);
    const share = page.locator('[data-referral-share]');
    await share.getByLabel('What they need').check();
    await share.getByRole('button', { name: 'Add the link and QR code' }).click();
    await page.locator('[data-referral-qr] svg').waitFor();
    expect(await page.locator('[data-referral-out] h3').textContent()).toBe(ur('print.card.qrHeading'));
    const link = new URL((await page.locator('[data-referral-link]').getAttribute('href'))!);
    expect(link.pathname).toBe('/ur/referral/');
    const summary = await context.newPage();
    await summary.goto(link.href);
    expect([await summary.locator('html').getAttribute('lang'), await summary.locator('html').getAttribute('dir')]).toEqual(['ur', 'rtl']);
    await summary.locator('[data-referral-found]').waitFor();
    const listed = await summary.locator('[data-referral-needs] li').allTextContents();
    expect(listed.length).toBeGreaterThan(3);
    expect(listed.every((item) => /[\u0600-\u06ff]/.test(item))).toBe(true);
    expect(await summary.locator('h1').textContent()).toBe(ur('print.referral.title'));
    await context.close();
  });
});

/** The text on each page of a PDF and where it is, from 0 to 1 across and down; width as a share of the page. */
async function placedText(pdf: Uint8Array): Promise<{ text: string; left: number; right: number; down: number }[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    pages.push(
      (await page.getTextContent()).items.flatMap((item) =>
        'str' in item && item.str.trim() !== ''
          ? [{ text: item.str.trim(), left: (item.transform[4] as number) / width, right: ((item.transform[4] as number) + item.width) / width, down: 1 - (item.transform[5] as number) / height }]
          : [],
      ),
    );
  }
  return pages;
}

async function printSheet(path: string) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  const names = (await page.locator('.sheet-entry h2').allTextContents()).map((name) => name.trim());
  const dots = await page.locator('.sheet-map .map-dot text').allTextContents();
  const pages = await placedText(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
  await context.close();
  return { names, dots, pages };
}

describe('the Urdu area sheet, printed', () => {
  it('prints right to left: the map top left, each entry name ending at the right, every entry printed', async () => {
    const english = await printSheet('/print/in/eastbrook/');
    const urdu = await printSheet('/ur/print/in/eastbrook/');
    expect(urdu.names).toEqual(english.names);
    const flat = (pages: { text: string }[][]) =>
      pages
        .flatMap((p) => p.map((t) => t.text))
        .join('')
        .replace(/\s+/g, '');
    for (const name of urdu.names) expect(flat(urdu.pages), name).toContain(name.replace(/\s+/g, ''));
    expect(urdu.pages.length).toBeGreaterThan(1);
    // The map: every dot's number in the top right corner of page 1 in English, in the top left in Urdu.
    const inCorner = (pages: { text: string; left: number; right: number; down: number }[][], label: string, corner: 'left' | 'right') =>
      pages[0]!.some((t) => t.text === label && t.down < 0.45 && (corner === 'right' ? t.left > 0.55 : t.right < 0.45));
    expect(urdu.dots.length).toBeGreaterThan(1);
    expect(english.dots.filter((dot) => !inCorner(english.pages, dot, 'right'))).toEqual([]);
    expect(urdu.dots.filter((dot) => !inCorner(urdu.pages, dot, 'left'))).toEqual([]);
    // Each entry's name (English words, so pdf.js reads them, word by word): the line its name starts on begins near the
    // left margin in English; in Urdu it ends near the right one.
    const nameLine = (pages: { text: string; left: number; right: number; down: number }[][], name: string) => {
      const flatName = name.replace(/[^A-Za-z0-9]/g, '');
      for (const page of pages) {
        const lines = Map.groupBy(page, (t) => Math.round(t.down * 1000));
        for (const items of lines.values()) {
          // Latin words only: not the map's numbers, not Urdu.
          const words = items.filter((t) => /^[A-Za-z0-9 ,.:'&()-]+$/.test(t.text) && !/^\d+$/.test(t.text)).sort((a, b) => a.left - b.left);
          const joined = words
            .map((t) => t.text)
            .join('')
            .replace(/[^A-Za-z0-9]/g, '');
          if (joined.length >= 6 && flatName.startsWith(joined)) return words;
        }
      }
      return [];
    };
    const wrong: string[] = [];
    for (const name of urdu.names) {
      const en = nameLine(english.pages, name);
      const rtl = nameLine(urdu.pages, name);
      if (en.length === 0 || en[0]!.left > 0.2) wrong.push(`${name}: in English it starts at ${en[0]?.left.toFixed(2)}`);
      if (rtl.length === 0 || rtl.at(-1)!.right < 0.8) wrong.push(`${name}: in Urdu it ends at ${rtl.at(-1)?.right.toFixed(2)}`);
    }
    expect(wrong).toEqual([]);
    // The language switcher is not printed.
    expect(flat(urdu.pages)).not.toContain('Cymraeg');
  });
});

describe('axe in Urdu', () => {
  for (const path of ['/ur/print/in/eastbrook/', '/ur/print/in/eastbrook/#large-print', '/ur/champions/triage/prompt-card/', '/ur/print/'])
    it(`${path}: nothing at 320 and 1280 px, no sideways scroll`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(AXE_SOURCE);
      await page.goto(`${site.origin}${path}`);
      expect(await axeProblemsAtWidths(page)).toEqual([]);
      await context.close();
    });
});
