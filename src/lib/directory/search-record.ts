/**
 * What the site search holds for one listing. Listings go into the search index from the
 * checked content, not from their built pages, so the index can be written while Astro is
 * still building pages (see scripts/build.ts). The record carries what someone would search
 * for: the name, what the help is, who runs it, where it is and the description.
 *
 * Each listing has one record per language, in that language's index (Pagefind keeps one
 * index per language, and a page searches the one of its own language): the words of the
 * language, the listing's translated summary and description where it has them (its English
 * ones where not), and the address of its page in that language.
 */
import type { Service } from '../../schemas/service.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';
import { addressLine, areasServed, isAvailable } from './listing.ts';
import { routes } from '../routes.ts';
import { markdownToPlainText } from '../safe-markdown.ts';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../i18n/languages.ts';
import { inLanguage } from '../i18n/paths.ts';
import { termDescription, termLabel } from '../i18n/terms.ts';
import { translator } from '../i18n/translate.ts';
import { translatedField } from '../i18n/translated-fields.ts';
import { searchIndexLanguage } from '../search/index-language.ts';

import { HELP_SEARCH_TYPE } from '../search/help-type.ts';
import { areaFilters } from '../search/area-mark.ts';

export { HELP_SEARCH_TYPE };

export interface ServiceSearchRecord {
  /** The listing's id, as in content/services/<id>.yaml. */
  readonly id: string;
  /** The listing's page in the record's language, from the site's root: the search page adds the base it is published under. */
  readonly url: string;
  /** The language of the index the record goes in, as Pagefind names it (the page's lang, in lower case: "en-gb", "cy"). */
  readonly language: string;
  /** Plain text that is searched and that search excerpts are cut from. */
  readonly content: string;
  readonly meta: { readonly title: string };
  /** The type, the areas' names and marks (src/lib/search/area-mark.ts) and the kinds of help. */
  readonly filters: { readonly type: string[]; readonly area: string[]; readonly kind: string[]; readonly [areaMark: string]: string[] };
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

/** The search record for a listing in a language (English by default), or nothing if it is not available (closed listings are not searched). */
export function serviceSearchRecord(
  entry: { readonly id: string; readonly data: Service },
  context: SearchRecordContext,
  code: string = DEFAULT_LANGUAGE,
  plainText: (markdown: string) => string = markdownToPlainText,
): ServiceSearchRecord | undefined {
  const service = entry.data;
  if (!isAvailable(service)) return undefined;
  const t = translator(code);
  const areas = areasServed(service, context.areaIds);
  const places = (service.locations ?? []).map((location) =>
    [`${location.name}, ${addressLine(location)}. ${t('search.record.area', { area: context.areaName(location.area) })}`, ...(location.accessibility ?? [])].join(' '),
  );
  // The kinds of help in words, so a listing is found by what it is ("Borrow a laptop or tablet"), not only by how it is described.
  const kinds = service.kinds.map((kind) => `${termLabel(t, 'kindsOfHelp', kind)}: ${termDescription(t, 'kindsOfHelp', kind) ?? ''}`);
  const summary = translatedField(service.translations, code, 'summary', service.summary)!.text;
  const description = translatedField(service.translations, code, 'description', service.description)!.text;
  const runBy = t('search.record.runBy', { organisation: context.organisationName(service.organisation) });
  const content = [service.name, summary, ...kinds, runBy, ...places, plainText(description)].join('\n');
  const where = areas.length === context.areaIds.length && areas.length > 1 ? t('search.record.everyArea') : areas.map(context.areaName).join(', ');
  const short = [summary, service.kinds.map((kind) => termLabel(t, 'kindsOfHelp', kind)).join('. ') + '.', runBy, where ? t('search.record.where', { areas: where }) : ''].join(' ').trim();
  return {
    id: entry.id,
    url: inLanguage(t.language.code, routes.service(entry.id)),
    language: searchIndexLanguage(t.language.code),
    content,
    meta: { title: service.name },
    // The filters' values stay the same in every language (the search page shows its own words for the type).
    filters: { type: [HELP_SEARCH_TYPE], ...areaFilters(areas, context.areaName), kind: service.kinds.map((kind) => kindsOfHelp.label(kind)) },
    areas,
    short,
  };
}

/** A listing's records, one for each language the site is published in (none if it is not available). */
export function serviceSearchRecords(entry: { readonly id: string; readonly data: Service }, context: SearchRecordContext): ServiceSearchRecord[] {
  // A description not translated is the English one in every language: made plain text once.
  const plain = new Map<string, string>();
  const plainText = (markdown: string) => plain.get(markdown) ?? plain.set(markdown, markdownToPlainText(markdown)).get(markdown)!;
  return LANGUAGES.map((language) => serviceSearchRecord(entry, context, language.code, plainText)).filter((record): record is ServiceSearchRecord => record !== undefined);
}
