/**
 * Draws a data set's chart at build time as a small, static, accessible SVG, with Vega-Lite.
 *
 * ```astro
 * ---
 * import { renderDatasetChart } from '../../lib/charts/index.ts';
 * const { meta, header, rows } = entry.data;
 * const chart = await renderDatasetChart(meta, header, rows, { id: entry.id });
 * ---
 * <figure class="chart-figure"><Fragment set:html={chart} /></figure>
 * ```
 *
 * The SVG has no script, no fonts, no links and no fixed size. Its dark-mode and print colours
 * come from the CSS in `chartCss` (palette.ts), which belongs in the site's stylesheet; without it
 * the chart shows its light-mode colours.
 */
import { compile } from 'vega-lite';
import * as vega from 'vega';
import type { LoggerInterface, Spec as VegaSpec } from 'vega';
import type { DatasetMeta } from '../../schemas/dataset.ts';
import { chartData, chartSpec, layout, type ChartData } from './spec.ts';
import { cleanSvg } from './svg.ts';
import { textWidth } from './text.ts';

export { backgrounds, chartCss, contrast, seriesStyles } from './palette.ts';
export { barOrientation, chartData, chartSpec, type ChartData } from './spec.ts';
export { formatFigure } from './text.ts';

export interface ChartOptions {
  /**
   * Makes the ids in the SVG (of its title, description and fill patterns) unique on the page:
   * use the data set's id. Defaults to one made from the title.
   */
  readonly id?: string;
  /** Called with each warning from Vega-Lite or Vega. Defaults to `console.warn`. */
  readonly onWarning?: (message: string) => void;
}

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}

// Vega measures text with a canvas when it has one, and otherwise guesses 0.8 em a character.
// Give it a font-free estimate close to the site's system fonts instead, so that layout is the
// same on every machine and labels get the room they need. (Vega supports replacing
// textMetrics.width; its type is not published, hence the cast.)
const metrics = (vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } }).textMetrics;
metrics.width = (item, text) => {
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return textWidth(String(text ?? '').trim(), item.fontSize ?? 11, bold);
};

/** A Vega logger that passes warnings and errors to `report`. */
function reportingLogger(report: (message: string) => void): LoggerInterface {
  let level = 2;
  const logger: LoggerInterface = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) {
      report(args.map(String).join(' '));
      return this;
    },
    warn(...args: unknown[]) {
      report(args.map(String).join(' '));
      return this;
    },
    info() {
      return this;
    },
    debug() {
      return this;
    },
  };
  return logger;
}

/** Compiles a chart's Vega-Lite specification to Vega, and lists Vega-Lite's warnings. */
export function compileChart(data: ChartData): { spec: VegaSpec; warnings: string[] } {
  const warnings: string[] = [];
  const { spec } = compile(chartSpec(data), { logger: reportingLogger((message) => warnings.push(message)) });
  return { spec, warnings };
}

/** Makes a string safe to use in an id: lower-case letters, digits and hyphens. */
function idFrom(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'data'
  );
}

/**
 * Draws the chart that `meta.chart` describes from the rows of data.csv (`header` is its first
 * row) and returns it as SVG markup: a bar chart (grouped bars when `chart.y` has several
 * columns) or a line chart, with every figure written on it. The same input always gives the
 * same SVG, byte for byte.
 *
 * The root `<svg>` is `role="img"`, named by a `<title>` (the data set's title) and described by a
 * `<desc>` (`chart.description`); everything else is hidden from screen readers, since the page
 * also shows the figures in a table.
 */
export async function renderDatasetChart(meta: DatasetMeta, header: string[], rows: string[][], options: ChartOptions = {}): Promise<string> {
  const report = options.onWarning ?? ((message: string) => console.warn(`Chart for "${meta.title}": ${message}`));
  const data = chartData(meta, header, rows);
  const { spec, warnings } = compileChart(data);
  warnings.forEach(report);
  const view = new vega.View(vega.parse(spec), { renderer: 'none', logger: reportingLogger(report) });
  try {
    const markup = await view.toSVG();
    return cleanSvg(markup, {
      id: `chart-${idFrom(options.id ?? meta.title)}`,
      title: meta.title,
      description: meta.chart.description,
      seriesCount: data.series.length,
      kind: data.type,
      fontSize: layout.fontSize,
    });
  } finally {
    view.finalize();
  }
}
