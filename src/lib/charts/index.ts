/**
 * Draws a data set's chart at build time as a small, static, accessible SVG, with Vega-Lite.
 *
 * ```astro
 * ---
 * import { renderDatasetChart } from '../../lib/charts/index.ts';
 * const svg = await renderDatasetChart(entry.data.meta, entry.data.header, entry.data.rows, { id: entry.id });
 * ---
 * <figure><Fragment set:html={svg} /></figure>
 * ```
 *
 * The SVG has no script, no fonts, no links and no fixed size; it needs the CSS in `chartCss`
 * (palette.ts) in the site's stylesheet for its dark-mode and print colours.
 */
import { compile } from 'vega-lite';
import * as vega from 'vega';
import type { DatasetMeta } from '../../schemas/dataset.ts';
import { chartData, chartSpec, layout } from './spec.ts';
import { cleanSvg } from './svg.ts';
import { textWidth } from './text.ts';

export { chartCss, seriesStyles, contrast } from './palette.ts';
export { chartData, chartSpec, barOrientation } from './spec.ts';
export { formatFigure } from './text.ts';

export interface ChartOptions {
  /**
   * Makes the ids in the SVG (its title, description and fill patterns) unique on the page; use
   * the data set's id. Defaults to one made from the title.
   */
  readonly id?: string;
}

interface TextItem {
  readonly fontSize?: number;
  readonly fontWeight?: string | number;
}
interface TextMetrics {
  width: (item: TextItem, text: string | number) => number;
}

// Vega measures text with a canvas when it can, and otherwise guesses 0.8 em a character. Give it
// a font-free estimate close to the site's system fonts instead: layout is then the same on every
// machine, and labels get the room they need. (Vega documents replacing textMetrics.width.)
const metrics = (vega as unknown as { textMetrics: TextMetrics }).textMetrics;
metrics.width = (item, text) => {
  const bold = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600;
  return textWidth(String(text ?? '').trim(), item.fontSize ?? 11, bold);
};

/** Makes a string safe to use in an id: lower-case letters, digits and hyphens. */
function idFrom(text: string): string {
  const slug = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'data';
}

/**
 * Draws the chart that `meta.chart` describes from the rows of data.csv (`header` is its first
 * row), and returns it as SVG markup: a bar chart (grouped bars for several `chart.y` columns) or
 * a line chart, with every figure written on it.
 */
export async function renderDatasetChart(meta: DatasetMeta, header: string[], rows: string[][], options: ChartOptions = {}): Promise<string> {
  const data = chartData(meta, header, rows);
  const { spec } = compile(chartSpec(data));
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
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
