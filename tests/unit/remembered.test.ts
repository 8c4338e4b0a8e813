import { describe, expect, it } from 'vitest';
import { rememberedByText } from '../../src/lib/remembered.ts';

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
