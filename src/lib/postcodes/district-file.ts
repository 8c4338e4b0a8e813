/**
 * One small file per postcode district (/postcodes/NM1.json), so that the "near me" page finds a
 * postcode's place by fetching one file from the site itself: nothing about the person's
 * postcode leaves their browser. Safe to use in the browser (no node: imports).
 *
 * The file is JSON. A district has at most 4,000 postcodes (sector 0 to 9, then two letters from
 * a list of 20), so which postcodes exist is one bit each (`postcodes`). Their coordinates, in
 * the order of the postcodes, are rounded to a grid of about 40 m (`grid`, in degrees) and each
 * is written as the step from the one before (postcodes next to each other in the list are
 * usually in the same street, so most steps are a few grid squares). Both are written with the
 * 64 characters of base64url. A district of 3,000 postcodes is under 8 KiB once compressed.
 */
import { normalisePostcode, postcodeDistrict } from './postcode.ts';

/** A place on the map, in degrees (WGS84, as GPS and web maps use). */
export interface Coordinates {
  readonly latitude: number;
  readonly longitude: number;
}

/** What a district file holds (see the top of this file). */
export interface DistrictFile {
  readonly format: typeof DISTRICT_FILE_FORMAT;
  /** The postcode district, like "NM1". */
  readonly district: string;
  /** Where the postcodes come from and the words their licence asks for. */
  readonly source: string;
  /** The size of the grid the coordinates are rounded to: [latitude, longitude], in degrees. */
  readonly grid: readonly [number, number];
  /** One bit for each postcode the district could have, in order: set if it is in the file. */
  readonly postcodes: string;
  /** For each postcode in the file, in order: its step north, then east, on the grid. */
  readonly coordinates: string;
}

/** Which version of the file this code writes and reads. */
export const DISTRICT_FILE_FORMAT = 1;

/**
 * The grid coordinates are rounded to, in degrees: 0.0004° of latitude is about 44 m, and 0.0006°
 * of longitude is 34 to 43 m across the UK. A place is then at most about 31 m from where it was,
 * plenty for distances shown in miles to one decimal.
 */
export const DISTRICT_GRID: readonly [number, number] = [0.0004, 0.0006];

/** Where a postcode district's file is on the site: the one place this address is made. */
export function postcodeDistrictUrl(district: string): string {
  return `/postcodes/${district}.json`;
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT_VALUE = new Map([...DIGITS].map((digit, value) => [digit, value]));
/** The letters the last two places of a postcode use (never C, I, K, M, O or V). */
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
/** How many postcodes one district can have: 10 sectors of 20 × 20 units. */
const SLOTS = 10 * UNIT_LETTERS.length * UNIT_LETTERS.length;

/** A postcode's place in its district's list: "NM1 4AL" → 4 × 400 + (A) × 20 + (L). */
function slotOf(canonical: string): number {
  const inward = canonical.slice(-3);
  return Number(inward[0]) * UNIT_LETTERS.length ** 2 + UNIT_LETTERS.indexOf(inward[1]!) * UNIT_LETTERS.length + UNIT_LETTERS.indexOf(inward[2]!);
}

/** The postcode at a place in a district's list. */
function postcodeAt(district: string, slot: number): string {
  const sector = Math.floor(slot / UNIT_LETTERS.length ** 2);
  const unit = slot % UNIT_LETTERS.length ** 2;
  return `${district} ${sector}${UNIT_LETTERS[Math.floor(unit / UNIT_LETTERS.length)]}${UNIT_LETTERS[unit % UNIT_LETTERS.length]}`;
}

/** Whole numbers as characters: 5 bits each, the sixth bit saying another character follows. Signed numbers are folded first (0, -1, 1, -2... → 0, 1, 2, 3...). */
function writeNumbers(numbers: readonly number[]): string {
  let text = '';
  for (const number of numbers) {
    let folded = number >= 0 ? number * 2 : -number * 2 - 1;
    while (folded >= 32) {
      text += DIGITS[32 + (folded % 32)];
      folded = Math.floor(folded / 32);
    }
    text += DIGITS[folded];
  }
  return text;
}

function readNumbers(text: string): number[] {
  const numbers: number[] = [];
  let folded = 0;
  let scale = 1;
  for (const digit of text) {
    const value = DIGIT_VALUE.get(digit);
    if (value === undefined) throw new Error(`its coordinates hold "${digit}", which is not one of the characters the file uses`);
    folded += (value % 32) * scale;
    if (value >= 32) {
      scale *= 32;
      continue;
    }
    numbers.push(folded % 2 === 0 ? folded / 2 : -(folded + 1) / 2);
    folded = 0;
    scale = 1;
  }
  if (scale !== 1) throw new Error('its coordinates stop part way through a number');
  return numbers;
}

/** A coordinate rounded as the file keeps it, to 6 decimal places. */
function fromGrid(steps: number, size: number): number {
  return Math.round(steps * size * 1e6) / 1e6;
}

/**
 * The file for one postcode district, from its postcodes (in the site's form, like "NM1 4AL") and
 * their coordinates. `source` says where they come from, with the words their licence asks for.
 */
export function encodeDistrictFile(district: string, places: Iterable<readonly [string, Coordinates]>, source: string): DistrictFile {
  const bySlot = new Map<number, Coordinates>();
  for (const [postcode, place] of places) {
    if (normalisePostcode(postcode) !== postcode || postcodeDistrict(postcode) !== district)
      throw new Error(`${postcode} is not a postcode of district ${district} in the site's form, like "${district} 1AA".`);
    bySlot.set(slotOf(postcode), place);
  }
  const slots = [...bySlot.keys()].sort((a, b) => a - b);
  const bits = new Array<number>(Math.ceil(SLOTS / 6)).fill(0);
  for (const slot of slots) bits[Math.floor(slot / 6)]! |= 1 << (slot % 6);
  const steps: number[] = [];
  let [north, east] = [0, 0];
  for (const slot of slots) {
    const place = bySlot.get(slot)!;
    const [nextNorth, nextEast] = [Math.round(place.latitude / DISTRICT_GRID[0]), Math.round(place.longitude / DISTRICT_GRID[1])];
    steps.push(nextNorth - north, nextEast - east);
    [north, east] = [nextNorth, nextEast];
  }
  return {
    format: DISTRICT_FILE_FORMAT,
    district,
    source,
    grid: DISTRICT_GRID,
    postcodes: bits
      .map((value) => DIGITS[value])
      .join('')
      .replace(/A+$/, ''),
    coordinates: writeNumbers(steps),
  };
}

/**
 * Every postcode in a district file (as fetched from postcodeDistrictUrl and parsed as JSON) with
 * its coordinates. Throws an Error that says what is wrong when the data is not a district file
 * this code can read.
 */
export function readDistrictFile(json: unknown): Map<string, Coordinates> {
  const file = json as Partial<Record<keyof DistrictFile, unknown>> | null;
  const fail = (why: string): never => {
    throw new Error(`This is not a postcode district file the site can read: ${why}.`);
  };
  if (file === null || typeof file !== 'object') return fail('it is not an object');
  if (file.format !== DISTRICT_FILE_FORMAT) fail(`its format is ${JSON.stringify(file.format)}, not ${DISTRICT_FILE_FORMAT}`);
  const { district, grid, postcodes, coordinates } = file;
  if (typeof district !== 'string' || !/^[A-Z]{1,2}[0-9][A-Z0-9]?$/.test(district)) return fail('it does not name a postcode district');
  if (!Array.isArray(grid) || grid.length !== 2 || !grid.every((size) => typeof size === 'number' && size > 0)) return fail('its grid is not two sizes in degrees');
  if (typeof postcodes !== 'string' || typeof coordinates !== 'string') return fail('its postcodes or coordinates are missing');
  let steps: number[] = [];
  try {
    steps = readNumbers(coordinates);
  } catch (problem) {
    fail((problem as Error).message);
  }
  const places = new Map<string, Coordinates>();
  let [north, east, next] = [0, 0, 0];
  [...postcodes].forEach((digit, index) => {
    const value = DIGIT_VALUE.get(digit);
    if (value === undefined) fail(`its postcodes hold "${digit}", which is not one of the characters the file uses`);
    for (let bit = 0; bit < 6; bit++) {
      if (!(value! & (1 << bit))) continue;
      const slot = index * 6 + bit;
      if (slot >= SLOTS || next + 1 >= steps.length) fail('it has more postcodes than coordinates');
      north += steps[next++]!;
      east += steps[next++]!;
      places.set(postcodeAt(district, slot), { latitude: fromGrid(north, grid[0] as number), longitude: fromGrid(east, grid[1] as number) });
    }
  });
  if (next !== steps.length) fail('it has more coordinates than postcodes');
  return places;
}

/** The coordinates of a postcode typed in any spacing or case, from its district's file; undefined if the file does not have it. */
export function lookupPostcode(districtFile: ReadonlyMap<string, Coordinates>, text: string): Coordinates | undefined {
  const postcode = normalisePostcode(text);
  return postcode === undefined ? undefined : districtFile.get(postcode);
}
