/**
 * The instant "Area" filter on every list of help, in every language: it offers the areas of the
 * page's local help (help that is not everywhere) and no other, and each option's count is the
 * number of entries that show when it is chosen (help that covers every area shows for each).
 * Before, one borough-wide phone line on a page made the filter offer every area. A list split
 * into pages has no instant filter at all.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

for (const site of EVERY_BUILT_SITE)
  describe(`the area filter on each list of help, ${site.name}`, () => {
    const areaIds = checkContent({ root: site.root, today: '2026-11-23' })
      .entries.get('areas')
      .map((area) => area.id);
    const isSplit = (page: { document: { querySelector(selector: string): unknown } }) => page.document.querySelector('nav.pagination') !== null;
    const lists = () => site.pages().filter((page) => /^\/(?:[a-z]{2}\/)?find-help\/.+\/$/.test(page.url) && page.document.querySelector('#service-list > li[data-filter-item]') !== null);

    it('offers exactly the areas of the local help on the page, each counting every entry it would show', () => {
      let offered = 0;
      const wrong = lists().flatMap((page) => {
        const entries = page.document.querySelectorAll('#service-list > li[data-filter-item]').map((li) => (li.getAttribute('data-facet-area') ?? '').split(' ').filter(Boolean));
        const local = entries.filter((areas) => !areaIds.every((id) => areas.includes(id)));
        const expected = new Set(local.flat());
        const select = page.document.querySelector('form[data-filter-form] select[name="area"]');
        if (!select) {
          // No area filter: the list is split into pages (see the next test), or is of one area, or its local help is in at most one area.
          return isSplit(page) || expected.size <= 1 || page.url.includes('/in/') ? [] : [`${page.url}: no area filter, but local help in ${expected.size} areas`];
        }
        const options = select.querySelectorAll('option').filter((option) => option.getAttribute('value'));
        offered += options.length;
        const values = options.map((option) => option.getAttribute('value')!);
        const problems = values.filter((value) => !expected.has(value)).map((value) => `${page.url}: offers ${value}, where only help for every area is`);
        problems.push(...[...expected].filter((value) => !values.includes(value)).map((value) => `${page.url}: does not offer ${value}`));
        for (const option of options) {
          const value = option.getAttribute('value')!;
          const shown = entries.filter((areas) => areas.includes(value)).length;
          if (!option.text.includes(`(${shown})`)) problems.push(`${page.url}: ${value} says "${option.text}", but ${shown} entries show`);
        }
        return problems;
      });
      expect(offered, 'some list offers an area filter').toBeGreaterThan(0);
      expect(wrong.slice(0, 20), `${wrong.length} wrong`).toEqual([]);
    });

    // On page 2 of 5, a filter could only hide entries of that page, and "Showing 3 of 16" would
    // read as the whole list. The lists that narrow it down are the way to fewer entries there.
    it('offers no instant filter on a list split into pages', () => {
      const split = lists().filter(isSplit);
      expect(split.length, 'some list is split into pages').toBeGreaterThan(0);
      const filtered = split.filter((page) => page.document.querySelector('form[data-filter-form]') !== null).map((page) => page.url);
      expect(filtered.slice(0, 20), `${filtered.length} split lists with a filter`).toEqual([]);
    });
  });
