/**
 * Series colours and fill patterns for charts.
 *
 * Charts draw text, axes and value labels in `currentColor`, so they follow the page's text colour
 * in light and dark mode. Each series is drawn in `currentColor` too, inside an element with the
 * class `chart-s1`, `chart-s2`, … and a `color` attribute holding the light-mode colour, which the
 * site's CSS ({@link chartCss}) replaces with a custom property that changes in dark mode and
 * turns black when printed. Series after the first also get a fill pattern (hatching, dots,
 * cross-hatching) and an outline, so they can be told apart without colour.
 *
 * Every colour has at least 3:1 contrast with the page background it is used on (#ffffff in
 * light mode, #121314 in dark mode); the unit tests check it.
 */

export interface SeriesStyle {
  /** 1-based number used in the class name `chart-s<n>` and the custom property `--chart-<n>`. */
  readonly number: number;
  /** Colour on a light background (also the fallback when the site's CSS is missing). */
  readonly light: string;
  /** Colour on a dark background. */
  readonly dark: string;
  /** How bars of this series are filled, so they differ in black and white too. */
  readonly pattern: 'solid' | 'hatch' | 'dots' | 'cross';
  /** Point marker on line charts. */
  readonly shape: 'circle' | 'square' | 'triangle-up' | 'diamond';
  /** Line dash on line charts: [] is a solid line. */
  readonly dash: readonly number[];
}

export const seriesStyles: readonly SeriesStyle[] = [
  { number: 1, light: '#1d70b8', dark: '#6ca9e6', pattern: 'solid', shape: 'circle', dash: [] },
  { number: 2, light: '#b1400a', dark: '#f5a25d', pattern: 'hatch', shape: 'square', dash: [8, 4] },
  { number: 3, light: '#6f2c91', dark: '#c49bd8', pattern: 'dots', shape: 'triangle-up', dash: [2, 3] },
  { number: 4, light: '#007a6e', dark: '#5ec4a8', pattern: 'cross', shape: 'diamond', dash: [10, 3, 2, 3] },
];

/** The style of the series at `index` (0-based); styles repeat after the fourth series. */
export function seriesStyle(index: number): SeriesStyle {
  return seriesStyles[index % seriesStyles.length]!;
}

/** The backgrounds the colours are checked against. */
export const backgrounds = { light: '#ffffff', dark: '#121314' } as const;

/**
 * The CSS the site needs for charts (it goes in `src/styles/charts.css`, which the data set
 * pages import). Without it charts still work, in their light-mode colours.
 */
export const chartCss = [
  `:root { ${seriesStyles.map((s) => `--chart-${s.number}: ${s.light};`).join(' ')} }`,
  `@media (prefers-color-scheme: dark) { :root { ${seriesStyles.map((s) => `--chart-${s.number}: ${s.dark};`).join(' ')} } }`,
  `@media print { :root { ${seriesStyles.map((s) => `--chart-${s.number}: #000;`).join(' ')} } }`,
  ...seriesStyles.map((s) => `.chart-s${s.number} { color: var(--chart-${s.number}); }`),
  '.chart { display: block; width: 100%; max-width: 28rem; height: auto; margin: 1rem 0; }',
  '@media print { .chart { break-inside: avoid; } }',
].join('\n');

/** Relative luminance of a #rrggbb colour (WCAG 2.2). */
export function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG 2.2 contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
