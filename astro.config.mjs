// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { parseContentYaml } from './src/lib/yaml.ts';
import { offlineKit } from './src/lib/offline-kit/astro-integration.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from './src/lib/i18n/languages.ts';
import { sitemapLanguageOptions } from './src/lib/i18n/sitemap-languages.ts';
import { htmlLang } from './src/lib/search/index-language.ts';

// The site's address comes from content/site.yaml, so another council changes content only.
const siteSettings = /** @type {{ baseUrl: string }} */ (parseContentYaml(readFileSync(new URL('./content/site.yaml', import.meta.url), 'utf8')));
const siteUrl = new URL(siteSettings.baseUrl);

export default defineConfig({
  site: siteUrl.origin,
  base: siteUrl.pathname,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // One stylesheet for the whole site, cached after the first page. (Inlining it into every
    // page made a 10,000-listing build write 220 MB more and take about 40% longer.)
    inlineStylesheets: 'never',
    // Pages are rendered 64 at a time: while one waits for its file to be written or its
    // Content-Security-Policy hashes, others render. At 10,000 listings this cut the page build
    // from about 30 s to about 23 s, with the same memory and byte-identical output.
    concurrency: 64,
  },
  // The search index and the open data files are written after the pages: see scripts/build.ts.
  // The offline kit (src/lib/offline-kit/) is written from the built pages, after them.
  // English at the root; each other language under its code (/cy/, /ur/, /pl/): src/lib/i18n/languages.ts.
  i18n: { defaultLocale: DEFAULT_LANGUAGE, locales: LANGUAGES.map((language) => language.code), routing: { prefixDefaultLocale: false } },
  // The sitemap names each page's versions in the other languages (hreflang alternates).
  integrations: [
    mdx(),
    // (Not with the sitemap's own i18n option: it compares every page with every other, which
    // took about 53 s at 176,000 pages. See src/lib/i18n/sitemap-languages.ts.)
    sitemap(sitemapLanguageOptions(new URL(siteUrl.pathname, siteUrl.origin).href, DEFAULT_LANGUAGE, Object.fromEntries(LANGUAGES.map((language) => [language.code, htmlLang(language.code)])))),
    offlineKit(),
  ],
  security: {
    // A Content-Security-Policy <meta> on every page. Astro hashes its own scripts and styles;
    // everything else may come only from this site. Pagefind's search needs WebAssembly
    // ('wasm-unsafe-eval') and a blob: worker: only the search page adds them, for itself
    // (src/pages/search/index.astro, with Astro.csp). frame-ancestors, HSTS and the other headers
    // come from public/_headers (a <meta> policy cannot set them; GitHub Pages ignores _headers:
    // see README.md).
    csp: {
      algorithm: 'SHA-256',
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "img-src 'self' data:", "connect-src 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
  // Each copy of the site (the shipped one, the test fixture site, the benchmark's copies) keeps
  // its own build cache, so two builds at once never share one. The same folder as
  // BUILD_CACHE_FOLDER in scripts/lib/build-cache.ts (the build keeps its search bundles there too).
  cacheDir: './.astro-cache/',
  // A listing's page whose content did not change since the last build is copied from that build
  // (its cacheKey: src/lib/page-cache-key.ts), so a change to one listing rebuilds quickly.
  experimental: { incrementalBuild: true },
  vite: {
    build: {
      rollupOptions: {
        // MDX pages carry Astro's "use astro:head-inject" directive; the bundler warns that it
        // may not keep it, and Astro handles it itself. Other warnings still show.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
