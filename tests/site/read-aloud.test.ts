/**
 * Read-aloud on the built sites: which pages carry the Listen control and its loader (the rule is
 * listenControlFor, src/lib/read-aloud/pages.ts), and the player's size and that no page loads it
 * before someone presses Listen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { EVERY_BUILT_SITE, type BuiltPage } from '../support/built-site.ts';
import { listenControlFor, type ListenControlKind } from '../../src/lib/read-aloud/pages.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { languageOfPath } from '../../src/lib/i18n/paths.ts';

/** The read-aloud player may weigh this much, gzipped (issue 17). */
const PLAYER_BUDGET = 3 * 1024;
/** The loader on every page with a Listen control, gzipped on its own. */
const LOADER_BUDGET = 1024;
const PLAYER_FILE = /^_astro\/read-aloud-player-[\w-]+\.js$/;

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The inline scripts of a page that load the player when Listen is pressed. */
const loaders = (page: BuiltPage) => page.document.querySelectorAll('script:not([src])').filter((script) => script.text.includes('read-aloud-player'));
/** The inline scripts of a page that give parts marked data-listen their Listen buttons. */
const partsScripts = (page: BuiltPage) => page.document.querySelectorAll('script:not([src])').filter((script) => script.text.includes('[data-listen]'));

for (const site of EVERY_BUILT_SITE)
  describe(`read-aloud on the built site, ${site.name}`, () => {
    const pages = site.pages();
    const byKind = (kind: ListenControlKind) => pages.filter((page) => listenControlFor(page.url) === kind);

    it('has pages of every kind: with the Listen control, with marked parts only, and without', () => {
      for (const kind of ['page', 'marked parts', 'none'] as const) expect(byKind(kind).length, kind).toBeGreaterThan(0);
      // The pages named in issue 17 are among those with the control.
      for (const pattern of [/^\/$/, /^\/find-help\/$/, /^\/find-help\/.+\/$/, /^\/services\/[^/]+\/$/, /^\/courses\/[^/]+\/$/, /^\/champions\/modules\/[^/]+\/[^/]+\/$/])
        expect(
          byKind('page').some((page) => pattern.test(page.url)),
          String(pattern),
        ).toBe(true);
    });

    it('puts "Listen to this page", hidden until a voice is found and left out of search and print, first inside <main> on every page that gets it', () => {
      const wrong = byKind('page').filter((page) => {
        const holder = page.document.querySelector('main')?.firstElementChild;
        const buttons = page.document.querySelectorAll('[data-listen-start]');
        const button = buttons[0];
        return !(
          holder?.hasAttribute('data-listen-skip') &&
          holder.hasAttribute('hidden') &&
          holder.classList.contains('no-print') &&
          // Not searched: "Listen to this page" would match every page.
          holder.hasAttribute('data-pagefind-ignore') &&
          buttons.length === 1 &&
          button?.parentNode === holder &&
          button.getAttribute('type') === 'button' &&
          // In the page's language: "Listen to this page", "Gwrando ar y dudalen hon"...
          button.text.trim() === translator(languageOfPath(page.url))('listen.start') &&
          loaders(page).length === 1 &&
          partsScripts(page).length === 0
        );
      });
      expect(wrong.map((page) => page.url)).toEqual([]);
    });

    it('gives pages with marked parts (the referral card) the loader and the script that gives those parts their buttons, but no button for the whole page', () => {
      const wrong = byKind('marked parts').filter((page) => page.document.querySelectorAll('[data-listen-start]').length !== 0 || loaders(page).length !== 1 || partsScripts(page).length !== 1);
      expect(wrong.map((page) => page.url)).toEqual([]);
    });

    it('gives every other page neither the control nor its script', () => {
      const wrong = byKind('none').filter((page) => page.document.querySelectorAll('[data-listen-start], [data-listen-skip]').length !== 0 || page.html.includes('read-aloud'));
      expect(wrong.map((page) => page.url)).toEqual([]);
    });

    it(`keeps the loader, and the loader with the marked parts' script, within ${LOADER_BUDGET} bytes gzipped`, () => {
      const sizes = new Set(byKind('page').flatMap((page) => loaders(page).map((script) => gz(script.text))));
      expect(sizes.size).toBe(1);
      const [size] = [...sizes];
      const withParts = new Set(byKind('marked parts').map((page) => gz([...loaders(page), ...partsScripts(page)].map((script) => script.text).join('\n'))));
      expect(withParts.size).toBe(1);
      const [partsSize] = [...withParts];
      console.log(`Read-aloud loader, on each page with a Listen control: ${size} bytes gzipped on its own; with the marked parts' script, ${partsSize}.`);
      expect(size).toBeLessThanOrEqual(LOADER_BUDGET);
      expect(partsSize).toBeLessThanOrEqual(LOADER_BUDGET);
    });

    it(`builds the player as one file of at most ${PLAYER_BUDGET} bytes gzipped`, () => {
      const players = site.files().filter((file) => PLAYER_FILE.test(file));
      expect(players).toHaveLength(1);
      const bytes = readFileSync(join(site.dist, players[0]!));
      console.log(`Read-aloud player (${players[0]}): ${bytes.length} bytes, ${gz(bytes)} gzipped.`);
      expect(gz(bytes)).toBeLessThanOrEqual(PLAYER_BUDGET);
      // It stands alone: it loads no other file.
      expect(bytes.toString('utf8')).not.toMatch(/\bimport\s*[\s("'{*]/);
    });

    it('loads the player on no page before Listen is pressed: no script tag, preload or static import names it', () => {
      const player = site.files().find((file) => PLAYER_FILE.test(file))!;
      const name = player.replace('_astro/', '');
      const loadedAtFirst = pages.filter((page) =>
        page.document.querySelectorAll('script[src], link[href]').some((element) => (element.getAttribute('src') ?? element.getAttribute('href'))!.includes(name)),
      );
      expect(loadedAtFirst.map((page) => page.url)).toEqual([]);
      const importers = site
        .files()
        .filter((file) => file.endsWith('.js'))
        .filter((file) => new RegExp(`import\\s*(?:[\\w*{}\\s,$]+from\\s*)?["'][^"']*${name.replace(/[.-]/g, '\\$&')}`).test(readFileSync(join(site.dist, file), 'utf8')));
      expect(importers).toEqual([]);
      for (const page of byKind('page')) for (const loader of loaders(page)) expect(loader.text).not.toMatch(new RegExp(`import\\s*\\(?["'][^"']*read-aloud-player`));
    });
  });
