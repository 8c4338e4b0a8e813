/**
 * The few facts a champion can tick at the end of the triage, and how soon each need is.
 * They decide which places on the referral card the person can use. They live only in the
 * page's memory: nothing is stored or sent.
 */
import { defineVocabulary } from '../vocabulary/define.ts';

/** How soon the person needs something. The referral card puts the most urgent need first. */
export const urgencies = defineVocabulary([
  { id: 'this-week', label: 'This week' },
  { id: 'this-month', label: 'In the next month' },
  { id: 'no-rush', label: 'No rush' },
]);

export type UrgencyId = (typeof urgencies.ids)[number];

/** How soon a need is when no answer says: most needs can wait a few weeks, but not long. */
export const DEFAULT_URGENCY: UrgencyId = 'this-month';

/** Age bands a champion can ask about without asking for an exact age. Each covers min to max, in years. */
export const ageBands = defineVocabulary([
  { id: 'under-16', label: 'Under 16', min: 0, max: 15 },
  { id: '16-18', label: '16 to 18', min: 16, max: 18 },
  { id: '19-24', label: '19 to 24', min: 19, max: 24 },
  { id: '25-49', label: '25 to 49', min: 25, max: 49 },
  { id: '50-59', label: '50 to 59', min: 50, max: 59 },
  { id: '60-plus', label: '60 or over', min: 60, max: 120 },
]);

export type AgeBandId = (typeof ageBands.ids)[number];

/**
 * What the champion knows about the person. A fact left out was not asked: places that depend
 * on it stay on the card, with a note to check who can use them.
 */
export interface PersonFacts {
  readonly ageBand?: AgeBandId;
  /** The id of the housing provider they rent their home from, or null for none of the site's. */
  readonly rentsFrom?: string | null;
  /** Whether they live in the site's area (like Northmere). */
  readonly livesInArea?: boolean;
  /** Whether they get benefits, like Universal Credit or Pension Credit. */
  readonly onBenefits?: boolean;
}
