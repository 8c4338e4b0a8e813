/**
 * A small QR code encoder for the browser (ISO/IEC 18004): byte mode only, versions 1 to 10,
 * error correction level M or L, with the mask chosen by the standard's penalty rules. It makes
 * the referral's QR code on the champion's phone, because each referral's address is different.
 * tests/unit/referral-qr.test.ts checks its modules against the `qrcode` package's.
 */
import { errorCorrection } from './reed-solomon.ts';

export type ErrorCorrectionLevel = 'L' | 'M';

/** The largest version made: 57 × 57 modules, which still scans when printed 2 cm wide. */
export const MAX_QR_VERSION = 10;

/** Codewords in each version (1 to 10), data and error correction together. */
const TOTAL_CODEWORDS = [26, 44, 70, 100, 134, 172, 196, 242, 292, 346];

/** For each level and version: error correction codewords per block, and how many blocks. */
const BLOCKS: Record<ErrorCorrectionLevel, { ecc: number[]; count: number[]; formatBits: number }> = {
  L: { ecc: [7, 10, 15, 20, 26, 18, 20, 24, 30, 18], count: [1, 1, 1, 1, 1, 2, 2, 2, 2, 4], formatBits: 1 },
  M: { ecc: [10, 16, 26, 18, 24, 16, 18, 22, 22, 26], count: [1, 1, 1, 2, 2, 4, 4, 4, 5, 5], formatBits: 0 },
};

/** Where the alignment patterns' centres are, along each side, for versions 1 to 10. */
const ALIGNMENT = [[], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

export interface QrCode {
  readonly version: number;
  readonly level: ErrorCorrectionLevel;
  readonly mask: number;
  /** Modules on each side. */
  readonly size: number;
  /** 1 for a dark module, 0 for light, row by row. */
  readonly modules: Uint8Array;
}

export interface QrOptions {
  readonly level?: ErrorCorrectionLevel;
  /** Use this mask (0 to 7) instead of choosing the best. */
  readonly mask?: number;
}

/** How many bytes a version holds at a level, in byte mode. */
export function byteCapacity(version: number, level: ErrorCorrectionLevel): number {
  const dataCodewords = TOTAL_CODEWORDS[version - 1]! - BLOCKS[level].ecc[version - 1]! * BLOCKS[level].count[version - 1]!;
  return Math.floor((dataCodewords * 8 - 4 - (version < 10 ? 8 : 16)) / 8);
}

/** The smallest version (1 to 10) that holds this many bytes, or undefined if none does. */
export function versionFor(byteCount: number, level: ErrorCorrectionLevel): number | undefined {
  for (let version = 1; version <= MAX_QR_VERSION; version++) if (byteCapacity(version, level) >= byteCount) return version;
  return undefined;
}

/** The data and error correction codewords, interleaved as the symbol holds them. */
function codewords(bytes: Uint8Array, version: number, level: ErrorCorrectionLevel): number[] {
  const { ecc: eccTable, count: countTable } = BLOCKS[level];
  const ecc = eccTable[version - 1]!;
  const blockCount = countTable[version - 1]!;
  const dataCount = TOTAL_CODEWORDS[version - 1]! - ecc * blockCount;
  const bits: number[] = [];
  const put = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
  };
  put(0b0100, 4);
  put(bytes.length, version < 10 ? 8 : 16);
  for (const byte of bytes) put(byte, 8);
  put(0, Math.min(4, dataCount * 8 - bits.length));
  put(0, (8 - (bits.length % 8)) % 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((byte, bit) => (byte << 1) | bit, 0));
  for (let pad = 0xec; data.length < dataCount; pad ^= 0xec ^ 0x11) data.push(pad);
  // Shorter blocks come first; the rest hold one more data codeword each.
  const shortLength = Math.floor(dataCount / blockCount);
  const longBlocks = dataCount % blockCount;
  const blocks: number[][] = [];
  for (let b = 0, start = 0; b < blockCount; b++) {
    const length = shortLength + (b >= blockCount - longBlocks ? 1 : 0);
    blocks.push(data.slice(start, start + length));
    start += length;
  }
  const result: number[] = [];
  for (let i = 0; i <= shortLength; i++) for (const block of blocks) if (i < block.length) result.push(block[i]!);
  const corrections = blocks.map((block) => errorCorrection(block, ecc));
  for (let i = 0; i < ecc; i++) for (const block of corrections) result.push(block[i]!);
  return result;
}

const MASKS: ((row: number, col: number) => boolean)[] = [
  (r, c) => (r + c) % 2 === 0,
  (r) => r % 2 === 0,
  (_, c) => c % 3 === 0,
  (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0,
  (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0,
  (r, c) => (((r * c) % 3) + ((r + c) % 2)) % 2 === 0,
];

/** The standard's penalty for a finished symbol (rules N1 to N4): the mask with the lowest is used. */
export function penalty(modules: Uint8Array, size: number): number {
  const at = (row: number, col: number) => modules[row * size + col]!;
  let points = 0;
  for (let row = 0; row < size; row++) {
    for (const read of [(i: number) => at(row, i), (i: number) => at(i, row)]) {
      let run = 0;
      let last = -1;
      let window = 0;
      for (let i = 0; i < size; i++) {
        const module = read(i);
        if (module === last) run++;
        else {
          if (run >= 5) points += run - 2;
          last = module;
          run = 1;
        }
        window = ((window << 1) & 0x7ff) | module;
        if (i >= 10 && (window === 0x5d0 || window === 0x05d)) points += 40;
      }
      if (run >= 5) points += run - 2;
    }
  }
  for (let row = 0; row < size - 1; row++)
    for (let col = 0; col < size - 1; col++) {
      const sum = at(row, col) + at(row, col + 1) + at(row + 1, col) + at(row + 1, col + 1);
      if (sum === 0 || sum === 4) points += 3;
    }
  const dark = modules.reduce((sum, module) => sum + module, 0);
  return points + Math.abs(Math.ceil((dark * 100) / modules.length / 5) - 10) * 10;
}

/** Makes a QR code of these bytes, in the smallest version that holds them. */
export function encodeQr(bytes: Uint8Array, options: QrOptions = {}): QrCode {
  const level = options.level ?? 'M';
  const version = versionFor(bytes.length, level);
  if (version === undefined) throw new Error(`${bytes.length} bytes do not fit in a version ${MAX_QR_VERSION} QR code at level ${level} (${byteCapacity(MAX_QR_VERSION, level)} at most).`);
  const size = version * 4 + 17;
  const modules = new Uint8Array(size * size);
  const reserved = new Uint8Array(size * size);
  const set = (col: number, row: number, dark: boolean) => {
    modules[row * size + col] = dark ? 1 : 0;
    reserved[row * size + col] = 1;
  };
  for (let i = 0; i < size; i++) {
    set(6, i, i % 2 === 0);
    set(i, 6, i % 2 === 0);
  }
  for (const [x, y] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const)
    for (let dy = -4; dy <= 4; dy++)
      for (let dx = -4; dx <= 4; dx++) {
        const distance = Math.max(Math.abs(dx), Math.abs(dy));
        if (x + dx >= 0 && x + dx < size && y + dy >= 0 && y + dy < size) set(x + dx, y + dy, distance !== 2 && distance !== 4);
      }
  const centres = ALIGNMENT[version - 1]!;
  centres.forEach((x, i) =>
    centres.forEach((y, j) => {
      const last = centres.length - 1;
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) return;
      for (let dy = -2; dy <= 2; dy++) for (let dx = -2; dx <= 2; dx++) set(x + dx, y + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }),
  );
  const drawFormat = (mask: number) => {
    const data = (BLOCKS[level].formatBits << 3) | mask;
    let remainder = data;
    for (let i = 0; i < 10; i++) remainder = (remainder << 1) ^ ((remainder >>> 9) * 0x537);
    const bits = ((data << 10) | remainder) ^ 0x5412;
    const bit = (i: number) => ((bits >>> i) & 1) === 1;
    for (let i = 0; i <= 5; i++) set(8, i, bit(i));
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for (let i = 9; i < 15; i++) set(14 - i, 8, bit(i));
    for (let i = 0; i < 8; i++) set(size - 1 - i, 8, bit(i));
    for (let i = 8; i < 15; i++) set(8, size - 15 + i, bit(i));
    set(8, size - 8, true);
  };
  drawFormat(0);
  if (version >= 7) {
    let remainder = version;
    for (let i = 0; i < 12; i++) remainder = (remainder << 1) ^ ((remainder >>> 11) * 0x1f25);
    const bits = (version << 12) | remainder;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      set(size - 11 + (i % 3), Math.floor(i / 3), dark);
      set(Math.floor(i / 3), size - 11 + (i % 3), dark);
    }
  }
  // The data, in two-module columns from the bottom right, up and down in turn, skipping the timing column.
  const data = codewords(bytes, version, level);
  let index = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vertical = 0; vertical < size; vertical++)
      for (let j = 0; j < 2; j++) {
        const col = right - j;
        const row = ((right + 1) & 2) === 0 ? size - 1 - vertical : vertical;
        if (reserved[row * size + col]) continue;
        modules[row * size + col] = index < data.length * 8 ? (data[index >>> 3]! >>> (7 - (index & 7))) & 1 : 0;
        index++;
      }
  }
  const applyMask = (mask: number) => {
    for (let row = 0; row < size; row++) for (let col = 0; col < size; col++) if (!reserved[row * size + col] && MASKS[mask]!(row, col)) modules[row * size + col]! ^= 1;
  };
  let mask = options.mask;
  if (mask === undefined) {
    let lowest = Infinity;
    for (let candidate = 0; candidate < 8; candidate++) {
      applyMask(candidate);
      drawFormat(candidate);
      const points = penalty(modules, size);
      applyMask(candidate);
      if (points < lowest) {
        lowest = points;
        mask = candidate;
      }
    }
  }
  applyMask(mask!);
  drawFormat(mask!);
  return { version, level, mask: mask!, size, modules };
}
