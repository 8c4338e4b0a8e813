/**
 * When the directory is large, listings are searched area by area: one small search index for
 * everything else, and one for each area's services, so the first search stays light. Below
 * this many listings, there is one index for the whole site.
 */
export const SPLIT_SEARCH_ABOVE = 2000;

export function searchSplitThreshold(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.SEARCH_SPLIT_ABOVE);
  return Number.isInteger(value) && value >= 0 ? value : SPLIT_SEARCH_ABOVE;
}

/** The folder, under the site, of one area's search index of services. */
export function areaSearchBundle(area: string): string {
  return `pagefind-areas/${area}/`;
}
