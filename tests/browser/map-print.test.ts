/**
 * A printed sheet with its map: printed to A4 by Chromium and read back with pdf.js, the map is on
 * the first page, in its top right corner beside the heading, with every number and name it
 * shows on screen; the entries still start on the first page. In standard and large print.
 */
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useBrowserOnBuiltSite } from '../support/browser.ts';

const site = useBrowserOnBuiltSite();

/** A piece of text on a PDF page and where it is, from 0 to 1 across and down the page. */
interface PlacedText {
  readonly text: string;
  readonly across: number;
  readonly down: number;
}

async function pdfPages(pdf: Uint8Array): Promise<{ width: number; height: number; texts: PlacedText[] }[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const { width, height } = page.getViewport({ scale: 1 });
    const texts = (await page.getTextContent()).items.flatMap((item) =>
      'str' in item && item.str.trim() !== '' ? [{ text: item.str.trim(), across: (item.transform[4] as number) / width, down: 1 - (item.transform[5] as number) / height }] : [],
    );
    pages.push({ width, height, texts });
  }
  return pages;
}

describe("a printed area sheet's map", () => {
  for (const path of ['/print/in/eastbrook/', '/print/in/eastbrook/#large-print', '/print/in/town-centre/']) {
    it(`${path}: prints on the first A4 page, top right, with every dot's number and every name`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}${path}`);
      const dots = await page.locator('.sheet-map .map-dot text').allTextContents();
      const names = await page.locator('.sheet-map .map-label tspan').allTextContents();
      const firstEntry = (await page.locator('.sheet-entry h2').first().textContent())!.trim();
      const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
      await context.close();

      expect(dots.length).toBeGreaterThan(1);
      const [first] = pages;
      // A4 is 595 by 842 points.
      expect([Math.round(first!.width), Math.round(first!.height)]).toEqual([595, 842]);
      const inMapCorner = (t: PlacedText) => t.across > 0.55 && t.down < 0.45;
      for (const label of [...dots, ...names])
        expect(
          first!.texts.some((t) => t.text === label && inMapCorner(t)),
          `"${label}" in the map on page 1`,
        ).toBe(true);
      // The map is drawn once, on the first page only.
      for (const later of pages.slice(1)) expect(later.texts.filter((t) => dots.includes(t.text) && inMapCorner(t)).length).toBeLessThan(dots.length);
      expect(
        first!.texts
          .map((t) => t.text)
          .join(' ')
          .replace(/\s+/g, ''),
      ).toContain(firstEntry.replace(/\s+/g, ''));
    });
  }
});
