import { describe, expect, it } from 'vitest';
import { rememberedByText, rememberedForOneGroupAtATime } from '../../src/lib/remembered.ts';

describe('rememberedByText', () => {
  it('works each text out once, and gives the same answer each time', () => {
    const seen: string[] = [];
    const shout = rememberedByText((text) => {
      seen.push(text);
      return text.toUpperCase();
    });
    expect([shout('wifi'), shout('laptops'), shout('wifi')]).toEqual(['WIFI', 'LAPTOPS', 'WIFI']);
    expect(seen).toEqual(['wifi', 'laptops']);
  });

  it('keeps at most the limit, forgetting the oldest first', () => {
    const seen: string[] = [];
    const echo = rememberedByText((text) => {
      seen.push(text);
      return text;
    }, 2);
    for (const text of ['a', 'b', 'c', 'b', 'a']) echo(text);
    // "a" was forgotten when "c" came in; "b" was still kept.
    expect(seen).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('rememberedForOneGroupAtATime', () => {
  it('works each key out once within a group, and gives the same answer each time', () => {
    const seen: string[] = [];
    const code = rememberedForOneGroupAtATime((key) => {
      seen.push(key);
      return { key };
    });
    const first = code('cy', 'https://example.org/cy/services/a/');
    expect(code('cy', 'https://example.org/cy/services/b/')).toEqual({ key: 'https://example.org/cy/services/b/' });
    expect(code('cy', 'https://example.org/cy/services/a/')).toBe(first);
    expect(seen).toEqual(['https://example.org/cy/services/a/', 'https://example.org/cy/services/b/']);
  });

  it('lets the last group go when another group is asked for', () => {
    const seen: string[] = [];
    const echo = rememberedForOneGroupAtATime((key) => {
      seen.push(key);
      return key;
    });
    for (const [group, key] of [
      ['en', 'a'],
      ['en', 'a'],
      ['cy', 'a'],
      ['cy', 'a'],
      ['en', 'a'],
    ] as const)
      echo(group, key);
    // Back in "en", "a" is worked out again: what "en" had was let go when "cy" came.
    expect(seen).toEqual(['a', 'a', 'a']);
  });
});
