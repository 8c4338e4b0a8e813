import { z } from 'astro/zod';
import { AREA_NOT_KNOWN } from '../lib/directory/area-not-known.ts';
import { idRef, text, tooMany } from './fields.ts';

/** One locality (ward, town or neighbourhood) in `content/areas.yaml`. Listings and print sheets use them. */
export const areaSchema = z.strictObject({
  id: idRef()
    .refine((id) => id !== AREA_NOT_KNOWN, { error: `"${AREA_NOT_KNOWN}" is kept for listings whose area is not known. Give this area another id, like its name.` })
    .describe('A short id that listings use to say where they are, like "eastbrook".'),
  name: text({ max: 80 }).describe('The name people know the place by, like "Eastbrook".'),
  summary: text({ max: 200 }).optional().describe('A short description of where the area is, to help people choose.'),
});

export const areasFileSchema = z.array(areaSchema, { error: 'areas.yaml should be a list of areas, each starting with "- id:".' }).max(500, tooMany(500));

export type Area = z.infer<typeof areaSchema>;
