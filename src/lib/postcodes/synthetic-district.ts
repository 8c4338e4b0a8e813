/**
 * A made-up but realistic postcode district, to measure district files at the size of a real one
 * (the sample's districts are small). It has the shape of a real district: sectors 1 to 9, each
 * a part of a district about 8 km across, each with most of its 400 possible units; units follow
 * one another along streets (as Royal Mail gives out units along a postman's walk), 40 to 120 m
 * apart, with a jump to a new street now and then.
 */
import type { Coordinates } from './district-file.ts';
import { seededRandom } from '../seeded-random.ts';

export interface SyntheticDistrictOptions {
  readonly district?: string;
  readonly postcodes?: number;
  /** How far across the district is, in km. */
  readonly widthKm?: number;
  /** Where its south-west corner is. */
  readonly corner?: Coordinates;
  /** 'streets' (units along streets, as in life) or 'scattered' (each unit anywhere in its sector: a worst case for the file's size). */
  readonly layout?: 'streets' | 'scattered';
  readonly seed?: string;
}

const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const UNITS_PER_SECTOR = UNIT_LETTERS.length ** 2;
const KM_PER_DEGREE = 111.32;

/** The postcodes of a made-up district with their coordinates, in postcode order. */
export function syntheticDistrict(options: SyntheticDistrictOptions = {}): [string, Coordinates][] {
  const { district = 'NM1', postcodes = 3000, widthKm = 8, corner = { latitude: 53.4, longitude: -2.2 }, layout = 'streets', seed = 'synthetic district' } = options;
  const random = seededRandom(seed);
  const sectors = 9;
  if (postcodes > sectors * UNITS_PER_SECTOR) throw new Error(`A district of ${sectors} sectors has at most ${sectors * UNITS_PER_SECTOR} postcodes.`);
  const kmEast = KM_PER_DEGREE * Math.cos((corner.latitude * Math.PI) / 180);
  // Each sector is one square of a 3 × 3 grid over the district.
  const side = widthKm / 3;
  const places: [string, Coordinates][] = [];
  for (let sector = 1; sector <= sectors; sector++) {
    const [west, south] = [((sector - 1) % 3) * side, Math.floor((sector - 1) / 3) * side];
    const inSector = (x: number, y: number): [number, number] => [Math.min(west + side, Math.max(west, x)), Math.min(south + side, Math.max(south, y))];
    // This sector's share of the postcodes, spread over its 400 units with gaps, in order.
    const share = Math.round((postcodes * sector) / sectors) - Math.round((postcodes * (sector - 1)) / sectors);
    const units: number[] = [];
    for (let unit = 0; unit < UNITS_PER_SECTOR && units.length < share; unit++) {
      // Each unit is taken with the chance that leaves exactly `share` in the end (Knuth's selection sampling).
      if (random() * (UNITS_PER_SECTOR - unit) < share - units.length) units.push(unit);
    }
    let [x, y, heading] = [west + random() * side, south + random() * side, random() * 2 * Math.PI];
    for (const unit of units) {
      if (layout === 'scattered' || random() < 0.12) {
        [x, y, heading] = [west + random() * side, south + random() * side, random() * 2 * Math.PI];
      } else {
        const stepKm = 0.04 + random() * 0.08;
        heading += (random() - 0.5) * (Math.PI / 3);
        [x, y] = inSector(x + stepKm * Math.cos(heading), y + stepKm * Math.sin(heading));
      }
      const postcode = `${district} ${sector}${UNIT_LETTERS[Math.floor(unit / UNIT_LETTERS.length)]}${UNIT_LETTERS[unit % UNIT_LETTERS.length]}`;
      places.push([postcode, { latitude: Number((corner.latitude + y / KM_PER_DEGREE).toFixed(6)), longitude: Number((corner.longitude + x / kmEast).toFixed(6)) }]);
    }
  }
  return places;
}
