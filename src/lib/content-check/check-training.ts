/**
 * Checks the Digital Champion training: every lesson sits in a module folder that has a valid
 * index.mdx, every module has at least one lesson, and a module's quizzes do not give the
 * answer away by its place (no letter is right more than 40% of the time).
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
    const balance = answerPlaces(lessons.filter((lesson) => lesson.id.startsWith(`${module.id}/`)).map((lesson) => lesson.data.quiz ?? []));
    if (balance) problems.push(errorAt(module.file, balance));
  }
  return problems;
}

/** The most a single letter (A, B, C...) may hold of a module's right answers. */
export const MOST_RIGHT_ANSWERS_IN_ONE_PLACE = 0.4;
/** Fewer right answers than this are too few to judge. */
const FEWEST_ANSWERS_TO_JUDGE = 5;

/** What is wrong with where a module's right answers sit, or undefined when they are spread out. */
export function answerPlaces(quizzes: readonly (readonly { readonly options: readonly { readonly correct: boolean }[] }[])[]): string | undefined {
  const counts = new Map<number, number>();
  let total = 0;
  for (const question of quizzes.flat()) {
    question.options.forEach((option, index) => {
      if (!option.correct) return;
      counts.set(index, (counts.get(index) ?? 0) + 1);
      total++;
    });
  }
  if (total < FEWEST_ANSWERS_TO_JUDGE) return undefined;
  const [place, count] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]!;
  if (count / total <= MOST_RIGHT_ANSWERS_IN_ONE_PLACE) return undefined;
  const letter = String.fromCharCode(65 + place);
  return `In this module's quizzes, answer ${letter} is the right one ${count} times out of ${total} (${Math.round((100 * count) / total)}%). Learners can guess it. Move some right answers to other places, so that no letter is right more than ${MOST_RIGHT_ANSWERS_IN_ONE_PLACE * 100}% of the time.`;
}
