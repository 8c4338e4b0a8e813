import { describe, expect, it } from 'vitest';
import { normalisePostcode, postcodeDistrict } from '../../src/lib/postcodes/postcode.ts';

describe('normalisePostcode: any spacing and case gives the one form the site keeps', () => {
  const same: [string, string][] = [
    ['NM1 4AL', 'NM1 4AL'],
    ['nm14al', 'NM1 4AL'],
    ['  Nm1   4aL  ', 'NM1 4AL'],
    ['N M 1 4 A L', 'NM1 4AL'],
    ['NM1\t4AL', 'NM1 4AL'],
    ['NM1\u00a04AL', 'NM1 4AL'],
    ['sw1a2aa', 'SW1A 2AA'],
    ['b11bb', 'B1 1BB'],
    ['B1  1BB', 'B1 1BB'],
    ['m1 1ae', 'M1 1AE'],
    ['EC1A 1BB', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['gir0aa', 'GIR 0AA'],
  ];
  for (const [typed, canonical] of same) {
    it(`"${typed}" is ${canonical}`, () => expect(normalisePostcode(typed)).toBe(canonical));
  }

  const notPostcodes = ['', '   ', 'hello', 'NM1', 'NM1 4A', 'NM1 4ALX', 'NM14ALXX', '12345', '1NM 4AL', 'NM1 AAL', 'NM1 4CL', 'NM1 4AI', 'NMM1 4AL', 'NM1-4AL', 'NM1 4AL!', '<script>', 'GIR 1AA'];
  for (const text of notPostcodes) {
    it(`"${text}" is not a postcode`, () => expect(normalisePostcode(text)).toBeUndefined());
  }
});

describe('postcodeDistrict: the part before the space', () => {
  it.each([
    ['NM1 4AL', 'NM1'],
    ['SW1A 2AA', 'SW1A'],
    ['B1 1BB', 'B1'],
    ['EC1A 1BB', 'EC1A'],
    ['NM10 1AA', 'NM10'],
  ])('%s is in %s', (postcode, district) => expect(postcodeDistrict(postcode)).toBe(district));

  it('refuses text that is not in the site form', () => {
    expect(() => postcodeDistrict('NM14AL')).toThrow(/not a postcode in the site's form/);
  });
});
