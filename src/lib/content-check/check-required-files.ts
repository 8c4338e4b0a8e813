/** Checks that the single files every site needs are there: the site settings and the list of areas. */
import type { LoadedContent } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

const REQUIRED = ['site.yaml', 'areas.yaml'];

/** `files` are the paths inside content/. */
export function checkRequiredFiles(files: readonly string[]): Problem[] {
  return REQUIRED.filter((required) => !files.includes(required)).map((required) => errorAt(`content/${required}`, `content/${required} is missing. The site needs it.`));
}

/**
 * The site settings could not be read, and nothing said so yet: says it, so the check never
 * passes without them. `earlier` are the problems found so far.
 */
export function checkSiteSettingsRead(content: LoadedContent, earlier: readonly Problem[]): Problem[] {
  if (content.entriesOf('site').length > 0 || earlier.some((p) => p.file === 'content/site.yaml')) return [];
  return [errorAt('content/site.yaml', 'content/site.yaml is missing. The site needs it.')];
}
