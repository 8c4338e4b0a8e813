/**
 * Shows progress kept in this browser next to lists of lessons and modules: each element with
 * data-progress-lessons="mod/a mod/b" gets "n of m lessons done"; each data-lesson-done="mod/a"
 * gets a tick. A "clear my progress" button removes everything the site stored.
 */
import { moduleProgress } from '../lib/training/progress.ts';
import { storedItems } from '../lib/browser-storage.ts';
import { clearStoredData, readProgress } from './progress-store.ts';

function show(): void {
  const progress = readProgress();
  for (const element of document.querySelectorAll<HTMLElement>('[data-progress-lessons]')) {
    const ids = (element.dataset.progressLessons ?? '').split(' ').filter(Boolean);
    const state = moduleProgress(progress, ids);
    element.textContent = state.complete ? `Finished: all ${state.total} lessons done.` : state.done > 0 ? `${state.done} of ${state.total} lessons done.` : 'Not started.';
    element.hidden = false;
  }
  for (const element of document.querySelectorAll<HTMLElement>('[data-lesson-done]')) {
    const lesson = progress.lessons[element.dataset.lessonDone ?? ''];
    element.textContent = lesson?.done
      ? `Done${lesson.score ? `, quiz ${lesson.score.correct} of ${lesson.score.total}` : ''}`
      : lesson?.score
        ? `Quiz ${lesson.score.correct} of ${lesson.score.total}`
        : '';
    element.hidden = !element.textContent;
  }
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-resume]')) {
    const last = progress.last;
    const target = last ? document.querySelector<HTMLAnchorElement>(`a[data-lesson-link="${last}"]`) : null;
    if (target) {
      link.href = target.href;
      link.textContent = `Carry on where you left off: ${target.textContent}`;
      link.hidden = false;
    }
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-clear-progress]')) {
  button.hidden = false;
  button.addEventListener('click', () => {
    clearStoredData(storedItems.map((item) => item.key));
    const status = document.querySelector('[data-clear-status]');
    if (status) status.textContent = 'Your progress has been cleared from this browser.';
    show();
  });
}
show();
