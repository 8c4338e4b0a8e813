/**
 * What the site search holds for one listing. Listings go into the search index from the
 * checked content, not from their built pages, so the index can be written while Astro is
 * still building pages (see scripts/build.ts). The record carries what someone would search
 * for: the name, what the help is, who runs it, where it is and the description.
 */
import type { Service } from '../../schemas/service.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';
import { addressLine, areasServed, isAvailable } from './listing.ts';
import { routes } from '../routes.ts';
import { markdownToPlainText } from '../safe-markdown.ts';

import { HELP_SEARCH_TYPE } from '../search/help-type.ts';

export { HELP_SEARCH_TYPE };

export interface ServiceSearchRecord {
  /** The listing's id, as in content/services/<id>.yaml. */
  readonly id: string;
  /** The listing's page, from the site's root: the search page adds the base it is published under. */
  readonly url: string;
  /** Plain text that is searched and that search excerpts are cut from. */
  readonly content: string;
  readonly meta: { readonly title: string };
  readonly filters: { readonly type: string[]; readonly area: string[]; readonly kind: string[] };
  /** The ids of the areas it serves, to put it in each area's search index on a large directory. */
  readonly areas: string[];
  /**
   * The listing in short, besides its name: its summary, kinds of help, who runs it and where. On
   * a large directory, a search with no area chosen looks through this (see src/lib/search/listing-shelves.ts).
   */
  readonly short: string;
}

export interface SearchRecordContext {
  /** Every area id, in the order the site lists them. */
  readonly areaIds: readonly string[];
  readonly areaName: (id: string) => string;
  readonly organisationName: (id: string) => string;
}

/** The search record for a listing, or nothing if it is not available (closed listings are not searched). */
export function serviceSearchRecord(entry: { readonly id: string; readonly data: Service }, context: SearchRecordContext): ServiceSearchRecord | undefined {
  const service = entry.data;
  if (!isAvailable(service)) return undefined;
  const areas = areasServed(service, context.areaIds);
  const places = (service.locations ?? []).map((location) => [`${location.name}, ${addressLine(location)}. Area: ${context.areaName(location.area)}.`, ...(location.accessibility ?? [])].join(' '));
  // The kinds of help in words, so a listing is found by what it is ("Borrow a laptop or tablet"), not only by how it is described.
  const kinds = service.kinds.map((kind) => `${kindsOfHelp.label(kind)}: ${kindsOfHelp.find(kind)?.description ?? ''}`);
  const content = [service.name, service.summary, ...kinds, `Run by ${context.organisationName(service.organisation)}.`, ...places, markdownToPlainText(service.description)].join('\n');
  const where = areas.length === context.areaIds.length && areas.length > 1 ? 'Every area' : areas.map(context.areaName).join(', ');
  const short = [service.summary, service.kinds.map((kind) => kindsOfHelp.label(kind)).join('. ') + '.', `Run by ${context.organisationName(service.organisation)}.`, where ? `Where: ${where}.` : '']
    .join(' ')
    .trim();
  return {
    id: entry.id,
    url: routes.service(entry.id),
    content,
    meta: { title: service.name },
    filters: { type: [HELP_SEARCH_TYPE], area: areas.map(context.areaName), kind: service.kinds.map((kind) => kindsOfHelp.label(kind)) },
    areas,
    short,
  };
}
