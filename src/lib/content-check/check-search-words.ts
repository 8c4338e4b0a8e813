/**
 * Checks the search's word list (content/search-words.yaml) against the site's own words: a
 * search for the name of a kind of help (in every language the site has) or of an area must
 * still look for each word of that name. An entry that turns a word of them into another word
 * ("cheap" into "cheaper") hides the site's own list from someone who types its name.
 */
import { kindsOfHelp } from '../vocabulary/index.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { translator } from '../i18n/translate.ts';
import { termLabel } from '../i18n/terms.ts';
import { normaliseTyped } from '../search/query.ts';
import { searchWordListIn } from '../search/page-words-of.ts';
import { wordsTheListReplaces } from '../search/words-the-list-replaces.ts';
import type { LoadedContent } from './entries.ts';
import { errorAt, locateInEntry, type Problem } from './problem.ts';

interface OwnName {
  readonly name: string;
  /** What it is, for the message: "the name of a kind of help" or "the name of an area in content/areas.yaml". */
  readonly what: string;
  /** The language of the search page it is typed into. */
  readonly language: string;
}

/** The names people read on the site and may type into its search, in each language's search page. */
function ownNames(content: LoadedContent): OwnName[] {
  return LANGUAGES.flatMap((language) => [
    ...kindsOfHelp.terms.map((kind) => ({ name: termLabel(translator(language.code), 'kindsOfHelp', kind.id), what: 'the name of a kind of help', language: language.code })),
    // Area names are not translated: the same name is typed on every language's page.
    ...content.entriesOf('areas').map((area) => ({ name: area.data.name, what: `the name of an area in ${area.file}`, language: language.code })),
  ]);
}

export function checkSearchWords(content: LoadedContent): Problem[] {
  const [list] = content.entriesOf('searchWords');
  if (!list) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const { name, what, language } of ownNames(content)) {
    // Each language's search page leaves out its own everyday words too, as the page does.
    const replacedWords = wordsTheListReplaces(name, searchWordListIn(list.data, translator(language)));
    // One message for each phrase, naming every word of the name it takes away; a name the same in two languages once.
    const byPhrase = Map.groupBy(replacedWords, (replaced) => replaced.typed);
    for (const [typed, [replaced, ...more]] of byPhrase) {
      if (!replaced || seen.has(`${typed}\n${name}`)) continue;
      seen.add(`${typed}\n${name}`);
      const quoted = [replaced, ...more].map((each) => `"${each.word}"`);
      const words = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
      const entryIndex = list.data.words.findIndex((entry) => entry.search === replaced.search && entry.for.some((phrase) => normaliseTyped(phrase) === replaced.typed));
      const phraseIndex = list.data.words[entryIndex]?.for.findIndex((phrase) => normaliseTyped(phrase) === replaced.typed) ?? -1;
      const { line, path } = locateInEntry(list, ['words', entryIndex, 'for', phraseIndex]);
      problems.push(
        errorAt(
          list.file,
          `"${replaced.typed}" makes the search look for "${replaced.search}" instead, so a search for "${name}" (${what}) no longer looks for ${words}, and may not find its own page. Take "${replaced.typed}" out of this list: the search finds the site's own words as they are.`,
          line,
          path,
        ),
      );
    }
  }
  return problems;
}
