import { defineVocabulary } from './define.ts';

/** Groups of people that services, courses and case studies are for. */
export const audiences = defineVocabulary([
  { id: 'everyone', label: 'Everyone' },
  { id: 'older-people', label: 'Older people' },
  { id: 'young-people', label: 'Young people' },
  { id: 'families', label: 'Families with children' },
  { id: 'disabled-people', label: 'Disabled people' },
  { id: 'people-on-low-incomes', label: 'People on low incomes' },
  { id: 'job-seekers', label: 'People looking for work' },
  { id: 'social-housing-tenants', label: 'Social housing tenants' },
  { id: 'carers', label: 'Carers' },
  { id: 'refugees-and-migrants', label: 'Refugees and migrants' },
  { id: 'small-businesses', label: 'Small businesses and charities' },
  { id: 'frontline-staff', label: 'Frontline staff and volunteers' },
]);

/** What a case study is about. */
export const themes = defineVocabulary([
  { id: 'devices', label: 'Devices' },
  { id: 'connectivity', label: 'Connectivity and data' },
  { id: 'skills', label: 'Skills and learning' },
  { id: 'digital-champions', label: 'Digital Champions' },
  { id: 'partnership', label: 'Partnership working' },
  { id: 'strategy', label: 'Strategy and planning' },
  { id: 'accessibility', label: 'Accessibility' },
  { id: 'online-safety', label: 'Online safety' },
  { id: 'money', label: 'Saving money' },
  { id: 'employment', label: 'Work and jobs' },
  { id: 'health', label: 'Health' },
  { id: 'housing', label: 'Housing' },
]);

/** Kinds of organisation that take part. */
export const organisationKinds = defineVocabulary([
  { id: 'council', label: 'Council' },
  { id: 'library', label: 'Library' },
  { id: 'housing-association', label: 'Housing association' },
  { id: 'charity', label: 'Charity or community group' },
  { id: 'jobcentre', label: 'Jobcentre' },
  { id: 'health', label: 'Health service' },
  { id: 'education', label: 'School, college or adult education' },
  { id: 'business', label: 'Business' },
  { id: 'partnership', label: 'Partnership or network' },
  { id: 'government', label: 'Government body' },
]);

export type AudienceId = (typeof audiences.ids)[number];
export type ThemeId = (typeof themes.ids)[number];
export type OrganisationKindId = (typeof organisationKinds.ids)[number];
