/**
 * How much JavaScript heap the build lets Astro use. Left to itself, Node lets a heap grow to
 * about 4 GB on this machine before it collects hard, and Astro's does: at 10,000 listings its
 * live data after each full collection was only 340 to 480 MB, but the build's memory peaked at
 * 3.2 to 3.3 GB. Held to 1.5 GB, the same build peaked at 2.3 GB in the same time (201 s and 202 s).
 * The limit grows with the directory (1.5 GB for every 10,000 listings, never less than 1.5 GB), so
 * a larger directory's live data, which grows with it, always has room: at 25,000 it is 3.75 GB,
 * about what Node allows anyway.
 */
const MB_PER_10_000_LISTINGS = 1536;

/** The heap limit for Astro's process, in MB (Node's --max-old-space-size), for a directory of `listings`. */
export function astroHeapLimitMB(listings: number): number {
  return Math.max(MB_PER_10_000_LISTINGS, Math.ceil((Math.max(0, listings) / 10_000) * MB_PER_10_000_LISTINGS));
}
