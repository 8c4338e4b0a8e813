/** Reports, newest first, with the topics they cover. */
import { vocabularyFacet, withValues, type FacetValue } from '../lib/facets.ts';
import { publishedSortKey } from '../lib/published.ts';
import { themes } from '../lib/vocabulary/index.ts';
import type { Report } from '../schemas/report.ts';
import { loadCollection, type Loaded } from './collections.ts';

/** The reports' one filter: the topics they cover (pages under /reports/topic/<topic>/). */
const topicFacet = vocabularyFacet('topic', 'Topic', themes, (report: Loaded<Report>) => report.data.topics);

/** Reports newest first, and their topics with counts: worked out once per build. */
let cached: Promise<{ reports: Loaded<Report>[]; topics: FacetValue[] }> | undefined;

function load() {
  cached ??= loadCollection('reports').then((all) => {
    const reports = [...all].sort((a, b) => publishedSortKey(b.data).localeCompare(publishedSortKey(a.data)) || a.data.title.localeCompare(b.data.title));
    const [topics] = withValues(reports, [topicFacet]);
    return { reports, topics: topics!.values };
  });
  return cached;
}

export async function getReports() {
  return (await load()).reports;
}

export async function reportTopics() {
  return (await load()).topics;
}
