/**
 * Checks the Digital Champion training: every lesson sits in a module folder that has a valid
 * index.mdx, and every module has at least one lesson.
 */
import type { FoundIds, LoadedContent } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

export function checkTraining(content: LoadedContent, foundIds: FoundIds): Problem[] {
  const problems: Problem[] = [];
  const lessons = content.entriesOf('lessons');
  for (const lesson of lessons) {
    const moduleId = lesson.id.split('/')[0] ?? '';
    if (!foundIds.modules.has(moduleId)) problems.push(errorAt(lesson.file, `This lesson's folder has no valid index.mdx describing the module "${moduleId}". Add one.`));
  }
  for (const module of content.entriesOf('modules')) {
    const count = lessons.filter((lesson) => lesson.id.startsWith(`${module.id}/`)).length;
    if (count < 1) problems.push(errorAt(module.file, 'This module has no lessons. Add at least one lesson file beside index.mdx.'));
  }
  return problems;
}
