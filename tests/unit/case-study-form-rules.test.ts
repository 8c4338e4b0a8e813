/**
 * The "Share your work" form follows the case study schema: the fields it requires are the ones
 * the schema requires, and its limits are the schema's limits (and the page's maxlength).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { caseStudySchema } from '../../src/schemas/case-study.ts';
import { maxLengths } from '../../src/data/schema-limits.ts';
import { CASE_STUDY_LIMITS, CASE_STUDY_REQUIRED_FIELDS } from '../../src/lib/contributions/case-study-limits.ts';
import { CASE_STUDY_FORM_FIELDS, checkCaseStudyInput, isRequired, PLACE_LIMIT, type CaseStudyFormField } from '../../src/lib/contributions/case-study-form-rules.ts';
import type { CaseStudyInput } from '../../src/lib/contributions/case-study-file.ts';

const shape = caseStudySchema.shape;
/** The schema field each form field fills in. */
const SCHEMA_FIELD: Record<CaseStudyFormField, z.ZodType> = {
  title: shape.title,
  summary: shape.summary,
  organisation: shape.organisation,
  places: shape.places,
  date: shape.date,
  period: shape.period,
  cs: shape.cs,
  themes: shape.themes,
  audiences: shape.audiences,
  outcomes: shape.outcomes,
  'source-title': shape.source.shape.title,
  'source-publisher': shape.source.shape.publisher,
  'source-url': shape.source.shape.url,
  'source-date': shape.source.shape.date,
};
const schemaRequires = (field: CaseStudyFormField) => !SCHEMA_FIELD[field].safeParse(undefined).success;

const input: CaseStudyInput = {
  title: 'Laptops for North Town',
  summary: 'We gave out laptops.',
  organisation: 'example-library',
  places: ['North Town'],
  date: '2026-11-23',
  cs: ['cost'],
  themes: ['devices'],
  audiences: ['families'],
  outcomes: [],
  source: { title: 'Annual report', publisher: 'Example Library' },
  consent: { namesPeople: false },
  body: 'We did it.',
};

describe('the case study form follows the schema', () => {
  it('requires exactly the fields the schema requires', () => {
    expect(CASE_STUDY_FORM_FIELDS.filter(isRequired)).toEqual(CASE_STUDY_FORM_FIELDS.filter(schemaRequires));
    expect([...CASE_STUDY_REQUIRED_FIELDS].sort()).toEqual(CASE_STUDY_FORM_FIELDS.filter(schemaRequires).sort());
  });

  it('has a form field for every field of the schema but partners and consent (which has its own questions)', () => {
    const filled = new Set(Object.values(SCHEMA_FIELD));
    const source = new Set(Object.values(shape.source.shape));
    const notOnForm = Object.entries(shape).filter(([name, schema]) => !filled.has(schema) && !(name === 'source' && [...source].every((s) => filled.has(s))));
    expect(notOnForm.map(([name]) => name)).toEqual(['partners', 'consent']);
  });

  it("uses the schema's limits, which the page also gives as maxlength", () => {
    const max = maxLengths(caseStudySchema);
    expect({
      title: max('title'),
      summary: max('summary'),
      place: max('places.[]'),
      period: max('period'),
      outcomeLabel: max('outcomes.[].label'),
      outcomeUnit: max('outcomes.[].unit'),
    }).toEqual(CASE_STUDY_LIMITS);
    expect(PLACE_LIMIT).toBe(80);
  });

  it('stops a place the schema would refuse as too long, and a missing required field', () => {
    const long = 'N'.repeat(PLACE_LIMIT + 1);
    expect(caseStudySchema.shape.places.safeParse([long]).success).toBe(false);
    expect(checkCaseStudyInput({ ...input, places: [long], summary: ' ' })).toEqual([
      { field: 'summary', message: 'Enter a short summary' },
      { field: 'places', message: 'Keep each place to 80 characters or fewer' },
    ]);
    expect(checkCaseStudyInput({ ...input, places: ['N'.repeat(PLACE_LIMIT)] })).toEqual([]);
  });

  it('does not load the schema in the browser: the form rules import no schema code', () => {
    const source = (file: string) => readFileSync(join(import.meta.dirname, '..', '..', 'src', 'lib', 'contributions', file), 'utf8');
    expect(source('case-study-limits.ts')).not.toMatch(/^import /m);
    const imports = source('case-study-form-rules.ts')
      .split('\n')
      .filter((line) => line.startsWith('import '));
    expect(imports.filter((line) => /schemas|zod/.test(line))).toEqual([]);
  });
});
