/**
 * Shows "Open now" or "Closed now" beside a place's opening hours. It needs the current time,
 * so it only appears when JavaScript runs; the hours themselves are always on the page.
 * The words are the page's, in its language (data-open-now-words, written by the page from
 * its catalogue); English when the page gives none.
 */
import { describeOpenState, ENGLISH_OPEN_NOW_WORDS, openStateAt, weekdayOf, type Hours, type OpenNowWords } from '../lib/directory/open-state.ts';

const now = new Date();
let words: OpenNowWords = ENGLISH_OPEN_NOW_WORDS;
try {
  const given = document.querySelector<HTMLElement>('[data-open-now-words]')?.dataset.openNowWords;
  if (given) words = { ...ENGLISH_OPEN_NOW_WORDS, ...(JSON.parse(given) as Partial<OpenNowWords>) };
} catch {
  // Keep the English words.
}
for (const element of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
  try {
    const hours = JSON.parse(element.dataset.openNow ?? '[]') as Hours[];
    if (!Array.isArray(hours) || hours.length === 0) continue;
    const state = openStateAt(hours, now);
    element.textContent = describeOpenState(state, weekdayOf(now), words);
    element.classList.add(state.open ? 'is-open' : 'is-closed');
    element.hidden = false;
  } catch {
    // Leave it hidden: the opening hours are still there in words.
  }
}
