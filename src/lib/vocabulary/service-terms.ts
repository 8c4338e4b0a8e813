import { defineVocabulary } from './define.ts';

/** Whether a listing can be used now (after Open Referral UK's service status). */
export const serviceStatuses = defineVocabulary([
  { id: 'active', label: 'Open' },
  { id: 'temporarily-closed', label: 'Closed for now' },
  { id: 'inactive', label: 'Closed' },
]);

/** How the help is given (after the French "lieux de médiation numérique" lists). */
export const supportModes = defineVocabulary([
  { id: 'self-service', label: 'Use it yourself', description: 'You use the Wi-Fi, computer or device on your own. Staff can help if you ask.' },
  { id: 'one-to-one', label: 'With someone beside you', description: 'A helper sits with you.' },
  { id: 'group', label: 'In a group', description: 'You learn with other people.' },
  { id: 'remote', label: 'By phone or video', description: 'Someone helps you from somewhere else.' },
]);

/** How a person gets to use the help. */
export const accessModes = defineVocabulary([
  { id: 'walk-in', label: 'Just turn up' },
  { id: 'book', label: 'Book first' },
  { id: 'referral-only', label: 'Someone must refer you' },
  { id: 'phone-first', label: 'Phone first' },
  // Nobody here knows yet (an imported listing whose feed did not say). Never combined with the others.
  { id: 'ask-how', label: 'Ask them how to start' },
]);

/** What the help costs. */
export const costTypes = defineVocabulary([
  { id: 'free', label: 'Free' },
  { id: 'free-with-conditions', label: 'Free for some people' },
  { id: 'paid', label: 'There is a cost' },
  // Nobody here knows yet (an imported listing whose feed did not say). Never counted as free.
  { id: 'not-known', label: 'Ask about the cost' },
]);

/** Help for particular needs. */
export const specificSupport = defineVocabulary([
  { id: 'deaf-or-hard-of-hearing', label: 'Deaf or hard of hearing' },
  { id: 'sight-loss', label: 'Sight loss' },
  { id: 'learning-disability', label: 'Learning disability' },
  { id: 'low-literacy', label: 'Help with reading and writing' },
  { id: 'other-languages', label: 'Help in other languages' },
]);

export type ServiceStatusId = (typeof serviceStatuses.ids)[number];
export type SupportModeId = (typeof supportModes.ids)[number];
export type AccessModeId = (typeof accessModes.ids)[number];
export type CostTypeId = (typeof costTypes.ids)[number];
export type SpecificSupportId = (typeof specificSupport.ids)[number];

export { weekdays, type WeekdayId } from './weekdays.ts';
