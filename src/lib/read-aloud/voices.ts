/**
 * Which voice reads a page aloud: only a voice on the device itself (`localService`), so the
 * page's words never leave it, in the page's language (`<html lang>`), the exact region first.
 */

/** What the browser tells about a voice (SpeechSynthesisVoice has these). */
export interface VoiceLike {
  readonly lang: string;
  readonly localService: boolean;
  readonly default?: boolean;
}

const tag = (language: string) => language.replace('_', '-').toLowerCase();
const primary = (language: string) => tag(language).split('-')[0];

/**
 * The voice to read a page in `language` ("en-GB"): on the device, same language; the exact
 * region first ("en-GB" before "en-US"), then the device's default, then the first. Undefined
 * when the device has no voice of its own for the language.
 */
export function localVoiceFor<V extends VoiceLike>(voices: readonly V[], language: string): V | undefined {
  if (primary(language) === '') return undefined;
  const fits = voices.filter((voice) => voice.localService === true && primary(voice.lang) === primary(language));
  return fits.find((voice) => tag(voice.lang) === tag(language)) ?? fits.find((voice) => voice.default === true) ?? fits[0];
}

/** Whether the device has a voice of its own for `language` (the small loader's check: no choosing). */
export function hasLocalVoice(voices: readonly VoiceLike[], language: string): boolean {
  return voices.some((voice) => voice.localService && primary(voice.lang) === primary(language));
}
