/**
 * Languages from other directories, which write them as codes ("pl"), three-letter codes ("pol")
 * or names ("Polish", "BSL"). We keep the ones in our list (src/lib/vocabulary/languages.ts).
 */
import { languages, type LanguageId } from '../vocabulary/index.ts';
import { looseName } from './text.ts';

/** Other ways feeds write the languages in our list. */
const ALIASES: Record<string, LanguageId> = {
  eng: 'en',
  ara: 'ar',
  ben: 'bn',
  bengali: 'bn',
  bangla: 'bn',
  zho: 'zh',
  chi: 'zh',
  mandarin: 'zh',
  cantonese: 'zh',
  fas: 'fa',
  per: 'fa',
  persian: 'fa',
  fra: 'fr',
  fre: 'fr',
  guj: 'gu',
  hin: 'hi',
  kur: 'ku',
  pus: 'ps',
  pol: 'pl',
  por: 'pt',
  pan: 'pa',
  ron: 'ro',
  rum: 'ro',
  som: 'so',
  spa: 'es',
  tir: 'ti',
  ukr: 'uk',
  urd: 'ur',
  cym: 'cy',
  wel: 'cy',
  bsl: 'bfi',
  sgn: 'bfi',
  'sign language': 'bfi',
  'british sign language bsl': 'bfi',
  'bsl british sign language': 'bfi',
};

/** Our code for a language written any of those ways, or undefined if it is not in our list. */
export function languageCode(value: string): LanguageId | undefined {
  const text = value.trim();
  const lower = text.toLowerCase();
  if (languages.has(lower)) return lower;
  const primary = /^([a-z]{2,3})[-_][a-z]{2,4}$/i.exec(text)?.[1]?.toLowerCase(); // en-GB, pa_IN
  if (primary && languages.has(primary)) return primary;
  const loose = looseName(text);
  if (Object.hasOwn(ALIASES, loose)) return ALIASES[loose];
  return languages.terms.find((term) => looseName(term.label) === loose)?.id;
}
