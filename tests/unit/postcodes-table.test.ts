import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../src/lib/content-check/index.ts';
import { areaContains, boundariesById } from '../../src/lib/map/areas.ts';
import { districtOfTableFile, formatTableRow, joinPostcodeTables, parseTableRow, readPostcodeTable, splitByDistrict, TABLE_ROW_EXAMPLE, tableFileId } from '../../src/lib/postcodes/table.ts';
import { postcodeTableFiles, postcodeTableText } from '../../src/lib/postcodes/table-file.ts';
import { postcodeTableSchema } from '../../src/schemas/postcode-table.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { checkWith, MINIMAL_SITE, replaceOnce } from '../support/content-fixture.ts';
import { PROJECT } from '../support/built-site.ts';

describe('a line of the postcode table', () => {
  it('is the postcode, latitude and longitude to 5 places, and reads back', () => {
    const row = formatTableRow('NM1 4AL', { latitude: 53.4339, longitude: -2.1488 });
    expect(row).toBe(TABLE_ROW_EXAMPLE);
    expect(parseTableRow(row)).toEqual({ postcode: 'NM1 4AL', place: { latitude: 53.4339, longitude: -2.1488 } });
  });

  it.each(['nm1 4al,53.4,-2.1', 'NM14AL,53.4,-2.1', 'NM1 4AL, 53.4, -2.1', 'NM1 4AL,53.4', 'NM1 4AL,north,west', 'NM1 4CL,53.4,-2.1', ''])('%j is not a line of the table', (row) => {
    expect(parseTableRow(row)).toBeUndefined();
  });

  it('splits the table by district, in order (NM2 before NM10), postcodes in order', () => {
    const table = readPostcodeTable(['NM10 1AA,53.1,-2.1', 'NM2 2AB,53.2,-2.2', 'NM2 1AA,53.3,-2.3', 'broken']);
    expect([...splitByDistrict(table)].map(([district, places]) => [district, places.map(([postcode]) => postcode)])).toEqual([
      ['NM2', ['NM2 1AA', 'NM2 2AB']],
      ['NM10', ['NM10 1AA']],
    ]);
  });
});

describe('the postcode table files (one per postcode district)', () => {
  const about = { source: 'ONS Postcode Directory', file: 'ONSPD.csv', imported: '2026-11-23', licence: 'Open Government Licence v3.0', attribution: 'Contains OS data.' };
  const table = new Map([
    ['NM2 1AA', { latitude: 53.3, longitude: -2.3 }],
    ['NM1 4AL', { latitude: 53.4339, longitude: -2.1488 }],
    ['NM1 1AA', { latitude: 52.56619, longitude: -1.84151 }],
  ]);
  const files = postcodeTableFiles(about, table, ['A note.']);

  it('are named after their district in small letters', () => {
    expect(tableFileId('NM1')).toBe('nm1');
    expect(districtOfTableFile('sw1a')).toBe('SW1A');
    expect([...files.keys()]).toEqual(['nm1', 'nm2']);
  });

  it('are written with their source, date, licence and count, postcodes in order, and pass the content check', () => {
    expect(files.get('nm1')).toBe(
      [
        '# A note.',
        'source: "ONS Postcode Directory"',
        'file: "ONSPD.csv"',
        'imported: 2026-11-23',
        'licence: "Open Government Licence v3.0"',
        'attribution: "Contains OS data."',
        'count: 2',
        'postcodes:',
        '  - NM1 1AA,52.56619,-1.84151',
        '  - NM1 4AL,53.43390,-2.14880',
        '',
      ].join('\n'),
    );
    const result = checkWith([...files].map(([id, contents]) => ({ file: `postcodes/${id}.yaml`, contents })));
    expect(result.problems.filter((p) => p.file.startsWith('content/postcodes/'))).toEqual([]);
    expect(joinPostcodeTables([...files.values()].map((text) => postcodeTableSchema.parse(parse(text))))).toEqual(table);
  });

  it('can be empty', () => {
    expect(postcodeTableSchema.safeParse({ ...about, count: 0, postcodes: [] }).success).toBe(true);
    expect(postcodeTableText({ ...about, sample: true }, [], [])).toContain('sample: true\ncount: 0\npostcodes: []\n');
  });

  const base = files.get('nm1')!;
  const bad: { rule: string; file?: string; contents: string; field?: string; message: RegExp }[] = [
    {
      rule: 'a line not written as the table writes them',
      contents: replaceOnce(base, 'NM1 4AL,53.43390,-2.14880', 'NM1 4AL 53.4339 -2.1488'),
      field: 'postcodes › item 2',
      message: /^Write the postcode in capitals with one space, then its latitude and longitude/,
    },
    {
      rule: 'a postcode placed outside the UK',
      contents: replaceOnce(base, 'NM1 4AL,53.43390,-2.14880', 'NM1 4AL,-2.14880,53.43390'),
      field: 'postcodes › item 2',
      message: /^NM1 4AL is not placed in the UK .* Check latitude comes before longitude\./,
    },
    {
      rule: 'a postcode twice',
      contents: replaceOnce(base, 'NM1 4AL,53.43390,-2.14880', 'NM1 1AA,53.43390,-2.14880'),
      field: 'postcodes › item 2',
      message: /^NM1 1AA is in the file twice \(also item 1\)\. Keep one\./,
    },
    {
      rule: 'a postcode of another district',
      contents: replaceOnce(base, 'NM1 4AL,53.43390,-2.14880', 'NM2 4AL,53.43390,-2.14880'),
      field: 'postcodes › item 2',
      message: /^NM2 4AL is in district NM2, so it belongs in content\/postcodes\/nm2\.yaml, not in this file for NM1\./,
    },
    { rule: 'a count that does not match', contents: replaceOnce(base, 'count: 2', 'count: 3'), field: 'count', message: /^count says 3 but the file has 2 postcodes, so part of it may be missing\./ },
    { rule: 'a missing date', contents: replaceOnce(base, 'imported: 2026-11-23\n', ''), field: 'imported', message: /YYYY-MM-DD/ },
    {
      rule: 'a file not named after a district',
      file: 'postcodes/library.yaml',
      contents: postcodeTableText(about, [], []),
      message: /^content\/postcodes\/ holds one file per postcode district, named after it in small letters, like nm1\.yaml for NM1\. "library" is not a postcode district/,
    },
  ];
  for (const { rule, file = 'postcodes/nm1.yaml', contents, field, message } of bad) {
    it(`is refused by the content check for ${rule}, naming the file${field ? ', field and line' : ''}`, () => {
      const result = checkWith([{ file, contents }]);
      const found = result.problems.find((p) => p.file === `content/${file}` && p.field === field && message.test(p.message));
      expect(found, JSON.stringify(result.problems, null, 1)).toBeDefined();
      expect(found!.severity).toBe('error');
      if (field && field !== 'imported') expect(found!.line).toBeGreaterThan(0);
    });
  }
});

/**
 * The made-up sample tables (scripts/make-sample-postcodes.ts makes them): every postcode that a
 * service's place or a course uses is in its site's table, inside its area's boundary.
 */
for (const site of [
  { name: 'the shipped sample', root: PROJECT },
  { name: 'the fixture site', root: FIXTURE_SITE },
  { name: 'the minimal site', root: MINIMAL_SITE },
]) {
  describe(`the postcode table of ${site.name}`, () => {
    const content = loadContent(site.root);
    const parts = content.entriesOf('postcodes');
    const table = joinPostcodeTables(parts.map((part) => part.data));
    const boundaries = boundariesById(content.entriesOf('areaBoundaries')[0]!.data);
    const places: { where: string; postcode: string; area: string; latitude?: number; longitude?: number }[] = [
      ...content.entriesOf('services').flatMap((entry) => (entry.data.locations ?? []).map((place, i) => ({ where: `${entry.file} place ${i + 1}`, ...place }))),
      ...content.entriesOf('courses').flatMap((entry) => (entry.data.location ? [{ where: entry.file, ...entry.data.location }] : [])),
    ];

    it('is marked as made up in every file, and holds every postcode it counts', () => {
      expect(parts.length).toBeGreaterThan(0);
      expect(parts.filter((part) => part.data.sample !== true || !/made-up/.test(part.data.attribution))).toEqual([]);
      expect(table.size).toBe(parts.reduce((sum, part) => sum + part.data.count, 0));
    });

    it(`has every postcode of the ${places.length} places of its services and courses, inside the place's area`, () => {
      expect(places.length).toBeGreaterThan(0);
      const missing = places.filter((place) => !table.has(place.postcode)).map((place) => `${place.where}: ${place.postcode}`);
      expect(missing).toEqual([]);
      const outside = places
        .filter((place) => !areaContains(boundaries.get(place.area)!, [table.get(place.postcode)!.longitude, table.get(place.postcode)!.latitude]))
        .map((place) => `${place.where}: ${place.postcode} is not in ${place.area}`);
      expect(outside).toEqual([]);
    });

    it("keeps the places' own latitude and longitude for their postcodes", () => {
      const moved = places
        .filter((place) => place.latitude !== undefined && place.longitude !== undefined)
        .filter((place) => places.find((first) => first.postcode === place.postcode && first.latitude !== undefined) === place)
        .filter((place) => table.get(place.postcode)!.latitude !== place.latitude || table.get(place.postcode)!.longitude !== place.longitude)
        .map((place) => place.where);
      expect(moved).toEqual([]);
    });

    it('puts every postcode inside one of the areas (the filler too)', () => {
      const nowhere = [...table].filter(([, place]) => ![...boundaries.values()].some((boundary) => areaContains(boundary, [place.longitude, place.latitude]))).map(([postcode]) => postcode);
      expect(nowhere).toEqual([]);
    });
  });
}
