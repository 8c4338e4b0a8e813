import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { FIXED_TODAY } from '../support/content-fixture.ts';
import { PROJECT } from '../support/built-site.ts';

const SCRIPT = join(PROJECT, 'scripts', 'import-postcodes.ts');
const FIXTURES = join(PROJECT, 'tests', 'fixtures', 'postcodes');
const copies: string[] = [];

/** A throwaway copy of the fixture site (content/ with its sample postcode table and area boundaries). */
function siteCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'knowledge-store-postcodes-'));
  cpSync(FIXTURE_SITE, root, { recursive: true });
  copies.push(root);
  return root;
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

function runImport(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args, '--root', root], { encoding: 'utf8', env: { ...process.env, SITE_TODAY: FIXED_TODAY } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

type TableFile = Record<string, unknown> & { postcodes: string[] };
const tableFolder = (root: string) => join(root, 'content', 'postcodes');
/** Each file of the table by its name, read. */
const readTable = (root: string): Record<string, TableFile> =>
  Object.fromEntries(readdirSync(tableFolder(root)).map((name) => [name, parse(readFileSync(join(tableFolder(root), name), 'utf8')) as TableFile]));
/** Every file of the table, as written, to tell whether anything changed. */
const tableText = (root: string) =>
  readdirSync(tableFolder(root))
    .map((name) => `${name}\n${readFileSync(join(tableFolder(root), name), 'utf8')}`)
    .join('\n');
const allRows = (root: string) => Object.values(readTable(root)).flatMap((file) => file.postcodes);

describe('npm run import:postcodes', () => {
  it('writes the table from an ONS Postcode Directory file, with its source, date, licence and count, and says what it left out', () => {
    const root = siteCopy();
    const run = runImport(root, join(FIXTURES, 'onspd-northmere.csv'));
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Read onspd-northmere.csv (ONS Postcode Directory).');
    expect(run.out).toContain('Kept the postcodes inside the area boundaries in content/areas.geojson, plus 3 km on every side.');
    expect(run.out).toContain('Kept: 7 live postcodes.');
    expect(run.out).toContain('Left out: 2 no longer in use (terminated), 1 outside your area, 1 with no coordinates.');
    expect(run.out).toContain('Wrote 7 postcodes to content/postcodes/: one file for each of 6 postcode districts.');
    expect(run.out).toContain('Removed the files of 3 postcode districts no longer in the table: content/postcodes/nm5.yaml, content/postcodes/nm7.yaml, content/postcodes/nm8.yaml.');
    expect(run.out).toContain('Now run: npm run check:content');
    const table = readTable(root);
    expect(Object.keys(table).sort()).toEqual(['m1.yaml', 'nm1.yaml', 'nm2.yaml', 'nm3.yaml', 'nm4.yaml', 'nm6.yaml']);
    for (const file of Object.values(table)) {
      expect(file).toMatchObject({ source: 'ONS Postcode Directory', file: 'onspd-northmere.csv', imported: FIXED_TODAY, licence: 'Open Government Licence v3.0', count: file.postcodes.length });
      expect(file.attribution).toMatch(/^Source: Office for National Statistics licensed under the Open Government Licence v3\.0\. Contains OS data © Crown copyright and database right 2026\./);
      expect(file.sample).toBeUndefined();
    }
    expect(table['nm1.yaml']!.postcodes).toEqual(['NM1 1AA,53.43253,-2.15246', 'NM1 4AL,53.43390,-2.14880']);
    expect(allRows(root).sort()).toEqual([
      'M1 1AE,53.47700,-2.23090',
      'NM1 1AA,53.43253,-2.15246',
      'NM1 4AL,53.43390,-2.14880',
      'NM2 3RL,53.41520,-2.14830',
      'NM3 4EF,53.43340,-2.11810',
      'NM4 2WD,53.42760,-2.19030',
      'NM6 5HX,53.44970,-2.17240',
    ]);
    // The table passes the content check (the fixture's other places now warn that their postcodes are not in it).
    const result = checkContent({ root, today: FIXED_TODAY });
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors, formatReport(errors, result.filesChecked)).toEqual([]);
  });

  it('writes the table from an OS Code-Point Open file, converting eastings and northings', () => {
    const root = siteCopy();
    const run = runImport(root, join(FIXTURES, 'code-point-nm.csv'), '--margin-km', '0');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Read code-point-nm.csv (OS Code-Point Open).');
    expect(run.out).toContain('Left out: 0 no longer in use (terminated), 1 outside your area, 1 with no coordinates.');
    const table = readTable(root);
    expect(Object.values(table).map((file) => file.source)).toEqual(Array(5).fill('OS Code-Point Open'));
    expect(table['nm1.yaml']!.attribution).toMatch(/^Contains OS data © Crown copyright and database right 2026\. Contains Royal Mail data/);
    expect(allRows(root).map((row) => row.split(',')[0])).toEqual(['NM1 4AL', 'NM2 3RL', 'NM3 4EF', 'NM4 2WD', 'NM6 5HX']);
    const [, latitude, longitude] = table['nm1.yaml']!.postcodes[0]!.split(',').map(Number);
    expect(latitude).toBeCloseTo(53.4339, 4);
    expect(longitude).toBeCloseTo(-2.1488, 4);
  });

  it('keeps a postcode just over the border with the default margin, and not with --margin-km 0', () => {
    const root = siteCopy();
    expect(runImport(root, join(FIXTURES, 'onspd-northmere.csv'), '--margin-km', '0').out).toContain('Kept: 6 live postcodes.');
    expect(allRows(root).some((row) => row.startsWith('M1 1AE'))).toBe(false);
  });

  it('uses the listings\u2019 places when the site has no area boundaries, and says so', () => {
    const root = siteCopy();
    rmSync(join(root, 'content', 'areas.geojson'));
    const run = runImport(root, join(FIXTURES, 'onspd-northmere.csv'), '--dry-run');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toMatch(/Kept the postcodes inside the latitude and longitude of the \d+ places in your listings \(there is no content\/areas\.geojson\), plus 3 km on every side\./);
  });

  it('writes nothing with --dry-run', () => {
    const root = siteCopy();
    const before = tableText(root);
    const run = runImport(root, join(FIXTURES, 'onspd-northmere.csv'), '--dry-run');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Dry run: nothing was written. Without --dry-run this writes the 7 postcodes to content/postcodes/, one file per postcode district.');
    expect(tableText(root)).toBe(before);
  });

  it('refuses a CSV that is not a postcode file, with a message that says what to give it, and writes nothing', () => {
    const root = siteCopy();
    const before = tableText(root);
    const run = runImport(root, join(FIXTURES, 'not-postcodes.csv'));
    expect(run.status).toBe(1);
    expect(run.out).toContain('not-postcodes.csv is not a postcode file this import can read.');
    expect(run.out).toContain("the ONS Postcode Directory's header, with columns named pcds, doterm, lat and long");
    expect(tableText(root)).toBe(before);
  });

  it('writes nothing and exits 2 when no postcode is inside the area', () => {
    // A site far from the file's postcodes: its boundaries moved to the south coast.
    const far = siteCopy();
    const before = tableText(far);
    writeFileSync(join(far, 'content', 'areas.geojson'), readFileSync(join(far, 'content', 'areas.geojson'), 'utf8').replace(/53\.(\d+)/g, '50.$1'));
    const none = runImport(far, join(FIXTURES, 'code-point-nm.csv'));
    expect(none.status, none.out).toBe(2);
    expect(none.out).toContain('Kept: 0 live postcodes.');
    expect(none.out).toContain('No postcode was kept, so nothing was written.');
    expect(tableText(far)).toBe(before);
  });

  it('says how to use it when given no file, a file that is not there, or a bad margin', () => {
    const root = siteCopy();
    const none = runImport(root);
    expect(none.status).toBe(1);
    expect(none.out).toContain('Give the postcode file to import');
    const missing = runImport(root, join(FIXTURES, 'no-such-file.csv'));
    expect(missing.status).toBe(1);
    expect(missing.out).toMatch(/^Could not read .*no-such-file\.csv: ENOENT/);
    const margin = runImport(root, join(FIXTURES, 'onspd-northmere.csv'), '--margin-km', 'lots');
    expect(margin.status).toBe(1);
    expect(margin.out).toContain('--margin-km must be a number of km from 0 to 50, like 3, not "lots".');
    expect(existsSync(tableFolder(root))).toBe(true);
  });
});
