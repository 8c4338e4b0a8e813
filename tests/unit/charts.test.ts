import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse as parseHtml, valid, type HTMLElement } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURE_CONTENT } from '../../scripts/lib/test-site.ts';
import { parseContentYaml as parseYaml } from '../../src/lib/yaml.ts';
import { datasetMetaSchema, type DatasetMeta } from '../../src/schemas/dataset.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { backgrounds, barOrientation, chartCss, chartData, compileChart, contrast, formatFigure, renderDatasetChart, seriesStyles } from '../../src/lib/charts/index.ts';
import { roundNumbers } from '../../src/lib/charts/svg.ts';
import { textWidth, wrapText } from '../../src/lib/charts/text.ts';

interface Dataset {
  readonly id: string;
  readonly meta: DatasetMeta;
  readonly header: string[];
  readonly rows: string[][];
}

const datasetsFolder = join(FIXTURE_CONTENT, 'datasets');

function loadDatasets(): Dataset[] {
  return readdirSync(datasetsFolder)
    .sort()
    .filter((id) => existsSync(join(datasetsFolder, id, 'meta.yaml')))
    .map((id) => {
      const meta = datasetMetaSchema.parse(parseYaml(readFileSync(join(datasetsFolder, id, 'meta.yaml'), 'utf8')));
      const [header, ...rows] = parseCsv(readFileSync(join(datasetsFolder, id, 'data.csv'), 'utf8'));
      return { id, meta, header: header?.cells ?? [], rows: rows.map((row) => row.cells) };
    });
}

function fixtureMeta(overrides: Partial<DatasetMeta> & Pick<DatasetMeta, 'columns' | 'chart'>): DatasetMeta {
  return datasetMetaSchema.parse({
    title: 'A test data set',
    description: 'Figures made up for a test.',
    source: { title: 'Test source', publisher: 'Test publisher' },
    licence: 'OGL v3',
    geography: 'Northmere',
    period: '2015 to 2020',
    units: '% of adults',
    published: '2026-01-01',
    ...overrides,
  });
}

/** A line chart of two series over years, with a gap year and lines that cross. */
const lineFixture: Dataset = {
  id: 'fixture-line',
  meta: fixtureMeta({
    title: 'Adults online in Northmere & the UK, 2015 to 2020',
    columns: [
      { name: 'year', label: 'Year', type: 'year' },
      { name: 'area', label: 'Northmere (%)', type: 'number' },
      { name: 'uk', label: 'UK average (%)', type: 'number' },
    ],
    chart: { type: 'line', x: 'year', y: ['area', 'uk'], description: 'Northmere rose from 82.1% to 91.3%, passing the UK average of 91% in 2020.' },
  }),
  header: ['year', 'area', 'uk'],
  rows: [
    ['2015', '82.1', '86'],
    ['2016', '84', '87.5'],
    ['2017', '85.5', '88.2'],
    ['2019', '89', '90.1'],
    ['2020', '91.3', '91'],
  ],
};

/** A bar chart of three series over text categories, one of them long enough to wrap. */
const barsFixture: Dataset = {
  id: 'fixture-bars',
  meta: fixtureMeta({
    title: 'Help given, by kind of help, 2021 to 2023',
    units: 'people helped',
    columns: [
      { name: 'kind', label: 'Kind of help', type: 'text' },
      { name: 'y2021', label: '2021', type: 'number' },
      { name: 'y2022', label: '2022', type: 'number' },
      { name: 'y2023', label: '2023', type: 'number' },
    ],
    chart: { type: 'bar', x: 'kind', y: ['y2021', 'y2022', 'y2023'], description: 'More people were helped each year, most of all with a device to keep in 2023.' },
  }),
  header: ['kind', 'y2021', 'y2022', 'y2023'],
  rows: [
    ['Free Wi-Fi', '120', '340', '512'],
    ['A device to keep', '45', '88', '1250'],
    ['Someone to show them how to use a phone or tablet', '300', '410', '395'],
  ],
};

const datasets = loadDatasets();
const sizes = new Map<string, string>();

afterAll(() => {
  console.log(`Chart sizes (raw / gzip):\n${[...sizes.values()].join('\n')}`);
});

/** The text of each element that `selector` finds, with the lines of multi-line text joined by spaces. */
function texts(root: HTMLElement, selector: string): string[] {
  return root.querySelectorAll(selector).map((element) => element.childNodes.map((node) => node.text).join(' '));
}

/** The figures in data.csv that the chart draws, as written there. */
function figures({ meta, header, rows }: Dataset): string[] {
  return rows.flatMap((row) => meta.chart.y.map((name) => row[header.indexOf(name)]!.trim()));
}

/** Checks everything a chart must be, and returns its parsed root. */
async function checkChart(dataset: Dataset): Promise<{ svg: string; root: HTMLElement }> {
  const { id, meta, header, rows } = dataset;
  const warnings: string[] = [];
  const svg = await renderDatasetChart(meta, header, rows, { id, onWarning: (message) => warnings.push(message) });
  expect(warnings).toEqual([]);

  // Well-formed, one <svg> at the root.
  expect(svg.startsWith('<svg ')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(valid(svg)).toBe(true);
  const root = parseHtml(svg, { lowerCaseTagName: false });
  const svgElement = root.querySelector('svg')!;
  expect(root.childNodes).toHaveLength(1);

  // Accessible: an image named by its <title> and described by its <desc>, the rest hidden.
  expect(svgElement.getAttribute('role')).toBe('img');
  const titleId = svgElement.getAttribute('aria-labelledby')!;
  const descId = svgElement.getAttribute('aria-describedby')!;
  expect(titleId).toBe(`chart-${id}-title`);
  expect(descId).toBe(`chart-${id}-desc`);
  const title = root.querySelector(`[id="${titleId}"]`)!;
  const desc = root.querySelector(`[id="${descId}"]`)!;
  expect(title.tagName.toLowerCase()).toBe('title');
  expect(desc.tagName.toLowerCase()).toBe('desc');
  expect(title.text.replace(/&amp;/g, '&')).toBe(meta.title);
  expect(desc.text.replace(/&amp;/g, '&')).toBe(meta.chart.description);
  const children = svgElement.children.map((child) => child.tagName.toLowerCase());
  expect(children.slice(0, 2)).toEqual(['title', 'desc']);
  const drawing = svgElement.children.at(-1)!;
  expect(drawing.tagName.toLowerCase()).toBe('g');
  expect(drawing.getAttribute('aria-hidden')).toBe('true');
  expect(svg.match(/ role="/g)).toHaveLength(1);
  expect(svg).not.toMatch(/aria-(label|roledescription)=|tabindex|focusable/);
  const ids = root.querySelectorAll('[id]').map((element) => element.id);
  expect(ids.every((value) => value.startsWith(`chart-${id}-`))).toBe(true);

  // Light and safe: no script, handlers, links, fonts or styles.
  expect(svg).not.toMatch(/<script|<foreignObject|<style|<image|<a[\s>]/i);
  expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
  expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', '')).not.toMatch(/https?:|xlink|href=/i);
  expect(svg).not.toMatch(/font-family|@font-face|style="/i);
  expect(svg).not.toMatch(/pointer-events|cursor/);

  // Responsive: a viewBox and no fixed size.
  expect(svgElement.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
  expect(svgElement.hasAttribute('width')).toBe(false);
  expect(svgElement.hasAttribute('height')).toBe(false);
  // Lines after the first of a multi-line text start again at the text's x.
  for (const tspan of root.querySelectorAll('tspan[dy]')) expect(tspan.getAttribute('x')).toBe('0');
  // Short numbers: no attribute value has a number with more than two decimals.
  expect(svg.replace(/>[^<]*</g, '><')).not.toMatch(/\d\.\d{3}/);

  // Colours: text, axes and series in currentColor; no fixed colour except the series fallbacks.
  const fixedColours = [...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]+|[a-z]+)"/gi)].map((match) => match[1]);
  expect(fixedColours.every((colour) => colour === 'currentColor' || colour === 'none')).toBe(true);

  // Deterministic.
  expect(await renderDatasetChart(meta, header, rows, { id, onWarning: () => {} })).toBe(svg);

  // Every figure is written on the chart, and every category named.
  const labels = texts(root, '.chart-values text');
  const written = labels.map((label) => label.replace(/[,%£]/g, '').replace('\u2212', '-'));
  for (const figure of figures(dataset)) expect(written).toContain(figure);
  for (const figure of figures(dataset)) expect(labels).toContain(formatFigure(figure, meta.units));
  const allText = texts(root, 'text').join(' ').replace(/\s+/g, ' ');
  for (const row of rows) expect(allText).toContain(row[header.indexOf(meta.chart.x)]!.trim());

  sizes.set(id, `  ${id}: ${svg.length} B / ${gzipSync(svg).length} B`);
  return { svg, root };
}

describe("charts of the test fixture site's data sets", () => {
  it('finds the data sets', () => {
    expect(datasets.length).toBeGreaterThan(0);
  });

  for (const dataset of datasets) {
    it(`draws ${dataset.id}`, async () => {
      const { svg, root } = await checkChart(dataset);
      // Small: under 6 KiB for a chart of up to 8 figures; a quarter of the page budget gzipped for any.
      const count = figures(dataset).length;
      if (count <= 8) expect(svg.length).toBeLessThan(6 * 1024);
      expect(gzipSync(svg).length).toBeLessThan((14 * 1024) / 4);
      // One bar (or point) per figure, in its series' colour class, and one figure written for each.
      expect(root.querySelectorAll('path[class^="chart-s"]').length).toBeGreaterThanOrEqual(count);
      expect(root.querySelectorAll('.chart-values text')).toHaveLength(count);
      // A legend only when there is more than one series.
      const labels = dataset.meta.chart.y.map((name) => dataset.meta.columns.find((c) => c.name === name)!.label);
      if (labels.length > 1) for (const label of labels) expect(texts(root, 'text')).toContain(label);
      else if (dataset.meta.chart.type === 'bar') expect(root.querySelectorAll('path[class^="chart-s"][transform]')).toHaveLength(0);
    });
  }

  it('gives every chart on a page its own ids', async () => {
    const ids = new Set<string>();
    for (const { id, meta, header, rows } of datasets) {
      const root = parseHtml(await renderDatasetChart(meta, header, rows, { id }));
      for (const element of root.querySelectorAll('[id]')) {
        expect(ids.has(element.id)).toBe(false);
        ids.add(element.id);
      }
    }
  });
});

describe('a line chart', () => {
  it('draws two series with figures, markers, dashes and a legend', async () => {
    const { svg, root } = await checkChart(lineFixture);
    expect(svg.length).toBeLessThan(6 * 1024);
    // Title with "&" is escaped.
    expect(svg).toContain('Northmere &amp; the UK');
    // Two lines, in their series classes; the second dashed.
    const lines = root.querySelectorAll('path[stroke-dasharray], path[class^="chart-s"]').filter((p) => /^M[\d.,-]+(L[\d.,-]+)+$/.test(p.getAttribute('d') ?? ''));
    expect(lines.map((p) => p.getAttribute('class'))).toEqual(['chart-s1', 'chart-s2']);
    expect(lines[1]!.getAttribute('stroke-dasharray')).toBe('8,4');
    // Markers of a different shape for each series: circles (arcs) for the first, squares for the second.
    const markers = (series: number) => root.querySelectorAll(`path.chart-s${series}[transform]`).map((p) => p.getAttribute('d') ?? '');
    expect(markers(1).every((d) => d.includes('A'))).toBe(true);
    expect(markers(2).every((d) => d.includes('h'))).toBe(true);
    // A legend naming both series, in order; no fill patterns on a line chart.
    const allText = texts(root, 'text');
    expect(allText.indexOf('Northmere (%)')).toBeLessThan(allText.indexOf('UK average (%)'));
    expect(svg).not.toContain('<pattern');
    // Years along the bottom, with the gap year left out.
    expect(allText).toEqual(expect.arrayContaining(['2015', '2016', '2017', '2019', '2020']));
    expect(allText).not.toContain('2018');
  });

  it('writes the higher figure above and the lower below where lines meet', async () => {
    const { root } = await checkChart(lineFixture);
    const [above, below] = root.querySelectorAll('.chart-values').map((group) => group.querySelectorAll('text').map((t) => t.text));
    expect(above).toContain('91.3%');
    expect(below).toContain('91%');
    expect(above).toContain('86%');
    expect(below).toContain('82.1%');
  });
});

describe('a bar chart with several series', () => {
  it('draws grouped bars with patterns, an outline and a legend in bar order', async () => {
    const { svg, root } = await checkChart(barsFixture);
    expect(svg.length).toBeLessThan(6 * 1024);
    // The second and third series are filled with patterns defined in the SVG.
    for (const series of [2, 3]) {
      const pattern = root.querySelector(`pattern#chart-fixture-bars-p${series}`)!;
      expect(pattern.getAttribute('class')).toBe(`chart-s${series}`);
      const bars = root.querySelectorAll(`path.chart-s${series}`);
      expect(bars.length).toBe(4); // three bars and a legend symbol
      for (const bar of bars) {
        expect(bar.getAttribute('fill')).toBe(`url(#chart-fixture-bars-p${series})`);
        expect(bar.getAttribute('stroke')).toBe('currentColor');
      }
    }
    expect(root.querySelectorAll('path.chart-s1').every((bar) => bar.getAttribute('fill') === 'currentColor')).toBe(true);
    // The legend lists the series in the order of the bars in each group, top to bottom.
    const allText = texts(root, 'text');
    const legendOrder = ['2021', '2022', '2023'].map((label) => allText.indexOf(label));
    expect(legendOrder.every((index) => index >= 0)).toBe(true);
    expect([...legendOrder].sort((a, b) => a - b)).toEqual(legendOrder);
    const firstBarTop = (series: number) => Number(/^M[\d.-]+,([\d.-]+)/.exec(root.querySelector(`path.chart-s${series}:not([transform])`)!.getAttribute('d')!)![1]);
    expect(firstBarTop(1)).toBeLessThan(firstBarTop(2));
    expect(firstBarTop(2)).toBeLessThan(firstBarTop(3));
    // Text categories make horizontal bars, with long names wrapped above the bars.
    expect(barOrientation(chartData(barsFixture.meta, barsFixture.header, barsFixture.rows))).toBe('horizontal');
    const nameLines = texts(root, '.chart-labels text');
    expect(nameLines.length).toBeGreaterThan(3);
    expect(nameLines.join(' ')).toContain('Someone to show them how to use a phone or tablet');
    expect(texts(root, '.chart-values text')).toContain('1,250');
  });
});

describe('charts of other shapes of data', () => {
  const edge = (id: string, meta: Parameters<typeof fixtureMeta>[0], header: string[], rows: string[][]): Dataset => ({ id, meta: fixtureMeta(meta), header, rows });

  it('draws bars below zero to the left of a zero line, with their figures outside them', async () => {
    const dataset = edge(
      'edge-negative',
      {
        units: '% change',
        columns: [
          { name: 'area', label: 'Area', type: 'text' },
          { name: 'change', label: 'Change in use (%)', type: 'number' },
        ],
        chart: { type: 'bar', x: 'area', y: ['change'], description: 'Use fell in the North and rose elsewhere.' },
      },
      ['area', 'change'],
      [
        ['North', '-3.5'],
        ['South', '2.1'],
        ['East', '12'],
      ],
    );
    const { root } = await checkChart(dataset);
    const groups = root.querySelectorAll('.chart-values');
    expect(groups.map((g) => g.querySelectorAll('text').map((t) => t.text))).toEqual([['2.1%', '12%'], ['\u22123.5%']]);
    const negative = groups[1]!.querySelector('text')!;
    expect(negative.getAttribute('text-anchor') ?? groups[1]!.getAttribute('text-anchor')).toBe('end');
  });

  it('puts short names like years on the left of horizontal bars, and keeps a percentage axis within 100', async () => {
    const dataset = edge(
      'edge-many-years',
      {
        columns: [
          { name: 'year', label: 'Year', type: 'year' },
          { name: 'online', label: 'Adults online (%)', type: 'number' },
        ],
        chart: { type: 'bar', x: 'year', y: ['online'], description: 'Use rose every year.' },
      },
      ['year', 'online'],
      Array.from({ length: 10 }, (_, i) => [String(2011 + i), (80 + i * 1.5).toFixed(1)]),
    );
    expect(barOrientation(chartData(dataset.meta, dataset.header, dataset.rows))).toBe('horizontal');
    const { svg, root } = await checkChart(dataset);
    expect(svg.length).toBeLessThan(6 * 1024);
    expect(root.querySelector('.chart-labels')).toBeNull();
    const numbers = texts(root, 'text')
      .filter((t) => /^\d+$/.test(t) && !/^20\d\d$/.test(t))
      .map(Number);
    expect(Math.max(...numbers)).toBe(100);
  });

  it('draws a line over text categories, wrapping their names', async () => {
    const dataset = edge(
      'edge-quarters',
      {
        units: 'people',
        columns: [
          { name: 'quarter', label: 'Quarter', type: 'text' },
          { name: 'people', label: 'People helped', type: 'number' },
        ],
        chart: { type: 'line', x: 'quarter', y: ['people'], description: 'More people were helped in most quarters.' },
      },
      ['quarter', 'people'],
      [
        ['Jan to Mar', '120'],
        ['Apr to Jun', '340'],
        ['Jul to Sep', '290'],
        ['Oct to Dec', '410'],
      ],
    );
    const { root } = await checkChart(dataset);
    expect(root.querySelectorAll('tspan').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('.chart-values text')).toHaveLength(4);
  });
});

describe('chart layout and text', () => {
  it('draws years as vertical bars when there are few, and other categories as horizontal bars', () => {
    const orientation = (xType: 'year' | 'text', xs: string[], series = 1) => {
      const ys = Array.from({ length: series }, (_, i) => `y${i}`);
      const meta = fixtureMeta({
        columns: [{ name: 'x', label: 'X', type: xType }, ...ys.map((name) => ({ name, label: name.toUpperCase(), type: 'number' as const }))],
        chart: { type: 'bar', x: 'x', y: ys, description: 'A test chart.' },
      });
      return barOrientation(
        chartData(
          meta,
          ['x', ...ys],
          xs.map((x) => [x, ...ys.map(() => '1')]),
        ),
      );
    };
    expect(orientation('year', ['2018', '2019'], 2)).toBe('vertical');
    expect(orientation('year', ['2018', '2019', '2020', '2021'], 2)).toBe('horizontal');
    expect(orientation('text', ['North', 'South'])).toBe('horizontal');
  });

  it('compiles every chart without Vega-Lite warnings', () => {
    for (const d of [...datasets, lineFixture, barsFixture]) expect(compileChart(chartData(d.meta, d.header, d.rows)).warnings).toEqual([]);
  });

  it('writes figures as data.csv has them, with thousands and units', () => {
    expect(formatFigure('88.6', '% of adults')).toBe('88.6%');
    expect(formatFigure('5000', 'devices')).toBe('5,000');
    expect(formatFigure('1234567.50', 'pounds')).toBe('1,234,567.50');
    expect(formatFigure('12', '£ million')).toBe('£12');
    expect(formatFigure('-3.5', '% change')).toBe('\u22123.5%');
    expect(formatFigure('69', 'percent of homes')).toBe('69%');
  });

  it('wraps long text and estimates widths without fonts', () => {
    expect(textWidth('iiii', 15)).toBeLessThan(textWidth('MMMM', 15));
    expect(textWidth('Ab', 15, true)).toBeGreaterThan(textWidth('Ab', 15));
    const lines = wrapText('Three online workshops on digitally inclusive communities', 200, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Three online workshops on digitally inclusive communities');
    expect(lines.every((line) => textWidth(line, 15) <= 200)).toBe(true);
  });

  it('rounds numbers in path data and transforms', () => {
    expect(roundNumbers('M27.27272727,22.80000000000002h54.5454v-0.0001Z')).toBe('M27.3,22.8h54.5v0Z');
    expect(roundNumbers('translate(81.31818181818181,7) rotate(270)')).toBe('translate(81.3,7) rotate(270)');
    expect(roundNumbers('M1e-7,2.5')).toBe('M0,2.5');
  });

  it('says clearly when data.csv lacks a column the chart needs', () => {
    const { meta, rows } = barsFixture;
    expect(() => chartData(meta, ['kind', 'y2021', 'y2022'], rows)).toThrow(/needs the column "y2023"/);
  });
});

describe('chart colours', () => {
  it('have 3:1 contrast with the page in light and dark mode', () => {
    for (const style of seriesStyles) {
      expect(contrast(style.light, backgrounds.light)).toBeGreaterThanOrEqual(3);
      expect(contrast(style.dark, backgrounds.dark)).toBeGreaterThanOrEqual(3);
    }
  });

  it("are in the site's charts stylesheet, with light, dark and print values", () => {
    // The palette's CSS is written into src/styles/charts.css by hand: every line of it must be
    // there, so a colour changed in one place and not the other fails here.
    const stylesheet = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'styles', 'charts.css'), 'utf8');
    for (const line of chartCss.split('\n')) expect(stylesheet, line).toContain(line);
    for (const style of seriesStyles) {
      expect(chartCss).toContain(`--chart-${style.number}: ${style.light};`);
      expect(chartCss).toContain(`--chart-${style.number}: ${style.dark};`);
      expect(chartCss).toContain(`.chart-s${style.number} { color: var(--chart-${style.number}); }`);
    }
    expect(chartCss).toMatch(/@media \(prefers-color-scheme: dark\)/);
    expect(chartCss).toMatch(/@media print \{ :root \{ --chart-1: #000;/);
  });
});
