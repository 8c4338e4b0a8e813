/**
 * The printable lists and the prompt card in every language (issue 16), on the fixture site:
 * every sheet (each area, each kind of help, each part; large print is the same page) has a
 * version in Welsh, Urdu and Polish with lang and dir on <html>, the same entries in the same
 * order, no words of the print catalogue left in English, and stays within its byte budget.
 * The list pages, each kind's page of lists, the prompt card and the referral summary page too;
 * and the referral card's words are built for each language.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { TEST_SITE, type BuiltPage } from '../support/built-site.ts';
import { budgetFor, measurePage } from '../../scripts/lib/page-weight.ts';
import { catalogueParts } from '../support/catalogue-words.ts';

const print = catalogueParts('print');
import { OTHER_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { termKey } from '../../src/lib/i18n/terms.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import { cardWordsPath, type CardWords } from '../../src/lib/referral/card-words.ts';
import { routes } from '../../src/lib/routes.ts';

const site = TEST_SITE;
const parts = { cy: print.cy, ur: print.ur, pl: print.pl } as Record<string, Partial<Record<string, unknown>>>;

/** The English words of each print key a language translates differently, in pieces of two words or more (between placeholders). */
function englishPieces(code: string): string[] {
  return Object.keys(print.en)
    .filter((key) => parts[code]![key] !== undefined && parts[code]![key] !== print.en[key])
    .flatMap((key) => String(print.en[key]).split(/\{\w+\}/))
    .map((piece) =>
      piece
        .trim()
        .replace(/^[(:.,]+|[):.,]+$/g, '')
        .trim(),
    )
    .filter((piece) => piece.split(/\s+/).length >= 2);
}

/** What a page says: its main text and its labels (the QR codes' and the map's). */
function said(page: BuiltPage): string {
  const main = page.document.querySelector('main')!;
  const labels = main.querySelectorAll('[aria-label], title, desc').map((node: HTMLElement) => `${node.getAttribute('aria-label') ?? ''} ${node.text}`);
  return `${main.text} ${labels.join(' ')}`.replace(/\s+/g, ' ');
}

const englishSheets = () => site.pages().filter((page) => page.url.startsWith('/print/') && page.url !== '/print/');
const byUrl = (url: string) => site.pages().find((page) => page.url === url);

describe('print sheets in every language (fixture site)', () => {
  it('has sheets to check: one for each area and for each kind of help', () => {
    const urls = englishSheets().map((page) => page.url);
    expect(urls.filter((url) => url.startsWith('/print/in/')).length).toBeGreaterThanOrEqual(5);
    expect(urls.filter((url) => !url.startsWith('/print/in/')).length).toBeGreaterThanOrEqual(5);
  });

  for (const language of OTHER_LANGUAGES)
    describe(`${language.englishName} (/${language.code}/)`, () => {
      const pieces = englishPieces(language.code);
      const t = translator(language.code);

      it('has every sheet, and the list pages, with lang and dir on <html>', () => {
        const missing: string[] = [];
        for (const english of [byUrl('/print/')!, ...englishSheets()]) {
          const page = byUrl(`/${language.code}${english.url}`);
          if (!page) missing.push(english.url);
          else {
            const html = page.document.querySelector('html')!;
            expect([html.getAttribute('lang'), html.getAttribute('dir')], page.url).toEqual([language.code, language.dir]);
          }
        }
        expect(missing).toEqual([]);
      });

      it('lists the same entries in the same order on every sheet, each with its QR code to the listing in this language', () => {
        for (const english of englishSheets().filter((page) => page.document.querySelector('.sheet'))) {
          const page = byUrl(`/${language.code}${english.url}`)!;
          const names = (p: BuiltPage) => p.document.querySelectorAll('.sheet-entry h2').map((h: HTMLElement) => h.text.trim());
          expect(names(page), page.url).toEqual(names(english));
          expect(page.document.querySelectorAll('.sheet-entry svg.qr').length, page.url).toBe(names(english).length);
        }
      });

      it('leaves no words of the print catalogue in English on any sheet or list page', () => {
        expect(pieces.length).toBeGreaterThan(20);
        const left: string[] = [];
        for (const english of [byUrl('/print/')!, ...englishSheets()]) {
          const page = byUrl(`/${language.code}${english.url}`)!;
          const text = said(page);
          for (const piece of pieces) if (text.includes(piece)) left.push(`${page.url}: "${piece}"`);
        }
        expect(left).toEqual([]);
      });

      it("names each entry's kinds of help in this language", () => {
        const english = kindsOfHelp.terms
          .filter((term) => t.lookup(termKey('kindsOfHelp', term.id)) !== undefined && t.lookup(termKey('kindsOfHelp', term.id)) !== term.label)
          .map((term) => term.label);
        const left: string[] = [];
        for (const sheet of englishSheets()) {
          const page = byUrl(`/${language.code}${sheet.url}`)!;
          for (const line of page.document.querySelectorAll('.sheet-checked').map((p: HTMLElement) => p.text))
            for (const label of english) if (line.includes(label)) left.push(`${page.url}: ${label}`);
        }
        expect(left).toEqual([]);
      });

      it('offers large print and standard print in this language, on the same page (CSS only)', () => {
        for (const english of englishSheets().filter((page) => page.document.querySelector('.sheet'))) {
          const page = byUrl(`/${language.code}${english.url}`)!;
          expect(page.document.querySelector('#large-print'), page.url).not.toBeNull();
          expect(page.document.querySelector('a[href="#large-print"]')!.text.trim(), page.url).toBe(t('print.sheet.largePrint'));
          expect(page.document.querySelector('a[href="#standard-print"]')!.text.trim(), page.url).toBe(t('print.sheet.standardPrint'));
        }
      });

      it('links each sheet to itself in every other language (the language switcher, not printed)', () => {
        for (const english of englishSheets()) {
          const page = byUrl(`/${language.code}${english.url}`)!;
          const links = page.document.querySelectorAll('nav.languages a').map((a: HTMLElement) => a.getAttribute('href'));
          expect(links, page.url).toContain(english.url);
          for (const other of OTHER_LANGUAGES.filter((l) => l.code !== language.code)) expect(links, page.url).toContain(`/${other.code}${english.url}`);
        }
      });

      it('keeps every sheet within its byte budget', () => {
        const over: string[] = [];
        for (const english of englishSheets()) {
          const page = byUrl(`/${language.code}${english.url}`)!;
          const weight = measurePage(site.dist, page.file);
          if (weight.total > budgetFor(weight)) over.push(`${page.url}: ${weight.total} bytes, budget ${budgetFor(weight)}`);
        }
        expect(over).toEqual([]);
      });

      it('has the prompt card, with the questions in this language and no print catalogue English', () => {
        const page = byUrl(`/${language.code}${routes.triagePromptCard()}`)!;
        expect(page, 'prompt card').toBeDefined();
        const html = page.document.querySelector('html')!;
        expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual([language.code, language.dir]);
        const text = said(page);
        expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
        // Every question of the fixture has its translation: none is shown in English.
        expect(page.document.querySelectorAll('.prompt-questions [lang="en"]').length).toBe(0);
        expect(page.document.querySelectorAll('.prompt-questions li').length).toBe(byUrl(routes.triagePromptCard())!.document.querySelectorAll('.prompt-questions li').length);
        expect(page.document.querySelector('h1')!.text.trim()).toBe(t('print.prompt.title'));
      });

      it("has the referral summary page in this language, with its script's words in it", () => {
        const page = byUrl(`/${language.code}${routes.referral()}`)!;
        expect(page, 'referral page').toBeDefined();
        const html = page.document.querySelector('html')!;
        expect([html.getAttribute('lang'), html.getAttribute('dir')]).toEqual([language.code, language.dir]);
        const text = said(page);
        expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
        const words = JSON.parse(page.document.querySelector('[data-referral-summary]')!.getAttribute('data-referral-words')!) as { thisWeek: string; refused: Record<string, string> };
        expect(words.thisWeek).toBe(t('print.referral.thisWeek'));
        const refused = Object.values(words.refused).join(' ');
        expect(pieces.filter((piece) => refused.includes(piece))).toEqual([]);
      });

      it("builds the referral card's words in this language, with the referral page in this language", () => {
        const file = join(site.dist, cardWordsPath(language.code));
        expect(existsSync(file), file).toBe(true);
        const words = JSON.parse(readFileSync(file, 'utf8')) as CardWords;
        expect([words.lang, words.dir, words.referralPage]).toEqual([language.code, language.dir, `/${language.code}${routes.referral()}`]);
        const english = Object.values(words.text).join(' ');
        expect(pieces.filter((piece) => english.includes(piece))).toEqual([]);
      });
    });
});
