/**
 * How far apart two places are, in miles, along the Earth's surface (the haversine formula), and
 * the words a person reads ("1.2 miles away").
 */

/** A point on the map, as service locations and postcode tables give it. */
export interface LatLng {
  readonly latitude: number;
  readonly longitude: number;
}

/** The Earth's mean radius in miles (6,371 km). */
export const EARTH_RADIUS_MILES = 3958.76;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The distance between two points, in miles. */
export function milesBetween(a: LatLng, b: LatLng): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLng = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A distance as people read it, to one decimal place: "1.2 miles away", "Less than 0.1 miles away". */
export function milesInWords(miles: number): string {
  const rounded = Math.round(miles * 10) / 10;
  if (rounded < 0.1) return 'Less than 0.1 miles away';
  return `${rounded.toFixed(1)} miles away`;
}
