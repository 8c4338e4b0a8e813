/** Reports, newest first, with the topics they cover. */
import { facetValues } from '../lib/facets.ts';
import { themes } from '../lib/vocabulary/index.ts';
import { loadCollection } from './collections.ts';

/** Reports newest first, and their topics with counts: worked out once per build. */
let cached: Promise<{ reports: Awaited<ReturnType<typeof loadCollection<'reports'>>>; topics: ReturnType<typeof facetValues> }> | undefined;

function load() {
  cached ??= loadCollection('reports').then((all) => {
    const reports = [...all].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title));
    return { reports, topics: facetValues(reports, (r) => r.data.topics, (t) => themes.label(t), themes.ids) };
  });
  return cached;
}

export async function getReports() {
  return (await load()).reports;
}

export async function reportTopics() {
  return (await load()).topics;
}
