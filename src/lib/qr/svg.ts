/**
 * A QR code as one SVG path: a square for each dark module, joined along each row. With a quiet
 * zone of 4 modules (the standard's) around it. No style attributes, so the page's
 * Content-Security-Policy allows it.
 */
import type { QrCode } from './encode.ts';

export const QUIET_ZONE = 4;

/** The path's "d" for the dark modules, in module units, shifted by the quiet zone. */
export function qrPathData(code: Pick<QrCode, 'size' | 'modules'>): string {
  const parts: string[] = [];
  for (let row = 0; row < code.size; row++) {
    let col = 0;
    while (col < code.size) {
      if (!code.modules[row * code.size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < code.size && code.modules[row * code.size + col]) col++;
      parts.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}

/** The viewBox size: the code and its quiet zone. */
export function qrViewSize(code: Pick<QrCode, 'size'>): number {
  return code.size + 2 * QUIET_ZONE;
}
