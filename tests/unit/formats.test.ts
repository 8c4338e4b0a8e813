import { describe, expect, it } from 'vitest';
import { isIsoDate, possessive, isUkPhoneNumber, isUkPostcode, isUkTextPhoneNumber, normalisePostcode, phoneDialString, slugify, urlWord, isClockTime } from '../../src/lib/formats.ts';

describe('UK phone numbers', () => {
  it.each(['0121 496 0000', '01632 960000', '020 7946 0000', '07700 900123', '0808 157 0000', '+44 20 7946 0000', '(01632) 960000', '0800 123 456'])('accepts %s', (n) => {
    expect(isUkPhoneNumber(n)).toBe(true);
  });
  it.each(['12345', '1234567890', '0121 496 00', '+1 555 123 4567', 'call us', '0121-496-0000 ext 4', ''])('rejects %s', (n) => {
    expect(isUkPhoneNumber(n)).toBe(false);
  });
  it('accepts Relay UK textphone numbers', () => {
    expect(isUkTextPhoneNumber('18001 0121 496 0000')).toBe(true);
    expect(isUkTextPhoneNumber('18003 0121 496 0000')).toBe(false);
  });
  it('turns a number into digits to dial', () => {
    expect(phoneDialString('+44 (0)20 7946 0000')).toBe('+440207946' + '0000');
    expect(phoneDialString('01632 960000')).toBe('01632960000');
  });
});

describe('UK postcodes', () => {
  it.each(['B1 1BB', 'SW1A 2AA', 'NM1 1AA', 'M1 1AE', 'CR2 6XH', 'DN55 1PT', 'GIR 0AA', 'EC1A 1BB'])('accepts %s', (p) => expect(isUkPostcode(p)).toBe(true));
  it.each(['b1 1bb', 'B11BB', 'B1  1BB', '1B1 1BB', 'B1 1CB', 'NM1 1AAA', 'Birmingham'])('rejects %s', (p) => expect(isUkPostcode(p)).toBe(false));
  it('tidies a postcode someone typed', () => {
    expect(normalisePostcode(' sw1a2aa ')).toBe('SW1A 2AA');
    expect(normalisePostcode('nowhere')).toBeNull();
  });
});

describe('dates and times', () => {
  it('accepts real dates written YYYY-MM-DD only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('01/10/2026')).toBe(false);
    expect(isIsoDate('2026-1-1')).toBe(false);
  });
  it('accepts 24-hour clock times', () => {
    expect(isClockTime('09:30')).toBe(true);
    expect(isClockTime('23:59')).toBe(true);
    expect(isClockTime('9:30')).toBe(false);
    expect(isClockTime('24:00')).toBe(false);
  });
});

describe('slugs', () => {
  it('turns a title into a file name', () => {
    expect(slugify('Eastbrook Library: Wi-Fi & Computers')).toBe('eastbrook-library-wi-fi-and-computers');
    expect(slugify('  Café für Alle!  ')).toBe('cafe-fur-alle');
  });

  it('gives every place name a word for its address, in its own letters when it has no Latin ones', () => {
    expect(urlWord('Tunbridge Wells')).toBe(slugify('Tunbridge Wells'));
    expect(urlWord('ਬਰਮਿੰਘਮ')).toBe('ਬਰਮਿੰਘਮ');
    expect(urlWord('برمنگھم')).toBe('برمنگھم');
    expect(urlWord('Ξάνθη Κέντρο')).toBe('ξάνθη-κέντρο');
    expect(urlWord('—')).toBe('');
  });
});

describe('possessive', () => {
  it('adds an apostrophe s, or only an apostrophe after a final s', () => {
    expect(possessive('Northmere Libraries')).toBe("Northmere Libraries'");
    expect(possessive('Northmere Homes')).toBe("Northmere Homes'");
    expect(possessive('Age Friendly Northmere')).toBe("Age Friendly Northmere's");
  });
});
