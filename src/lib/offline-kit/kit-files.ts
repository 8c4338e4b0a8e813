/**
 * Which built files go in the offline kit: the part every area shares, and one area's part.
 * Worked out from the built site (dist/) after Astro has written every page, so the kit holds
 * exactly the pages, styles and scripts that were built, whatever the content.
 *
 * Shared by every area: the Digital Champions pages (every training module, lesson and
 * certificate, progress, the triage tool and its data, the prompt card), the offline kit page,
 * the offline page, the near-me page and its index of map squares, the shortlist and referral
 * pages when the site has them, the icon and the web app manifest.
 * One area's part: the triage tool's file for the area, every page of the area's lists of help
 * (all help in the area, and each kind of help in the area), the page of every listing those
 * lists link to (and its file for the shortlist page), every part of the area's print sheet, the map squares (near-me places files)
 * that hold the area's places and the squares around them, and the postcode district files with
 * a postcode in those squares.
 * Each part also holds the styles and scripts its pages load (and the scripts those import),
 * except those the shared part already holds.
 *
 * Paths here are files under dist/ with "/" between folders, like "services/x/index.html".
 */
import { cellBounds, cellOf } from '../near/grid.ts';
import { decodeCell } from '../near/places-data.ts';
import { nearWordsPath } from '../near/paths.ts';
import { readDistrictFile } from '../postcodes/district-file.ts';
import { shortlistEntryPath } from '../shortlist/paths.ts';
import { cardWordsPath } from '../referral/card-words.ts';
import { routes } from '../routes.ts';
import { ANY, builtFileShape } from '../route-shape.ts';
import { manifestPath } from './paths.ts';

/** The built site, as the kit planner reads it (a folder on disk, or a few files in a test). */
export interface BuiltFiles {
  /** Every file under dist/, like "services/x/index.html". */
  readonly paths: readonly string[];
  /** A file's text. */
  read(path: string): string;
  /** The base the site is published at, like "/" or "/hub/". */
  readonly base: string;
}

/** The file that a page's address is built to: "/services/x/" → "services/x/index.html"; "/a.json" → "a.json". */
export function fileOfUrl(url: string): string {
  const path = url.replace(/^\//, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** The address a file is served at, from the site's root: "services/x/index.html" → "/services/x/"; "a.json" → "/a.json". */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What is worked out once per built site, not once per area (a national site has about 100
 * areas and 50,000 files): the set of its files, and its list and print sheet pages by area.
 */
interface SiteIndex {
  readonly existing: ReadonlySet<string>;
  readonly lists: ReadonlyMap<string, string[]>;
  readonly prints: ReadonlyMap<string, string[]>;
}
const indexes = new WeakMap<BuiltFiles, SiteIndex>();
function indexOf(site: BuiltFiles): SiteIndex {
  let index = indexes.get(site);
  if (!index) {
    const lists = new Map<string, string[]>();
    const prints = new Map<string, string[]>();
    const add = (map: Map<string, string[]>, area: string, path: string) => map.set(area, [...(map.get(area) ?? []), path]);
    for (const path of site.paths) {
      const list = /^find-help\/(?:[^/]+\/)?in\/([^/]+)\/(?:page\/\d+\/)?index\.html$/.exec(path);
      if (list) add(lists, list[1]!, path);
      const print = /^print\/(?:[^/]+\/)?in\/([^/]+)\/(?:part\/\d+\/)?index\.html$/.exec(path);
      if (print) add(prints, print[1]!, path);
    }
    index = { existing: new Set(site.paths), lists, prints };
    indexes.set(site, index);
  }
  return index;
}

/** Every area that has a kit: one for each area the triage tool has a file for (every area of the site). */
export function kitAreas(site: BuiltFiles): string[] {
  return site.paths
    .map((path) => /^champions\/triage\/areas\/([^/]+)\.json$/.exec(path)?.[1])
    .filter((area): area is string => area !== undefined)
    .sort();
}

/** The pages and data files every area's kit shares (without styles and scripts: see withAssets). */
export function sharedKitFiles(site: BuiltFiles): string[] {
  const wanted = [
    routes.champions(),
    routes.progress(),
    routes.module(ANY),
    routes.lesson(ANY, ANY),
    routes.certificate(ANY),
    routes.triage(),
    routes.triagePromptCard(),
    routes.triageTool(),
    // The triage tool's list of areas (the search page's too).
    routes.searchAreas(),
    // The referral card's words in each language the champion can choose for it.
    cardWordsPath(ANY),
    routes.offlineKit(),
    routes.offlineFallback(),
    routes.nearMe(),
    routes.nearPlacesIndex(),
    nearWordsPath(),
    routes.shortlist(),
    routes.referral(),
    '/favicon.svg',
    manifestPath(),
  ].map(builtFileShape);
  return site.paths.filter((path) => wanted.some((pattern) => pattern.test(path))).sort();
}

/** The pages of the area's lists: all help in the area and each kind of help in the area, every page of each. */
export function areaListFiles(site: BuiltFiles, area: string): string[] {
  return [...(indexOf(site).lists.get(area) ?? [])].sort();
}

/** The listing pages that the area's lists link to. */
export function areaListingFiles(site: BuiltFiles, listFiles: readonly string[]): string[] {
  const base = escapeRegExp(site.base.endsWith('/') ? site.base : `${site.base}/`);
  const link = new RegExp(`href="${base}(services/[^/"#?]+/)"`, 'g');
  const found = new Set<string>();
  for (const file of listFiles) for (const match of site.read(file).matchAll(link)) found.add(`${match[1]}index.html`);
  const { existing } = indexOf(site);
  return [...found].filter((path) => existing.has(path)).sort();
}

/** The shortlist page's file for each of the listings (so a shortlist of them shows offline), where the site has one. */
export function areaShortlistFiles(site: BuiltFiles, listingFiles: readonly string[]): string[] {
  const { existing } = indexOf(site);
  return listingFiles
    .map((file) => /^services\/([^/]+)\/index\.html$/.exec(file)?.[1])
    .filter((id): id is string => id !== undefined)
    .map((id) => fileOfUrl(shortlistEntryPath(id)))
    .filter((path) => existing.has(path))
    .sort();
}

/** Every part of the area's print sheet, and of the sheets for a kind of help in the area. */
export function areaPrintFiles(site: BuiltFiles, area: string): string[] {
  return [...(indexOf(site).prints.get(area) ?? [])].sort();
}

/** The places files (map squares) of the site, by square name. */
function placesFiles(site: BuiltFiles): Map<string, string> {
  return new Map(
    site.paths.map((path) => [/^find-help\/near\/places\/(-?\d+_-?\d+)\.json$/.exec(path)?.[1], path] as const).filter((entry): entry is readonly [string, string] => entry[0] !== undefined),
  );
}

/** The squares next to a square (and itself): the 3 × 3 block around it. */
export function squaresAround(cell: string): string[] {
  cellBounds(cell); // throws if this is not a square's name
  const [row, column] = cell.split('_').map(Number) as [number, number];
  const around: string[] = [];
  for (let dRow = -1; dRow <= 1; dRow++) for (let dColumn = -1; dColumn <= 1; dColumn++) around.push(`${row + dRow}_${column + dColumn}`);
  return around;
}

/** What the near-me files tell about the whole site, read once for every area. */
export interface NearFiles {
  /** Each square's file and the listing pages (addresses from the root, like "/services/x/") with a place in it. */
  readonly squares: ReadonlyMap<string, { readonly file: string; readonly listings: ReadonlySet<string> }>;
  /** Each postcode district's file and the squares its postcodes are in. */
  readonly districts: ReadonlyMap<string, { readonly file: string; readonly squares: ReadonlySet<string> }>;
}

/** Reads every places file and postcode district file once. */
export function readNearFiles(site: BuiltFiles): NearFiles {
  const stripBase = (path: string) => (path.startsWith(site.base) ? `/${path.slice(site.base.length)}`.replace(/^\/\//, '/') : path);
  const squares = new Map<string, { file: string; listings: Set<string> }>();
  for (const [cell, file] of placesFiles(site)) {
    squares.set(cell, { file, listings: new Set(decodeCell(JSON.parse(site.read(file))).map((listing) => stripBase(listing.path))) });
  }
  const districts = new Map<string, { file: string; squares: Set<string> }>();
  for (const file of site.paths.filter((path) => /^postcodes\/[A-Z0-9]+\.json$/.test(path))) {
    const places = readDistrictFile(JSON.parse(site.read(file)));
    districts.set(file.slice('postcodes/'.length, -'.json'.length), { file, squares: new Set([...places.values()].map((place) => cellOf(place))) });
  }
  return { squares, districts };
}

/** The near-me files of an area's kit: the squares with a place of its listings and the squares around them, and the postcode districts with a postcode in those squares. */
export function areaNearFiles(near: NearFiles, listingFiles: readonly string[]): string[] {
  const listings = new Set(listingFiles.map(urlOfFile));
  const home = [...near.squares].filter(([, square]) => [...square.listings].some((listing) => listings.has(listing))).map(([cell]) => cell);
  const squares = new Set(home.flatMap(squaresAround));
  const squareFiles = [...squares].flatMap((cell) => {
    const square = near.squares.get(cell);
    return square ? [square.file] : [];
  });
  const districtFiles = [...near.districts.values()].filter((district) => [...district.squares].some((cell) => squares.has(cell))).map((district) => district.file);
  return [...squareFiles, ...districtFiles].sort();
}

/** The pages and data files of one area's kit (without styles and scripts: see withAssets). */
export function areaKitFiles(site: BuiltFiles, area: string, near: NearFiles = readNearFiles(site)): string[] {
  const lists = areaListFiles(site, area);
  const listings = areaListingFiles(site, lists);
  const triage = `champions/triage/areas/${area}.json`;
  return [
    ...(indexOf(site).existing.has(triage) ? [triage] : []),
    ...lists,
    ...listings,
    ...areaShortlistFiles(site, listings),
    ...areaPrintFiles(site, area),
    ...areaNearFiles(near, listings),
  ].sort();
}

/**
 * The styles and scripts the given pages load: stylesheets and scripts named in each HTML
 * page (under the site's base), and every script those scripts import, and so on.
 */
export function assetsOf(site: BuiltFiles, files: readonly string[]): string[] {
  const base = escapeRegExp(site.base.endsWith('/') ? site.base : `${site.base}/`);
  const inHtml = new RegExp(`<(?:script|link)\\b[^>]*\\b(?:src|href)="${base}([^"?#]+\\.(?:js|css))"`, 'g');
  const { existing } = indexOf(site);
  const found = new Set<string>();
  const waiting: string[] = [];
  const add = (path: string) => {
    if (!existing.has(path) || found.has(path)) return;
    found.add(path);
    if (path.endsWith('.js')) waiting.push(path);
  };
  // Scripts import each other by relative address: import{a}from"./x.js", import "./x.js", import(`./x.js`);
  // the bundler also lists what a script loaded later needs by its address from the base ("_astro/x.js"),
  // and a script's own address for loading it later is written in full ("/_astro/x.js", under the base),
  // in a script file or in a small script inside the page.
  const imports = /(?:\bfrom|\bimport)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
  const fromBase = new RegExp(`["'\`](?:${base})?(_astro/[^"'\`]+\\.(?:js|css))["'\`]`, 'g');
  for (const file of files.filter((path) => path.endsWith('.html'))) {
    const html = site.read(file);
    for (const match of html.matchAll(inHtml)) add(match[1]!);
    for (const match of html.matchAll(fromBase)) add(match[1]!);
  }
  while (waiting.length > 0) {
    const script = waiting.pop()!;
    const folder = script.includes('/') ? script.slice(0, script.lastIndexOf('/') + 1) : '';
    const text = site.read(script);
    for (const match of text.matchAll(imports)) add(new URL(match[1]!, `https://x/${folder}`).pathname.slice(1));
    for (const match of text.matchAll(fromBase)) add(match[1]!);
  }
  return [...found].sort();
}

/** The files of the shared part and of one area's part, each with the styles and scripts its pages need. */
export interface KitPlan {
  readonly shared: readonly string[];
  readonly areas: ReadonlyMap<string, readonly string[]>;
}

/** The whole kit: the shared part, and each area's part. */
export function planKit(site: BuiltFiles): KitPlan {
  const sharedPages = sharedKitFiles(site);
  const shared = [...sharedPages, ...assetsOf(site, sharedPages)].sort();
  const inShared = new Set(shared);
  const near = readNearFiles(site);
  const areas = new Map(
    kitAreas(site).map((area) => {
      const pages = areaKitFiles(site, area, near);
      return [area, [...pages, ...assetsOf(site, pages).filter((path) => !inShared.has(path))].sort()] as const;
    }),
  );
  return { shared, areas };
}
