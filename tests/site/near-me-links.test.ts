/**
 * The way to "Find help near you" (the near-me page) is on the home page, the find-help page and
 * every list of help; a list of one kind of help opens the near-me page with that kind chosen.
 * Walks every list page of both built sites.
 */
import { describe, expect, it } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseContentYaml } from '../../src/lib/yaml.ts';
import { EVERY_BUILT_SITE, type BuiltPage } from '../support/built-site.ts';

const LOCAL = 'https://local.invalid';

/** The near-me links on a page, as path and query, like "/find-help/near/?kind=free-wifi". */
function nearMeLinks(page: BuiltPage): string[] {
  return page.document
    .querySelectorAll('main a[href]')
    .map((a) => new URL(a.getAttribute('href')!, new URL(page.url, LOCAL)))
    .filter((url) => url.pathname.endsWith(routes.nearMe()))
    .map((url) => `${routes.nearMe()}${url.search}`);
}

/** The kind of help a list page is about, from its address (/find-help/free-wifi/ and its later pages and areas). */
function kindOfList(url: string): string | undefined {
  return kindsOfHelp.ids.find((kind) => url.includes(routes.findHelp({ kind })));
}

describe.each(EVERY_BUILT_SITE)('links to "Find help near you" on the $name', (site) => {
  const pages = () => site.pages();
  const lists = () => pages().filter((page) => page.url.includes(routes.findHelp()) && page.url !== routes.findHelp() && !page.url.includes(routes.nearMe()));

  it('the home page and the find-help page link to it', () => {
    for (const url of ['/', routes.findHelp()]) {
      const page = pages().find((candidate) => candidate.url.endsWith(url) && candidate.url.length - url.length <= 1);
      expect(page, url).toBeDefined();
      expect(nearMeLinks(page!), url).toEqual([routes.nearMe()]);
    }
  });

  it('the near-me page links to where its postcode data comes from, and the about page names it with the words its licence asks for', () => {
    const near = pages().find((page) => page.url === routes.nearMe())!;
    const link = near.document.querySelectorAll('main a[href]').find((a) => a.text.includes('postcode data'));
    expect(link?.getAttribute('href')).toMatch(new RegExp(`${routes.about()}#map-data$`));
    const folder = join(site.root, 'content', 'postcodes');
    const table = parseContentYaml(
      readFileSync(
        join(
          folder,
          readdirSync(folder).find((f) => f.endsWith('.yaml'))!,
        ),
        'utf8',
      ),
    ) as { source: string; attribution: string };
    const about = pages().find((page) => page.url.endsWith(routes.about()))!;
    const section = about.document.querySelector('#map-data')?.nextElementSibling?.text.replace(/\s+/g, ' ') ?? '';
    expect(section).toContain(table.source);
    expect(section).toContain(table.attribution.replace(/\s+/g, ' '));
  });

  it('every list of help links to it, a list of one kind of help with that kind chosen', () => {
    expect(lists().length).toBeGreaterThan(10);
    const wrong = lists().flatMap((page) => {
      const kind = kindOfList(page.url);
      const expected = kind ? `${routes.nearMe()}?kind=${kind}` : routes.nearMe();
      const found = nearMeLinks(page);
      return found.length === 1 && found[0] === expected ? [] : [`${page.url}: ${found.join(', ') || 'none'} (expected ${expected})`];
    });
    expect(wrong).toEqual([]);
  });
});
