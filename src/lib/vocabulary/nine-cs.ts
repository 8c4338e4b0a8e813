import { defineVocabulary } from './define.ts';

/**
 * Birmingham's "9 C's" model for delivering digital inclusion
 * ("Delivering Digital Inclusion: A Shared Vision for a Smarter City", Birmingham, c. 2013).
 * The descriptions are our own short summaries.
 */
export const nineCs = defineVocabulary([
  { id: 'customer', label: 'Customer', description: 'Know who your customers are, what they need and how they reach you today.' },
  { id: 'channel', label: 'Channel', description: 'Offer services through the ways people can and want to use, not only online.' },
  { id: 'choice', label: 'Choice', description: 'Let people choose digital because it is better for them, and keep other routes open.' },
  { id: 'cost', label: 'Cost', description: 'Bring down what devices, data and broadband cost the people who need them.' },
  { id: 'connectivity', label: 'Connectivity', description: 'Make sure people can get online at home and in public places.' },
  { id: 'communication', label: 'Communication', description: 'Tell people, in words and places they trust, what help there is and why it matters.' },
  { id: 'capability', label: 'Capability', description: 'Help people build the skills and confidence to do things online for themselves.' },
  { id: 'content', label: 'Content', description: 'Make online services and information simple, useful and accessible.' },
  { id: 'champion', label: 'Champion', description: 'Train and back the people who help others get online.' },
]);

export type NineCId = (typeof nineCs.ids)[number];
