/**
 * npm run import:openreferral -- <file.json> [--root <project folder>] [--feed-name "..."] [--feed-url "..."] [--licence "..."] [--replace-listings] [--dry-run] [--report-file <file>]
 *
 * Imports services from an Open Referral UK file (v3 or v1: a /services page, a list of services
 * or one service) into content/: one file per listing in content/services/, new organisations in
 * content/organisations/, and new areas added to content/areas.yaml. Prints what it did, and
 * every record it skipped with the reason. Run `npm run check:content` afterwards.
 *
 * A record with the Open Referral id of a listing written by hand on this site, or imported from
 * another feed, is skipped unless --replace-listings is given: a feed cannot take over a listing
 * it did not create. Importing the same feed again keeps changes made here (see reimport.ts).
 *
 * --dry-run prints what would change and writes nothing. The screen shows the first records of
 * each reason; the full report is written to --report-file (default import-report.txt in the
 * project folder).
 *
 * Kinds of help and the review loop (scripts/lib/import-review.ts): the rules are in
 * content/import-rules.yaml. --review <file.csv> writes every record with the kinds found, why,
 * and whether it would be imported, and writes nothing to content/. --decisions <file.csv> reads
 * that file back with an officer's changes (imported yes/no, kinds) and follows it. --all imports
 * every record: ones with no kinds are imported for review and not shown until an officer adds kinds.
 *
 * Exit code: 0 if at least one listing was imported; 1 if the file could not be read at all (or
 * no file was given); 2 if it was read but every record was skipped.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { contentFilePath } from '../src/content-model/content-types.ts';
import { today } from '../src/lib/freshness.ts';
import { formatImportReport, importOpenReferralText, planImportFiles, readSiteContent, type ImportedService, type PlannedFile } from '../src/lib/openreferral/index.ts';
import { readCommandLine } from './lib/command-line.ts';
import { readReviewSetup, rerunCommand, REVIEW_OPTIONS, REVIEW_USAGE, unusedDecisions, writeReview } from './lib/import-review.ts';

const { values, positionals } = readCommandLine(
  `npm run import:openreferral -- <file.json> [--root <project folder>] [--feed-name "..."] [--feed-url "..."] [--licence "..."] [--replace-listings] [--dry-run] [--report-file <file>] ${REVIEW_USAGE}`,
  {
    root: { type: 'string', default: '.' },
    'feed-name': { type: 'string' },
    'feed-url': { type: 'string' },
    licence: { type: 'string' },
    'replace-listings': { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    'report-file': { type: 'string' },
    ...REVIEW_OPTIONS,
  },
);
/** How many records of each reason the screen shows; the report file has all. */
const SHOWN_PER_REASON = 10;

/** An update whose feed changed nothing (the imported date aside). */
function isUnchanged(service: ImportedService): boolean {
  return service.changes !== undefined && service.changes.updated.length === 0 && service.changes.removed.length === 0;
}

/** One line of the dry run. */
function describePlan(file: PlannedFile): string {
  if (file.action === 'areas') return `update ${file.path} (new areas: ${result.report.newAreas.join(', ')})`;
  if (file.action === 'new') return `add ${file.path}`;
  const service = result.services.find((item) => contentFilePath('services', item.id) === file.path);
  const changes = service?.changes;
  if (!changes) return `update ${file.path}`;
  const kept = changes.keptEdits.length ? `; the changes made here to ${changes.keptEdits.join(', ')} are kept` : '';
  if (isUnchanged(service)) return `leave ${file.path} as it is (the feed has not changed it${kept})`;
  const parts = [
    changes.updated.length ? `the feed changed ${changes.updated.join(', ')}` : '',
    changes.removed.length ? `the feed no longer gives ${changes.removed.join(', ')}` : '',
    changes.keptEdits.length ? `keeps the changes made here to ${changes.keptEdits.join(', ')}` : '',
  ].filter(Boolean);
  return `update ${file.path}: ${parts.join('; ')}`;
}

const file = positionals[0];
if (!file) {
  console.error('Give the Open Referral file to import: npm run import:openreferral -- services.json [--feed-name "Kingsbury Council"] [--licence "OGL v3"]');
  process.exit(1);
}

const root = resolve(values.root);
const feedName = values['feed-name'] ?? basename(file);
let text: string;
try {
  text = readFileSync(resolve(file), 'utf8');
} catch (error) {
  console.error(`Could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const date = today();
const site = readSiteContent(root);
// Kinds of help: the rules, and the officer's decisions (scripts/lib/import-review.ts).
const reviewSetup = readReviewSetup(root, { decisions: values.decisions, all: values.all });
if (!reviewSetup.ok) {
  console.error(reviewSetup.problems.join('\n'));
  process.exit(1);
}
const result = importOpenReferralText(text, {
  feedName,
  feedUrl: values['feed-url'],
  licence: values.licence,
  today: date,
  siteArea: site.siteArea,
  known: { areas: site.areas, organisations: site.organisations, services: site.services, takenIds: site.takenIds },
  replaceListings: values['replace-listings'],
  kinds: reviewSetup.setup.kinds,
  decisions: reviewSetup.setup.decisions,
});
if (result.report.problem) {
  console.log(formatImportReport(result.report));
  process.exit(1);
}
const dryRun = values['dry-run'];
const reportFile = resolve(values['report-file'] ?? join(root, 'import-report.txt'));
// A dry run writes no report file, so the screen does not point to one.
console.log(formatImportReport(result.report, { cap: SHOWN_PER_REASON, fullReportFile: dryRun ? undefined : relative(process.cwd(), reportFile) || reportFile }));
if (!dryRun) writeFileSync(reportFile, `${formatImportReport(result.report)}\n`);
// The review loop (scripts/lib/import-review.ts): --review writes the review file and nothing else.
console.log([...reviewSetup.lines, ...unusedDecisions(reviewSetup.setup.decisions, result.review)].join('\n'));
if (values.review) {
  console.log(writeReview(resolve(values.review), result.review, rerunCommand(process.argv.slice(2))).join('\n'));
  process.exit(0);
}

const planned = planImportFiles(result, site, { feedName, today: date });
const unchanged = new Set(result.services.filter((service) => service.updates && isUnchanged(service)).map((service) => contentFilePath('services', service.id)));
if (dryRun) {
  console.log(
    [
      '',
      'Dry run: nothing was written (run without --dry-run to get every record in the report file too). This is what the import would do:',
      ...planned.map((file) => `- ${describePlan(file)}`),
    ].join('\n'),
  );
  process.exit(result.report.imported > 0 ? 0 : 2);
}

const written: string[] = [];
for (const planned of planImportFiles(result, site, { feedName, today: date })) {
  if (unchanged.has(planned.path)) continue;
  const path = join(root, planned.path);
  if (planned.action === 'new' && existsSync(path)) {
    // planImportFiles never picks a name in use; this only guards against a file appearing meanwhile.
    console.error(`Not written: ${planned.path} already exists.`);
    continue;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, planned.contents);
  written.push(`${planned.action === 'new' ? 'added' : 'updated'} ${planned.path}`);
}
if (!written.length && unchanged.size)
  console.log(`\nNo files changed: the ${unchanged.size} listing${unchanged.size === 1 ? '' : 's'} from this feed already say${unchanged.size === 1 ? 's' : ''} what it says.`);
if (written.length) console.log(['', 'Files:', ...written.map((line) => `- ${line}`), '', 'Now run: npm run check:content'].join('\n'));
process.exitCode = result.report.imported > 0 ? 0 : 2;
