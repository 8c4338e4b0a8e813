/** On a lesson page: remembers where you are, lets you mark the lesson done, and marks the quiz. */
import { markLessonDone, markLessonNotDone, recordQuizScore, recordVisit } from '../lib/training/progress.ts';
import { isAnswerRight } from '../lib/training/quiz.ts';
import { readProgress, writeProgress } from './progress-store.ts';

const lesson = document.querySelector<HTMLElement>('[data-lesson-id]');
if (lesson) {
  const id = lesson.dataset.lessonId!;
  writeProgress(recordVisit(readProgress(), id));
  const status = document.querySelector<HTMLElement>('[data-lesson-status]');
  const toggle = document.querySelector<HTMLButtonElement>('[data-lesson-toggle]');
  // A lesson with a quiz is finished by answering every question right, not by a button.
  const hasQuiz = document.querySelector('[data-quiz]') !== null;
  const show = () => {
    const progress = readProgress();
    const done = progress.lessons[id]?.done ?? false;
    if (status) status.textContent = done ? 'You have finished this lesson.' : hasQuiz ? 'To finish this lesson, answer every question in the quiz right.' : '';
    if (toggle) {
      toggle.textContent = done ? 'Mark as not done' : 'Mark this lesson as done';
      toggle.hidden = hasQuiz && !done;
    }
  };
  toggle?.addEventListener('click', () => {
    const progress = readProgress();
    writeProgress(progress.lessons[id]?.done ? markLessonNotDone(progress, id) : markLessonDone(progress, id, { hasQuiz }));
    show();
  });
  show();

  const quiz = document.querySelector<HTMLElement>('[data-quiz]');
  const check = quiz?.querySelector<HTMLButtonElement>('[data-quiz-check]');
  if (quiz && check) {
    const answers = JSON.parse(quiz.dataset.answers ?? '[]') as number[][];
    check.hidden = false;
    check.addEventListener('click', () => {
      let correct = 0;
      quiz.querySelectorAll<HTMLFieldSetElement>('[data-question]').forEach((fieldset, index) => {
        const chosen = [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => Number(input.value));
        const options = Array.from({ length: fieldset.querySelectorAll('input').length }, (_, i) => ({ correct: (answers[index] ?? []).includes(i) }));
        const right = isAnswerRight({ options }, chosen);
        if (right) correct++;
        const feedback = fieldset.querySelector<HTMLElement>('[data-feedback]')!;
        feedback.hidden = false;
        feedback.className = `feedback ${right ? 'is-right' : 'is-wrong'}`;
        feedback.textContent = chosen.length === 0 ? 'Choose an answer.' : right ? 'Right.' : 'Not quite. Open "Show the answer" to see why.';
        if (!right && chosen.length) fieldset.querySelector('details')?.setAttribute('open', '');
      });
      const total = answers.length;
      writeProgress(recordQuizScore(readProgress(), id, correct, total));
      quiz.querySelector('[data-quiz-score]')!.textContent =
        `You got ${correct} out of ${total} right.${correct === total ? ' Well done: this lesson is marked as done.' : ' Read the answers, then try again.'}`;
      show();
    });
  }
}
