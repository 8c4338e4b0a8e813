/**
 * Shows "Open now" or "Closed now" beside a place's opening hours. It needs the current time,
 * so it only appears when JavaScript runs; the hours themselves are always on the page.
 */
import { describeOpenState, openStateAt, weekdayOf, type Hours } from '../lib/directory/opening-hours.ts';

const now = new Date();
for (const element of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
  try {
    const hours = JSON.parse(element.dataset.openNow ?? '[]') as Hours[];
    if (!Array.isArray(hours) || hours.length === 0) continue;
    const state = openStateAt(hours, now);
    element.textContent = describeOpenState(state, weekdayOf(now));
    element.classList.add(state.open ? 'is-open' : 'is-closed');
    element.hidden = false;
  } catch {
    // Leave it hidden: the opening hours are still there in words.
  }
}
