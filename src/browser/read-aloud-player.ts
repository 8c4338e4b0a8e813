/**
 * The read-aloud player, fetched the first time someone presses a Listen button (see
 * read-aloud.ts). It reads the page's main content, or the marked part the button is in, one
 * sentence at a time with a voice on the device, highlights the sentence being read, and gives
 * Pause (Resume), Stop, Slower and Faster buttons.
 *
 * Pausing stops the voice and remembers the sentence; resuming reads that sentence again from its
 * start. (speechSynthesis.pause() does not work with every voice, and on some phones it stops.)
 */
import { unpackListenWords } from '../lib/read-aloud/listen-words.ts';
import './read-aloud-contract.ts';
import { pointInBlock, readableSentences, type ReadableSentence } from '../lib/read-aloud/readable-text.ts';
import { wordsToSay } from '../lib/read-aloud/sentences.ts';
import { localVoiceFor } from '../lib/read-aloud/voices.ts';

type Sentence = ReadableSentence<Node & ChildNode>;

/** Reading speeds, slowest first, and what the speed is called. */
const SPEEDS = [
  { rate: 0.75, name: 'slower' },
  { rate: 1, name: 'normal' },
  { rate: 1.3, name: 'faster' },
] as const;
const HIGHLIGHT = 'read-aloud';

const speech = window.speechSynthesis;
const highlights = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
let sentences: Sentence[] = [];
let at = 0;
let speed = 1;
let paused = false;
let current: SpeechSynthesisUtterance | undefined;
let bar: HTMLElement | undefined;
let listenButton: HTMLButtonElement | undefined;
let holder: HTMLElement | undefined;
let outlined: HTMLElement | undefined;

if (highlights) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${HIGHLIGHT}){background:Mark;color:MarkText}`);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

const isHidden = (node: Node) => node instanceof Element && !(node.checkVisibility?.({ visibilityProperty: true }) ?? true);

function button(label: string, action: () => void): HTMLButtonElement {
  const made = document.createElement('button');
  made.type = 'button';
  made.className = 'button secondary';
  made.textContent = label;
  made.addEventListener('click', action);
  return made;
}

/** Marks the sentence being read: a highlight where the browser has them, else an outline round its block. */
function mark(sentence: Sentence | undefined) {
  highlights?.delete(HIGHLIGHT);
  if (outlined) outlined.style.outline = '';
  outlined = undefined;
  if (!sentence) return;
  const { block } = sentence;
  const element = block.element as HTMLElement;
  if (highlights) {
    const range = new Range();
    const start = pointInBlock(block, sentence.start);
    const end = pointInBlock(block, sentence.end, true);
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    highlights.set(HIGHLIGHT, new Highlight(range));
  } else {
    outlined = element;
    element.style.outline = '3px solid';
  }
  if (element.tagName !== 'MAIN') element.scrollIntoView({ block: 'nearest' });
}

function speak() {
  const sentence = sentences[at];
  if (!sentence) return stop();
  mark(sentence);
  const voice = localVoiceFor(speech.getVoices(), document.documentElement.lang);
  if (!voice) return stop();
  const utterance = new SpeechSynthesisUtterance(wordsToSay(sentence.text));
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = SPEEDS[speed]!.rate;
  utterance.addEventListener('end', () => {
    if (current !== utterance) return;
    at += 1;
    speak();
  });
  utterance.addEventListener('error', (event) => {
    if (current === utterance && event.error !== 'interrupted' && event.error !== 'canceled') stop();
  });
  current = utterance;
  speech.speak(utterance);
}

/** Stops the voice without forgetting where it was. */
function silence() {
  current = undefined;
  speech.cancel();
}

/** Stops reading and puts the Listen button back (with keyboard focus, if it was on the controls). */
function stop() {
  silence();
  mark(undefined);
  document.documentElement.style.scrollPaddingTop = '';
  const focusWasOnBar = bar?.contains(document.activeElement) ?? false;
  bar?.remove();
  bar = undefined;
  if (holder) holder.style.cssText = '';
  if (listenButton) {
    listenButton.hidden = false;
    if (focusWasOnBar || document.activeElement === document.body) listenButton.focus();
  }
}

function start(pressed: HTMLButtonElement) {
  stop();
  const part = pressed.closest<HTMLElement>('[data-listen], main');
  if (!part) return;
  sentences = readableSentences<Node & ChildNode>(part, isHidden);
  at = 0;
  paused = false;
  listenButton = pressed;

  // Spans, as the Listen button is in a paragraph (which spaces it from what follows).
  const made = document.createElement('span');
  made.setAttribute('role', 'group');
  // The page's words, from the button pressed (a page in another language gives them); English otherwise.
  const words = unpackListenWords(pressed.dataset.listenWords);
  made.setAttribute('aria-label', words.group);
  made.style.cssText = 'display:flex;flex-wrap:wrap;gap:.5rem;align-items:center';
  const status = document.createElement('span');
  status.setAttribute('aria-live', 'polite');
  const slower = button(words.slower, () => change(-1));
  const faster = button(words.faster, () => change(1));
  // At the slowest and fastest speeds, Slower and Faster say they do nothing (and stay in the tab order).
  const showSpeed = () => {
    status.textContent = words.speed.replace('{speed}', words.speeds[speed] ?? SPEEDS[speed]!.name);
    slower.setAttribute('aria-disabled', String(speed === 0));
    faster.setAttribute('aria-disabled', String(speed === SPEEDS.length - 1));
  };
  showSpeed();
  const pause = button(words.pause, () => {
    paused = !paused;
    pause.textContent = paused ? words.resume : words.pause;
    if (paused) silence();
    else speak();
  });
  const change = (by: number) => {
    const next = speed + by;
    if (!SPEEDS[next]) return;
    speed = next;
    showSpeed();
    if (!paused) {
      silence();
      speak();
    }
  };
  made.append(pause, button(words.stop, stop), slower, faster, status);
  // Escape stops reading, from any of the controls.
  made.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') stop();
  });
  pressed.hidden = true;
  pressed.after(made);
  bar = made;
  // The bar stays at the top of the page (or the part) while it reads; what has keyboard focus
  // is kept from going under it.
  holder = pressed.parentElement ?? undefined;
  if (holder) holder.style.cssText = 'position:sticky;top:0;z-index:1;padding:.5rem 0;background:var(--bg)';
  document.documentElement.style.scrollPaddingTop = `${made.offsetHeight + 32}px`;
  pause.focus();
  speak();
}

window.readAloud = start;
window.addEventListener('pagehide', () => speech.cancel());
