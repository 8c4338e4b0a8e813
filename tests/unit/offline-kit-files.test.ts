import { describe, expect, it } from 'vitest';
import { encodeCell, type NearListing } from '../../src/lib/near/places-data.ts';
import { encodeDistrictFile } from '../../src/lib/postcodes/district-file.ts';
import {
  areaKitFiles,
  areaListFiles,
  areaListingFiles,
  areaPrintFiles,
  assetsOf,
  fileOfUrl,
  kitAreas,
  planKit,
  sharedKitFiles,
  squaresAround,
  urlOfFile,
  type BuiltFiles,
} from '../../src/lib/offline-kit/kit-files.ts';

/** A listing with one place (or none) for the near-me files. */
const listing = (id: string, at?: [number, number], base = '/'): NearListing => ({
  name: id,
  path: `${base}services/${id}/`,
  kinds: ['free-wifi'],
  placeCount: at ? 1 : 0,
  places: at ? [{ name: `${id} place`, latitude: at[0], longitude: at[1], area: 'a', hours: [] }] : [],
});
const page = (base: string, links: readonly string[], assets: readonly string[] = []) =>
  `<!doctype html><html><head>${assets.map((asset) => (asset.endsWith('.css') ? `<link rel="stylesheet" href="${base}${asset}">` : `<script type="module" src="${base}${asset}"></script>`)).join('')}</head><body>${links.map((link) => `<a href="${base}${link}">x</a>`).join('')}</body></html>`;

/**
 * A small built site with two areas (a and b) and the traps a kit must not fall into: an area
 * "ab" whose name starts with "a", a list that links to a listing with no page, a kind of help's
 * print sheet in the area (not part of the kit), pages no kit holds (home, about, search).
 */
function fakeSite(base = '/', withReferral = false): BuiltFiles {
  const files = new Map<string, string>();
  const put = (path: string, text: string) => files.set(path, text);
  const lesson = ['_astro/site.css', '_astro/lesson.js'];
  for (const path of ['champions/index.html', 'champions/progress/index.html', 'champions/modules/m1/index.html', 'champions/modules/m1/l1/index.html', 'champions/modules/m1/certificate/index.html'])
    put(path, page(base, [], lesson));
  put('champions/triage/index.html', page(base, [], ['_astro/site.css', '_astro/triage.js']));
  put('champions/triage/prompt-card/index.html', page(base, [], ['_astro/site.css']));
  put('champions/triage/tool.json', '{}');
  put('champions/triage/areas/a.json', '{}');
  put('champions/triage/areas/ab.json', '{}');
  put('champions/triage/areas/b.json', '{}');
  put('champions/offline/index.html', page(base, [], ['_astro/site.css', '_astro/kit.js']));
  put('offline/index.html', page(base, [], ['_astro/site.css']));
  put('find-help/near/index.html', page(base, [], ['_astro/site.css', '_astro/near.js']));
  put('find-help/near/places/index.json', '{}');
  put('shortlist/index.html', page(base, [], ['_astro/site.css']).replace('</body>', `<script type="module">const later=\`${base}_astro/inline-later.js\`;</script></body>`));
  put('_astro/inline-later.js', 'export{};');
  if (withReferral) put('referral/index.html', page(base, [], ['_astro/site.css', '_astro/referral.js']));
  put('favicon.svg', '<svg/>');
  put('manifest.webmanifest', '{}');
  put('index.html', page(base, [], ['_astro/site.css']));
  put('about/index.html', page(base, [], ['_astro/site.css']));
  put('search/index.html', page(base, [], ['_astro/site.css', '_astro/search.js']));
  // Scripts: lesson.js imports dep.js (and lazy.js when needed), dep.js imports deep.js.
  put('_astro/site.css', 'body{}');
  put('_astro/lesson.js', 'import{a as b}from"./dep.js";const c=()=>import("./lazy.js");const t=()=>import(`./tool.js`);const m=["_astro/tool.css"];const later=`' + base + '_astro/later.js`;');
  put('_astro/later.js', 'export{};');
  put('_astro/tool.js', 'export{};');
  put('_astro/tool.css', 'form{}');
  put('_astro/dep.js', 'import "./deep.js";export const a=1;');
  put('_astro/deep.js', 'export const d=1;');
  put('_astro/lazy.js', 'export const l=1;');
  put('_astro/triage.js', 'import{a}from"./dep.js";');
  put('_astro/kit.js', 'export{};');
  put('_astro/near.js', 'export{};');
  put('_astro/referral.js', 'export{};');
  put('_astro/search.js', 'export{};');
  put('_astro/filter.js', 'import{a}from"./dep.js";import"./filter-only.js";');
  put('_astro/filter-only.js', 'export{};');
  put('_astro/print.css', '@page{}');
  // Lists of help.
  const list = ['_astro/site.css', '_astro/filter.js'];
  put('find-help/index.html', page(base, ['services/s6/'], list));
  put('find-help/in/a/index.html', page(base, ['services/s1/', 'services/s2/', 'find-help/free-wifi/in/a/', 'print/in/a/'], list));
  put('find-help/in/a/page/2/index.html', page(base, ['services/s3/', 'services/s1/', 'services/missing/'], list));
  put('find-help/free-wifi/in/a/index.html', page(base, ['services/s1/', 'services/s4/'], list));
  put('find-help/in/ab/index.html', page(base, ['services/s6/'], list));
  put('find-help/in/b/index.html', page(base, ['services/s5/'], list));
  put('find-help/free-wifi/index.html', page(base, ['services/s7/'], list));
  for (const id of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8']) put(`services/${id}/index.html`, page(base, [], ['_astro/site.css']));
  // The shortlist page's files: some listings have one.
  for (const id of ['s1', 's3', 's5', 's7']) put(`shortlist/listings/${id}.json`, '{}');
  // Print sheets.
  for (const path of ['print/in/a/index.html', 'print/in/a/part/2/index.html', 'print/in/a/part/3/index.html', 'print/in/ab/index.html', 'print/in/b/index.html', 'print/free-wifi/in/a/index.html'])
    put(path, page(base, [], ['_astro/site.css', '_astro/print.css']));
  // Near me: squares 534_-15 (s1, s3, s5), 535_-15 (s7, next to it), 536_-15 (s8, two away), 520_-7 (s4), 510_-1 (s6).
  const squares: Record<string, NearListing[]> = {
    '534_-15': [listing('s1', [53.43, -2.12], base), listing('s3', [53.45, -2.13], base), listing('s5', [53.44, -2.11], base)],
    '535_-15': [listing('s7', [53.55, -2.12], base)],
    '536_-15': [listing('s8', [53.65, -2.12], base)],
    '520_-7': [listing('s4', [52.05, -1.05], base)],
    '510_-1': [listing('s6', [51.05, -0.05], base)],
  };
  for (const [cell, listings] of Object.entries(squares)) put(`find-help/near/places/${cell}.json`, JSON.stringify(encodeCell(listings)));
  // Postcode districts: NM1 in square 534_-15, NM2 in 536_-15, NM3 in 520_-7, NM4 in 510_-1.
  const district = (name: string, at: [number, number]) => JSON.stringify(encodeDistrictFile(name, [[`${name} 1AA`, { latitude: at[0], longitude: at[1] }]], 'test'));
  put('postcodes/NM1.json', district('NM1', [53.431, -2.121]));
  put('postcodes/NM2.json', district('NM2', [53.651, -2.121]));
  put('postcodes/NM3.json', district('NM3', [52.01, -1.01]));
  put('postcodes/NM4.json', district('NM4', [51.01, -0.01]));
  return {
    paths: [...files.keys()].sort(),
    base,
    read: (path) => {
      const text = files.get(path);
      if (text === undefined) throw new Error(`no file ${path}`);
      return text;
    },
  };
}

describe('offline kit: page addresses and files', () => {
  it('turns page addresses into built files and back', () => {
    const pairs: [string, string][] = [
      ['/', 'index.html'],
      ['/services/x/', 'services/x/index.html'],
      ['/champions/triage/tool.json', 'champions/triage/tool.json'],
      ['/favicon.svg', 'favicon.svg'],
    ];
    for (const [url, file] of pairs) {
      expect(fileOfUrl(url)).toBe(file);
      expect(urlOfFile(file)).toBe(url);
    }
  });

  it('names the 3 × 3 block of map squares around a square', () => {
    expect(squaresAround('534_-15').sort()).toEqual(['533_-14', '533_-15', '533_-16', '534_-14', '534_-15', '534_-16', '535_-14', '535_-15', '535_-16'].sort());
    expect(() => squaresAround('nowhere')).toThrow();
  });
});

for (const base of ['/', '/hub/'])
  describe(`offline kit: which files go in it (site published at ${base})`, () => {
    const site = fakeSite(base);

    it('has a kit for every area the triage tool knows, and no other', () => {
      expect(kitAreas(site)).toEqual(['a', 'ab', 'b']);
    });

    it('shares every training page, the triage tool and its data, the prompt card, near me, the kit and offline pages, and nothing else', () => {
      expect(sharedKitFiles(site)).toEqual([
        'champions/index.html',
        'champions/modules/m1/certificate/index.html',
        'champions/modules/m1/index.html',
        'champions/modules/m1/l1/index.html',
        'champions/offline/index.html',
        'champions/progress/index.html',
        'champions/triage/index.html',
        'champions/triage/prompt-card/index.html',
        'champions/triage/tool.json',
        'favicon.svg',
        'find-help/near/index.html',
        'find-help/near/places/index.json',
        'manifest.webmanifest',
        'offline/index.html',
        'shortlist/index.html',
      ]);
    });

    it('shares the referral page when the site has one', () => {
      expect(sharedKitFiles(fakeSite(base, true))).toContain('referral/index.html');
    });

    it("holds every page of the area's lists, and no other area's (not even an area whose name starts the same)", () => {
      expect(areaListFiles(site, 'a')).toEqual(['find-help/free-wifi/in/a/index.html', 'find-help/in/a/index.html', 'find-help/in/a/page/2/index.html']);
      expect(areaListFiles(site, 'ab')).toEqual(['find-help/in/ab/index.html']);
      expect(areaListFiles(site, 'b')).toEqual(['find-help/in/b/index.html']);
    });

    it('holds the page of every listing its lists link to, only those, and only listings that have a page', () => {
      expect(areaListingFiles(site, areaListFiles(site, 'a'))).toEqual(['services/s1/index.html', 'services/s2/index.html', 'services/s3/index.html', 'services/s4/index.html']);
      expect(areaListingFiles(site, areaListFiles(site, 'b'))).toEqual(['services/s5/index.html']);
      expect(areaListingFiles(site, areaListFiles(site, 'ab'))).toEqual(['services/s6/index.html']);
    });

    it("holds every part of the area's print sheet and of its sheets for a kind of help, and no other area's sheet", () => {
      expect(areaPrintFiles(site, 'a')).toEqual(['print/free-wifi/in/a/index.html', 'print/in/a/index.html', 'print/in/a/part/2/index.html', 'print/in/a/part/3/index.html']);
      expect(areaPrintFiles(site, 'ab')).toEqual(['print/in/ab/index.html']);
      expect(areaPrintFiles(site, 'b')).toEqual(['print/in/b/index.html']);
    });

    it("holds every file of each area's kit: triage data, lists, listings and their shortlist files, print sheets, map squares around its places and their postcode districts", () => {
      expect(areaKitFiles(site, 'a')).toEqual([
        'champions/triage/areas/a.json',
        'find-help/free-wifi/in/a/index.html',
        'find-help/in/a/index.html',
        'find-help/in/a/page/2/index.html',
        // Squares with a place of s1, s3 (534_-15) or s4 (520_-7), and the square next to 534_-15; not 536_-15 (two away) or 510_-1.
        'find-help/near/places/520_-7.json',
        'find-help/near/places/534_-15.json',
        'find-help/near/places/535_-15.json',
        'postcodes/NM1.json',
        'postcodes/NM3.json',
        'print/free-wifi/in/a/index.html',
        'print/in/a/index.html',
        'print/in/a/part/2/index.html',
        'print/in/a/part/3/index.html',
        'services/s1/index.html',
        'services/s2/index.html',
        'services/s3/index.html',
        'services/s4/index.html',
        'shortlist/listings/s1.json',
        'shortlist/listings/s3.json',
      ]);
      expect(areaKitFiles(site, 'b')).toEqual([
        'champions/triage/areas/b.json',
        'find-help/in/b/index.html',
        'find-help/near/places/534_-15.json',
        'find-help/near/places/535_-15.json',
        'postcodes/NM1.json',
        'print/in/b/index.html',
        'services/s5/index.html',
        'shortlist/listings/s5.json',
      ]);
      expect(areaKitFiles(site, 'ab')).toEqual([
        'champions/triage/areas/ab.json',
        'find-help/in/ab/index.html',
        'find-help/near/places/510_-1.json',
        'postcodes/NM4.json',
        'print/in/ab/index.html',
        'services/s6/index.html',
      ]);
    });

    it('finds the styles and scripts pages load, and every script those import, however deep', () => {
      expect(assetsOf(site, ['champions/modules/m1/l1/index.html'])).toEqual([
        '_astro/deep.js',
        '_astro/dep.js',
        '_astro/later.js',
        '_astro/lazy.js',
        '_astro/lesson.js',
        '_astro/site.css',
        '_astro/tool.css',
        '_astro/tool.js',
      ]);
      expect(assetsOf(site, ['find-help/in/a/index.html', 'tool.json'])).toEqual(['_astro/deep.js', '_astro/dep.js', '_astro/filter-only.js', '_astro/filter.js', '_astro/site.css']);
    });

    it("plans the whole kit: the shared part with its styles and scripts, each area's part with only the styles and scripts not shared", () => {
      const plan = planKit(site);
      expect(plan.shared).toEqual(
        [
          ...sharedKitFiles(site),
          ...[
            '_astro/deep.js',
            '_astro/dep.js',
            '_astro/inline-later.js',
            '_astro/kit.js',
            '_astro/lazy.js',
            '_astro/later.js',
            '_astro/lesson.js',
            '_astro/near.js',
            '_astro/site.css',
            '_astro/tool.css',
            '_astro/tool.js',
            '_astro/triage.js',
          ],
        ].sort(),
      );
      expect([...plan.areas.keys()]).toEqual(['a', 'ab', 'b']);
      for (const area of ['a', 'ab', 'b']) {
        const pages = areaKitFiles(site, area);
        // Lists load filter.js (which imports the shared dep.js) and print sheets print.css.
        expect(plan.areas.get(area)).toEqual([...pages, '_astro/filter-only.js', '_astro/filter.js', '_astro/print.css'].sort());
      }
      // No search page, home page or other area's pages in any kit.
      const everything = [...plan.shared, ...[...plan.areas.values()].flat()];
      for (const never of [
        'index.html',
        'about/index.html',
        'search/index.html',
        '_astro/search.js',
        'find-help/index.html',
        'print/free-wifi/index.html',
        'services/s7/index.html',
        'services/s8/index.html',
      ])
        expect(everything).not.toContain(never);
    });
  });
