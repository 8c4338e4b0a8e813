/**
 * The sitemap's links from each page to its versions in the other languages (hreflang
 * alternates), for @astrojs/sitemap.
 *
 * @astrojs/sitemap can add these itself (its `i18n` option), but it finds a page's versions by
 * comparing the page with every page of the site. That grows with the square of the number of
 * pages: at 25,000 listings (176,000 pages) it took about 53 s of the build, after every page was
 * written. This gives the same links (the same versions, in the same order, with the same
 * language names) by grouping the pages once: `filter` sees every page first, and `serialize`
 * then adds each page's links. astro.config.mjs passes both to the sitemap.
 */

/** One version of a page, as the sitemap names it. */
export interface SitemapLanguageLink {
  readonly url: string;
  readonly lang: string;
}

/** What the sitemap passes to `serialize` (the fields used here). */
export interface SitemapItem {
  readonly url: string;
  readonly links?: readonly SitemapLanguageLink[];
}

/** The `filter` and `serialize` options for @astrojs/sitemap. */
export interface SitemapLanguageOptions {
  /** Notes each page, and leaves out each language's error pages (404, 500), as @astrojs/sitemap does for the site's own. */
  filter(url: string): boolean;
  /** The page's entry, with its versions in every language it has (none when it has only one). */
  serialize<T extends SitemapItem>(item: T): T & { readonly links?: readonly SitemapLanguageLink[] };
}

/** How @astrojs/sitemap orders its pages, and so the versions of each page. */
const sitemapOrder = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

const ERROR_PAGES = new Set(['404', '500']);

/**
 * `siteUrl` is the site's address with its base path ("https://example.org/digital/").
 * `locales` maps each language's folder ("cy") to the language the sitemap names
 * ("cy"; "en-GB" for English), with `defaultLocale` ("en") at the site's root.
 */
export function sitemapLanguageOptions(siteUrl: string, defaultLocale: string, locales: Readonly<Record<string, string>>): SitemapLanguageOptions {
  /** A page's address without its language folder, and its language; undefined for an address outside the site. */
  const versionOf = (url: string): { path: string; locale: string } | undefined => {
    if (!url.startsWith(siteUrl)) return undefined;
    let rest = url.slice(siteUrl.length);
    if (!rest || rest === '/') return { path: '/', locale: defaultLocale };
    if (!rest.startsWith('/')) rest = `/${rest}`;
    const first = rest.split('/')[1]!;
    if (Object.hasOwn(locales, first)) return { path: rest.slice(1 + first.length) || '/', locale: first };
    return { path: rest, locale: defaultLocale };
  };
  const pages: string[] = [];
  let linksByUrl: Map<string, readonly SitemapLanguageLink[]> | undefined;

  const linkPages = () => {
    const versions = new Map<string, { url: string; locale: string }[]>();
    for (const url of pages) {
      const version = versionOf(url);
      if (!version) continue;
      const group = versions.get(version.path);
      if (group) group.push({ url, locale: version.locale });
      else versions.set(version.path, [{ url, locale: version.locale }]);
    }
    const links = new Map<string, readonly SitemapLanguageLink[]>();
    for (const group of versions.values()) {
      if (group.length < 2) continue;
      const groupLinks = group.sort((a, b) => sitemapOrder(a.url, b.url)).map(({ url, locale }) => ({ url, lang: locales[locale]! }));
      for (const { url } of group) links.set(url, groupLinks);
    }
    return links;
  };

  return {
    filter(url) {
      const version = versionOf(url);
      if (version && ERROR_PAGES.has(version.path.replace(/^\/|\/$/g, ''))) return false;
      pages.push(url);
      return true;
    },
    serialize(item) {
      linksByUrl ??= linkPages();
      const links = linksByUrl.get(item.url);
      return links ? { ...item, links } : item;
    },
  };
}
