/**
 * The home page, the find-help page, every list of help and the near-me page in Welsh, Urdu and
 * Polish, on the test fixture site: every English list (each kind, area, kind in an area, cost,
 * audience, support, language and page number) has a page in each language, with lang and dir
 * (Urdu right to left), its heading and count in the language (with the language's plural
 * form), its listings linked to their pages in the language, and no English words of the
 * catalogue left where the language has its own. The near-me page gives its script its words in
 * the language. (The plural forms of the counts are unit-tested in tests/unit/i18n-browse-words.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { FACET_PATH } from '../../src/lib/routes.ts';
import type { DirectoryFacet } from '../../src/lib/directory/list-pages.ts';
import { messages as englishMessages } from '../../src/lib/i18n/catalogues/en.ts';
import type { Message } from '../../src/lib/i18n/catalogue.ts';
import { OTHER_LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { withoutLanguage } from '../../src/lib/i18n/paths.ts';
import { allTermKeys, TRANSLATED_LISTS, type TranslatedList } from '../../src/lib/i18n/terms.ts';
import { translator, type Translator } from '../../src/lib/i18n/translate.ts';
import { nearWords } from '../../src/lib/near/near-words.ts';
import { nearWordsPath } from '../../src/lib/near/paths.ts';
import { directoryWordsIn, listHeadingIn } from '../../src/lib/views/directory-words.ts';
import type { Term, Vocabulary } from '../../src/lib/vocabulary/index.ts';
import { TEST_SITE, type BuiltPage } from '../support/built-site.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import type { Service } from '../../src/schemas/service.ts';

const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The fixture site's listings, by id, as the content check reads them. */
const listings = new Map(
  checkContent({ root: TEST_SITE.root, today: '2026-11-23' })
    .entries.get('services')
    .map((entry) => [entry.id, entry.data as Service]),
);
const byUrl = () => new Map(TEST_SITE.pages().map((page) => [page.url, page]));
const page = (url: string): BuiltPage => {
  const found = byUrl().get(url);
  if (!found) throw new Error(`${url} is not built`);
  return found;
};

/** Every English list of help: /find-help/<something>/, but not the near-me page. */
const englishLists = () => TEST_SITE.pages().filter((p) => /^\/find-help\/.+\/$/.test(p.url) && !p.url.startsWith('/find-help/near/'));

/** The filters of a list from its address (the inverse of findHelpSlug in src/lib/routes.ts). */
function filtersOf(url: string): Partial<Record<DirectoryFacet, string>> {
  const parts = url
    .replace(/^\/find-help\//, '')
    .replace(/\/$/, '')
    .replace(/\/page\/\d+$/, '')
    .split('/');
  if (parts.length === 1) return { kind: parts[0]! };
  if (parts.length === 3 && parts[1] === FACET_PATH.area) return { kind: parts[0]!, area: parts[2]! };
  const facet = (Object.entries(FACET_PATH) as [DirectoryFacet, string][]).find(([, path]) => path === parts[0])?.[0];
  if (parts.length !== 2 || facet === undefined) throw new Error(`${url} is not a list address this test knows`);
  return { [facet]: parts[1]! };
}

/** Each area's name, from the English find-help page's links (areas are named in content). */
const areaNames = () =>
  new Map(
    page('/find-help/')
      .document.querySelectorAll('.area-links > li > a')
      .map((a) => [a.getAttribute('href')!.split('/').at(-2)!, words(a.text)]),
  );

/** The line under a list's heading (and its lead) that says how many listings it has. */
const countLine = (p: BuiltPage) => words(p.document.querySelectorAll('main h1 ~ p').find((line) => !line.classList.contains('lead'))!.text);

/** How many listings a list has in all, from the English page ("12 places and services"). */
const totalOf = (english: BuiltPage) => Number(/^(\d+) place/.exec(countLine(english))![1]);

/** The text a reader sees in the page's main part, without the listings' own words (content: names, addresses, English marked lang="en"). */
function siteWordsOf(document: HTMLElement): string {
  const main = document.querySelector('main')!.clone() as HTMLElement;
  for (const selector of ['[lang="en"]', '#service-list h2', '.item-places strong', '.map-list', 'svg', '.area-links a', '.national-help h3', 'script', '[data-listen-skip]'])
    for (const element of main.querySelectorAll(selector)) element.remove();
  return words(main.text);
}

/** The fixed words of a message, between its placeholders, that are long enough to be a phrase (2 words or more). */
const phrases = (message: Message): string[] =>
  (typeof message === 'string' ? [message] : Object.values(message))
    .flatMap((text) => text!.split(/\{\w+\}/))
    .map((part) => part.trim().replace(/^[.,:;()]+|[.,:;()]+$/g, ''))
    .filter((part) => part.split(' ').length >= 2 && part.length >= 8);

/** English phrases of the catalogue (its keys and the lists' terms) that the language says in its own words. */
function englishPhrasesFor(t: Translator): string[] {
  const own = t.language.catalogue.messages as Record<string, Message | undefined>;
  const fromKeys = Object.entries(englishMessages as Record<string, Message>).flatMap(([key, message]) =>
    own[key] !== undefined && JSON.stringify(own[key]) !== JSON.stringify(message) ? phrases(message) : [],
  );
  const fromTerms = allTermKeys().flatMap((key) => {
    const [, list, id, part] = key.split('.') as [string, TranslatedList, string, string | undefined];
    const term = (TRANSLATED_LISTS[list] as Vocabulary<Term>).find(id)!;
    const english = part === 'description' ? term.description! : term.label;
    return own[key] !== undefined && own[key] !== english ? phrases(english) : [];
  });
  return [...new Set([...fromKeys, ...fromTerms])];
}

describe('the lists of help in every language, test fixture site', () => {
  it('has English lists of every shape to check (kind, area, kind in area, other filters, later pages)', () => {
    const shapes = new Set(englishLists().map((p) => (p.url.includes('/page/') ? 'page' : Object.keys(filtersOf(p.url)).join('+'))));
    expect([...shapes].sort()).toEqual(['area', 'audience', 'cost', 'kind', 'kind+area', 'language', 'page', 'support'].sort());
  });

  for (const language of OTHER_LANGUAGES) {
    const t = translator(language.code);
    const there = (url: string) => `/${language.code}${url}`;

    it(`${language.englishName}: every English list has a page in ${language.englishName}, with lang="${language.code}" and dir="${language.dir}"`, () => {
      const wrong = englishLists().flatMap((english) => {
        const translated = byUrl().get(there(english.url));
        if (!translated) return [`${there(english.url)} is missing`];
        const html = translated.document.querySelector('html')!;
        return html.getAttribute('lang') === language.code && html.getAttribute('dir') === language.dir
          ? []
          : [`${there(english.url)}: lang=${html.getAttribute('lang')} dir=${html.getAttribute('dir')}`];
      });
      expect(englishLists().length).toBeGreaterThan(50);
      expect(wrong).toEqual([]);
    });

    it(`${language.englishName}: every list's heading and count are in ${language.englishName} (with its plural form for the count)`, () => {
      const names = areaNames();
      const label = directoryWordsIn(t, (id) => names.get(id) ?? id).valueLabel;
      const wrong = englishLists().flatMap((english) => {
        const translated = page(there(english.url));
        const heading = words(translated.document.querySelector('main h1')!.text);
        const expected = listHeadingIn(t, filtersOf(english.url), label);
        const count = t.plural('browse.list.total', totalOf(english));
        const line = countLine(translated);
        return [
          ...(heading === expected ? [] : [`${translated.url}: h1 "${heading}", expected "${expected}"`]),
          ...(line.startsWith(`${count}.`) ? [] : [`${translated.url}: "${line}" does not start with "${count}."`]),
        ];
      });
      expect(wrong).toEqual([]);
    });

    it(`${language.englishName}: every listing on every list links to its page in ${language.englishName}, the same listings in the same order as in English`, () => {
      const wrong = englishLists().flatMap((english) => {
        const ids = (p: BuiltPage) => p.document.querySelectorAll('#service-list > li h2 a').map((a) => a.getAttribute('href')!);
        const englishLinks = ids(english);
        const translatedLinks = ids(page(there(english.url)));
        const expected = englishLinks.map((href) => there(href));
        return translatedLinks.join() === expected.join() && englishLinks.every((href) => /^\/services\/[^/]+\/$/.test(href)) ? [] : [`${there(english.url)}: ${translatedLinks.join(' ')}`];
      });
      expect(wrong).toEqual([]);
    });

    it(`${language.englishName}: on every list, each listing's summary is its ${language.englishName} translation, or the English marked lang="en" with a "not yet translated" note (said once for the listing)`, () => {
      const note = t('content.notTranslated');
      let english = 0;
      const wrong = englishLists().flatMap((englishList) => {
        const translated = page(there(englishList.url));
        return translated.document.querySelectorAll('#service-list > li').flatMap((item) => {
          const id = item.querySelector('h2 a')!.getAttribute('href')!.split('/').at(-2)!;
          const service = listings.get(id);
          if (!service?.summary) return [`${translated.url}: no listing ${id} in content`];
          const summary = item.querySelector('h2 + p')!;
          const own = service.translations?.[language.code]?.summary;
          // Hours notes in English are marked so, and carry their own note only when the summary (which says it for the listing) is translated.
          const notes = item.querySelectorAll('.item-places .item-hours[lang="en"]');
          const hoursWrong = notes.flatMap((hours) => {
            const hasNote = hours.nextElementSibling?.classList.contains('translation-note') === true;
            return hasNote === Boolean(own) ? [] : [`${translated.url}: ${id}'s English hours note "${words(hours.text)}" ${own ? 'has no' : 'repeats the'} "not yet translated" note`];
          });
          if (own)
            return [...hoursWrong, ...(words(summary.text) === words(own) && !summary.hasAttribute('lang') ? [] : [`${translated.url}: ${id} shows "${words(summary.text)}", not its translation`])];
          english++;
          const after = summary.nextElementSibling;
          return [
            ...hoursWrong,
            ...(words(summary.text) === words(service.summary) && summary.getAttribute('lang') === 'en' && after?.classList.contains('translation-note') && words(after.text) === note
              ? []
              : [`${translated.url}: ${id}'s English summary is not marked lang="en" with the note "${note}"`]),
          ];
        });
      });
      expect(english, 'lists show some English summaries').toBeGreaterThan(0);
      expect(wrong.slice(0, 10), `${wrong.length} wrong`).toEqual([]);
    });

    it(`${language.englishName}: links from the lists to other lists, near-me, print sheets and listings stay in ${language.englishName}, and the lists they link to exist`, () => {
      const translatedRoots = /^\/(find-help|services|print|search)\//;
      const wrong = englishLists().flatMap((english) => {
        const translated = page(there(english.url));
        return translated.document.querySelectorAll('main a[href^="/"]').flatMap((a) => {
          const href = a.getAttribute('href')!.split(/[?#]/)[0]!;
          const english = withoutLanguage(href);
          if (!translatedRoots.test(english)) return [];
          if (!href.startsWith(`/${language.code}/`)) return [`${translated.url} links to ${href}`];
          if (english.startsWith('/find-help/') && !existsSync(join(TEST_SITE.dist, href, 'index.html'))) return [`${translated.url} links to ${href}, which is not built`];
          return [];
        });
      });
      expect(wrong).toEqual([]);
    });

    it(`${language.englishName}: no list, nor the home, find-help or near-me page, has English words of the catalogue where ${language.englishName} has its own`, () => {
      const english = englishPhrasesFor(t);
      expect(english.length).toBeGreaterThan(100);
      const urls = [...englishLists().map((p) => p.url), '/', '/find-help/', '/find-help/near/'].map(there);
      const wrong = urls.flatMap((url) => {
        const text = siteWordsOf(page(url).document);
        return english.filter((phrase) => text.includes(phrase)).map((phrase) => `${url}: "${phrase}"`);
      });
      expect(wrong).toEqual([]);
    });

    it(`${language.englishName}: the home, find-help and near-me pages are in ${language.englishName}, with lang and dir, and their headings in the language`, () => {
      const headings = {
        '/': t('browse.home.heading', { area: words(page('/').document.querySelector('main h1')!.text).replace(/^Free help to get online in /, '') }),
        '/find-help/': t('browse.index.title'),
        '/find-help/near/': t('browse.near.title'),
      };
      for (const [url, heading] of Object.entries(headings)) {
        const translated = page(there(url));
        const html = translated.document.querySelector('html')!;
        expect([html.getAttribute('lang'), html.getAttribute('dir')], url).toEqual([language.code, language.dir]);
        expect(words(translated.document.querySelector('main h1')!.text), url).toBe(heading);
      }
    });

    it(`${language.englishName}: the near-me page gives its script its words in ${language.englishName} (on the form, and in its words file), and its area and kind links are in the language`, () => {
      const near = page(there('/find-help/near/'));
      const form = near.document.querySelector('form[data-near-form]')!;
      expect([form.getAttribute('data-error'), form.getAttribute('data-not-working')]).toEqual([t('browse.near.error'), t('browse.near.notWorking')]);
      const file = form.getAttribute('data-words')!;
      expect(file).toBe(there(nearWordsPath()));
      expect(JSON.parse(readFileSync(join(TEST_SITE.dist, file), 'utf8'))).toEqual(nearWords(t));
      for (const option of near.document.querySelectorAll('select#kind option[data-path]')) expect(option.getAttribute('data-path')).toMatch(new RegExp(`^/${language.code}/find-help/`));
      for (const link of near.document.querySelectorAll('.area-links a')) expect(link.getAttribute('href')).toMatch(new RegExp(`^/${language.code}/find-help/in/`));
    });
  }

  it('English lists keep their English words (the count, the heading), and the Urdu pages are right to left', () => {
    for (const english of englishLists()) {
      expect(english.document.querySelector('html')!.getAttribute('lang')).toMatch(/^en\b/);
      expect(countLine(english)).toMatch(/^\d+ (place or service|places and services)\. Choose one/);
      expect(page(`/ur${english.url}`).document.querySelector('html')!.getAttribute('dir')).toBe('rtl');
    }
  });
});
