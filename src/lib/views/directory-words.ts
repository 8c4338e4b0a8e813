/**
 * The directory's words in the reader's language: each filter's name, the words for each of its
 * values (the controlled lists' terms, src/lib/i18n/terms.ts; areas by their names), and the
 * heading of a list ("Free Wi-Fi in Eastbrook", "Wi-Fi am ddim yn Eastbrook"). English gives
 * the same words as src/lib/directory/facets.ts and listHeading in list-pages.ts.
 */
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import type { DirectoryFacet, ListPage } from '../directory/list-pages.ts';
import { termLabel, type TranslatedList } from '../i18n/terms.ts';
import type { MessageKey, Translator } from '../i18n/translate.ts';
import { costTypes } from '../vocabulary/index.ts';
import type { DirectoryWords } from './shared.ts';

/** The controlled list each filter's values come from (areas come from the site's content). */
const LIST_OF: Record<Exclude<DirectoryFacet, 'area'>, TranslatedList> = { kind: 'kindsOfHelp', cost: 'costTypes', audience: 'audiences', support: 'specificSupport', language: 'languages' };

/** An area's name: areas are named in content (in one language); "Area not known" is the site's own words. */
export function areaNameIn(t: Translator, areaName: (id: string) => string): (id: string) => string {
  return (id) => (id === AREA_NOT_KNOWN ? t('browse.areaNotKnown') : areaName(id));
}

export function directoryWordsIn(t: Translator, areaName: (id: string) => string): DirectoryWords {
  const nameOfArea = areaNameIn(t, areaName);
  return {
    facetName: {
      kind: t('browse.facet.kind'),
      area: t('browse.facet.area'),
      cost: t('browse.facet.cost'),
      audience: t('browse.facet.audience'),
      support: t('browse.facet.support'),
      language: t('browse.facet.language'),
    },
    valueLabel: (facet, value) => (facet === 'area' ? nameOfArea(value) : termLabel(t, LIST_OF[facet], value)),
  };
}

/** The heading of a list page, in plain words: "Free Wi-Fi in Eastbrook", "Help for older people". */
export function listHeadingIn(t: Translator, filters: ListPage['filters'], label: DirectoryWords['valueLabel']): string {
  const kind = filters.kind ? label('kind', filters.kind) : undefined;
  if (filters.area === AREA_NOT_KNOWN) return kind ? t('browse.heading.kindAreaNotKnown', { kind }) : t('browse.heading.areaNotKnown');
  if (kind && filters.area) return t('browse.heading.kindInArea', { kind, area: label('area', filters.area) });
  if (kind) return kind;
  if (filters.area) return t('browse.heading.area', { area: label('area', filters.area) });
  if (filters.cost) {
    const key = `browse.heading.cost.${filters.cost}`;
    return t((key in COST_HEADINGS ? key : 'browse.heading.cost.free-with-conditions') as MessageKey);
  }
  if (filters.audience) return t('browse.heading.audience', { audience: lowerFirst(label('audience', filters.audience)) });
  if (filters.support) return t('browse.heading.support', { support: lowerFirst(label('support', filters.support)) });
  if (filters.language) return t('browse.heading.language', { language: label('language', filters.language) });
  return t('browse.index.title');
}

const COST_HEADINGS = Object.fromEntries(costTypes.ids.map((id) => [`browse.heading.cost.${id}`, true]));

/** "Older people" inside a sentence: "Help for older people" (the whole label in lower case, as English lists it). */
const lowerFirst = (label: string) => label.toLowerCase();
