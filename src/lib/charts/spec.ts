/**
 * Turns a data set (its meta.yaml and the rows of its data.csv) into a Vega-Lite specification.
 *
 * Layout is chosen for small screens, since the SVG scales with the page (the whole chart is about
 * 340 units wide, so 14-unit text is still about 12 px on a 320 px phone):
 * - bar charts whose categories are years or numbers, with at most 6 bars, have vertical bars;
 * - other bar charts have horizontal bars, with each category's name written above its bars,
 *   wrapped onto several lines when it is long, so nothing is cut short;
 * - line charts put the years (or categories) along the bottom, with a marker at every figure.
 *
 * Every bar and every point has its figure written beside it. Series are told apart by colour,
 * by a legend in the same order as the bars, and by fill patterns (bars) or marker shapes and
 * dashes (lines), so the chart still reads when printed in black and white.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { DatasetMeta } from '../../schemas/dataset.ts';
import { seriesStyle } from './palette.ts';
import { formatFigure, isPercent, textWidth, wrapText } from './text.ts';

/** Sizes in SVG units (1 unit is 1 px when the chart is 340 px wide). */
export const layout = {
  width: 340,
  fontSize: 14,
  lineHeight: 18,
  barThickness: 22,
  maxVerticalBars: 6,
  verticalPlotHeight: 200,
  padding: 4,
} as const;

/** A placeholder colour for series `index`; the SVG clean-up swaps it for `currentColor` and a class. */
export function placeholderColour(index: number): string {
  return `#ff${(index + 1).toString(16).padStart(4, '0')}`;
}

export interface ChartPoint {
  /** The category or year, as written in data.csv. */
  readonly x: string;
  /** The series (the label of the y column). */
  readonly series: string;
  readonly value: number;
  /** The figure as the chart writes it, like "88.6%". */
  readonly figure: string;
}

export interface ChartData {
  readonly type: 'bar' | 'line';
  readonly xLabel: string;
  /** The x column's type in meta.yaml. */
  readonly xType: 'text' | 'number' | 'year';
  /** Categories in the order of data.csv. */
  readonly categories: readonly string[];
  /** Series labels in the order of `chart.y`. */
  readonly series: readonly string[];
  readonly points: readonly ChartPoint[];
  /** The title of the value axis: the column's label for one series, the units for several. */
  readonly valueTitle: string;
  readonly percent: boolean;
}

/** Reads the figures to draw from data.csv's header and rows, as meta.yaml's `chart` describes. */
export function chartData(meta: DatasetMeta, header: readonly string[], rows: readonly (readonly string[])[]): ChartData {
  const columnIndex = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`The chart for "${meta.title}" needs the column "${name}", but data.csv has only: ${header.join(', ')}.`);
    return index;
  };
  const column = (name: string) => meta.columns.find((c) => c.name === name);
  const xIndex = columnIndex(meta.chart.x);
  const xColumn = column(meta.chart.x);
  const series: string[] = [];
  for (const name of meta.chart.y) {
    let label = column(name)?.label ?? name;
    if (series.includes(label)) label = `${label} (${name})`;
    series.push(label);
  }
  const yIndexes = meta.chart.y.map(columnIndex);
  const categories: string[] = [];
  const points: ChartPoint[] = [];
  for (const row of rows) {
    const x = (row[xIndex] ?? '').trim();
    if (x === '') continue;
    if (!categories.includes(x)) categories.push(x);
    yIndexes.forEach((yIndex, s) => {
      const raw = (row[yIndex] ?? '').trim();
      const value = Number(raw);
      if (raw === '' || !Number.isFinite(value)) return;
      points.push({ x, series: series[s]!, value, figure: formatFigure(raw, meta.units) });
    });
  }
  if (points.length === 0) throw new Error(`The chart for "${meta.title}" has no figures to draw.`);
  const single = meta.chart.y.length === 1;
  return {
    type: meta.chart.type,
    xLabel: xColumn?.label ?? meta.chart.x,
    xType: xColumn?.type ?? 'text',
    categories,
    series,
    points,
    valueTitle: single ? series[0]! : sentenceCase(meta.units),
    percent: isPercent(meta.units),
  };
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a bar chart is drawn with vertical bars (years along the bottom) or horizontal ones. */
export function barOrientation(data: ChartData): 'vertical' | 'horizontal' {
  const fewBars = data.categories.length * data.series.length <= layout.maxVerticalBars;
  const shortCategories = data.categories.every((c) => textWidth(c, layout.fontSize) <= 60);
  return data.xType !== 'text' && fewBars && shortCategories ? 'vertical' : 'horizontal';
}

const { fontSize, lineHeight } = layout;

const config = {
  background: null,
  padding: layout.padding,
  font: 'sans-serif',
  aria: false,
  view: { stroke: null },
  axis: {
    labelFontSize: fontSize,
    titleFontSize: fontSize,
    titleFontWeight: 'bold',
    labelColor: 'currentColor',
    titleColor: 'currentColor',
    domainColor: 'currentColor',
    tickColor: 'currentColor',
    gridColor: 'currentColor',
    gridOpacity: 0.2,
    labelLimit: 0,
    titleLimit: 0,
    labelPadding: 4,
    titlePadding: 8,
    labelAngle: 0,
  },
  legend: {
    labelFontSize: fontSize,
    labelColor: 'currentColor',
    labelLimit: 0,
    symbolSize: 196,
    symbolStrokeWidth: 0,
    rowPadding: 6,
    padding: 0,
    offset: 16,
  },
  text: { fontSize, color: 'currentColor' },
} as const;

/** The colour, value-axis and legend encodings shared by bars and lines. */
function colourScale(data: ChartData) {
  return { domain: [...data.series], range: data.series.map((_, i) => placeholderColour(i)) };
}

/** Title lines for an axis, wrapped to the chart's width. */
function titleLines(title: string, width: number): string | string[] {
  const lines = wrapText(title, width, fontSize, true);
  return lines.length === 1 ? lines[0]! : lines;
}

/** A value-axis domain with room above the largest figure for its label. */
function valueDomain(data: ChartData, headroom: number): [number, number] {
  const max = Math.max(0, ...data.points.map((p) => p.value));
  const min = Math.min(0, ...data.points.map((p) => p.value));
  if (data.percent && max <= 100 && max * headroom > 100) return [min, 100];
  return [min, max * headroom || 1];
}

function legend(data: ChartData) {
  if (data.series.length < 2) return null;
  return { orient: 'top', direction: 'vertical', title: null, symbolType: 'square' };
}

function verticalBars(data: ChartData): TopLevelSpec {
  const plotWidth = layout.width - 48;
  const bars = data.points.map((p) => ({ ...p }));
  const title = titleLines(data.valueTitle, layout.width - 16);
  const titleLineCount = Array.isArray(title) ? title.length : 1;
  const position = {
    x: { field: 'x', type: 'nominal', scale: { domain: [...data.categories], paddingInner: 0.25, paddingOuter: 0.15 }, axis: { title: data.xLabel, ticks: false } },
    xOffset: { field: 'series', type: 'nominal', scale: { domain: [...data.series], paddingInner: 0.06 } },
    y: {
      field: 'value',
      type: 'quantitative',
      scale: { domain: valueDomain(data, 1.12), nice: true },
      axis: {
        title,
        titleAngle: 0,
        titleAlign: 'left',
        titleAnchor: 'end',
        titleBaseline: 'bottom',
        titleX: -44,
        titleY: -12 - (titleLineCount - 1) * lineHeight,
        tickCount: 5,
        domain: false,
        ticks: false,
        grid: true,
      },
    },
  } as const;
  return {
    width: plotWidth,
    height: layout.verticalPlotHeight,
    config,
    data: { values: bars },
    layer: [
      {
        name: 'bars',
        mark: { type: 'bar' },
        encoding: { ...position, color: { field: 'series', type: 'nominal', scale: colourScale(data), legend: legend(data) } },
      },
      { name: 'values', mark: { type: 'text', baseline: 'bottom', dy: -3 }, encoding: { ...position, text: { field: 'figure' } } },
    ],
  } as TopLevelSpec;
}

function horizontalBars(data: ChartData): TopLevelSpec {
  const plotWidth = layout.width - 2 * layout.padding;
  const groupGap = 10;
  const labels = data.categories.map((category) => ({ category, lines: wrapText(category, plotWidth, fontSize, true) }));
  const maxLines = Math.max(...labels.map((l) => l.lines.length));
  const labelBlock = maxLines * lineHeight + 4;
  const band = data.series.length * layout.barThickness + (data.series.length - 1) * 4;
  const step = labelBlock + groupGap + band;
  const paddingInner = (labelBlock + groupGap) / step;
  const outerTop = labelBlock + groupGap;
  const outerBottom = groupGap;
  const paddingOuter = (outerTop + outerBottom) / 2 / step;
  const align = outerTop / (outerTop + outerBottom);
  // Leave room after the longest bar for its figure.
  const widest = Math.max(...data.points.map((p) => textWidth(p.figure, fontSize)));
  const max = Math.max(0, ...data.points.map((p) => p.value)) || 1;
  const min = Math.min(0, ...data.points.map((p) => p.value));
  const domainMax = (max * plotWidth) / Math.max(plotWidth / 2, plotWidth - widest - 10);
  const y = {
    field: 'x',
    type: 'nominal',
    scale: { domain: [...data.categories], paddingInner, paddingOuter, align },
    axis: { labels: false, ticks: false, title: null, domain: true, grid: false },
  } as const;
  const yOffset = {
    field: 'series',
    type: 'nominal',
    scale: { domain: [...data.series], paddingInner: 4 / (layout.barThickness + 4), paddingOuter: 0 },
  } as const;
  const x = {
    field: 'value',
    type: 'quantitative',
    scale: { domain: [min, domainMax], nice: false },
    axis: { title: titleLines(data.valueTitle, plotWidth), tickCount: 4, grid: false, domain: false, titleAnchor: 'start', titleAlign: 'left' },
  } as const;
  // Each category's name sits above its bars: one line per datum, lifted by its distance from the last line.
  const labelLines = labels.flatMap(({ category, lines }) =>
    lines.map((line, i) => ({ x: category, line, lift: -(lines.length - 1 - i) * lineHeight - 5 })),
  );
  return {
    width: plotWidth,
    height: { step },
    config,
    layer: [
      {
        name: 'labels',
        data: { values: labelLines },
        mark: { type: 'text', baseline: 'bottom', align: 'left', fontWeight: 'bold' },
        encoding: {
          y: { ...y, bandPosition: 0 },
          yOffset: { field: 'lift', type: 'quantitative', scale: null },
          x: { value: 0 },
          text: { field: 'line' },
        },
      },
      {
        name: 'bars',
        data: { values: data.points.map((p) => ({ ...p })) },
        mark: { type: 'bar' },
        encoding: { y, yOffset, x, color: { field: 'series', type: 'nominal', scale: colourScale(data), legend: legend(data) } },
      },
      {
        name: 'values',
        data: { values: data.points.map((p) => ({ ...p })) },
        mark: { type: 'text', baseline: 'middle', align: 'left', dx: 5 },
        encoding: { y, yOffset, x, text: { field: 'figure' } },
      },
    ],
  } as TopLevelSpec;
}

function lines(data: ChartData): TopLevelSpec {
  const plotWidth = layout.width - 56;
  const numeric = data.xType !== 'text' && data.categories.every((c) => /^-?\d+(\.\d+)?$/.test(c));
  const xValues = numeric ? data.categories.map(Number) : [...data.categories];
  const points = data.points.map((p) => ({ ...p, x: numeric ? Number(p.x) : p.x, s: data.series.indexOf(p.series) }));
  const title = titleLines(data.valueTitle, layout.width - 16);
  const titleLineCount = Array.isArray(title) ? title.length : 1;
  const x = numeric
    ? {
        field: 'x',
        type: 'quantitative',
        scale: { domain: [Math.min(...(xValues as number[])), Math.max(...(xValues as number[]))], nice: false, zero: false, padding: 24 },
        axis: { title: data.xLabel, values: xValues, format: data.xType === 'year' ? 'd' : ',', grid: false },
      }
    : { field: 'x', type: 'ordinal', scale: { domain: xValues, padding: 0.4 }, axis: { title: data.xLabel, grid: false } };
  const y = {
    field: 'value',
    type: 'quantitative',
    scale: { zero: false, nice: true, padding: 16 },
    axis: {
      title,
      titleAngle: 0,
      titleAlign: 'left',
      titleAnchor: 'end',
      titleBaseline: 'bottom',
      titleX: -52,
      titleY: -14 - (titleLineCount - 1) * lineHeight,
      tickCount: 5,
      domain: false,
      ticks: false,
      grid: true,
    },
  };
  const series = { field: 'series', type: 'nominal' } as const;
  const shapes = data.series.map((_, i) => seriesStyle(i).shape);
  const dashes = data.series.map((_, i) => [...seriesStyle(i).dash]);
  const legendSpec = legend(data);
  return {
    width: plotWidth,
    height: layout.verticalPlotHeight,
    config,
    data: { values: points },
    encoding: { x, y },
    layer: [
      {
        name: 'lines',
        mark: { type: 'line', strokeWidth: 2.5 },
        encoding: {
          color: { ...series, scale: colourScale(data), legend: legendSpec },
          strokeDash: { ...series, scale: { domain: [...data.series], range: dashes }, legend: null },
        },
      },
      {
        name: 'points',
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          color: { ...series, scale: colourScale(data), legend: legendSpec },
          shape: { ...series, scale: { domain: [...data.series], range: shapes }, legend: legendSpec },
        },
      },
      // Figures above the points of the 1st, 3rd… series and below those of the 2nd, 4th…
      {
        name: 'values',
        transform: [{ filter: 'datum.s % 2 == 0' }],
        mark: { type: 'text', baseline: 'bottom', dy: -8 },
        encoding: { text: { field: 'figure' } },
      },
      {
        name: 'values_odd',
        transform: [{ filter: 'datum.s % 2 == 1' }],
        mark: { type: 'text', baseline: 'top', dy: 8 },
        encoding: { text: { field: 'figure' } },
      },
    ],
  } as TopLevelSpec;
}

/** The Vega-Lite specification for a data set's chart. */
export function chartSpec(data: ChartData): TopLevelSpec {
  if (data.type === 'line') return lines(data);
  return barOrientation(data) === 'vertical' ? verticalBars(data) : horizontalBars(data);
}
