/**
 * What comes out of the printer: printable sheets and service pages printed to A4 PDFs by
 * Chromium and read back with pdf.js. Paper shows none of the screen's text (the large-print
 * link, "use your browser's Print command", "Open now"), gives a way to get in touch for every
 * entry, and packs the entries densely, with no half-empty pages.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { useBrowserOnBuiltSite } from '../support/browser.ts';

const site = useBrowserOnBuiltSite();

/**
 * The least entries an A4 page of an area's sheet holds, on the first page (under the heading) and
 * on every later page but the last, in standard and large print. Before the sheets were packed the
 * Eastbrook sheet held 3 and 5 entries (1 and 3 in large print).
 */
const ENTRIES_PER_PAGE = { standard: { first: 5, later: 6 }, large: { first: 2, later: 3 } };
/**
 * How far down the page the lowest line on every page but the last must reach: no half-empty
 * pages. An entry is not split across pages, so a page ends short by up to one entry: about a
 * sixth of a page in standard print, and a third in large print.
 */
const FILLED = { standard: 0.8, large: 0.65 };

interface PdfPage {
  /** The page's text, with no spaces, so words split across lines still match. */
  readonly flat: string;
  /** How far down the page its lowest line of text reaches, from 0 (top) to 1 (bottom). */
  readonly reach: number;
}

/** Each page of a PDF: its text and how far down it is filled. */
async function pdfPages(pdf: Uint8Array): Promise<PdfPage[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: PdfPage[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const height = page.getViewport({ scale: 1 }).height;
    const items = (await page.getTextContent()).items.flatMap((item) => ('str' in item && item.str.trim() !== '' ? [item] : []));
    const lowest = Math.min(...items.map((item) => item.transform[5] as number));
    pages.push({
      flat: items
        .map((item) => item.str)
        .join('')
        .replace(/\s+/g, ''),
      reach: 1 - lowest / height,
    });
  }
  return pages;
}

const flat = (text: string) => text.replace(/\s+/g, '');

async function printed(path: string, options: { javaScript?: boolean } = {}): Promise<{ page: Page; pages: PdfPage[]; names: string[]; close: () => Promise<void> }> {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  const page = await context.newPage();
  await page.goto(`${site.origin}${path}`);
  const names = await page.locator('.sheet-entry h2').allTextContents();
  const pages = await pdfPages(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
  return { page, pages, names, close: () => context.close() };
}

/** How many entries start on each page, by their names. */
const entriesPerPage = (pages: readonly PdfPage[], names: readonly string[]) => pages.map((page) => names.filter((name) => page.flat.includes(flat(name))).length);

describe('a printed sheet', () => {
  it('prints none of the screen-only text, in standard or large print', async () => {
    for (const path of ['/print/in/eastbrook/', '/print/in/eastbrook/#large-print']) {
      const { pages, close } = await printed(path);
      const text = pages.map((page) => page.flat).join('');
      for (const screenOnly of ['Large print version', 'Standard print version', "Use your browser's Print command", 'Print this page'])
        expect(text, `${path}: ${screenOnly}`).not.toContain(flat(screenOnly));
      await close();
    }
  });

  it("prints an entry with no phone number with its email address and website, and each service's place in the sheet's area", async () => {
    const { pages, close } = await printed('/print/in/eastbrook/');
    const text = pages.map((page) => page.flat).join('');
    expect(text).toContain(flat('Ask the Eastbrook Community Trust by email'));
    expect(text).toContain(flat('Email help@eastbrooktrust.example'));
    expect(text).toContain(flat('www.eastbrooktrust.example/ask-us'));
    // The Northmere Homes drop-in is at Hawthorn House in Eastbrook, on Tuesdays; Meadow Court is in Oakley Green.
    expect(text).toContain(flat('Hawthorn Road, Northmere NM3 5HH'));
    expect(text).not.toContain(flat('Meadow Court'));
    await close();
  });

  it(`packs at least ${ENTRIES_PER_PAGE.standard.later} entries (${ENTRIES_PER_PAGE.large.later} in large print) on every full A4 page of an area's sheet, and leaves no half-empty page on any sheet`, async () => {
    const report: string[] = [];
    const wrong: string[] = [];
    // The area sheets are counted in entries; a kind's sheet has entries with several places, so only how full its pages are is checked.
    for (const [path, print, counted] of [
      ['/print/in/town-centre/', 'standard', true],
      ['/print/in/eastbrook/', 'standard', true],
      ['/print/drop-in-help/', 'standard', false],
      ['/print/in/town-centre/#large-print', 'large', true],
      ['/print/in/eastbrook/#large-print', 'large', true],
    ] as const) {
      const { pages, names, close } = await printed(path);
      await close();
      const counts = entriesPerPage(pages, names);
      report.push(`${path}: ${counts.join(', ')} entries on ${pages.length} pages; filled to ${pages.map((page) => page.reach.toFixed(2)).join(', ')}`);
      // Every entry is printed, each on one page.
      if (counts.reduce((a, b) => a + b, 0) !== names.length) wrong.push(`${path}: ${counts.reduce((a, b) => a + b, 0)} of ${names.length} entries found`);
      if (pages.length < 2) wrong.push(`${path} fits on one page: too short to measure`);
      for (const [index, page] of pages.slice(0, -1).entries()) {
        const least = index === 0 ? ENTRIES_PER_PAGE[print].first : ENTRIES_PER_PAGE[print].later;
        if (counted && (counts[index] ?? 0) < least) wrong.push(`${path} page ${index + 1}: ${counts[index]} entries, fewer than ${least}`);
        if (page.reach < FILLED[print]) wrong.push(`${path} page ${index + 1}: filled to ${page.reach.toFixed(2)} of its height, less than ${FILLED[print]}`);
      }
    }
    console.log(report.join('\n'));
    expect(wrong).toEqual([]);
  });
});

describe('a printed service page', () => {
  it('does not print whether the place is open now, or the links to share and report', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/services/library-tablet-loans/`);
    // On screen, with JavaScript, the page says whether each place is open now.
    await expect.poll(() => page.locator('[data-open-now]').first().isVisible()).toBe(true);
    const text = (await pdfPages(await page.pdf({ format: 'A4' }))).map((p) => p.flat).join('');
    expect(text).toContain(flat('Northmere Central Library'));
    for (const screenOnly of ['Open now', 'Closed now', 'Send this by text message', 'Report a problem']) expect(text, screenOnly).not.toContain(flat(screenOnly));
    await context.close();
  });
});
