/**
 * Every listing's page in every language (/services/<id>/, /cy/services/<id>/, /ur/..., /pl/...)
 * on the test fixture site: <html lang dir>, headings and facts in the page's language (the
 * catalogue's words, none of the English ones left), the listing's untranslated fields in English
 * inside lang="en" with a "not yet translated" note, its translated fields shown in the language
 * (a draft marked as one), and a language switcher that links to the same listing in each language.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { catalogueWords } from '../support/catalogue-words.ts';

const serviceWords = catalogueWords('service', 'en');
import { LANGUAGES, OTHER_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { inLanguage } from '../../src/lib/i18n/paths.ts';
import { translator, type MessageKey } from '../../src/lib/i18n/translate.ts';
import { routes } from '../../src/lib/routes.ts';
import { isWaitingForReview } from '../../src/lib/waiting-for-review.ts';
import type { Service } from '../../src/schemas/service.ts';
import { TEST_SITE, type BuiltPage } from '../support/built-site.ts';

const words = (element: HTMLElement | null | undefined) => (element?.text ?? '').replace(/\s+/g, ' ').trim();
const content = checkContent({ root: TEST_SITE.root, today: '2026-11-23' });
const listings = content.entries
  .get('services')
  .filter((entry) => !isWaitingForReview(entry.data))
  .map((entry) => ({ id: entry.id, data: entry.data as Service }));

const pageAt = (url: string): BuiltPage => {
  const page = TEST_SITE.pages().find((p) => p.url === url);
  if (!page) throw new Error(`No page at ${url}`);
  return page;
};
const main = (page: BuiltPage) => page.document.querySelector('main')!;

/** The headings of a listing's sections, by their ids, and their catalogue keys. */
const SECTION_HEADINGS: Record<string, MessageKey> = {
  contact: 'service.contact.heading',
  details: 'service.about.heading',
  refer: 'service.refer.heading',
  share: 'service.share.heading',
  checked: 'service.checked.heading',
};

/**
 * English words of the service page's catalogue that must not be on a page in another language
 * outside lang="en": each message cut at its {placeholders}, pieces of 12 letters or more.
 */
const englishPieces = [
  ...new Set(
    Object.values(serviceWords).flatMap((message) =>
      String(message)
        .split(/\{\w+\}/)
        .map((piece) => piece.trim()),
    ),
  ),
].filter((piece) => piece.length >= 12);

/** The page's text, without the parts marked as English (the listing's own words) and the listing's names. */
function textOutsideEnglish(page: BuiltPage): string {
  const copy = main(page).clone() as HTMLElement;
  for (const element of copy.querySelectorAll('[lang="en"], h1, h3, [data-shortlist]')) element.remove();
  return words(copy);
}

describe('listing pages in every language (test fixture site)', () => {
  it('has listings to check, and some with translations', () => {
    expect(listings.length).toBeGreaterThan(40);
    for (const language of OTHER_LANGUAGES) expect(listings.filter((l) => l.data.translations?.[language.code]).length, language.code).toBeGreaterThan(0);
  });

  for (const language of LANGUAGES) {
    const t = translator(language.code);
    const code = language.code;
    const pageOf = (id: string) => pageAt(inLanguage(code, routes.service(id)));

    describe(`${language.englishName} (${code})`, () => {
      it('every listing has a page, with <html lang> and dir for the language', () => {
        for (const listing of listings) {
          const html = pageOf(listing.id).document.querySelector('html')!;
          expect(html.getAttribute('lang'), listing.id).toBe(code === 'en' ? 'en-GB' : code);
          expect(html.getAttribute('dir'), listing.id).toBe(language.dir);
        }
      });

      it("every listing's section headings and facts are the catalogue's words for the language", () => {
        for (const listing of listings) {
          const page = main(pageOf(listing.id));
          for (const [id, key] of Object.entries(SECTION_HEADINGS)) {
            const heading = page.querySelector(`h2#${id}`);
            if (id === 'refer' && listing.data.howToRefer === undefined) expect(heading, listing.id).toBeNull();
            else expect(words(heading), `${listing.id} #${id}`).toBe(t(key));
          }
          const where = words(page.querySelector('h2#where'));
          expect([t('service.where.heading'), t('service.where.headingNoPlace')], listing.id).toContain(where);
          const terms = page.querySelectorAll('dl.facts dt').map(words);
          expect(terms[0], listing.id).toBe(t('service.facts.kinds'));
          expect(terms, listing.id).toContain(t('service.facts.status'));
          expect(terms, listing.id).toContain(t('service.facts.languages'));
        }
      });

      if (code !== 'en')
        it('no English words of the page are left outside the parts marked lang="en"', () => {
          for (const listing of listings) {
            const text = textOutsideEnglish(pageOf(listing.id));
            const left = englishPieces.filter((piece) => text.includes(piece) && !translatedTheSame(t, piece));
            expect(left, listing.id).toEqual([]);
          }
        });

      if (code !== 'en')
        it('each listing\'s fields: a translation shows in the language (a draft says so); an untranslated field shows in English inside lang="en" with the note', () => {
          const notTranslated = t('content.notTranslated');
          const draft = t('service.content.draft');
          for (const listing of listings) {
            const page = main(pageOf(listing.id));
            const translation = listing.data.translations?.[code];
            const fields = [
              { name: 'summary', english: listing.data.summary, element: page.querySelector('p.lead') },
              { name: 'description', english: listing.data.description, element: page.querySelector('div.prose') },
              { name: 'howToRefer', english: listing.data.howToRefer, element: page.querySelector('section[aria-labelledby="refer"] p') },
            ] as const;
            for (const field of fields) {
              if (field.english === undefined) continue;
              const where = `${listing.id} ${field.name}`;
              const shown = field.element;
              expect(shown, where).not.toBeNull();
              const note = words(shown!.nextElementSibling);
              const translated = translation?.[field.name];
              if (translated !== undefined) {
                expect(shown!.getAttribute('lang'), where).toBeUndefined();
                // A description is Markdown: its first words show as they are written.
                const flat = translated.replace(/\s+/g, ' ').trim();
                if (field.name === 'description') expect(words(shown), where).toContain(flat.slice(0, 40));
                else expect(words(shown), where).toBe(flat);
                if (translation!.status === 'draft') expect(note, where).toBe(draft);
                else expect(shown!.nextElementSibling?.classList.contains('translation-note') ?? false, where).toBe(false);
              } else {
                expect(shown!.getAttribute('lang'), where).toBe('en');
                if (field.name !== 'description') expect(words(shown), where).toBe(field.english.replace(/\s+/g, ' ').trim());
                expect(note, where).toBe(notTranslated);
              }
            }
            if (listing.data.eligibility !== undefined) {
              const fact = page.querySelectorAll('dl.facts dt').find((dt) => words(dt) === t('service.facts.eligibility'))?.nextElementSibling;
              const translated = translation?.eligibility;
              const marked = fact?.querySelector('span[lang="en"]');
              if (translated !== undefined) {
                expect(marked, listing.id).toBeNull();
                expect(words(fact), listing.id).toContain(translated);
              } else {
                expect(words(marked), listing.id).toBe(listing.data.eligibility);
                expect(words(fact), listing.id).toContain(notTranslated);
              }
            }
          }
        });

      it("the language switcher on every listing's page links to the same listing in each other language", () => {
        for (const listing of listings) {
          const switcher = pageOf(listing.id).document.querySelector('nav.languages')!;
          expect(switcher, listing.id).not.toBeNull();
          for (const other of LANGUAGES) {
            if (other.code === code) {
              expect(words(switcher.querySelector('[aria-current="true"]')), listing.id).toBe(other.name);
              continue;
            }
            const link = switcher.querySelector(`a[hreflang="${other.code}"]`);
            expect(link?.getAttribute('href'), `${listing.id} → ${other.code}`).toBe(inLanguage(other.code, routes.service(listing.id)));
            expect(words(link), listing.id).toBe(other.name);
          }
        }
      });
    });
  }
});

/** A piece of English the language happens to write the same way (like "Cost" in Welsh) is no leftover. */
function translatedTheSame(t: ReturnType<typeof translator>, piece: string): boolean {
  return Object.keys(serviceWords).some((key) => t.has(key as MessageKey) && t(key as MessageKey).includes(piece));
}
