import { describe, expect, it } from 'vitest';
import { hasLocalVoice, localVoiceFor, type VoiceLike } from '../../src/lib/read-aloud/voices.ts';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({ name, lang, localService, default: isDefault });

describe('choosing a voice on the device for the page’s language', () => {
  const voices = [
    voice('US online', 'en-US', false),
    voice('GB online', 'en-GB', false),
    voice('US', 'en-US', true),
    voice('Welsh', 'cy-GB', true),
    voice('GB', 'en_GB', true),
    voice('Polish', 'pl-PL', true, true),
  ];

  it('prefers a voice for the exact region, on the device', () => {
    expect(localVoiceFor(voices, 'en-GB')?.name).toBe('GB');
    expect(localVoiceFor(voices, 'EN-gb')?.name).toBe('GB');
  });

  it('takes another region of the same language when it must', () => {
    expect(localVoiceFor(voices, 'en-IE')?.name).toBe('US');
    expect(localVoiceFor(voices, 'en')?.name).toBe('US');
    expect(localVoiceFor(voices, 'cy')?.name).toBe('Welsh');
  });

  it("takes the device's default voice for the language before the first one", () => {
    const more = [voice('en A', 'en-US', true), voice('en B', 'en-AU', true, true)];
    expect(localVoiceFor(more, 'en-GB')?.name).toBe('en B');
  });

  it('never takes a voice that is not on the device', () => {
    const online: VoiceLike[] = [voice('GB online', 'en-GB', false), voice('US online', 'en-US', false)];
    expect(localVoiceFor(online, 'en-GB')).toBeUndefined();
    expect(hasLocalVoice(online, 'en-GB')).toBe(false);
  });

  it('has no voice for a language the device does not speak, or no language', () => {
    expect(localVoiceFor(voices, 'ur')).toBeUndefined();
    expect(localVoiceFor(voices, '')).toBeUndefined();
    expect(localVoiceFor([], 'en-GB')).toBeUndefined();
    expect(hasLocalVoice(voices, 'ur')).toBe(false);
    expect(hasLocalVoice([], 'en-GB')).toBe(false);
  });

  it('says whether there is a voice exactly when there is one to choose', () => {
    for (const language of ['en-GB', 'en', 'cy-GB', 'pl', 'ur', 'de-DE']) expect(hasLocalVoice(voices, language), language).toBe(localVoiceFor(voices, language) !== undefined);
  });
});
