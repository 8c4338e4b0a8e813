import { defineVocabulary } from './define.ts';

/** The Essential Digital Skills framework (Department for Education, 2018, updated 2022). */
export const edsAreas = defineVocabulary([
  { id: 'communicating', label: 'Communicating' },
  { id: 'handling-information', label: 'Handling information and content' },
  { id: 'transacting', label: 'Transacting' },
  { id: 'problem-solving', label: 'Problem solving' },
  { id: 'being-safe', label: 'Being safe and legal online' },
]);

export const edsLevels = defineVocabulary([
  { id: 'foundation', label: 'Foundation', description: 'The first things anyone needs, like turning on a device and using a keyboard or touch screen.' },
  { id: 'life', label: 'Skills for life', description: 'What you need to do everyday things online.' },
  { id: 'work', label: 'Skills for work', description: 'What you need to use digital tools in a job.' },
]);

export type EdsAreaId = (typeof edsAreas.ids)[number];
export type EdsLevelId = (typeof edsLevels.ids)[number];
