/**
 * Checks that what one piece of content points to exists: a service's organisation and areas,
 * a case study's partners, a signatory's pledges, a triage answer's next question, and so on.
 * The content model says what each kind points to. Entries that failed their schema are checked
 * too, as written, so that a partner sees every problem at once.
 */
import { contentFilePath, contentFolderOf, contentTypeOf, contentTypes, type Collection, type Reference, type WrittenData } from '../../content-model/content-types.ts';
import type { FoundIds, LoadedContent, WrittenEntry } from './entries.ts';
import { errorAt, locateInEntry, type Problem } from './problem.ts';

/** Where the ids of a kind that can be pointed to are written, for the message: "a file in content/services/". */
export function whereIdsAre(collection: Collection): string {
  if (contentTypeOf(collection).format === 'yaml-list') return `an id in ${contentFilePath(collection, collection)}`;
  const folder = `a file in ${contentFolderOf(collection)}/`;
  return collection === 'triageQuestions' ? `${folder} (or "end")` : folder;
}

export interface ReferenceInput {
  readonly content: LoadedContent;
  /** Entries that failed their schema, as written. */
  readonly unchecked: readonly WrittenEntry[];
  /** The ids that exist, valid or not. */
  readonly foundIds: FoundIds;
}

export function checkReferences({ content, unchecked, foundIds }: ReferenceInput): Problem[] {
  const problems: Problem[] = [];
  for (const type of contentTypes) {
    if (!type.references) continue;
    const all: WrittenEntry[] = [...content.entriesOf(type.collection), ...unchecked.filter((e) => e.collection === type.collection)];
    for (const entry of all) {
      let references: Reference[];
      try {
        references = isWritten(entry.data) ? type.references(entry.data) : [];
      } catch {
        continue; // the schema problems already explain what is wrong with this file
      }
      for (const reference of references) {
        const known = foundIds[reference.collection];
        if (known.has(reference.id)) continue;
        const { line, path } = locateInEntry(entry, reference.path);
        const sample = [...known].slice(0, 8);
        problems.push(
          errorAt(
            entry.file,
            `"${reference.id}" does not match ${whereIdsAre(reference.collection)}. Check the spelling${sample.length ? `; known ids include: ${sample.join(', ')}` : ''}.`,
            line,
            path,
          ),
        );
      }
    }
  }
  return problems;
}

/** Data read from a file that has fields (not a bare value). */
function isWritten(data: unknown): data is WrittenData {
  return data !== null && typeof data === 'object';
}
