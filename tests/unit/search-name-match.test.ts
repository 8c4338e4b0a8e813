import { describe, expect, it } from 'vitest';
import { nameHasEveryWord, wordsMissing } from '../../src/lib/search/name-match.ts';

describe("whether a result's name has every word searched for", () => {
  it('is true when each word starts a word of the name, in any order and case', () => {
    expect(nameHasEveryWord('Riverside Tech Café', ['riverside', 'tech', 'café'])).toBe(true);
    // People type without accents.
    expect(nameHasEveryWord('Riverside Tech Café', ['riverside', 'tech', 'cafe'])).toBe(true);
    expect(nameHasEveryWord('Canolfan Gymraeg Tŷ Tawe', ['ty', 'tawe'])).toBe(true);
    expect(nameHasEveryWord('Laptops to borrow at Oakley Green library', ['laptop'])).toBe(true);
    expect(nameHasEveryWord('Free Wi-Fi at Westfield Court', ['wi-fi'])).toBe(true);
    expect(nameHasEveryWord('Benthyg gliniadur yng Nghaerdydd', ['gliniadur'])).toBe(true);
    // A longer form of a word of the name, as the search finds it.
    expect(nameHasEveryWord('Laptop loans', ['laptops'])).toBe(true);
    expect(nameHasEveryWord('مدد برائے فون', ['فون'])).toBe(true);
  });

  it('is false when a word is missing, is only inside a word, or nothing was searched for', () => {
    expect(nameHasEveryWord('Devices to borrow', ['laptop'])).toBe(false);
    expect(nameHasEveryWord('Riverside Tech Café', ['riverside', 'library'])).toBe(false);
    expect(nameHasEveryWord('Broadband help', ['band'])).toBe(false);
    expect(nameHasEveryWord('Tea and a chat', ['teams'])).toBe(false);
    expect(nameHasEveryWord('Riverside Tech Café', [])).toBe(false);
    expect(nameHasEveryWord('Riverside Tech Café', ['-'])).toBe(false);
  });

  it('counts the words searched for that a text does not have', () => {
    expect(wordsMissing('Mobile library with Wi-Fi in the Hillside villages', ['phone', 'library', 'wi-fi', 'hillside'])).toBe(1);
    expect(wordsMissing('Mobile library', ['mobile', 'library'])).toBe(0);
    expect(wordsMissing('Mobile library', [])).toBe(0);
  });
});
