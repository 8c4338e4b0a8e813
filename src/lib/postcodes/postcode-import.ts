/**
 * The postcode import (`npm run import:postcodes`, scripts/import-postcodes.ts) without its
 * files: which part of the map to keep, each line of the postcode file kept or dropped and why,
 * and what to say about it.
 */
import type { Coordinates } from './district-file.ts';
import { POSTCODE_SOURCES, type PostcodeSource } from './licence.ts';
import type { PostcodeFileReader } from './postcode-file.ts';
import { AREA_BOUNDARIES_FILE, boxAround, boxAroundGeoJson, isInBox, widenBox, type Box } from './site-bounds.ts';

/** How far round the site's areas postcodes are kept unless told otherwise, in km. */
export const DEFAULT_MARGIN_KM = 3;

/** The part of the map whose postcodes are kept, and what it was worked out from. */
export interface ImportBox {
  readonly box: Box;
  /** In words: "the area boundaries in content/areas.geojson, plus 3 km". */
  readonly basis: string;
}

/**
 * The box round the site's areas (from their boundaries, if the site has them) or else round its
 * places' coordinates, widened by `marginKm`. `boundaries` is areas.geojson's data, if there is one.
 */
export function importBox(boundaries: unknown, places: readonly Coordinates[], marginKm: number): ImportBox | { problem: string } {
  const plus = `plus ${marginKm} km on every side`;
  const fromBoundaries = boundaries === undefined ? undefined : boxAroundGeoJson(boundaries);
  if (fromBoundaries) return { box: widenBox(fromBoundaries, marginKm), basis: `the area boundaries in ${AREA_BOUNDARIES_FILE}, ${plus}` };
  const fromPlaces = boxAround(places);
  if (fromPlaces) {
    const count = `${places.length} place${places.length === 1 ? '' : 's'}`;
    return { box: widenBox(fromPlaces, marginKm), basis: `the latitude and longitude of the ${count} in your listings (there is no ${AREA_BOUNDARIES_FILE}), ${plus}` };
  }
  return {
    problem: `The import cannot tell where your site is: there is no ${AREA_BOUNDARIES_FILE} and no listing gives a latitude and longitude. Add your area boundaries as ${AREA_BOUNDARIES_FILE}, or give at least one place in content/services/ its latitude and longitude, then run the import again.`,
  };
}

/** How many lines of the file were kept, and why the others were not. */
export interface ImportCounts {
  kept: number;
  terminated: number;
  outside: number;
  noCoordinates: number;
  unreadable: number;
  repeated: number;
}

/** One import, fed the file's lines after the header in order. */
export class PostcodeImport {
  readonly table = new Map<string, Coordinates>();
  readonly counts: ImportCounts = { kept: 0, terminated: 0, outside: 0, noCoordinates: 0, unreadable: 0, repeated: 0 };
  /** The first few lines that could not be read, by number, for the report. */
  readonly unreadableLines: number[] = [];
  /** Northern Ireland (BT) postcodes kept: the ONSPD's come under another licence. */
  northernIreland = 0;

  readonly reader: PostcodeFileReader;
  /** The part of the map whose postcodes are kept. */
  readonly within: Box;

  constructor(reader: PostcodeFileReader, within: Box) {
    this.reader = reader;
    this.within = within;
  }

  add(line: string, lineNumber: number): void {
    const row = this.reader.read(line);
    if (row === undefined) return;
    if (row.kind === 'unreadable') {
      this.counts.unreadable++;
      if (this.unreadableLines.length < 5) this.unreadableLines.push(lineNumber);
      return;
    }
    if (row.kind === 'terminated') this.counts.terminated++;
    else if (row.kind === 'no-coordinates') this.counts.noCoordinates++;
    else if (!isInBox(this.within, row.place)) this.counts.outside++;
    else if (this.table.has(row.postcode)) this.counts.repeated++;
    else {
      this.table.set(row.postcode, row.place);
      this.counts.kept++;
      if (row.postcode.startsWith('BT')) this.northernIreland++;
    }
  }
}

/** What the import did, in words, line by line. */
export function describeImport(run: PostcodeImport, fileName: string, basis: string): string[] {
  const { counts } = run;
  const n = (count: number) => count.toLocaleString('en-GB');
  const source: PostcodeSource = run.reader.source;
  const lines = [
    `Read ${fileName} (${POSTCODE_SOURCES[source]}).`,
    `Kept the postcodes inside ${basis}.`,
    `Kept: ${n(counts.kept)} live postcode${counts.kept === 1 ? '' : 's'}.`,
    `Left out: ${n(counts.terminated)} no longer in use (terminated), ${n(counts.outside)} outside your area, ${n(counts.noCoordinates)} with no coordinates${counts.repeated ? `, ${n(counts.repeated)} given twice` : ''}.`,
  ];
  if (counts.unreadable) {
    lines.push(
      `Could not read ${n(counts.unreadable)} line${counts.unreadable === 1 ? '' : 's'} (line${run.unreadableLines.length === 1 ? '' : 's'} ${run.unreadableLines.join(', ')}${counts.unreadable > run.unreadableLines.length ? '...' : ''}): check the file is whole.`,
    );
  }
  if (source === 'onspd' && run.northernIreland) {
    lines.push(
      `${n(run.northernIreland)} of the postcodes are in Northern Ireland (BT): the ONS Postcode Directory's Northern Ireland postcodes come under a separate licence from Land & Property Services. Check it allows you to publish them.`,
    );
  }
  if (counts.kept === 0) lines.push(`No postcode was kept, so nothing was written. Check the file covers your area.`);
  return lines;
}
