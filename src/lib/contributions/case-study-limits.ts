/**
 * How long each text field of a case study may be, in characters, and which fields must be
 * filled in. The case study schema (src/schemas/case-study.ts) uses these numbers, and so does the
 * "Share your work" form in the browser. This file has no code from the schema library, so the
 * form's script stays small; tests/unit/case-study-form-rules.test.ts proves the list of required
 * fields is the schema's own.
 */
export const CASE_STUDY_LIMITS = {
  title: 120,
  summary: 300,
  place: 80,
  period: 80,
  outcomeLabel: 120,
  outcomeUnit: 40,
} as const;

/** The form fields (by id) whose schema field must be filled in. */
export const CASE_STUDY_REQUIRED_FIELDS = ['title', 'summary', 'organisation', 'places', 'date', 'cs', 'themes', 'audiences', 'source-title', 'source-publisher'] as const;
