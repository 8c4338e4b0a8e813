/**
 * Reed–Solomon error correction over GF(256) with the QR code polynomial (x⁸ + x⁴ + x³ + x² + 1),
 * as ISO/IEC 18004 section 7.5 sets out. Plain arithmetic, no tables: QR codes here are small.
 */

/** Multiplies two numbers in GF(256). */
export function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z;
}

/** The generator polynomial of the given degree, highest power first, without its leading 1. */
export function generatorPolynomial(degree: number): number[] {
  const result = new Array<number>(degree).fill(0);
  result[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      result[j] = gfMultiply(result[j]!, root);
      if (j + 1 < degree) result[j]! ^= result[j + 1]!;
    }
    root = gfMultiply(root, 2);
  }
  return result;
}

/** The error correction codewords for one block of data codewords. */
export function errorCorrection(data: readonly number[], degree: number): number[] {
  const divisor = generatorPolynomial(degree);
  const result = new Array<number>(degree).fill(0);
  for (const byte of data) {
    const factor = byte ^ result.shift()!;
    result.push(0);
    divisor.forEach((coefficient, i) => (result[i]! ^= gfMultiply(coefficient, factor)));
  }
  return result;
}
