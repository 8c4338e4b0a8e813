/**
 * Small, forgiving readers for fields of JSON we did not write: a field may be missing, null,
 * a number where text was expected, or an object where a list was expected.
 */
import { oneLine, plainText } from './text.ts';

export type Json = Record<string, unknown>;

/** The value as an object, or an empty object. */
export function obj(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

/** The value as a list of objects (a single object counts as a list of one). Other items are left out. */
export function list(value: unknown): Json[] {
  const items = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  return items.filter((item): item is Json => typeof item === 'object' && item !== null && !Array.isArray(item));
}

/** Text on one line with HTML removed, or "". */
export function line(value: unknown): string {
  return oneLine(value);
}

/** Text that may have paragraphs, with HTML removed, or "". */
export function paragraphs(value: unknown): string {
  return plainText(value);
}

/** A description as the feed wrote it, HTML and all, or "": the mapping makes it safe Markdown (html-to-markdown.ts). */
export function richText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** An id as text: feeds use strings or numbers. */
export function idText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
}

/** A number, also from text like "12"; undefined if there is none. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** Comma-separated text ("MO,TU") or a list, as a list of trimmed non-empty texts. */
export function textItems(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(idText).filter(Boolean);
  if (typeof value === 'number') return [String(value)];
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * A web address people can open: http(s) with a real host name. A bare domain ("stmarks.org.uk",
 * "www.stmarks.org.uk/warm") gets https:// in front. Anything else (javascript:, a bare word, an
 * email address) gives undefined.
 */
export function webAddress(value: string): string | undefined {
  const trimmed = value.trim();
  const bareDomain = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(trimmed);
  const withScheme = bareDomain ? `https://${trimmed}` : trimmed;
  try {
    const url = new URL(withScheme);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') ? withScheme : undefined;
  } catch {
    return undefined;
  }
}

/** An address_1 written over several lines (our export joins lines with ",\n") becomes those lines. */
export function addressLines(...parts: unknown[]): string[] {
  return parts
    .flatMap((part) => paragraphs(part).split('\n'))
    .map((item) => item.trim().replace(/,$/, '').trim())
    .filter(Boolean);
}

/** The fields of a place that v1 and v3 feeds write the same way: its name, address and map position. */
export function placeFields(location: Json, address: Json) {
  return {
    name: line(location.name),
    addressLines: addressLines(address.address_1, address.address_2),
    town: line(address.city),
    region: line(address.region),
    postcode: line(address.postal_code),
    latitude: location.latitude,
    longitude: location.longitude,
  };
}
