/**
 * Listings and pages about help count for more in search results. The search page tells which
 * results are not help by a mark that only those pages carry (NOT_HELP_MARK in
 * src/lib/search/help-type.ts), not by the type filter, whose file lists every page and so
 * weighed on every first search. This walks every record of every index of each built site (the
 * fixture site whole, and searched area by area as a large directory is, and the shipped
 * content): a record carries the mark if and only if its type is not help. Shelves of listings
 * store no filters (they are help: the search page gives them their type when it merges their
 * index), so they carry no mark either.
 */
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { SHIPPED_SITE, SPLIT_TEST_SITE, TEST_SITE } from '../support/built-site.ts';
import { indexedRecords, indexFolders, indexLanguages } from '../support/search-index-files.ts';
import { HELP_SEARCH_TYPE, NOT_HELP_MARK } from '../../src/lib/search/help-type.ts';
import { LISTINGS_SEARCH_BUNDLE } from '../../src/lib/search-split.ts';

const [[markName, markValue]] = Object.entries(NOT_HELP_MARK) as [[string, string]];

describe('the mark of what is not help, in every search index', () => {
  for (const site of [TEST_SITE, SPLIT_TEST_SITE, SHIPPED_SITE]) {
    it(`${site.name}: every record carries it if and only if its type is not help`, () => {
      const problems: string[] = [];
      let records = 0;
      let marked = 0;
      for (const folder of indexFolders(site.dist)) {
        const shelves = `${relative(site.dist, folder)}/` === LISTINGS_SEARCH_BUNDLE;
        for (const language of indexLanguages(folder)) {
          for (const record of indexedRecords(folder, language)) {
            records += 1;
            const types = record.filters.type ?? [];
            const mark = record.filters[markName] ?? [];
            if (mark.length) marked += 1;
            const where = `${relative(site.dist, folder)}/ ${language} ${record.url}`;
            if (shelves) {
              if (types.length || mark.length) problems.push(`${where}: a shelf stores filters (type ${types.join()}, mark ${mark.join()})`);
              continue;
            }
            if (types.length !== 1) problems.push(`${where}: ${types.length} types`);
            const notHelp = types.some((type) => type !== HELP_SEARCH_TYPE);
            if (notHelp && mark.join() !== markValue) problems.push(`${where}: type ${types.join()}, but not marked as not help`);
            if (!notHelp && mark.length) problems.push(`${where}: help, but marked as not help`);
          }
        }
      }
      expect(records).toBeGreaterThan(100);
      expect(marked).toBeGreaterThan(10);
      expect(problems).toEqual([]);
    });
  }
});
