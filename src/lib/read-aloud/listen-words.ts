/**
 * The read-aloud player's words in the page's language. The Listen button on a page in another
 * language carries them (data-listen-words), and the player reads them from the button pressed;
 * without them it speaks English, as written in the player.
 */
import type { Translator } from '../i18n/translate.ts';

export interface ListenWords {
  readonly group: string;
  readonly slower: string;
  readonly faster: string;
  readonly pause: string;
  readonly resume: string;
  readonly stop: string;
  /** "Speed: {speed}" */
  readonly speed: string;
  readonly speeds: readonly [string, string, string];
}

export const ENGLISH_LISTEN_WORDS: ListenWords = {
  group: 'Read aloud',
  slower: 'Slower',
  faster: 'Faster',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  speed: 'Speed: {speed}',
  speeds: ['slower', 'normal', 'faster'],
};

const ORDER = ['group', 'slower', 'faster', 'pause', 'resume', 'stop', 'speed'] as const;

/** The words as the Listen button carries them: one line, the words apart by "|" (shorter than JSON, for the page's weight). */
export function packListenWords(words: ListenWords): string {
  return [...ORDER.map((name) => words[name]), ...words.speeds].join('|');
}

/** The words from the button; English for any that are missing. */
export function unpackListenWords(packed: string | undefined): ListenWords {
  const parts = packed?.split('|') ?? [];
  if (parts.length !== ORDER.length + 3 || parts.some((part) => part === '')) return ENGLISH_LISTEN_WORDS;
  const named = Object.fromEntries(ORDER.map((name, index) => [name, parts[index]!])) as Omit<ListenWords, 'speeds'>;
  return { ...named, speeds: [parts[7]!, parts[8]!, parts[9]!] };
}

export function listenWords(t: Translator): ListenWords {
  return {
    group: t('listen.group'),
    slower: t('listen.slower'),
    faster: t('listen.faster'),
    pause: t('listen.pause'),
    resume: t('listen.resume'),
    stop: t('listen.stop'),
    speed: t('listen.speed'),
    speeds: [t('listen.speedSlower'), t('listen.speedNormal'), t('listen.speedFaster')],
  };
}
