/**
 * Turns a data set (its meta.yaml and the rows of its data.csv) into a Vega-Lite specification.
 *
 * Layout is chosen for small screens, since the SVG scales with the page: the whole chart is 320
 * units wide, so its 15-unit text is still 13.5 px on a 320 px phone (288 px between the margins),
 * and about 21 px at the largest size the site's CSS allows (28rem).
 * - bar charts whose categories are years or numbers, with at most 6 bars, have vertical bars;
 * - other bar charts have horizontal bars, with each category's name written above its bars,
 *   wrapped onto several lines when it is long, so nothing is cut short;
 * - line charts put the years (or categories) along the bottom, with a marker at every figure.
 *
 * Every bar and every point has its figure written beside it. Series are told apart by colour,
 * by a legend in the same order as the bars, and by fill patterns (bars) or marker shapes and
 * dashes (lines), so the chart still reads when printed in black and white.
 */
import type { Config, TopLevelSpec } from 'vega-lite';
import type { SignalRef } from 'vega';
import type { OffsetDef, PositionFieldDef } from 'vega-lite/types_unstable/channeldef.js';
import type { ExprRef } from 'vega-lite/types_unstable/expr.js';
import type { Legend } from 'vega-lite/types_unstable/legend.js';
import type { DatasetMeta } from '../../schemas/dataset.ts';
import { seriesStyle } from './palette.ts';
import { formatFigure, isPercent, textWidth, wrapText } from './text.ts';

/** Sizes in SVG units (1 unit is 1 px when the chart is 320 px wide). */
export const layout = {
  width: 320,
  fontSize: 15,
  lineHeight: 19,
  barThickness: 22,
  maxVerticalBars: 6,
  verticalPlotHeight: 200,
  padding: 4,
  /** Extra room on the right, for an axis label or figure drawn in a font wider than estimated. */
  paddingRight: 10,
  /**
   * Text is wrapped to this share of the room it has, since the reader's font may be wider than
   * the estimate (DejaVu Sans, common on Linux, is about 15% wider than Arial).
   */
  wrapShare: 0.8,
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

type Position = PositionFieldDef<string>;
type Offset = OffsetDef<string>;
type LegendSpec = Legend<ExprRef | SignalRef> | null;

const config: Config = {
  background: 'transparent',
  padding: { left: layout.padding, top: layout.padding, bottom: layout.padding, right: layout.paddingRight },
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
  },
  text: { fontSize, color: 'currentColor' },
};

/** Series colours: placeholders that the SVG clean-up swaps for `currentColor` and a class. */
function colourScale(data: ChartData) {
  return { domain: [...data.series], range: data.series.map((_, i) => placeholderColour(i)) };
}

/** An axis title wrapped to `width`: one string, or one string a line. */
function titleLines(title: string, width: number): string | string[] {
  const lines = wrapText(title, width * layout.wrapShare, fontSize, true);
  return lines.length === 1 ? lines[0]! : lines;
}

/** A value-axis domain from zero, with `headroom` above the largest figure for its label. */
function valueDomain(data: ChartData, headroom: number): [number, number] {
  const max = Math.max(0, ...data.points.map((p) => p.value));
  const min = Math.min(0, ...data.points.map((p) => p.value));
  if (data.percent && max <= 100 && max * headroom > 100) return [min, 100];
  return [min, max * headroom || 1];
}

/** Room for the labels of a value axis on the left: the width of its largest number, roughly. */
function labelRoomFor(values: readonly number[]): number {
  const widest = Math.max(...values.map((v) => textWidth(Math.round(Math.abs(v) * 1.5).toLocaleString('en-GB'), fontSize) + (v < 0 ? 6 : 0)));
  return Math.ceil(widest) + 6;
}

/**
 * A value axis on the left whose title is written across the top, left-aligned, rather than turned
 * on its side: easier to read, and long titles wrap instead of running off the chart.
 */
function leftValueAxis(title: string | string[], labelRoom: number) {
  const lineCount = Array.isArray(title) ? title.length : 1;
  return {
    title,
    titleAngle: 0,
    titleAlign: 'left',
    titleAnchor: 'end',
    titleBaseline: 'bottom',
    titleX: -labelRoom,
    titleY: -14 - (lineCount - 1) * lineHeight,
    tickCount: 5,
    domain: false,
    ticks: false,
    grid: true,
  } as const;
}

/** A legend above the chart, one series a line, in the order of the bars; none for one series. */
function legend(data: ChartData, title: string | string[] = []): LegendSpec {
  if (data.series.length < 2) return null;
  const titleLineCount = Array.isArray(title) ? title.length : 1;
  // Vega places the legend above the plot, but not above an axis title moved there with titleY.
  return { orient: 'top', direction: 'vertical', title: null, symbolType: 'square', offset: 14 + titleLineCount * lineHeight };
}

function verticalBars(data: ChartData): TopLevelSpec {
  const domain = valueDomain(data, 1.12);
  const labelRoom = labelRoomFor(domain);
  const title = titleLines(data.valueTitle, layout.width - 2 * layout.padding);
  const x: Position = {
    field: 'x',
    type: 'nominal',
    scale: { domain: [...data.categories], paddingInner: 0.25, paddingOuter: 0.15 },
    axis: { title: data.xLabel, ticks: false },
  };
  const xOffset: Offset = { field: 'series', type: 'nominal', scale: { domain: [...data.series], paddingInner: 0.06 } };
  const y: Position = { field: 'value', type: 'quantitative', scale: { domain, nice: true }, axis: leftValueAxis(title, labelRoom) };
  return {
    width: layout.width - labelRoom - layout.padding - layout.paddingRight,
    height: layout.verticalPlotHeight,
    config,
    data: { values: data.points.map((p) => ({ ...p })) },
    encoding: { x, xOffset, y },
    layer: [
      { name: 'bars', mark: { type: 'bar' }, encoding: { color: { field: 'series', type: 'nominal', scale: colourScale(data), legend: legend(data, title) } } },
      { name: 'values', mark: { type: 'text', baseline: 'bottom', dy: -3 }, encoding: { text: { field: 'figure' } } },
    ],
  };
}

function horizontalBars(data: ChartData): TopLevelSpec {
  const plotWidth = layout.width - layout.padding - layout.paddingRight;
  const groupGap = 10;
  const labels = data.categories.map((category) => ({ category, lines: wrapText(category, plotWidth * layout.wrapShare, fontSize, true) }));
  const labelBlock = Math.max(...labels.map((l) => l.lines.length)) * lineHeight + 4;
  const barGap = 4;
  const band = data.series.length * (layout.barThickness + barGap) - barGap;
  // Each band holds one category's bars; the padding before it holds the category's name.
  const step = labelBlock + groupGap + band;
  const outerTop = labelBlock + groupGap;
  const outerBottom = groupGap;
  const scale = { domain: [...data.categories], paddingInner: outerTop / step, paddingOuter: (outerTop + outerBottom) / 2 / step, align: outerTop / (outerTop + outerBottom) };
  // Leave room after the longest bar for its figure.
  const widest = Math.max(...data.points.map((p) => textWidth(p.figure, fontSize)));
  const max = Math.max(0, ...data.points.map((p) => p.value)) || 1;
  const min = Math.min(0, ...data.points.map((p) => p.value));
  const domainMax = (max * plotWidth) / Math.max(plotWidth / 2, plotWidth - widest / layout.wrapShare - 8);
  const y: Position = { field: 'x', type: 'nominal', scale, axis: { labels: false, ticks: false, title: null, domain: true, grid: false } };
  const yOffset: Offset = { field: 'series', type: 'nominal', scale: { domain: [...data.series], paddingInner: barGap / (layout.barThickness + barGap), paddingOuter: 0 } };
  const x: Position = {
    field: 'value',
    type: 'quantitative',
    scale: { domain: [min, domainMax], nice: false },
    axis: { title: titleLines(data.valueTitle, plotWidth), tickCount: 4, grid: false, domain: false, titleAnchor: 'start', titleAlign: 'left' },
  };
  // A category's name is written above its bars, one datum a line, each lifted by its distance from the last line.
  const labelLines = labels.flatMap(({ category, lines }) => lines.map((line, i) => ({ x: category, line, lift: -(lines.length - 1 - i) * lineHeight - 5 })));
  const points = data.points.map((p) => ({ ...p }));
  return {
    width: plotWidth,
    height: { step, for: 'position' },
    config,
    layer: [
      {
        name: 'labels',
        data: { values: labelLines },
        mark: { type: 'text', baseline: 'bottom', align: 'left', fontWeight: 'bold' },
        encoding: { y: { ...y, bandPosition: 0 }, yOffset: { field: 'lift', type: 'quantitative', scale: null }, x: { value: 0 }, text: { field: 'line' } },
      },
      {
        name: 'bars',
        data: { values: points },
        mark: { type: 'bar' },
        encoding: { y, yOffset, x, color: { field: 'series', type: 'nominal', scale: colourScale(data), legend: legend(data) } },
      },
      {
        name: 'values',
        data: { values: points },
        mark: { type: 'text', baseline: 'middle', align: 'left', dx: 5 },
        encoding: { y, yOffset, x, text: { field: 'figure' } },
      },
    ],
  };
}

function lines(data: ChartData): TopLevelSpec {
  const labelRoom = labelRoomFor(data.points.map((p) => p.value));
  const numeric = data.xType !== 'text' && data.categories.every((c) => /^-?\d+(\.\d+)?$/.test(c));
  const years = data.categories.map(Number);
  // A figure goes above its point when the point is in the upper half of the points at the same x,
  // and below it otherwise, so the figures of two lines do not sit on top of each other.
  const points = data.points.map((p) => {
    const sameX = data.points.filter((q) => q.x === p.x);
    const order = (q: ChartPoint) => data.series.indexOf(q.series);
    const rank = sameX.filter((q) => q.value > p.value || (q.value === p.value && order(q) < order(p))).length;
    return { ...p, x: numeric ? Number(p.x) : p.x, above: rank < sameX.length / 2 };
  });
  const title = titleLines(data.valueTitle, layout.width - 2 * layout.padding);
  const x: Position = numeric
    ? {
        field: 'x',
        type: 'quantitative',
        scale: { domain: [Math.min(...years), Math.max(...years)], nice: false, zero: false, padding: 24 },
        axis: { title: data.xLabel, values: years, format: data.xType === 'year' ? 'd' : ',', grid: false },
      }
    : { field: 'x', type: 'ordinal', scale: { domain: [...data.categories], padding: 0.4 }, axis: { title: data.xLabel, grid: false } };
  const y: Position = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true, padding: 26 }, axis: leftValueAxis(title, labelRoom) };
  const series = { field: 'series', type: 'nominal' } as const;
  const legendSpec = legend(data, title);
  return {
    width: layout.width - labelRoom - layout.padding - layout.paddingRight,
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
          strokeDash: { ...series, scale: { domain: [...data.series], range: data.series.map((_, i) => [...seriesStyle(i).dash]) }, legend: legendSpec },
        },
      },
      {
        name: 'points',
        mark: { type: 'point', filled: true, size: 70, opacity: 1 },
        encoding: {
          color: { ...series, scale: colourScale(data), legend: legendSpec },
          shape: { ...series, scale: { domain: [...data.series], range: data.series.map((_, i) => seriesStyle(i).shape) }, legend: legendSpec },
        },
      },
      { name: 'values', transform: [{ filter: 'datum.above' }], mark: { type: 'text', baseline: 'bottom', dy: -8 }, encoding: { text: { field: 'figure' } } },
      { name: 'values_below', transform: [{ filter: '!datum.above' }], mark: { type: 'text', baseline: 'top', dy: 8 }, encoding: { text: { field: 'figure' } } },
    ],
  };
}

/** The Vega-Lite specification for a data set's chart. */
export function chartSpec(data: ChartData): TopLevelSpec {
  if (data.type === 'line') return lines(data);
  return barOrientation(data) === 'vertical' ? verticalBars(data) : horizontalBars(data);
}
