import { z } from 'astro/zod';
import { nineCs } from '../lib/vocabulary/index.ts';
import { isoDate, LIST_MAX, someOf, sourceReference, text, tooMany } from './fields.ts';

const columnSchema = z.strictObject({
  name: text({ max: 60 }).describe('The column heading exactly as it is in data.csv.'),
  label: text({ max: 120 }).describe('What the column means, as readers see it.'),
  type: z.enum(['text', 'number', 'year'], { error: 'Use text, number or year.' }).describe('text, number or year. Every value in the column is checked against it.'),
});

/** The description of a data set (`content/datasets/<id>/meta.yaml`); the figures are in `data.csv` beside it. */
export const datasetMetaSchema = z
  .strictObject({
    title: text({ max: 120 }).describe('The title of the data set.'),
    description: text({ max: 600 }).describe('What the figures show and why they matter.'),
    source: sourceReference().describe('Where the figures come from.'),
    licence: text({ max: 60 }).describe('The licence the figures are shared under, like "OGL v3".'),
    geography: text({ max: 120 }).describe('The places the figures cover, like "Birmingham and England".'),
    period: text({ max: 60 }).describe('The time the figures cover, like "2018 to 2019".'),
    units: text({ max: 60 }).describe('What the numbers count, like "% of adults".'),
    published: isoDate().describe('When the data set was added or last updated here, as YYYY-MM-DD.'),
    cs: someOf(nineCs, "one of the 9 C's", { min: 0 }).optional().describe("Which of the 9 C's the figures relate to."),
    columns: z.array(columnSchema).min(2, { error: 'Describe at least two columns.' }).max(LIST_MAX, tooMany(LIST_MAX)).describe('Each column in data.csv, in order.'),
    chart: z
      .strictObject({
        type: z.enum(['bar', 'line'], { error: 'Use bar or line.' }).describe('bar or line.'),
        x: text({ max: 60 }).describe('The column for the categories or years along the bottom.'),
        y: z
          .array(text({ max: 60 }))
          .min(1)
          .max(LIST_MAX, tooMany(LIST_MAX))
          .describe('The number columns to draw.'),
        description: text({ max: 600 }).describe('What the chart shows, in words, for people who cannot see it.'),
      })
      .describe('How to draw the chart.'),
  })
  .superRefine((meta, context) => {
    const names = new Set(meta.columns.map((column) => column.name));
    if (!names.has(meta.chart.x)) {
      context.addIssue({ code: 'custom', path: ['chart', 'x'], message: `"${meta.chart.x}" is not one of the columns. Use one of: ${[...names].join(', ')}.` });
    }
    meta.chart.y.forEach((name, index) => {
      const column = meta.columns.find((c) => c.name === name);
      if (!column) {
        context.addIssue({ code: 'custom', path: ['chart', 'y', index], message: `"${name}" is not one of the columns. Use one of: ${[...names].join(', ')}.` });
      } else if (column.type !== 'number') {
        context.addIssue({ code: 'custom', path: ['chart', 'y', index], message: `"${name}" is not a number column, so it cannot be drawn.` });
      }
    });
  });

export type DatasetMeta = z.infer<typeof datasetMetaSchema>;
export type DatasetColumn = z.infer<typeof columnSchema>;
