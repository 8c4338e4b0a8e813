/**
 * How the build keeps the memory of Astro's process down (scripts/build.ts starts it with these).
 *
 * The heap's limit. Left to itself, Node lets a heap grow to about 4 GB on this machine before it
 * collects hard, and Astro's does: at 10,000 listings its live data after each full collection
 * was only 340 to 480 MB, but the build's memory peaked at 3.2 to 3.3 GB. Held to 1.5 GB, the
 * same build peaked at 2.3 GB in the same time (201 s and 202 s). The limit grows with the
 * directory (1.5 GB for every 10,000 listings, never less than 1.5 GB), so a larger directory's
 * live data, which grows with it, always has room: at 25,000 it is 3.75 GB, about what Node
 * allows anyway.
 *
 * The bundler's memory. Astro bundles the site's code with Rolldown, whose memory comes from its
 * own allocator (mimalloc), outside the JavaScript heap. mimalloc gives memory that was freed back
 * to the system only after a delay, the next time it is called; the bundler is not called again
 * once the pages start, so at 10,000 listings about 400 MB stayed with Astro for the whole page
 * build, of which about half was already free. Returned at once (a purge delay of 0), Astro's
 * memory over the first 90 s of the page build was 190 MB lower on average (1,244 against
 * 1,437 MB), with the same number of pages built in that time.
 */
const MB_PER_10_000_LISTINGS = 1536;

/**
 * How much the heap may grow past what Astro keeps, before V8 collects again: 100% (twice its
 * live data). Left to choose, V8 lets a large heap grow to four times its live data: at 25,000
 * listings Astro kept about 610 MB early in the page build, and in one build without this its
 * heap's pages held 2,157 MB at that point, which took Astro alone over 3.3 GB. Held to twice, the
 * heap was 1.2 to 1.3 GB then, and about 1.6 GB near the end, as what Astro keeps grows with the
 * pages it has built. Two builds with it took 558.7 and 560.7 s, against 602.0 and 527.6 s for
 * two without it the same evening: no slower that the machine could show.
 */
const HEAP_GROWING_PERCENT = 100;

/** The heap limit for Astro's process, in MB (Node's --max-old-space-size), for a directory of `listings`. */
export function astroHeapLimitMB(listings: number): number {
  return Math.max(MB_PER_10_000_LISTINGS, Math.ceil((Math.max(0, listings) / 10_000) * MB_PER_10_000_LISTINGS));
}

/** Node's options for Astro's process, for a directory of `listings`: its heap's limit, and how far the heap grows between collections. */
export function astroNodeOptions(listings: number): string[] {
  return [`--max-old-space-size=${astroHeapLimitMB(listings)}`, `--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
}

/** Environment variables for Astro's process: the bundler's allocator returns freed memory at once. */
export const ASTRO_ALLOCATOR_SETTINGS: Readonly<Record<string, string>> = { MIMALLOC_PURGE_DELAY: '0' };
