/**
 * The Listen control's loader, on every page with a Listen control, so kept as small as it can
 * be. When the device has a voice of its own for the page's language (voices can load late), it
 * shows the page's Listen button, gives each part marked `data-listen` (like the referral card,
 * even one that appears later) a Listen button of its own, and fetches the player the first time
 * a button is pressed (see read-aloud-contract.ts).
 */
import './read-aloud-contract.ts';
import { hasLocalVoice } from '../lib/read-aloud/voices.ts';
import playerUrl from './read-aloud-player.ts?worker&url';

const speech = window.speechSynthesis as SpeechSynthesis | undefined;

/** Shows the Listen buttons, adding one first inside each marked part that has none (read-aloud skips it). */
function showButtons() {
  for (const part of document.querySelectorAll('[data-listen]')) {
    if (!part.querySelector('[data-listen-start]'))
      part.insertAdjacentHTML('afterbegin', '<p class="no-print" data-listen-skip><button type="button" class="button secondary" data-listen-start>Listen</button></p>');
  }
  for (const holder of document.querySelectorAll<HTMLElement>('[data-listen-skip]')) holder.hidden = false;
}

function press(event: Event) {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('[data-listen-start]');
  if (!button) return;
  if (window.readAloud) return window.readAloud(button);
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: playerUrl, onload: () => window.readAloud?.(button) }));
}

function start() {
  if (!hasLocalVoice(speech!.getVoices(), document.documentElement.lang)) return;
  speech!.onvoiceschanged = null;
  showButtons();
  new MutationObserver(showButtons).observe(document.body, { childList: true, subtree: true });
  document.addEventListener('click', press);
}

if (speech) {
  speech.onvoiceschanged = start;
  start();
}
