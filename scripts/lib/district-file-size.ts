/**
 * How big a postcode district's file is for a realistic district of 3,000 postcodes (a real one,
 * not the sample's small ones), compressed as the site sends it. The budget is 8 KiB. Run by
 * `npm run bench` and by tests/unit/postcodes-district-file.test.ts.
 */
import { gzipSync } from 'node:zlib';
import { encodeDistrictFile } from '../../src/lib/postcodes/district-file.ts';
import { syntheticDistrict, type SyntheticDistrictOptions } from '../../src/lib/postcodes/synthetic-district.ts';

/** A district file's budget, compressed. */
export const DISTRICT_FILE_BUDGET = 8 * 1024;

/** What a real district file's source line says: about as long as the longest real one (the ONS Postcode Directory's). */
const REAL_SOURCE =
  'ONS Postcode Directory (ONSPD_NOV_2026_UK.csv, 2026-11-23). Source: Office for National Statistics licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right 2026. Contains Royal Mail data © Royal Mail copyright and database right 2026. Contains GeoPlace data © Local Government Information House Limited copyright and database right 2026.';

export interface DistrictFileSize {
  readonly postcodes: number;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly budget: number;
}

/** The file of a made-up district (3,000 postcodes in streets over 8 km unless told otherwise), measured. */
export function measureDistrictFileSize(options: SyntheticDistrictOptions = {}): DistrictFileSize {
  const places = syntheticDistrict(options);
  const text = JSON.stringify(encodeDistrictFile(options.district ?? 'NM1', places, REAL_SOURCE));
  return { postcodes: places.length, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text, { level: 9 }).length, budget: DISTRICT_FILE_BUDGET };
}

/** The measurement in words, for the bench's report. */
export function describeDistrictFileSize(size: DistrictFileSize = measureDistrictFileSize()): string {
  const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
  return `Postcode district file, ${size.postcodes.toLocaleString('en-GB')} postcodes: ${kib(size.gzipBytes)} compressed (${kib(size.bytes)} before), budget ${kib(size.budget)}.`;
}
