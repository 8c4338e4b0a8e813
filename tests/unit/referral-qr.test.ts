/**
 * The QR encoder (src/lib/qr/) against the `qrcode` package: the same modules, module for
 * module, at every version from 1 to 10, at levels L and M, with each mask forced and with the
 * mask chosen; and the referral's QR code stays at version 10 or below on a long site address.
 */
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { MAX_QR_VERSION, byteCapacity, encodeQr, versionFor, type ErrorCorrectionLevel } from '../../src/lib/qr/encode.ts';
import { qrPathData, qrViewSize, QUIET_ZONE } from '../../src/lib/qr/svg.ts';
import { referralQr } from '../../src/lib/referral/qr.ts';
import { referralUrl } from '../../src/lib/referral/link.ts';
import { encodeReferral } from '../../src/lib/referral/fragment.ts';
import { LARGEST_REFERRAL, LONG_SITE_REFERRAL_PAGE } from '../support/referral-examples.ts';

/** Text of a given length that uses many different bytes, including UTF-8 beyond ASCII. */
function sample(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 37 + seed * 11 + ((i * i) % 7)) % 256;
  return bytes;
}

function theirs(bytes: Uint8Array, level: ErrorCorrectionLevel, mask?: number) {
  const code = QRCode.create([{ data: bytes, mode: 'byte' }] as unknown as string, { errorCorrectionLevel: level, ...(mask !== undefined ? { maskPattern: mask as QRCode.QRCodeMaskPattern } : {}) });
  return { version: code.version, mask: code.maskPattern, size: code.modules.size, modules: Array.from(code.modules.data) };
}

function mine(bytes: Uint8Array, level: ErrorCorrectionLevel, mask?: number) {
  const code = encodeQr(bytes, { level, ...(mask !== undefined ? { mask } : {}) });
  return { version: code.version, mask: code.mask, size: code.size, modules: Array.from(code.modules) };
}

for (const level of ['L', 'M'] as const)
  describe(`the QR encoder at level ${level}, against the qrcode package`, () => {
    for (let version = 1; version <= MAX_QR_VERSION; version++)
      it(`makes the same version ${version} codes: full, one byte more than the version before, and with each of the 8 masks`, () => {
        const full = byteCapacity(version, level);
        const least = version === 1 ? 1 : byteCapacity(version - 1, level) + 1;
        for (const [length, seed] of [
          [full, 1],
          [least, 2],
        ] as const) {
          const bytes = sample(length, seed + version);
          const chosen = mine(bytes, level);
          expect(chosen.version).toBe(version);
          expect(chosen).toEqual(theirs(bytes, level));
        }
        const bytes = sample(least, version);
        for (let mask = 0; mask < 8; mask++) expect(mine(bytes, level, mask), `mask ${mask}`).toEqual(theirs(bytes, level, mask));
      });
  });

describe('the QR encoder', () => {
  it('refuses data too big for version 10, with a message', () => {
    expect(versionFor(byteCapacity(MAX_QR_VERSION, 'M') + 1, 'M')).toBeUndefined();
    expect(() => encodeQr(sample(byteCapacity(MAX_QR_VERSION, 'M') + 1, 0))).toThrow(/do not fit in a version 10 QR code at level M \(213 at most\)/);
  });
  it('draws each dark module once, inside the quiet zone, as one SVG path', () => {
    const code = encodeQr(new TextEncoder().encode('https://example.org/referral/#r1;n=h'));
    const d = qrPathData(code);
    let drawn = 0;
    for (const match of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      const [x, y, width] = [Number(match[1]), Number(match[2]), Number(match[3])];
      expect(match[4]).toBe(match[3]);
      for (let col = x; col < x + width; col++) expect(code.modules[(y - QUIET_ZONE) * code.size + col - QUIET_ZONE]).toBe(1);
      drawn += width;
    }
    expect(drawn).toBe(code.modules.reduce((a, b) => a + b, 0));
    expect(qrViewSize(code)).toBe(code.size + 8);
  });
});

describe('the referral’s QR code', () => {
  it('is version 10 or below, at level M, for the largest referral on a long site address', () => {
    const url = referralUrl(LONG_SITE_REFERRAL_PAGE, LARGEST_REFERRAL);
    const code = referralQr(url);
    expect(code.level).toBe('M');
    expect(code.version).toBeLessThanOrEqual(MAX_QR_VERSION);
    console.log(`Largest referral: ${url.length} bytes of address, QR version ${code.version} at level ${code.level}.`);
  });
  it('is version 10 or below for the largest fragment alone', () => {
    expect(referralQr(encodeReferral(LARGEST_REFERRAL)).version).toBeLessThanOrEqual(MAX_QR_VERSION);
  });
  it('falls back to level L for an address too long for level M, and matches the qrcode package there', () => {
    const url = `https://example.org/${'a'.repeat(byteCapacity(MAX_QR_VERSION, 'M') - 20 + 5)}`;
    const code = referralQr(url);
    expect(code.level).toBe('L');
    expect(Array.from(code.modules)).toEqual(theirs(new TextEncoder().encode(url), 'L').modules);
  });
});
