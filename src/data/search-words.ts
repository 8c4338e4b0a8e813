/**
 * What the search page needs besides Pagefind's index: the site's word list
 * (content/search-words.yaml), the everyday words of the page's language, and the words the
 * site uses in that language, for "did you mean". Worked out once per build and language: the
 * word list goes in each language's search page; the known words to /search/known-words.json,
 * /cy/search/known-words.json..., fetched only when a search finds nothing (at 10,000 listings
 * they are 6.8 KB of a first search's 151 KB).
 */
import { knownWords } from '../lib/search/did-you-mean.ts';
import type { SearchWordList } from '../lib/search/query.ts';
import { searchWordListIn } from '../lib/search/page-words-of.ts';
import { translatedField } from '../lib/i18n/translated-fields.ts';
import { kindsOfHelp } from '../lib/vocabulary/index.ts';
import { termDescription, termLabel } from '../lib/i18n/terms.ts';
import { DEFAULT_LANGUAGE } from '../lib/i18n/languages.ts';
import { translator } from '../lib/i18n/translate.ts';
import { getCaseStudies } from './case-studies.ts';
import { loadCollection } from './collections.ts';
import { getCourses } from './courses.ts';
import { getDirectory } from './directory.ts';

export interface SearchWordsFile extends SearchWordList {
  /** Words the search index holds (names, summaries, titles), to suggest for a word it does not know. */
  readonly known: readonly string[];
}

/**
 * The word list for the search page in a language. Every language uses the site's word list
 * (English misspellings and everyday words: listings not yet translated are searched in
 * English on every page), and adds its own everyday words from the catalogue. The known words
 * are those of the pages searched in that language: English pages for English; for another
 * language, its words for the kinds of help and each listing's translated summary, with the
 * names and English summaries of what is not translated.
 */
export function getSearchWordsFile(code: string = DEFAULT_LANGUAGE): Promise<SearchWordsFile> {
  // Two files are written from it in each language (the word list and the known words): work it out once.
  let file = wordsFiles.get(code);
  if (!file) wordsFiles.set(code, (file = searchWordsFileIn(code)));
  return file;
}

const wordsFiles = new Map<string, Promise<SearchWordsFile>>();

async function searchWordsFileIn(code: string): Promise<SearchWordsFile> {
  const t = translator(code);
  const [list] = await loadCollection('searchWords');
  const [directory, courses, caseStudies, guides, modules, lessons] = await Promise.all([
    getDirectory(),
    getCourses(),
    getCaseStudies(),
    loadCollection('guides'),
    loadCollection('modules'),
    loadCollection('lessons'),
  ]);
  const english = code === DEFAULT_LANGUAGE;
  const texts = [
    ...directory.available.flatMap((s) => [s.data.name, translatedField(s.data.translations, code, 'summary', s.data.summary)!.text, s.organisationName]),
    ...directory.areas.map((a) => a.data.name),
    ...(english
      ? kindsOfHelp.terms.flatMap((k) => [k.label, k.description ?? ''])
      : kindsOfHelp.terms.flatMap((k) => [termLabel(t, 'kindsOfHelp', k.id), termDescription(t, 'kindsOfHelp', k.id) ?? ''])),
    ...courses.filter((c) => c.listed).flatMap((c) => [c.data.title, c.data.summary]),
    // Case studies, guidance and training are in English only.
    ...(english ? [...caseStudies.flatMap((c) => [c.data.title, c.data.summary]), ...[...guides, ...modules, ...lessons].map((entry) => entry.data.title)] : []),
    ...(list?.data.words ?? []).map((w) => w.search),
  ];
  return { ...searchWordListIn(list?.data, t), known: knownWords(texts, t.language.locale) };
}
