import { defineVocabulary } from './define.ts';

/** What a person may need (after Havering's triage work). */
export const needs = defineVocabulary([
  { id: 'connectivity-at-home', label: 'Internet at home' },
  { id: 'short-term-connectivity', label: 'Internet for a short time' },
  { id: 'device-to-keep', label: 'A device to keep' },
  { id: 'device-to-borrow', label: 'A device to borrow' },
  { id: 'device-at-a-place', label: 'A device to use at a place nearby' },
  { id: 'help-now', label: 'Help to do one thing online now' },
  { id: 'skills-for-life', label: 'Skills for everyday life' },
  { id: 'skills-for-work', label: 'Skills for work' },
]);

/** What stops people getting online (Birmingham's list of causes). */
export const barriers = defineVocabulary([
  { id: 'cost', label: 'Cost' },
  { id: 'skills', label: 'Skills' },
  { id: 'access', label: 'Access to a device or the internet' },
  { id: 'confidence', label: 'Confidence and motivation' },
  { id: 'trust', label: 'Trust and fear of crime' },
]);

export type NeedId = (typeof needs.ids)[number];
export type BarrierId = (typeof barriers.ids)[number];
