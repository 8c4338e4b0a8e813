/**
 * What every page carries for languages, on the test fixture site, checked on every page:
 * `<html lang dir>` from the page's address; the language switcher, each language named in
 * itself, linking to the same page in each language where the page has one (and the file is
 * there), or saying the page is in English only; the footer's phone line in the page's language;
 * the sitemap's alternates; and no machine-translation script anywhere.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEST_SITE } from '../support/built-site.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, OTHER_LANGUAGES, languageByCode } from '../../src/lib/i18n/languages.ts';
import { inLanguage, languageOfPath, withoutLanguage } from '../../src/lib/i18n/paths.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import type { Site } from '../../src/schemas/site.ts';

const pages = () => TEST_SITE.pages().filter((page) => page.url !== '/404.html' && !page.url.startsWith('/offline-kit/'));
const fileFor = (path: string) => join(TEST_SITE.dist, path.endsWith('/') ? `${path}index.html` : path);
const site = parseContentYaml(readFileSync(join(TEST_SITE.root, 'content', 'site.yaml'), 'utf8')) as Site;

describe('every page of the fixture site, in every language', () => {
  it('has a version of its citizen pages in each language (home, find help, a listing, near me, search, print)', () => {
    for (const language of OTHER_LANGUAGES) {
      for (const path of ['/', '/find-help/', '/find-help/near/', '/search/', '/print/', '/referral/'])
        expect(existsSync(fileFor(inLanguage(language.code, path))), inLanguage(language.code, path)).toBe(true);
      expect(pages().filter((page) => page.url.startsWith(`/${language.code}/services/`)).length).toBe(pages().filter((page) => page.url.startsWith('/services/')).length);
    }
  });

  it('says its language and direction on <html>, from its address', () => {
    const wrong: string[] = [];
    for (const page of pages()) {
      const html = page.document.querySelector('html');
      const language = languageByCode(languageOfPath(page.url));
      const lang = language.code === DEFAULT_LANGUAGE ? 'en-GB' : language.code;
      if (html?.getAttribute('lang') !== lang || html.getAttribute('dir') !== language.dir) wrong.push(`${page.url}: lang=${html?.getAttribute('lang')} dir=${html?.getAttribute('dir')}`);
    }
    expect(wrong).toEqual([]);
    expect(pages().length).toBeGreaterThan(300);
  });

  it('names each language in itself in its switcher; where the page has a version in each language the links go to it, and each file is there; otherwise it says the page is in English only', () => {
    const wrong: string[] = [];
    let translated = 0;
    for (const page of pages()) {
      const switcher = page.document.querySelector('nav.languages');
      if (!switcher) {
        wrong.push(`${page.url}: no language switcher`);
        continue;
      }
      const current = languageOfPath(page.url);
      const links = switcher.querySelectorAll('a[hreflang]');
      const named = switcher.querySelectorAll('li').map((item) => item.text.trim());
      if (named.join('|') !== LANGUAGES.map((language) => language.name).join('|')) wrong.push(`${page.url}: names ${named.join(', ')}`);
      const englishOnly = switcher.querySelector('p') !== null;
      for (const link of links) {
        const code = link.getAttribute('hreflang')!;
        const expected = englishOnly ? inLanguage(code, '/') : inLanguage(code, withoutLanguage(page.url));
        if (link.getAttribute('href') !== expected) wrong.push(`${page.url}: ${code} links to ${link.getAttribute('href')}, not ${expected}`);
        else if (!existsSync(fileFor(expected))) wrong.push(`${page.url}: ${code} links to ${expected}, which was not built`);
        if (link.getAttribute('lang') !== code) wrong.push(`${page.url}: the ${code} link has no lang="${code}"`);
      }
      if (links.length !== LANGUAGES.length - 1) wrong.push(`${page.url}: ${links.length} language links`);
      if (englishOnly && current !== DEFAULT_LANGUAGE) wrong.push(`${page.url}: a page in ${current} says it is in English only`);
      if (!englishOnly) translated += 1;
    }
    expect(wrong).toEqual([]);
    expect(translated).toBeGreaterThan(100);
  });

  for (const language of OTHER_LANGUAGES) {
    it(`shows the phone line's hours and words in ${language.englishName} on every ${language.englishName} page, as site.yaml gives them`, () => {
      const translation = site.translations?.[language.code];
      expect(translation?.helplineHours).toBeDefined();
      const t = translator(language.code);
      const wrong = pages()
        .filter((page) => languageOfPath(page.url) === language.code)
        .filter((page) => {
          const footer = page.document.querySelector('footer')?.text ?? '';
          return !footer.includes(translation!.helplineHours!) || !footer.includes(translation!.helplineDescription!) || !footer.includes(t('layout.footer.preferToTalk'));
        })
        .map((page) => page.url);
      expect(wrong).toEqual([]);
    });

    it(`never shows the phone line's English hours on a ${language.englishName} page, where site.yaml gives them in ${language.englishName} (print sheets, the prompt card and the referral summary too)`, () => {
      const translation = site.translations![language.code]!;
      const checked = pages().filter((page) => languageOfPath(page.url) === language.code);
      // The hours as the words of an element or of an attribute (a listing's own English text may mention them in a sentence).
      const showsEnglishHours = (page: (typeof checked)[number]) =>
        page.document.querySelectorAll('*').some((element) => element.text.trim() === site.helpline.hours || Object.values(element.attributes).some((value) => value.includes(site.helpline.hours)));
      const wrong = checked.filter(showsEnglishHours).map((page) => page.url);
      expect(checked.length).toBeGreaterThan(100);
      expect(wrong).toEqual([]);
      // The triage tool makes the referral card in the browser, from the card's words file.
      const cardWords = JSON.parse(readFileSync(fileFor(`/champions/triage/card-words/${language.code}.json`), 'utf8')) as Record<string, unknown>;
      expect(JSON.stringify(cardWords)).toContain(JSON.stringify(translation.helplineHours!));
    });
  }
});

describe('a listing’s “Send this by text message”', () => {
  for (const language of LANGUAGES) {
    it(`is in ${language.englishName} on every listing’s ${language.englishName} page, and links back to that page`, () => {
      const t = translator(language.code);
      const plain = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
      const wrong: string[] = [];
      const listings = pages().filter((page) => languageOfPath(page.url) === language.code && /^\/services\/[^/]+\/$/.test(withoutLanguage(page.url)));
      for (const page of listings) {
        const link = page.document.querySelectorAll('a[href^="sms:"]').find((a) => a.text.includes(t('service.share.text')));
        const body = decodeURIComponent(link?.getAttribute('href')?.split('body=')[1] ?? '');
        const more = t('service.sms.more').replace('{url}', '');
        if (!plain(body).includes(plain(more)) || !body.includes(page.url)) wrong.push(`${page.url}: ${body.slice(-80)}`);
        if (language.code !== 'en' && /^(Phone|Address|Open|More): /m.test(body)) wrong.push(`${page.url}: English in "${body}"`);
      }
      expect(wrong).toEqual([]);
      expect(listings.length).toBeGreaterThan(40);
    });
  }
});

describe('the site’s name', () => {
  it('is in the page’s language where site.yaml gives one, and marked as English where it does not, on every page', () => {
    const wrong: string[] = [];
    for (const page of pages()) {
      const code = languageOfPath(page.url);
      const own = code === DEFAULT_LANGUAGE ? undefined : site.translations?.[code]?.name;
      const header = page.document.querySelector('.site-name');
      const expected = own ?? site.name;
      const lang = code === DEFAULT_LANGUAGE || own ? undefined : 'en';
      if (header?.text.trim() !== expected || (header.getAttribute('lang') ?? undefined) !== lang) wrong.push(`${page.url}: "${header?.text.trim()}" lang=${header?.getAttribute('lang')}`);
      if (page.url !== '/' && !page.document.querySelector('title')?.text.endsWith(` - ${expected}`) && page.document.querySelector('title')?.text !== expected)
        wrong.push(`${page.url}: title "${page.document.querySelector('title')?.text}"`);
    }
    expect(wrong).toEqual([]);
    expect(site.translations?.cy?.name).toBeDefined();
  });
});

describe('the sitemap', () => {
  it('names the version of each translated page in every language (hreflang alternates), and each one was built', () => {
    const xml = readFileSync(join(TEST_SITE.dist, 'sitemap-0.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url>(.*?)<\/url>/g)].map((m) => m[1]!);
    const withAlternates = entries.filter((entry) => entry.includes('hreflang'));
    expect(withAlternates.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const entry of withAlternates) {
      const alternates = [...entry.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, new URL(m[2]!).pathname] as const);
      if (alternates.length !== LANGUAGES.length) wrong.push(`${entry.slice(0, 120)}: ${alternates.length} alternates`);
      for (const [, path] of alternates) if (!existsSync(fileFor(path))) wrong.push(`${path} is in the sitemap but was not built`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('no machine translation', () => {
  it('loads no translation script or widget on any page', () => {
    const found = pages().filter((page) => /translate\.google|translate\.goog|gtranslate|microsofttranslator|bing\.com\/translator/i.test(page.html));
    expect(found.map((page) => page.url)).toEqual([]);
  });
});
