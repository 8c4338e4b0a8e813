/**
 * A QR code, kept small in a shortlist file: its width in modules and its dark modules as bits
 * (row by row, 1 for dark) in base64. The shortlist page draws it as an SVG path, so the page
 * needs no QR encoder of its own. The code itself is made at build time (src/data/print.ts's
 * settings: error correction M, mask 0, the address as bytes), the same as on printed sheets.
 */

export interface PackedQr {
  /** Modules on each side. */
  readonly size: number;
  /** The dark modules, row by row, 8 to a byte (the first module in the highest bit), in base64. */
  readonly bits: string;
}

/** Packs a square of modules (1 or true for dark, row by row). */
export function packQr(size: number, modules: ArrayLike<number | boolean>): PackedQr {
  if (modules.length !== size * size) throw new Error(`A QR code of ${size} modules a side has ${size * size} modules, not ${modules.length}.`);
  const bytes = new Uint8Array(Math.ceil(modules.length / 8));
  for (let i = 0; i < modules.length; i++) if (modules[i]) bytes[i >> 3]! |= 0x80 >> (i & 7);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { size, bits: btoa(binary) };
}

/** The dark modules again, row by row (true for dark). Throws on bits that do not fill the square. */
export function unpackQr(qr: PackedQr): boolean[] {
  const binary = atob(qr.bits);
  if (!Number.isInteger(qr.size) || qr.size < 21 || qr.size > 177 || binary.length !== Math.ceil((qr.size * qr.size) / 8)) throw new Error('The QR code in the file is not whole.');
  return Array.from({ length: qr.size * qr.size }, (_, i) => (binary.charCodeAt(i >> 3) & (0x80 >> (i & 7))) !== 0);
}

/** The SVG path that draws the dark modules (one rectangle per run of dark modules in a row), in a square of `size` units. */
export function qrPath(qr: PackedQr): string {
  const dark = unpackQr(qr);
  let path = '';
  for (let y = 0; y < qr.size; y++)
    for (let x = 0; x < qr.size;) {
      if (!dark[y * qr.size + x]) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < qr.size && dark[y * qr.size + x + run]) run++;
      path += `M${x} ${y}h${run}v1h-${run}z`;
      x += run;
    }
  return path;
}
