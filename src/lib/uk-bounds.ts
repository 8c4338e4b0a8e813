/**
 * The box that holds the United Kingdom, in degrees (WGS84): a point outside it is a mistake
 * (latitude and longitude swapped, or British National Grid metres instead of degrees).
 */
export const UK_BOUNDS = { south: 49, north: 61, west: -9, east: 2.1 } as const;

/** True when the point (longitude, latitude) is inside the UK box. */
export function isInUk(longitude: number, latitude: number): boolean {
  return latitude >= UK_BOUNDS.south && latitude <= UK_BOUNDS.north && longitude >= UK_BOUNDS.west && longitude <= UK_BOUNDS.east;
}
