/** The content check and the content it reads: what scripts, the build and the tests use. */
export { checkContent, loadContent, type CheckResult, type CheckOptions } from './check-content.ts';
export { LoadedContent, type ContentEntry, type WrittenEntry, type FoundIds } from './entries.ts';
export { formatReport, formatGithubAnnotations, type Problem } from './problem.ts';
export { contentTypes, matchContentType, type Collection, type ContentType, type ContentData } from '../../content-model/content-types.ts';
