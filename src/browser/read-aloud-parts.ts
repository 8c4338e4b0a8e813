/**
 * Listen buttons for parts of a page marked `data-listen` (like the referral card), even parts
 * that appear later: each gets a button first inside it (read-aloud leaves the button out),
 * shown once the loader (read-aloud.ts, on the page too) has found a voice: it marks
 * `<html data-listen-ready>` and shows the buttons there are. (It imports nothing, so the bundler
 * keeps each script whole and small enough to go in the page.)
 */

function addButtons() {
  for (const part of document.querySelectorAll('[data-listen]')) {
    if (part.querySelector('[data-listen-start]')) continue;
    part.insertAdjacentHTML('afterbegin', '<p class="no-print" data-listen-skip><button type="button" class="button secondary" data-listen-start>Listen</button></p>');
    (part.firstElementChild as HTMLElement).hidden = !('listenReady' in document.documentElement.dataset);
  }
}

addButtons();
new MutationObserver(addButtons).observe(document.body, { childList: true, subtree: true });
