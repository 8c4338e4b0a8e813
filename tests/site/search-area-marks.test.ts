/**
 * A search in one area asks Pagefind for the things that carry that area's own mark
 * (src/lib/search/area-mark.ts), so that it fetches a file naming that area's pages only, not
 * one naming every page's areas. This walks every record of every index of each built site (the
 * fixture site whole, and searched area by area as a large directory is, and the shipped
 * content): a record carries the mark of each area it names, and no other (before, none had a
 * mark, and a search in an area fetched the file of every area). In an area's own index (on a
 * large directory) a record carries that area's mark alone, whatever other areas it names.
 */
import { describe, expect, it } from 'vitest';
import { relative } from 'node:path';
import { SHIPPED_SITE, SPLIT_TEST_SITE, TEST_SITE } from '../support/built-site.ts';
import { indexedRecords, indexFolders, indexLanguages } from '../support/search-index-files.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { areaMark, areaMarkName } from '../../src/lib/search/area-mark.ts';
import { AREA_NOT_KNOWN, AREA_NOT_KNOWN_LABEL } from '../../src/lib/directory/area-not-known.ts';

const MARK = areaMarkName('');
/** The value every area's mark has (the search asks for it). */
const MARK_VALUE = Object.values(areaMark('x'))[0]!;

describe('the mark of each area, in every search index', () => {
  for (const site of [TEST_SITE, SPLIT_TEST_SITE, SHIPPED_SITE]) {
    it(`${site.name}: every record carries the mark of each area it names (in an area's own index, that area's), and no other`, () => {
      const content = checkContent({ root: site.root, today: '2026-11-23' });
      // Listings whose areas nobody knows name "Area not known"; courses done online name "Online" (src/lib/courses.ts).
      const idOfName = new Map([...content.entries.get('areas')!.map((area) => [area.data.name, area.id] as const), [AREA_NOT_KNOWN_LABEL, AREA_NOT_KNOWN], ['Online', 'online']]);
      const problems: string[] = [];
      let inAreas = 0;
      for (const folder of indexFolders(site.dist)) {
        for (const language of indexLanguages(folder)) {
          for (const record of indexedRecords(folder, language)) {
            const names = record.filters.area ?? [];
            if (names.length) inAreas += 1;
            const ownArea = /(?:^|\/)pagefind-areas\/([^/]+)$/.exec(folder)?.[1];
            const expected = ownArea ? [areaMarkName(ownArea)] : names.map((name) => areaMarkName(idOfName.get(name) ?? `<no area named ${name}>`)).sort();
            const marks = Object.keys(record.filters)
              .filter((filter) => filter.startsWith(MARK))
              .sort();
            const where = `${relative(site.dist, folder)}/ ${language} ${record.url}`;
            if (marks.join() !== expected.join()) problems.push(`${where}: areas ${names.join(', ')}, marks ${marks.join(', ') || 'none'}`);
            for (const mark of marks) if (record.filters[mark]!.join() !== MARK_VALUE) problems.push(`${where}: ${mark} is ${record.filters[mark]!.join()}`);
          }
        }
      }
      expect(inAreas).toBeGreaterThan(20);
      expect(problems).toEqual([]);
    });
  }
});
