export { checkContent, type CheckResult, type ContentEntry, type CheckOptions } from './check-content.ts';
export { formatReport, formatGithubAnnotations, type Problem } from './problem.ts';
export { contentTypes, matchContentType, type Collection, type ContentType } from '../../content-model/content-types.ts';
