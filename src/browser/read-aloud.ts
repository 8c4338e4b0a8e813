/**
 * The Listen control's loader, on every page with a Listen control, so kept as small as it can
 * be. When the device has a voice of its own for the page's language (voices can load late), it
 * shows the Listen buttons and marks the page (`<html data-listen-ready>`), and fetches the player the
 * first time a button is pressed (see read-aloud-contract.ts). Parts marked `data-listen` get
 * their buttons from read-aloud-parts.ts, on the pages that have such parts.
 */
import './read-aloud-contract.ts';
import { hasLocalVoice } from '../lib/read-aloud/voices.ts';
import playerUrl from './read-aloud-player.ts?worker&url';

const speech = window.speechSynthesis as SpeechSynthesis | undefined;
const page = document.documentElement;

function press(event: Event) {
  const button = (event.target as Element).closest?.<HTMLButtonElement>('[data-listen-start]');
  if (!button) return;
  if (window.readAloud) return window.readAloud(button);
  document.head.append(Object.assign(document.createElement('script'), { type: 'module', src: playerUrl, onload: () => window.readAloud?.(button) }));
}

function start() {
  if (!hasLocalVoice(speech!.getVoices(), page.lang)) return;
  speech!.onvoiceschanged = null;
  page.dataset.listenReady = '';
  for (const holder of document.querySelectorAll<HTMLElement>('[data-listen-skip]')) holder.hidden = false;
  document.addEventListener('click', press);
}

if (speech) {
  speech.onvoiceschanged = start;
  start();
}
