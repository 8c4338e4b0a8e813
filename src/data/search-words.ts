/**
 * What the search page needs besides Pagefind's index: the site's word list
 * (content/search-words.yaml) and the words the site uses, for "did you mean". Written once
 * per build to /search/words.json.
 */
import { knownWords } from '../lib/search/did-you-mean.ts';
import type { SearchWordList } from '../lib/search/query.ts';
import { kindsOfHelp } from '../lib/vocabulary/index.ts';
import { getCaseStudies } from './case-studies.ts';
import { loadCollection } from './collections.ts';
import { getCourses } from './courses.ts';
import { getDirectory } from './directory.ts';

export interface SearchWordsFile extends SearchWordList {
  /** Words the search index holds (names, summaries, titles), to suggest for a word it does not know. */
  readonly known: readonly string[];
}

export async function getSearchWordsFile(): Promise<SearchWordsFile> {
  const [list] = await loadCollection('searchWords');
  const [directory, courses, caseStudies, guides, modules, lessons] = await Promise.all([
    getDirectory(),
    getCourses(),
    getCaseStudies(),
    loadCollection('guides'),
    loadCollection('modules'),
    loadCollection('lessons'),
  ]);
  const texts = [
    ...directory.available.flatMap((s) => [s.data.name, s.data.summary, s.organisationName]),
    ...directory.areas.map((a) => a.data.name),
    ...kindsOfHelp.terms.flatMap((k) => [k.label, k.description ?? '']),
    ...courses.filter((c) => c.listed).flatMap((c) => [c.data.title, c.data.summary]),
    ...caseStudies.flatMap((c) => [c.data.title, c.data.summary]),
    ...[...guides, ...modules, ...lessons].map((entry) => entry.data.title),
    ...(list?.data.words ?? []).map((w) => w.search),
  ];
  return { words: list?.data.words ?? [], ignore: list?.data.ignore ?? [], known: knownWords(texts) };
}
