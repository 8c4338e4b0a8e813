/**
 * Turns a data set (its meta.yaml and the rows of its data.csv) into a Vega-Lite specification.
 *
 * Layout is chosen for small screens, since the SVG scales with the page: the whole chart is 320
 * units wide, so its 15-unit text is still 13.5 px on a 320 px phone (288 px between the margins),
 * and about 21 px at the largest size the site's CSS allows (28rem).
 * - bar charts whose categories are years or numbers, with at most 6 bars, have vertical bars;
 * - other bar charts have horizontal bars, which fit any number of categories: short names (like
 *   years) go on the left, longer ones above their bars, wrapped so that nothing is cut short;
 * - line charts put the years (or categories) along the bottom, with a marker at every figure.
 * The value axis starts at zero for bars (with a line at zero when figures go below it); its
 * title is written across the top, or along the bottom for horizontal bars.
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

/** A value-axis domain that includes zero, with `headroom` beyond the figures for their labels. */
function valueDomain(data: ChartData, headroom: number): [number, number] {
  const max = Math.max(0, ...data.points.map((p) => p.value));
  const min = Math.min(0, ...data.points.map((p) => p.value));
  const low = min * headroom;
  if (data.percent && max <= 100 && max * headroom > 100) return [low, 100];
  return [low, max * headroom || 1];
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
    titleY: -18 - (lineCount - 1) * lineHeight,
    tickCount: 5,
    domain: false,
    ticks: false,
    grid: true,
  } as const;
}

/** Height of one legend entry, and the gap between entries. */
const legendRow = { height: 16, gap: 6 };

/**
 * A legend above the chart, one series a line, in the order of the bars; none for one series.
 * With a value axis on the left (`axis`), the legend goes above that axis's title, flush left
 * with it: Vega would otherwise put it over the title, which is moved up there with titleY.
 */
function legend(data: ChartData, axis?: { title: string | string[]; labelRoom: number }): LegendSpec {
  if (data.series.length < 2) return null;
  const common = { direction: 'vertical', title: null, symbolType: 'square', rowPadding: legendRow.gap } as const;
  if (!axis) return { ...common, orient: 'top', offset: 16 };
  const titleLineCount = Array.isArray(axis.title) ? axis.title.length : 1;
  const legendHeight = data.series.length * (legendRow.height + legendRow.gap) - legendRow.gap;
  const titleTop = 18 + (titleLineCount - 1) * lineHeight + fontSize;
  return { ...common, orient: 'none', legendX: -axis.labelRoom, legendY: -(titleTop + 12 + legendHeight) };
}

/** A line across the plot at zero, so that bars below zero read as negative. */
function zeroRule(channel: 'x' | 'y') {
  return { name: 'zero', data: { values: [{}] }, mark: { type: 'rule' as const, color: 'currentColor' }, encoding: { [channel]: { datum: 0 } } };
}

function verticalBars(data: ChartData): TopLevelSpec {
  const domain = valueDomain(data, 1.12);
  const labelRoom = labelRoomFor(domain);
  const title = titleLines(data.valueTitle, layout.width - 2 * layout.padding);
  const encoding = {
    x: {
      field: 'x',
      type: 'nominal',
      scale: { domain: [...data.categories], paddingInner: 0.25, paddingOuter: 0.15 },
      axis: { title: data.xLabel, ticks: false },
    } satisfies Position,
    xOffset: { field: 'series', type: 'nominal', scale: { domain: [...data.series], paddingInner: 0.06 } } satisfies Offset,
    y: { field: 'value', type: 'quantitative', scale: { domain, nice: true }, axis: leftValueAxis(title, labelRoom) } satisfies Position,
  };
  const points = data.points.map((p) => ({ ...p, negative: p.value < 0 }));
  const negatives = points.some((p) => p.negative);
  return {
    width: layout.width - labelRoom - layout.padding - layout.paddingRight,
    height: layout.verticalPlotHeight,
    config,
    data: { values: points },
    layer: [
      { name: 'bars', mark: { type: 'bar' }, encoding: { ...encoding, color: { field: 'series', type: 'nominal', scale: colourScale(data), legend: legend(data, { title, labelRoom }) } } },
      // Figures above bars that go up, and below bars that go down.
      { name: 'values', transform: [{ filter: '!datum.negative' }], mark: { type: 'text', baseline: 'bottom', dy: -3 }, encoding: { ...encoding, text: { field: 'figure' } } },
      ...(negatives
        ? [
            { name: 'values_below', transform: [{ filter: 'datum.negative' }], mark: { type: 'text' as const, baseline: 'top' as const, dy: 3 }, encoding: { ...encoding, text: { field: 'figure' } } },
            zeroRule('y'),
          ]
        : []),
    ],
  };
}

function horizontalBars(data: ChartData): TopLevelSpec {
  const groupGap = 10;
  const barGap = 4;
  const band = data.series.length * (layout.barThickness + barGap) - barGap;
  // Short names (like years) go on the left of their bars; longer ones above, wrapped if need be.
  const widestName = Math.max(...data.categories.map((c) => textWidth(c, fontSize, true)));
  const namesLeft = widestName <= 72;
  const nameRoom = namesLeft ? Math.ceil(widestName / layout.wrapShare) + 6 : 0;
  const plotWidth = layout.width - layout.padding - layout.paddingRight - nameRoom;
  const names = data.categories.map((category) => ({ category, lines: wrapText(category, plotWidth * layout.wrapShare, fontSize, true) }));
  const nameBlock = namesLeft ? 0 : Math.max(...names.map((l) => l.lines.length)) * lineHeight + 4;
  // Each band holds one category's bars; when names go above, the padding before a band holds its name.
  const step = nameBlock + 2 * groupGap + band - (namesLeft ? 0 : groupGap);
  const outerTop = nameBlock + groupGap;
  const outerBottom = groupGap;
  const scale = { domain: [...data.categories], paddingInner: (step - band) / step, paddingOuter: (outerTop + outerBottom) / 2 / step, align: outerTop / (outerTop + outerBottom) };
  // Leave room beyond the longest bars, both ways, for their figures.
  const room = (points: readonly ChartPoint[]) => (points.length ? Math.max(...points.map((p) => textWidth(p.figure, fontSize))) / layout.wrapShare + 8 : 0);
  const max = Math.max(0, ...data.points.map((p) => p.value));
  const min = Math.min(0, ...data.points.map((p) => p.value));
  const roomRight = room(data.points.filter((p) => p.value >= 0));
  const roomLeft = room(data.points.filter((p) => p.value < 0));
  const span = ((max - min || 1) * plotWidth) / Math.max(plotWidth / 3, plotWidth - roomLeft - roomRight);
  const domain: [number, number] = [min - (roomLeft * span) / plotWidth, max + (roomRight * span) / plotWidth];
  const y: Position = {
    field: 'x',
    type: 'nominal',
    scale,
    axis: namesLeft ? { title: null, ticks: false, domain: false, labelFontWeight: 'bold', labelPadding: 6 } : { labels: false, ticks: false, title: null, domain: false },
  };
  const yOffset: Offset = { field: 'series', type: 'nominal', scale: { domain: [...data.series], paddingInner: barGap / (layout.barThickness + barGap), paddingOuter: 0 } };
  const x: Position = {
    field: 'value',
    type: 'quantitative',
    scale: { domain, nice: false, zero: false },
    axis: {
      title: titleLines(data.valueTitle, plotWidth + nameRoom),
      // Percentages stop at 100 even when the room left for figures takes the axis further.
      ...(data.percent && max <= 100 ? { values: [-100, -75, -50, -25, 0, 25, 50, 75, 100].filter((v) => v >= domain[0]!) } : { tickCount: 4 }),
      grid: false,
      domain: false,
      titleAnchor: 'start',
      titleAlign: 'left',
      titleX: -nameRoom,
    },
  };
  // A category's name is written above its bars, one datum a line, each lifted by its distance from the last line.
  const nameLines = names.flatMap(({ category, lines }) => lines.map((line, i) => ({ x: category, line, lift: -(lines.length - 1 - i) * lineHeight - 5 })));
  const points = data.points.map((p) => ({ ...p, negative: p.value < 0 }));
  const negatives = points.some((p) => p.negative);
  return {
    width: plotWidth,
    height: { step, for: 'position' },
    config,
    layer: [
      ...(namesLeft
        ? []
        : [
            {
              name: 'labels',
              data: { values: nameLines },
              mark: { type: 'text' as const, baseline: 'bottom' as const, align: 'left' as const, fontWeight: 'bold' as const },
              encoding: { y: { ...y, bandPosition: 0 }, yOffset: { field: 'lift', type: 'quantitative' as const, scale: null }, x: { value: 0 }, text: { field: 'line' } },
            },
          ]),
      {
        name: 'bars',
        data: { values: points },
        mark: { type: 'bar' },
        encoding: { y, yOffset, x, color: { field: 'series', type: 'nominal', scale: colourScale(data), legend: legend(data) } },
      },
      // Figures after bars that go right, and before bars that go left.
      {
        name: 'values',
        data: { values: points },
        transform: [{ filter: '!datum.negative' }],
        mark: { type: 'text', baseline: 'middle', align: 'left', dx: 5 },
        encoding: { y, yOffset, x, text: { field: 'figure' } },
      },
      ...(negatives
        ? [
            {
              name: 'values_below',
              data: { values: points },
              transform: [{ filter: 'datum.negative' }],
              mark: { type: 'text' as const, baseline: 'middle' as const, align: 'right' as const, dx: -5 },
              encoding: { y, yOffset, x, text: { field: 'figure' } },
            },
          ]
        : []),
      zeroRule('x'),
    ],
  };
}

/**
 * Axis settings that write category names on several lines when they are too wide for their
 * place (`room`), through a lookup from each name to its lines.
 */
function wrappedLabels(categories: readonly string[], room: number): { labelExpr?: string; labelBaseline?: 'top' } {
  const wrapped = categories.map((category) => [category, wrapText(category, room * layout.wrapShare - 4, fontSize)] as const);
  if (wrapped.every(([, lines]) => lines.length === 1)) return {};
  const lookup = wrapped.map(([category, lines]) => `${JSON.stringify(category)}: ${JSON.stringify(lines)}`).join(', ');
  return { labelExpr: `({${lookup}})[datum.label]`, labelBaseline: 'top' };
}

function lines(data: ChartData): TopLevelSpec {
  const labelRoom = labelRoomFor(data.points.map((p) => p.value));
  const plotWidth = layout.width - labelRoom - layout.padding - layout.paddingRight;
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
    : {
        field: 'x',
        type: 'ordinal',
        scale: { domain: [...data.categories], padding: 0.4 },
        axis: { title: data.xLabel, grid: false, ...wrappedLabels(data.categories, plotWidth / data.categories.length) },
      };
  const y: Position = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true, padding: 26 }, axis: leftValueAxis(title, labelRoom) };
  const series = { field: 'series', type: 'nominal' } as const;
  const legendSpec = legend(data, { title, labelRoom });
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
      // (An empty layer would make Vega warn about an empty extent.)
      ...(points.some((p) => !p.above)
        ? [{ name: 'values_below', transform: [{ filter: '!datum.above' }], mark: { type: 'text' as const, baseline: 'top' as const, dy: 8 }, encoding: { text: { field: 'figure' } } }]
        : []),
    ],
  };
}

/** The Vega-Lite specification for a data set's chart. */
export function chartSpec(data: ChartData): TopLevelSpec {
  if (data.type === 'line') return lines(data);
  return barOrientation(data) === 'vertical' ? verticalBars(data) : horizontalBars(data);
}
