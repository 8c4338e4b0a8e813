/**
 * The checks the "Share your work" form makes in the browser before it writes a file. Lengths
 * and required fields come from the case study schema itself (as HTML maxlength and required);
 * these are the rules HTML cannot express, written with the same functions the content check uses.
 */
import { findUnsafeMarkdown } from '../content-check/markdown-safety.ts';
import { isIsoDate } from '../formats.ts';
import type { CaseStudyInput } from './case-study-file.ts';

export interface FormProblem {
  /** The id of the form field (or fieldset) the problem is about. */
  readonly field: string;
  readonly message: string;
}

export function checkCaseStudyInput(input: CaseStudyInput): FormProblem[] {
  const problems: FormProblem[] = [];
  if (!input.title.trim()) problems.push({ field: 'title', message: 'Enter a title' });
  if (!input.summary.trim()) problems.push({ field: 'summary', message: 'Enter a short summary' });
  if (!input.organisation) problems.push({ field: 'organisation', message: 'Choose your organisation' });
  if (input.places.filter((p) => p.trim()).length === 0) problems.push({ field: 'places', message: 'Enter at least one place, like a town or county' });
  if (!isIsoDate(input.date)) problems.push({ field: 'date', message: 'Enter a real date' });
  if (input.cs.length === 0) problems.push({ field: 'cs', message: "Choose at least one of the 9 C's" });
  if (input.themes.length === 0) problems.push({ field: 'themes', message: 'Choose at least one theme' });
  if (input.audiences.length === 0) problems.push({ field: 'audiences', message: 'Choose who the work helped' });
  input.outcomes.forEach((o, i) => {
    const started = o.label.trim() || o.unit.trim() || Number.isFinite(o.value);
    if (started && !(o.label.trim() && Number.isFinite(o.value) && o.unit.trim())) {
      problems.push({ field: `outcome-${i + 1}-label`, message: `Outcome ${i + 1}: fill in what was counted, the number and the unit, or leave all three empty` });
    }
  });
  if (!input.source.title.trim()) problems.push({ field: 'source-title', message: 'Enter the title of your source' });
  if (!input.source.publisher.trim()) problems.push({ field: 'source-publisher', message: 'Enter who published the source' });
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
