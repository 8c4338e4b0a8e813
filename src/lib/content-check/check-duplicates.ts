/**
 * Checks values that must be different across a whole kind of content: two listings with the
 * same externalId, two signatory files for one organisation, two guides for one C, two modules
 * (or two lessons in a module, or two triage questions) with the same order number.
 */
import type { Collection } from '../../content-model/content-types.ts';
import type { ContentEntry, LoadedContent } from './entries.ts';
import { errorAt, locateInEntry, type Problem } from './problem.ts';

/** Reports each entry whose value (within its group, if any) an earlier entry already has. */
function duplicateValues<C extends Collection>(
  entries: readonly ContentEntry<C>[],
  field: string,
  pick: (entry: ContentEntry<C>) => string | number | undefined,
  message: (value: string | number, first: ContentEntry<C>) => string,
  group?: (entry: ContentEntry<C>) => string,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, ContentEntry<C>>();
  for (const entry of entries) {
    const value = pick(entry);
    if (value === undefined) continue;
    const key = `${group ? group(entry) : ''}|${value}`;
    const first = seen.get(key);
    if (first) {
      const { line, path } = locateInEntry(entry, [field]);
      problems.push(errorAt(entry.file, message(value, first), line, path));
    } else seen.set(key, entry);
  }
  return problems;
}

export function checkDuplicates(content: LoadedContent): Problem[] {
  return [
    ...duplicateValues(
      content.entriesOf('services'),
      'externalId',
      // Ids that differ only in capital letters are the same id (the import and export agree).
      (e) => e.data.externalId?.toLowerCase(),
      (_v, first) => `Another listing (${first.file}) has the same externalId "${first.data.externalId}" (ids that differ only in capital letters count as the same). Each listing must have its own.`,
    ),
    ...duplicateValues(
      content.entriesOf('signatories'),
      'organisation',
      (e) => e.data.organisation,
      (v, first) => `${v} has already signed in ${first.file}. Keep one file per organisation.`,
    ),
    ...duplicateValues(
      content.entriesOf('guides'),
      'c',
      (e) => e.data.c,
      (v, first) => `${first.file} is already the guide for "${v}". Each C has one guide.`,
    ),
    ...duplicateValues(
      content.entriesOf('modules'),
      'order',
      (e) => e.data.order,
      (v, first) => `${first.file} also has order ${v}. Give each module its own number.`,
    ),
    ...duplicateValues(
      content.entriesOf('lessons'),
      'order',
      (e) => e.data.order,
      (v, first) => `${first.file} also has order ${v}. Give each lesson in a module its own number.`,
      (e) => e.id.split('/')[0] ?? '',
    ),
    ...duplicateValues(
      content.entriesOf('triageQuestions'),
      'order',
      (e) => e.data.order,
      (v, first) => `${first.file} also has order ${v}. Give each question its own number.`,
    ),
  ];
}
