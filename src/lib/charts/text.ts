/**
 * Text helpers for charts: a font-free width estimate (so layout is the same on every machine,
 * with no canvas and no font files), word wrapping, and how figures are written on the chart.
 */

// Advance widths of Helvetica/Arial in 1/1000 em, for printable ASCII from space (32) to "~" (126).
// The site uses system fonts (system-ui, Segoe UI, Roboto, Arial), which are close to these.
const widths = [
  278,
  278,
  355,
  556,
  556,
  889,
  667,
  191,
  333,
  333,
  389,
  584,
  278,
  333,
  278,
  278, // space to /
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  556,
  278,
  278,
  584,
  584,
  584,
  556, // 0 to ?
  1015,
  667,
  667,
  722,
  722,
  667,
  611,
  778,
  722,
  278,
  500,
  667,
  556,
  833,
  722,
  778, // @ to O
  667,
  778,
  722,
  667,
  611,
  722,
  667,
  944,
  667,
  667,
  611,
  278,
  278,
  278,
  469,
  556, // P to _
  333,
  556,
  556,
  500,
  556,
  556,
  278,
  556,
  556,
  222,
  222,
  500,
  222,
  833,
  556,
  556, // ` to o
  556,
  556,
  333,
  500,
  278,
  556,
  500,
  722,
  500,
  500,
  500,
  334,
  260,
  334,
  584, // p to ~
];

/** A little wider than Arial, so that labels still fit in wider system fonts. */
const safety = 1.06;

/** The estimated width of `text` at `fontSize`, in the same units as the font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    total += code >= 32 && code <= 126 ? widths[code - 32]! : 600;
  }
  return (total / 1000) * fontSize * safety * (bold ? 1.08 : 1);
}

/** Splits `text` into lines no wider than `maxWidth` (a single long word keeps its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** True when the units are a percentage, like "% of adults". */
export function isPercent(units: string): boolean {
  return /^\s*%/.test(units) || /\bper ?cent\b/i.test(units);
}

/**
 * Writes a figure from data.csv the way the chart shows it: the decimals as written in the file,
 * commas between thousands, a true minus sign, and "%" or "£" when the units say so
 * ("88.6" → "88.6%", "5000" → "5,000", "-3.5" → "−3.5%").
 */
export function formatFigure(raw: string, units: string): string {
  const value = raw.trim();
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(value);
  if (!match) return value;
  const [, hyphen = '', whole = '', decimals = ''] = match;
  const sign = hyphen ? '\u2212' : ''; // a true minus sign, as on the axes
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const number = `${sign}${grouped}${decimals}`;
  if (isPercent(units)) return `${number}%`;
  if (/^\s*£/.test(units)) return `${sign}£${grouped}${decimals}`;
  return number;
}
