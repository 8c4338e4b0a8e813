/**
 * The accessibility sweep checks every page at 320 px, and only a sample of each template's pages
 * again at 1280 px (tests/browser/accessibility.test.ts). That is enough only while the styles
 * change nothing between the two widths but the layout: if a rule for one width hid or showed a
 * part of a page, or changed a colour, some pages would show something at 1280 px that only the
 * sample had been checked with. This reads every style of each built site that depends on the
 * window's width, and fails on any such declaration that is not the one known below.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVERY_BUILT_SITE } from '../support/built-site.ts';

/**
 * The declarations that hide, show or colour something, for one width only, that the sweep's
 * sample is known to cover: the 9 C's grid hides its descriptions on a phone; the grid is the same
 * on every page that has it.
 */
const KNOWN = ['(width<=40rem) .nine-cs-text{display:none}'];

/** Properties whose value decides whether a thing shows, or what colour it is. */
const SHOWS_OR_COLOURS = /^(display|visibility|content-visibility|opacity|clip|clip-path|color|background|background-color|background-image|border-color|outline-color|fill|stroke)$/;

/** "(condition) selector{property:value}" for each such declaration in a width-dependent @media block. */
function widthOnlyDeclarations(css: string): string[] {
  const found: string[] = [];
  for (const block of css.matchAll(/@media([^{]*)\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)) {
    const condition = block[1]!.trim();
    if (!/width/.test(condition)) continue;
    for (const rule of block[2]!.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const declaration of rule[2]!.split(';')) {
        const property = declaration.split(':')[0]!.trim();
        if (SHOWS_OR_COLOURS.test(property)) found.push(`${condition} ${rule[1]!.trim()}{${declaration.trim()}}`);
      }
    }
  }
  return found;
}

for (const site of EVERY_BUILT_SITE)
  describe(`styles for one window width change only the layout, ${site.name}`, () => {
    it('hides, shows or colours nothing at one width only, in any style sheet or page, but what the sweep knows', () => {
      const sheets = readdirSync(join(site.dist, '_astro')).filter((file) => file.endsWith('.css'));
      const styles = [
        ...sheets.map((file) => ({ where: `_astro/${file}`, css: readFileSync(join(site.dist, '_astro', file), 'utf8') })),
        ...site.pages().flatMap((page) => [...page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({ where: page.file, css: match[1]! }))),
      ];
      const unknown = styles.flatMap(({ where, css }) =>
        widthOnlyDeclarations(css)
          .filter((found) => !KNOWN.includes(found))
          .map((found) => `${where}: ${found}`),
      );
      expect(
        unknown,
        'A style for one window width hides, shows or colours something. The accessibility sweep checks only a sample of pages at 1280 px, so either make the style change only the layout, or check every page at both widths (tests/browser/accessibility.test.ts), or, if the sample covers it (the same on every page of its template), add it to KNOWN here.',
      ).toEqual([]);
      // The known one is still there: if it goes, take it out of KNOWN.
      expect(styles.flatMap(({ css }) => widthOnlyDeclarations(css))).toEqual(expect.arrayContaining(KNOWN));
    });
  });
