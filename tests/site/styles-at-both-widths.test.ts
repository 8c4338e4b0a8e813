/**
 * The accessibility sweep checks every page at 320 px, and only a sample of each template's pages
 * again at 1280 px (sweepPlan in tests/support/page-check.ts). That is enough only while the
 * styles change nothing between the two widths but the layout: if a rule for one width hid or
 * showed a part of a page, or changed a colour, some pages would show something at 1280 px that
 * only the sample had been checked with. This reads every style of each built site that depends on
 * the window's width, and fails on any such declaration that is not one known below; and for each
 * known one, checks that the sweep's wide sample holds a page that has it, for every shape of page
 * that does.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shapeOf, sweepPlan, SWEPT_SITES } from '../support/page-check.ts';

/**
 * The declarations that hide, show or colour something, for one width only, that the sweep's
 * sample covers, each with the class of what it hides: the 9 C's grid hides its descriptions on a
 * phone.
 */
const KNOWN = [{ declaration: '(width<=40rem) .nine-cs-text{display:none}', className: 'nine-cs-text' }];

/** Properties whose value decides whether a thing shows, or what colour it is. */
const SHOWS_OR_COLOURS = /^(display|visibility|content-visibility|opacity|clip|clip-path|color|background|background-color|background-image|border-color|outline-color|fill|stroke)$/;

/** A block that applies at some sizes of window only (@media, @container). */
const CONDITIONAL = /@(?:media|container)/g;
/** Such a block whose rules hold declarations only (no block inside a rule), as the site's minified CSS writes them. */
const FLAT_BLOCK = /@(?:media|container)([^{]*)\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g;

/** "(condition) selector{property:value}" for each such declaration in a width-dependent block, and how many blocks were read. */
function widthOnlyDeclarations(css: string): { found: string[]; blocksRead: number } {
  const found: string[] = [];
  let blocksRead = 0;
  for (const block of css.matchAll(FLAT_BLOCK)) {
    blocksRead += 1;
    const condition = block[1]!.trim();
    if (!/width|inline-size/.test(condition) && !block[0].startsWith('@container')) continue;
    for (const rule of block[2]!.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      for (const declaration of rule[2]!.split(';')) {
        const property = declaration.split(':')[0]!.trim();
        if (SHOWS_OR_COLOURS.test(property)) found.push(`${condition} ${rule[1]!.trim()}{${declaration.trim()}}`);
      }
    }
  }
  return { found, blocksRead };
}

for (const { site, everyPage } of SWEPT_SITES)
  describe(`styles for one window width change only the layout, ${site.name}`, () => {
    const sheets = readdirSync(join(site.dist, '_astro')).filter((file) => file.endsWith('.css'));
    const styles = [
      ...sheets.map((file) => ({ where: `_astro/${file}`, css: readFileSync(join(site.dist, '_astro', file), 'utf8') })),
      ...site.pages().flatMap((page) => [...page.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({ where: page.file, css: match[1]! }))),
    ];
    const read = styles.map((style) => ({ ...style, ...widthOnlyDeclarations(style.css) }));

    it('reads every @media and @container block of every style sheet and page (none is skipped unread)', () => {
      const unread = read.filter(({ css, blocksRead }) => (css.match(CONDITIONAL) ?? []).length !== blocksRead).map(({ where }) => where);
      expect(unread, 'a block this test cannot read (a block inside a rule?): read it here before trusting the rest').toEqual([]);
      expect(read.reduce((sum, { blocksRead }) => sum + blocksRead, 0)).toBeGreaterThan(0);
    });

    it('hides, shows or colours nothing at one width only, in any style sheet or page, but what the sweep knows', () => {
      const known = KNOWN.map(({ declaration }) => declaration);
      const unknown = read.flatMap(({ where, found }) => found.filter((declaration) => !known.includes(declaration)).map((declaration) => `${where}: ${declaration}`));
      expect(
        unknown,
        'A style for one window width hides, shows or colours something. The accessibility sweep checks only a sample of pages at 1280 px, so either make the style change only the layout, or check every page at both widths (tests/support/page-check.ts, sweepPlan), or, if the sample covers it, add it to KNOWN here.',
      ).toEqual([]);
      // Each known one is still there: if it goes, take it out of KNOWN.
      expect(read.flatMap(({ found }) => found)).toEqual(expect.arrayContaining(known));
    });

    it('has, in the 1280 px sample, a page with what each known style hides on a phone, for every shape of page that has it', () => {
      const wide = sweepPlan(site.dist, everyPage).bothWidths;
      for (const { className } of KNOWN) {
        const has = new RegExp(`class="[^"]*\\b${className}\\b`);
        const showing = new Set(
          site
            .pages()
            .filter((page) => has.test(page.html))
            .map((page) => page.url),
        );
        expect(showing.size, `pages with .${className}`).toBeGreaterThan(0);
        const sampled = new Set(wide.filter((path) => showing.has(path)).map(shapeOf));
        const uncovered = [...new Set([...showing].map(shapeOf))].filter((shape) => !sampled.has(shape));
        expect(uncovered, `shapes of page with .${className} that have no page with it in the 1280 px sample`).toEqual([]);
      }
    });
  });
