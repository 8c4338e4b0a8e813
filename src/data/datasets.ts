/** Data sets, newest first, each with its chart drawn once per build. */
import { renderDatasetChart } from '../lib/charts/index.ts';
import { loadCollection } from './collections.ts';

export async function getDatasets() {
  return (await loadCollection('datasets')).sort((a, b) => b.data.meta.published.localeCompare(a.data.meta.published) || a.data.meta.title.localeCompare(b.data.meta.title));
}

const charts = new Map<string, Promise<string>>();

export function datasetChart(dataset: Awaited<ReturnType<typeof getDatasets>>[number]): Promise<string> {
  let chart = charts.get(dataset.id);
  if (!chart) {
    chart = renderDatasetChart(dataset.data.meta, dataset.data.header, dataset.data.rows, { id: dataset.id });
    charts.set(dataset.id, chart);
  }
  return chart;
}
