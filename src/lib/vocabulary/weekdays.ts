import { defineVocabulary } from './define.ts';

/** Days of the week, as opening hours use them. Kept apart so the "open now" script stays small. */
export const weekdays = defineVocabulary([
  { id: 'monday', label: 'Monday' },
  { id: 'tuesday', label: 'Tuesday' },
  { id: 'wednesday', label: 'Wednesday' },
  { id: 'thursday', label: 'Thursday' },
  { id: 'friday', label: 'Friday' },
  { id: 'saturday', label: 'Saturday' },
  { id: 'sunday', label: 'Sunday' },
]);

export type WeekdayId = (typeof weekdays.ids)[number];
