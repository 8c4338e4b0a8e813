import { z } from 'astro/zod';
import { audiences, edsAreas, edsLevels, nineCs } from '../lib/vocabulary/index.ts';
import { idRef, LIST_MAX, oneOf, someOf, text, textList, tooMany } from './fields.ts';

/** A training module for Digital Champions (`content/modules/<module>/index.mdx`). */
export const moduleSchema = z.strictObject({
  title: text({ max: 100 }).describe('The module title.'),
  summary: text({ max: 300 }).describe('What the module is about, in one or two sentences.'),
  order: z
    .number({ error: 'Write a whole number, like 1.' })
    .int({ error: 'Write a whole number, like 1.' })
    .min(1, { error: 'Numbering starts at 1: write 1 for the first, 2 for the next.' })
    .describe('Where the module comes in the list, starting at 1.'),
  audiences: someOf(audiences, 'an audience').describe('Who the module is for.'),
  objectives: textList({ max: 200 }).describe('What someone can do after the module. Start each with a verb.'),
  minutes: z.number({ error: 'Write the number of minutes, like 30.' }).int().min(5).max(240).describe('About how long the module takes, in minutes.'),
  edsAreas: someOf(edsAreas, 'an Essential Digital Skills area').describe('Essential Digital Skills areas it covers.'),
  level: oneOf(edsLevels, 'a level').describe('The Essential Digital Skills level: foundation, life or work.'),
  cs: someOf(nineCs, "one of the 9 C's").describe("Which of the 9 C's the module supports."),
});

const quizOptionSchema = z.strictObject({
  text: text({ max: 200 }).describe('The answer as the learner sees it.'),
  correct: z.boolean({ error: 'Write correct: true or correct: false.' }).describe('true if this answer is right.'),
  explanation: text({ max: 400 }).describe('Why this answer is right or wrong. Shown after the learner answers.'),
});

export const quizQuestionSchema = z
  .strictObject({
    question: text({ max: 300 }).describe('The question.'),
    correctAnswers: z.number().int().min(1).default(1).describe('How many answers are right. Usually 1.'),
    options: z.array(quizOptionSchema).min(2, { error: 'Give at least two answers to choose from.' }).max(20, tooMany(20)).describe('The answers to choose from.'),
  })
  .superRefine((question, context) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (correct !== question.correctAnswers) {
      context.addIssue({
        code: 'custom',
        path: ['options'],
        message:
          correct === 0 ? 'No answer is marked correct: true. Mark the right answer.' : `${correct} answers are marked correct, but correctAnswers is ${question.correctAnswers}. Make them match.`,
      });
    }
  });

/** A lesson in a module (`content/modules/<module>/<lesson>.mdx`). Each lesson can be read on its own. */
export const lessonSchema = z.strictObject({
  title: text({ max: 100 }).describe('The lesson title.'),
  summary: text({ max: 300 }).describe('What the lesson covers, in one or two sentences.'),
  order: z
    .number({ error: 'Write a whole number, like 1.' })
    .int({ error: 'Write a whole number, like 1.' })
    .min(1, { error: 'Numbering starts at 1: write 1 for the first, 2 for the next.' })
    .describe('Where the lesson comes in its module, starting at 1.'),
  minutes: z.number({ error: 'Write the number of minutes, like 10.' }).int().min(1).max(120).describe('About how long the lesson takes, in minutes.'),
  quiz: z.array(quizQuestionSchema).max(LIST_MAX, tooMany(LIST_MAX)).optional().describe('Questions to check understanding, answered at the end of the lesson.'),
  nationalHelp: z.array(idRef()).max(LIST_MAX, tooMany(LIST_MAX)).optional().describe('Ids of national help (content/national-help.yaml) the lesson points to, like [ofcom-social-tariffs].'),
});

export type TrainingModule = z.infer<typeof moduleSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type QuizQuestion = z.infer<typeof quizQuestionSchema>;
