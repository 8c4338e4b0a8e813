/**
 * The module certificate: shown once every lesson is done (by this browser's progress), with
 * the name the champion types. The name is kept only if they tick "remember my name".
 */
import { formatLongDate } from '../lib/dates.ts';
import { moduleProgress } from '../lib/training/progress.ts';
import { storage } from '../lib/browser-storage.ts';
import { readProgress } from './progress-store.ts';

const NAME_KEY = storage.certificateName.key;
const root = document.querySelector<HTMLElement>('[data-certificate]');
if (root) {
  const lessons = (root.dataset.lessons ?? '').split(' ').filter(Boolean);
  const state = moduleProgress(readProgress(), lessons);
  const status = root.querySelector<HTMLElement>('[data-certificate-status]')!;
  const form = root.querySelector<HTMLElement>('[data-certificate-form]')!;
  const input = root.querySelector<HTMLInputElement>('#certificate-name')!;
  const remember = root.querySelector<HTMLInputElement>('#certificate-remember')!;
  const nameSlot = root.querySelector<HTMLElement>('[data-certificate-name]')!;
  const sheet = root.querySelector<HTMLElement>('[data-certificate-sheet]')!;
  if (!state.complete) {
    status.textContent = `You have finished ${state.done} of ${state.total} lessons in this module. Finish them all to get your certificate.`;
    sheet.hidden = true;
  } else {
    status.textContent = 'Well done: you have finished every lesson in this module.';
    form.hidden = false;
    // The date it is printed on, in words ("3 December 2026").
    const now = new Date();
    const dateSlot = root.querySelector<HTMLElement>('[data-certificate-date]');
    if (dateSlot) dateSlot.textContent = formatLongDate(`${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`);
    try {
      const saved = localStorage.getItem(NAME_KEY);
      if (saved) {
        input.value = saved;
        remember.checked = true;
      }
    } catch {
      // storage off: nothing remembered
    }
    const update = () => {
      nameSlot.textContent = input.value.trim() || '\u00a0';
      try {
        if (remember.checked && input.value.trim()) localStorage.setItem(NAME_KEY, input.value.trim());
        else localStorage.removeItem(NAME_KEY);
      } catch {
        // storage off: the name is used on the page only
      }
    };
    input.addEventListener('input', update);
    remember.addEventListener('change', update);
    root.querySelector('[data-certificate-print]')?.addEventListener('click', () => window.print());
    update();
  }
}
