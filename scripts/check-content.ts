/**
 * npm run check:content — checks every file under content/ and prints every problem at once.
 * Exit code 1 if there is any error; warnings are printed but do not fail.
 * Use --root <folder> to check another copy of the site.
 */
import { resolve } from 'node:path';
import { checkContent, formatGithubAnnotations, formatReport } from '../src/lib/content-check/index.ts';
import { readCommandLine } from './lib/command-line.ts';
import { catalogueSummary } from '../src/lib/content-check/check-catalogues.ts';

const { values } = readCommandLine('npm run check:content [-- --root <folder>]', { root: { type: 'string', default: '.' } });
const root = resolve(values.root);
const started = performance.now();
const result = checkContent({ root });
console.log(formatReport(result.problems, result.filesChecked));
console.log(catalogueSummary());
if (process.env.GITHUB_ACTIONS === 'true' && result.problems.length) console.log(formatGithubAnnotations(result.problems));
console.log(`(${Math.round(performance.now() - started)} ms)`);
process.exitCode = result.ok ? 0 : 1;
