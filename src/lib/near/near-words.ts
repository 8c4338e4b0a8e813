/**
 * The near-me script's words in a language, from the catalogue: written to a words file per
 * language (src/pages/[...lang]/find-help/near/words.json.ts) that the script fetches with the
 * first search, so the script carries no words of its own and the page pays nothing for them.
 */
import { DEFAULT_LANGUAGE } from '../i18n/languages.ts';
import { openNowWords } from '../i18n/hours-words.ts';
import { shortlistWords } from '../i18n/shortlist-words.ts';
import type { PluralCategory, PluralMessage } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translate.ts';
import type { NearWords } from './words.ts';

export function nearWords(t: Translator): NearWords {
  const code = t.language.code;
  return {
    locale: t.language.locale,
    prefix: code === DEFAULT_LANGUAGE ? '' : `${code}/`,
    noTimes: t('browse.near.noTimes'),
    noPlaceKind: t('browse.near.noPlace.kind'),
    noPlaceKindLink: t('browse.near.noPlace.kindLink'),
    noPlaceArea: t('browse.near.noPlace.area'),
    noPlaceAreaLink: t('browse.near.noPlace.areaLink'),
    noPlaceNone: t('browse.near.noPlace.none'),
    chooseArea: t('browse.near.chooseArea'),
    empty: t('browse.near.empty'),
    emptyLike: t('browse.near.emptyLike'),
    partial: t('browse.near.partial'),
    partialLike: t('browse.near.partialLike'),
    finding: t('browse.near.finding'),
    notFound: t('browse.near.notFound'),
    locating: t('browse.near.locating'),
    denied: t('browse.near.denied'),
    noLocation: t('browse.near.noLocation'),
    you: t('browse.near.you'),
    foundNone: t('browse.near.foundNone'),
    foundMore: t('browse.near.foundMore'),
    foundOne: t('browse.near.foundOne'),
    foundAll: t('browse.near.foundAll'),
    kindChosen: t('browse.near.kindChosen'),
    openOnly: t('browse.near.openOnly'),
    tryBoth: t('browse.near.tryBoth'),
    tryOpen: t('browse.near.tryOpen'),
    tryKind: t('browse.near.tryKind'),
    milesAway: t('browse.near.milesAway'),
    veryClose: t('browse.near.veryClose'),
    otherPlaces: pluralForms(t, 'browse.otherPlaces'),
    openNow: openNowWords(t),
    shortlist: shortlistWords(t),
  };
}

/** Every plural form the language has for a key (the script picks one with Intl.PluralRules). */
function pluralForms(t: Translator, key: 'browse.otherPlaces'): PluralMessage {
  const rules = new Intl.PluralRules(t.language.locale);
  // t.plural for a number of each category the language uses, with {count} kept as a placeholder.
  const sample: Partial<Record<PluralCategory, number>> = {};
  for (let n = 0; n <= 200 && Object.keys(sample).length < rules.resolvedOptions().pluralCategories.length; n++) sample[rules.select(n) as PluralCategory] ??= n;
  return { ...Object.fromEntries(Object.entries(sample).map(([category, n]) => [category, t.plural(key, n, { count: '{count}' })])), other: t(key) } as PluralMessage;
}
