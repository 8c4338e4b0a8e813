/**
 * Builds a case study file (front matter plus Markdown) from what a partner typed into the
 * "Share your work" form. The browser and the tests both use it, and the content check must
 * accept what it writes.
 */
import { slugify } from '../formats.ts';
import { yamlList, yamlString } from './yaml-text.ts';

export interface CaseStudyInput {
  title: string;
  summary: string;
  organisation: string;
  places: string[];
  date: string;
  period?: string;
  cs: string[];
  themes: string[];
  audiences: string[];
  outcomes: { label: string; value: number; unit: string }[];
  source: { title: string; publisher: string; url?: string; date?: string };
  consent: { namesPeople: boolean; recordedOn?: string; recordedBy?: string };
  body: string;
}

export function caseStudyFileName(title: string): string {
  return `${slugify(title) || 'case-study'}.md`;
}

export function caseStudyFile(input: CaseStudyInput): string {
  const lines = [
    '---',
    `title: ${yamlString(input.title.trim())}`,
    `summary: ${yamlString(input.summary.trim())}`,
    `organisation: ${input.organisation}`,
    'places:',
    yamlList(input.places.map((p) => p.trim()).filter(Boolean), '  '),
    `date: ${input.date}`,
  ];
  if (input.period?.trim()) lines.push(`period: ${yamlString(input.period.trim())}`);
  lines.push('cs:', yamlList(input.cs, '  '), 'themes:', yamlList(input.themes, '  '), 'audiences:', yamlList(input.audiences, '  '));
  const outcomes = input.outcomes.filter((o) => o.label.trim() && Number.isFinite(o.value) && o.unit.trim());
  if (outcomes.length) {
    lines.push('outcomes:');
    for (const o of outcomes) lines.push(`  - label: ${yamlString(o.label.trim())}`, `    value: ${o.value}`, `    unit: ${yamlString(o.unit.trim())}`);
  }
  lines.push('source:', `  title: ${yamlString(input.source.title.trim())}`, `  publisher: ${yamlString(input.source.publisher.trim())}`);
  if (input.source.url?.trim()) lines.push(`  url: ${input.source.url.trim()}`);
  if (input.source.date?.trim()) lines.push(`  date: ${input.source.date.trim()}`);
  lines.push('consent:', `  namesPeople: ${input.consent.namesPeople}`);
  if (input.consent.namesPeople) {
    if (input.consent.recordedOn) lines.push(`  recordedOn: ${input.consent.recordedOn}`);
    if (input.consent.recordedBy) lines.push(`  recordedBy: ${yamlString(input.consent.recordedBy.trim())}`);
  }
  lines.push('---', '', input.body.trim().replace(/\r\n/g, '\n'), '');
  return lines.join('\n');
}
