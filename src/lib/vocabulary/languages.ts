import { defineVocabulary } from './define.ts';

/**
 * Languages that help can be given in, by ISO 639 code (the codes Open Referral uses; British Sign Language is `bfi`).
 * Add a language here when a partner needs it.
 */
export const languages = defineVocabulary([
  { id: 'en', label: 'English' },
  { id: 'ar', label: 'Arabic' },
  { id: 'bn', label: 'Bengali' },
  { id: 'zh', label: 'Chinese' },
  { id: 'fa', label: 'Farsi' },
  { id: 'fr', label: 'French' },
  { id: 'gu', label: 'Gujarati' },
  { id: 'hi', label: 'Hindi' },
  { id: 'ku', label: 'Kurdish' },
  { id: 'ps', label: 'Pashto' },
  { id: 'pl', label: 'Polish' },
  { id: 'pt', label: 'Portuguese' },
  { id: 'pa', label: 'Punjabi' },
  { id: 'ro', label: 'Romanian' },
  { id: 'so', label: 'Somali' },
  { id: 'es', label: 'Spanish' },
  { id: 'ti', label: 'Tigrinya' },
  { id: 'uk', label: 'Ukrainian' },
  { id: 'ur', label: 'Urdu' },
  { id: 'cy', label: 'Welsh' },
  { id: 'bfi', label: 'British Sign Language' },
]);

export type LanguageId = (typeof languages.ids)[number];
