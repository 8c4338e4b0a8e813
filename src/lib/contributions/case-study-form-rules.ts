/**
 * The checks the "Share your work" form makes in the browser before it writes a file. Which
 * fields must be filled in, and how long a place may be, come from case-study-limits.ts, which the
 * case study schema uses too (a test proves the required fields are the schema's own), so the form
 * and the content check cannot disagree. Lengths of the other fields are HTML maxlength, read from
 * the schema by the page. The other rules use the same functions the content check uses.
 * Nothing here loads the schema itself, so the form's script stays small.
 */
import { findUnsafeMarkdown } from '../content-check/markdown-safety.ts';
import { isIsoDate } from '../formats.ts';
import { CASE_STUDY_LIMITS, CASE_STUDY_REQUIRED_FIELDS } from './case-study-limits.ts';
import type { CaseStudyInput } from './case-study-file.ts';

export interface FormProblem {
  /** The id of the form field (or fieldset) the problem is about. */
  readonly field: string;
  readonly message: string;
}

/** The form fields that fill in a field of the case study schema, by their ids. */
export const CASE_STUDY_FORM_FIELDS = [
  'title',
  'summary',
  'organisation',
  'places',
  'date',
  'period',
  'cs',
  'themes',
  'audiences',
  'outcomes',
  'source-title',
  'source-publisher',
  'source-url',
  'source-date',
] as const;

export type CaseStudyFormField = (typeof CASE_STUDY_FORM_FIELDS)[number];

/** Whether the schema needs this field filled in. */
export function isRequired(field: CaseStudyFormField): boolean {
  return CASE_STUDY_REQUIRED_FIELDS.some((required) => required === field);
}

/** The longest a place may be: the schema's limit for each place. */
export const PLACE_LIMIT = CASE_STUDY_LIMITS.place;

export function checkCaseStudyInput(input: CaseStudyInput): FormProblem[] {
  const problems: FormProblem[] = [];
  const missing = (field: CaseStudyFormField, empty: boolean, message: string) => {
    if (empty && isRequired(field)) problems.push({ field, message });
  };
  missing('title', !input.title.trim(), 'Enter a title');
  missing('summary', !input.summary.trim(), 'Enter a short summary');
  missing('organisation', !input.organisation, 'Choose your organisation');
  const places = input.places.map((p) => p.trim()).filter(Boolean);
  missing('places', places.length === 0, 'Enter at least one place, like a town or county');
  if (places.some((place) => place.length > PLACE_LIMIT)) problems.push({ field: 'places', message: `Keep each place to ${PLACE_LIMIT} characters or fewer` });
  if (input.date.trim() ? !isIsoDate(input.date) : isRequired('date')) problems.push({ field: 'date', message: 'Enter a real date' });
  missing('cs', input.cs.length === 0, "Choose at least one of the 9 C's");
  missing('themes', input.themes.length === 0, 'Choose at least one theme');
  missing('audiences', input.audiences.length === 0, 'Choose who the work helped');
  input.outcomes.forEach((o, i) => {
    const started = o.label.trim() || o.unit.trim() || Number.isFinite(o.value);
    if (started && !(o.label.trim() && Number.isFinite(o.value) && o.unit.trim())) {
      problems.push({ field: `outcome-${i + 1}-label`, message: `Outcome ${i + 1}: fill in what was counted, the number and the unit, or leave all three empty` });
    }
  });
  missing('source-title', !input.source.title.trim(), 'Enter the title of your source');
  missing('source-publisher', !input.source.publisher.trim(), 'Enter who published the source');
  if (input.source.url && !/^https?:\/\/[^\s/$.?#].[^\s]*$/i.test(input.source.url.trim())) problems.push({ field: 'source-url', message: 'Enter a web address that starts with https://' });
  if (input.source.date && !isIsoDate(input.source.date)) problems.push({ field: 'source-date', message: 'Enter a real date for the source, or leave it empty' });
  if (input.consent.namesPeople) {
    if (!input.consent.recordedOn || !isIsoDate(input.consent.recordedOn)) problems.push({ field: 'consent-date', message: 'Enter the date consent was recorded' });
    if (!input.consent.recordedBy?.trim()) problems.push({ field: 'consent-team', message: 'Enter the team that keeps the consent record' });
    else if (/@/.test(input.consent.recordedBy)) problems.push({ field: 'consent-team', message: 'Enter a team, not an email address' });
  }
  if (!input.body.trim()) problems.push({ field: 'body', message: 'Write your case study' });
  for (const unsafe of findUnsafeMarkdown(input.body)) problems.push({ field: 'body', message: `Line ${unsafe.line}: ${unsafe.message}` });
  return problems;
}
