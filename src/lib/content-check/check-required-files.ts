/** Checks that the single files every site needs are there: the site settings and the list of areas. */
import { CONTENT_FOLDER, contentTypeOf } from '../../content-model/content-types.ts';
import type { LoadedContent } from './entries.ts';
import { errorAt, type Problem } from './problem.ts';

/** The files every site needs, as paths inside content/. */
const REQUIRED = [contentTypeOf('site').pattern, contentTypeOf('areas').pattern];
const SITE_FILE = `${CONTENT_FOLDER}/${contentTypeOf('site').pattern}`;

/** `files` are the paths inside content/. */
export function checkRequiredFiles(files: readonly string[]): Problem[] {
  return REQUIRED.filter((required) => !files.includes(required)).map((required) => errorAt(`${CONTENT_FOLDER}/${required}`, `${CONTENT_FOLDER}/${required} is missing. The site needs it.`));
}

/**
 * The site settings could not be read, and nothing said so yet: says it, so the check never
 * passes without them. `earlier` are the problems found so far.
 */
export function checkSiteSettingsRead(content: LoadedContent, earlier: readonly Problem[]): Problem[] {
  if (content.entriesOf('site').length > 0 || earlier.some((p) => p.file === SITE_FILE)) return [];
  return [errorAt(SITE_FILE, `${SITE_FILE} is missing. The site needs it.`)];
}
