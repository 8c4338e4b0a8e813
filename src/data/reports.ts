/** Reports, newest first, with the topics they cover. */
import { facetValues } from '../lib/facets.ts';
import { themes } from '../lib/vocabulary/index.ts';
import { loadCollection } from './collections.ts';

export async function getReports() {
  return (await loadCollection('reports')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
}

export async function reportTopics() {
  return facetValues(await getReports(), (r) => r.data.topics, (t) => themes.label(t as never), themes.ids);
}
