/**
 * Checks the triage tool's content as a whole: every need and barrier the answers can show is
 * described for the referral card, and every way through the questions ends (no loops, and
 * every "next" leads to a question).
 */
import { barriers, needs } from '../vocabulary/index.ts';
import { allPaths } from '../triage/engine.ts';
import { contentFilePath, contentFolderOf } from '../../content-model/content-types.ts';
import type { FoundIds, LoadedContent } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

export function checkTriage(content: LoadedContent, foundIds: FoundIds): Problem[] {
  const problems: Problem[] = [];
  const questions = content.entriesOf('triageQuestions');
  if (questions.length > 0 || content.entriesOf('triageNeeds').length > 0) {
    const missingNeeds = needs.ids.filter((need) => !foundIds.triageNeeds.has(need));
    if (missingNeeds.length) problems.push(errorAt(contentFilePath('triageNeeds', 'triageNeeds'), `Every need must be described so the referral card can use it. Add: ${missingNeeds.join(', ')}.`));
    const missingBarriers = barriers.ids.filter((barrier) => !foundIds.triageBarriers.has(barrier));
    if (missingBarriers.length)
      problems.push(errorAt(contentFilePath('triageBarriers', 'triageBarriers'), `Every barrier must be described so the referral card can use it. Add: ${missingBarriers.join(', ')}.`));
  }
  // Only when every question passed its schema: a broken question would make every path look wrong.
  if (questions.length > 0 && questions.length === foundIds.triageQuestions.size) {
    try {
      allPaths(questions.map((q) => ({ id: q.id, ...q.data })));
    } catch (problem) {
      problems.push(errorAt(contentFolderOf('triageQuestions'), `${problem instanceof Error ? problem.message : String(problem)} Check the "next" fields of the answers.`));
    }
  }
  return problems;
}
