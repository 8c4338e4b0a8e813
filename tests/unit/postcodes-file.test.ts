import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { postcodeFileReader, type PostcodeFileReader, type PostcodeRow } from '../../src/lib/postcodes/postcode-file.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'postcodes');
const linesOf = (name: string) => readFileSync(join(FIXTURES, name), 'utf8').split(/\r?\n/);

function readerFor(firstLine: string): PostcodeFileReader {
  const reader = postcodeFileReader(firstLine, 'test.csv');
  if ('problem' in reader) throw new Error(reader.problem);
  return reader;
}

/** Every row of a fixture file, read as the import reads it. */
function readAll(name: string): { reader: PostcodeFileReader; rows: PostcodeRow[] } {
  const [first, ...rest] = linesOf(name);
  const reader = readerFor(first!);
  const rows = (reader.header ? rest : [first!, ...rest]).map((line) => reader.read(line)).filter((row): row is PostcodeRow => row !== undefined);
  return { reader, rows };
}

const summary = (rows: PostcodeRow[]) => rows.map((row) => (row.kind === 'unreadable' ? 'unreadable' : `${row.postcode} ${row.kind}`));

describe('the ONS Postcode Directory (ONSPD) CSV', () => {
  it('is told from its header row', () => {
    const { reader } = readAll('onspd-northmere.csv');
    expect(reader.source).toBe('onspd');
    expect(reader.header).toBe(true);
  });

  it('gives live postcodes with their latitude and longitude, and drops terminated ones and ones with no grid reference', () => {
    const { rows } = readAll('onspd-northmere.csv');
    expect(summary(rows)).toEqual([
      'NM1 4AL live',
      'NM2 3RL live',
      'NM3 4EF live',
      'NM4 2WD live',
      'NM6 5HX live',
      'NM1 1AA live',
      'NM1 9ZZ terminated',
      'NM2 9XX terminated',
      'NM5 9ZY no-coordinates',
      'B1 1BB live',
      'M1 1AE live',
    ]);
    expect(rows[0]).toEqual({ kind: 'live', postcode: 'NM1 4AL', place: { latitude: 53.4339, longitude: -2.1488 } });
  });

  it('reads the postcode from pcds, or else pcd2 or pcd, in any spacing', () => {
    expect(readerFor('pcd,doterm,lat,long').read('"NM1  4AL","",53.4339,-2.1488')).toEqual({ kind: 'live', postcode: 'NM1 4AL', place: { latitude: 53.4339, longitude: -2.1488 } });
    expect(readerFor('PCD2,DOTERM,LAT,LONG').read('"nm1   4al","",53.4339,-2.1488')).toMatchObject({ kind: 'live', postcode: 'NM1 4AL' });
  });

  it('treats an empty or zero latitude as no coordinates too', () => {
    const reader = readerFor('pcds,doterm,lat,long');
    expect(reader.read('"NM1 4AL","",,')).toEqual({ kind: 'no-coordinates', postcode: 'NM1 4AL' });
    expect(reader.read('"NM1 4AL","",0,0')).toEqual({ kind: 'no-coordinates', postcode: 'NM1 4AL' });
    expect(reader.read('"NM1 4AL","",north,west')).toEqual({ kind: 'no-coordinates', postcode: 'NM1 4AL' });
  });

  it('counts a broken line as unreadable and skips an empty one', () => {
    const reader = readerFor('pcds,doterm,lat,long');
    expect(reader.read('"NOT A POSTCODE","",53.4,-2.1')).toEqual({ kind: 'unreadable' });
    expect(reader.read('"NM1 4AL","",53.4')).toEqual({ kind: 'unreadable' });
    expect(reader.read('   ')).toBeUndefined();
  });

  it('says which columns are missing from a header that has a postcode column but not the rest', () => {
    const result = postcodeFileReader('pcds,lat,oseast1m', 'cut-down.csv');
    expect(result).toEqual({ problem: expect.stringMatching(/^This looks like the ONS Postcode Directory \(its header has pcds\), but it has no doterm, long columns\./) });
  });
});

describe('OS Code-Point Open CSV', () => {
  it('is told from its first row: a postcode, then quality, eastings and northings', () => {
    const { reader } = readAll('code-point-nm.csv');
    expect(reader.source).toBe('codePoint');
    expect(reader.header).toBe(false);
  });

  it('converts eastings and northings to latitude and longitude, and drops postcodes with no position (quality 90)', () => {
    const { rows } = readAll('code-point-nm.csv');
    expect(summary(rows)).toEqual(['NM1 4AL live', 'NM2 3RL live', 'NM3 4EF live', 'NM4 2WD live', 'NM6 5HX live', 'NM5 9ZY no-coordinates', 'B1 1BB live']);
    // The fixture's eastings and northings were chosen for these places in the fixture site.
    const nm14al = rows[0] as Extract<PostcodeRow, { kind: 'live' }>;
    expect(nm14al.place.latitude).toBeCloseTo(53.4339, 4);
    expect(nm14al.place.longitude).toBeCloseTo(-2.1488, 4);
  });

  it('reads a Code-Point Open file that has its header row put back (long or short names)', () => {
    expect(readerFor('Postcode,Positional_quality_indicator,Eastings,Northings,Country_code').header).toBe(true);
    const reader = readerFor('PC,PQ,EA,NO,CY,RH,LH,CC,DC,WC');
    expect(reader.source).toBe('codePoint');
    expect(reader.read('"NM1 4AL",10,390212,393023,"E92000001","","","","",""')).toMatchObject({ kind: 'live', postcode: 'NM1 4AL' });
  });

  it('treats 0, 0 as no position whatever the quality, and a line without numbers as unreadable', () => {
    const reader = readerFor('"NM1 4AL",10,390212,393023');
    expect(reader.read('"NM1 4AL",10,0,0')).toEqual({ kind: 'no-coordinates', postcode: 'NM1 4AL' });
    expect(reader.read('"NM1 4AL",10,east,north')).toEqual({ kind: 'unreadable' });
    expect(reader.read('')).toBeUndefined();
  });
});

describe('a file that is neither', () => {
  it('gets a message that says what the first line should be and where to get the files', () => {
    const [first] = linesOf('not-postcodes.csv');
    const result = postcodeFileReader(first!, 'not-postcodes.csv');
    expect('problem' in result && result.problem).toMatch(/^not-postcodes\.csv is not a postcode file this import can read\./);
    expect('problem' in result && result.problem).toContain('pcds, doterm, lat and long');
    expect('problem' in result && result.problem).toContain('Code-Point Open');
  });

  it.each([[''], ['postcode,name,eastings,northings'], ['"NM1 4AL",10,east,north'], ['{"type":"FeatureCollection"}']])('refuses a first line of %j', (line) => {
    expect(postcodeFileReader(line, 'x.csv')).toHaveProperty('problem');
  });

  it('ignores a byte order mark at the start', () => {
    expect(readerFor('\uFEFFpcds,doterm,lat,long').source).toBe('onspd');
  });
});
