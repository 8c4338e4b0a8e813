/**
 * npm run import:postcodes -- <file.csv> [--root <project folder>] [--margin-km N] [--dry-run]
 *
 * Makes the postcode table (content/postcodes/, one file per postcode district) from the ONS Postcode Directory (ONSPD) CSV or
 * an OS Code-Point Open CSV, both free under the Open Government Licence. Which one it is, is told
 * from its first line. It keeps the live postcodes inside a box round your areas (their
 * boundaries in content/areas.geojson, or else your listings' latitudes and longitudes), plus
 * --margin-km (3 km unless told), and writes them with where they came from, the date, the
 * licence and the words the licence asks the site to show. It says what it kept and what it left
 * out: terminated postcodes, postcodes outside your area, and postcodes with no coordinates.
 *
 * --dry-run says what it would keep and writes nothing.
 *
 * Exit code: 0 when the table was written (or would be, with --dry-run); 1 when the file cannot be
 * read or is not a postcode file; 2 when it was read but no postcode was kept.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { contentFolderOf } from '../src/content-model/content-types.ts';
import { loadContent } from '../src/lib/content-check/index.ts';
import { today } from '../src/lib/freshness.ts';
import { dataYear, POSTCODE_LICENCE, POSTCODE_SOURCES, postcodeAttribution } from '../src/lib/postcodes/licence.ts';
import { postcodeFileReader } from '../src/lib/postcodes/postcode-file.ts';
import { DEFAULT_MARGIN_KM, describeImport, importBox, PostcodeImport } from '../src/lib/postcodes/postcode-import.ts';
import { AREA_BOUNDARIES_FILE } from '../src/lib/postcodes/site-bounds.ts';
import { postcodeTableFiles } from '../src/lib/postcodes/table-file.ts';
import { readCommandLine } from './lib/command-line.ts';
import { writePostcodeTable } from './lib/write-postcode-table.ts';

const USAGE = 'npm run import:postcodes -- <file.csv> [--root <project folder>] [--margin-km N] [--dry-run]';
const { values, positionals } = readCommandLine(USAGE, {
  root: { type: 'string', default: '.' },
  'margin-km': { type: 'string', default: String(DEFAULT_MARGIN_KM) },
  'dry-run': { type: 'boolean', default: false },
});
/** The widest margin allowed, in km: more than this and the table is no longer about your area. */
const MAX_MARGIN_KM = 50;

function stop(message: string, status = 1): never {
  console.error(message);
  process.exit(status);
}

const file = positionals[0];
if (!file) stop(`Give the postcode file to import, like this:\n${USAGE}\nIt reads the ONS Postcode Directory CSV or an OS Code-Point Open CSV.`);
const marginKm = Number(values['margin-km']);
if (!/^\d+(\.\d+)?$/.test(values['margin-km']) || marginKm > MAX_MARGIN_KM) stop(`--margin-km must be a number of km from 0 to ${MAX_MARGIN_KM}, like 3, not "${values['margin-km']}".`);
const root = resolve(values.root);
const name = basename(file);

// Where the site is: its area boundaries, or else its places.
const boundariesPath = join(root, AREA_BOUNDARIES_FILE);
let boundaries: unknown;
if (existsSync(boundariesPath)) {
  try {
    boundaries = JSON.parse(readFileSync(boundariesPath, 'utf8'));
  } catch (problem) {
    stop(`${AREA_BOUNDARIES_FILE} cannot be read as JSON (${(problem as Error).message}). Fix it (npm run check:content says more), then import again.`);
  }
}
const places = loadContent(root)
  .entriesOf('services')
  .flatMap((entry) => entry.data.locations ?? [])
  .flatMap((place) => (place.latitude !== undefined && place.longitude !== undefined ? [{ latitude: place.latitude, longitude: place.longitude }] : []));
const within = importBox(boundaries, places, marginKm);
if ('problem' in within) stop(within.problem);

// The file, a line at a time: the first line says which kind of file it is.
let lines: ReturnType<typeof createInterface>;
try {
  const stream = createReadStream(resolve(file), { encoding: 'utf8' });
  await new Promise<void>((opened, failed) => stream.once('open', () => opened()).once('error', failed));
  lines = createInterface({ input: stream, crlfDelay: Infinity });
} catch (problem) {
  stop(`Could not read ${file}: ${(problem as Error).message}`);
}
let run: PostcodeImport | undefined;
let lineNumber = 0;
for await (const line of lines) {
  lineNumber++;
  if (run === undefined) {
    const reader = postcodeFileReader(line, name);
    if ('problem' in reader) stop(reader.problem);
    run = new PostcodeImport(reader, within.box);
    if (reader.header) continue;
  }
  run.add(line, lineNumber);
}
if (run === undefined) stop(`${file} is empty. Give the ONS Postcode Directory CSV or an OS Code-Point Open CSV.`);

console.log(describeImport(run, name, within.basis).join('\n'));
if (run.counts.kept === 0) process.exit(2);

const folder = contentFolderOf('postcodes');
if (values['dry-run']) {
  console.log(`\nDry run: nothing was written. Without --dry-run this writes the ${run.counts.kept.toLocaleString('en-GB')} postcodes to ${folder}/, one file per postcode district.`);
  process.exit(0);
}
const imported = today();
const source = run.reader.source;
const files = postcodeTableFiles(
  {
    source: POSTCODE_SOURCES[source],
    file: name,
    imported,
    licence: POSTCODE_LICENCE,
    attribution: postcodeAttribution(source, dataYear(name, imported)),
  },
  run.table,
  [`Postcodes and where they are, imported by npm run import:postcodes from ${name} on ${imported}.`, `Do not edit by hand: download a newer file and import it again (${USAGE}).`],
);
const { written, removed } = writePostcodeTable(root, files);
const districts = (count: number) => `${count} postcode district${count === 1 ? '' : 's'}`;
console.log(`\nWrote ${run.counts.kept.toLocaleString('en-GB')} postcodes to ${folder}/: one file for each of ${districts(written.length)}.`);
if (removed.length) console.log(`Removed the files of ${districts(removed.length)} no longer in the table: ${removed.join(', ')}.`);
console.log('Now run: npm run check:content');
