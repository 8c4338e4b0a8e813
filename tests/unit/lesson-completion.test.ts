import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, markLessonDone, quizPassed, recordQuizScore } from '../../src/lib/training/progress.ts';

const LESSON = 'module/lesson';

describe('finishing a lesson', () => {
  it('does not mark a lesson with a quiz done until its quiz is passed', () => {
    expect(markLessonDone(EMPTY_PROGRESS, LESSON, { hasQuiz: true }).lessons[LESSON]).toBeUndefined();
    const failed = recordQuizScore(EMPTY_PROGRESS, LESSON, 2, 3);
    expect(quizPassed(failed, LESSON)).toBe(false);
    expect(markLessonDone(failed, LESSON, { hasQuiz: true }).lessons[LESSON]!.done).toBe(false);
    const passed = recordQuizScore(failed, LESSON, 3, 3);
    expect(quizPassed(passed, LESSON)).toBe(true);
    expect(passed.lessons[LESSON]!.done).toBe(true);
  });

  it('marks a lesson without a quiz done with the button', () => {
    expect(markLessonDone(EMPTY_PROGRESS, LESSON).lessons[LESSON]!.done).toBe(true);
  });
});
