/**
 * How the import compares organisations: by web address and by name. Two names are the same
 * organisation when they are the same words, whatever the capitals, spaces and punctuation
 * ("KINGSBURY LIBRARIES" is "Kingsbury Libraries"). Names that are only alike ("Kingsbury Library
 * Service" and "Kingsbury Libraries") may be one organisation or two, so the import never merges
 * them on the name alone: it reports them for a person to decide.
 */
import { webAddress } from './read-fields.ts';
import { looseName } from './text.ts';

/**
 * Websites many organisations share: a page on one of them says nothing about who runs it. An
 * organisation whose website is one of these matches another only by the same page, never by the
 * site alone.
 */
const SHARED_HOSTS: ReadonlySet<string> = new Set([
  'facebook.com',
  'm.facebook.com',
  'instagram.com',
  'twitter.com',
  'x.com',
  'linkedin.com',
  'youtube.com',
  'linktr.ee',
  'google.com',
  'sites.google.com',
  'docs.google.com',
  'forms.gle',
  'eventbrite.co.uk',
  'eventbrite.com',
  'wordpress.com',
  'wixsite.com',
  'blogspot.com',
  'justgiving.com',
  'gov.uk',
  'learnmyway.com',
  'fb.com',
  'youtu.be',
  'bit.ly',
  'goo.gl',
  'wa.me',
  'whatsapp.com',
  'nhs.uk',
]);

/** A web address as host and path, without scheme, "www.", capitals, query or trailing slash: "https://www.A.org/x/" → "a.org/x". */
export function websiteKey(address: string): string | undefined {
  const written = webAddress(address);
  if (!written) return undefined;
  const url = new URL(written);
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname
    .toLowerCase()
    .replace(/\/(index|default|home)\.(html?|php|aspx?)$/, '')
    .replace(/\/+$/, '');
  return `${host}${path}`;
}

/**
 * Whether a host name belongs to a site many organisations share, or one of its sub-domains
 * ("www.gov.uk", "assets.publishing.service.gov.uk"): a link there is not a local service's own page.
 */
export function isSharedHost(hostname: string): boolean {
  const parts = hostname.toLowerCase().replace(/\.$/, '').split('.');
  return parts.some((_, i) => SHARED_HOSTS.has(parts.slice(i).join('.')));
}

/** Whether a website key is a whole shared site ("facebook.com"), which tells us nothing about who it belongs to. */
export function isSharedSite(key: string): boolean {
  return SHARED_HOSTS.has(key);
}

/**
 * Whether the page `key` is on the website `site`: the same host, and the site's path is the page's
 * path or a folder above it ("kingsbury.gov.uk/libraries" holds "kingsbury.gov.uk/libraries/wifi").
 * A whole shared site holds nothing.
 */
export function isOnWebsite(key: string, site: string): boolean {
  if (isSharedSite(site)) return false;
  return key === site || key.startsWith(`${site}/`);
}

/** The same name: the same words, whatever the capitals, spaces and punctuation. */
export function sameName(a: string, b: string): boolean {
  const loose = looseName(a);
  return loose !== '' && loose === looseName(b);
}

/** Words that say what sort of body it is rather than which one. */
const GENERIC_WORDS: ReadonlySet<string> = new Set(['the', 'of', 'and', 'for', 'in', 'at', 'ltd', 'limited', 'cic', 'cio', 'plc', 'llp', 'service', 'team', 'department', 'dept', 'group']);

/** "libraries" → "library", "centres" → "centre". */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words of a name that tell one organisation from another. */
function nameWords(name: string): Set<string> {
  return new Set(
    looseName(name)
      .split(' ')
      .map(singular)
      .filter((word) => word && !GENERIC_WORDS.has(word)),
  );
}

/**
 * Whether two different names may be one organisation: the same telling words ("Kingsbury Library
 * Service", "Kingsbury Libraries"), or all the telling words of one (at least two of them) in the
 * other ("Age UK", "Age UK Kingsbury").
 */
export function alikeNames(a: string, b: string): boolean {
  if (sameName(a, b)) return false;
  const [small, large] = [nameWords(a), nameWords(b)].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
  if (small.size === 0) return false;
  const inside = [...small].every((word) => large.has(word));
  return inside && (small.size === large.size || small.size >= 2);
}
