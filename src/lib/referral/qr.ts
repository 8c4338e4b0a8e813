/**
 * The referral's QR code: error correction level M (it still reads with 15% of it damaged) and,
 * only if the address is too long for that, level L; never above version 10, so it prints 2 cm wide.
 */
import { encodeQr, type QrCode } from '../qr/encode.ts';

/** The QR code for an address (its bytes in UTF-8). Throws if even level L needs a version above 10. */
export function referralQr(url: string): QrCode {
  const bytes = new TextEncoder().encode(url);
  try {
    return encodeQr(bytes, { level: 'M' });
  } catch {
    return encodeQr(bytes, { level: 'L' });
  }
}
