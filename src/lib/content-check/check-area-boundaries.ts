/**
 * Checks content/areas.geojson (optional: it draws the maps) against areas.yaml: every area has a
 * boundary, and every boundary is for an area. Places must be inside their area's boundary, by
 * their own latitude and longitude or their postcode's (a warning: the place, its postcode or its
 * area is likely wrong).
 */
import { placeCoordinates, type PlaceWithPostcode } from '../postcodes/place-coordinates.ts';
import { joinPostcodeTables } from '../postcodes/table.ts';
import { areaContains, boundariesById } from '../map/areas.ts';
import type { LoadedContent } from './entries.ts';
import { errorAt, locateInEntry, warningAt, type Problem } from './problem.ts';

interface PlaceInArea extends PlaceWithPostcode {
  readonly name: string;
  readonly area: string;
}

export function checkAreaBoundaries(content: LoadedContent): Problem[] {
  const [file] = content.entriesOf('areaBoundaries');
  if (!file) return [];
  const problems: Problem[] = [];
  const areas = content.entriesOf('areas');
  const areasFile = areas[0]?.file ?? 'content/areas.yaml';
  const known = new Set(areas.map((area) => area.id));
  const boundaries = boundariesById(file.data);
  file.data.features.forEach((feature, index) => {
    const id = feature.properties.id;
    if (known.has(id)) return;
    const { line, path } = locateInEntry(file, ['features', index, 'properties', 'id']);
    problems.push(errorAt(file.file, `There is no area "${id}" in ${areasFile}. Write the id of an area listed there, or remove this boundary.`, line, path));
  });
  for (const area of areas) {
    if (boundaries.has(area.id)) continue;
    problems.push(
      warningAt(
        file.file,
        `The area "${area.id}" (${area.data.name}) has no boundary, so the maps leave it out and its own list and sheet have no map. Add a Feature with "properties": { "id": "${area.id}" } to ${file.file}, or remove the area from ${areasFile}.`,
      ),
    );
  }

  const table = joinPostcodeTables(content.entriesOf('postcodes').map((part) => part.data));
  const checkPlace = (entry: Parameters<typeof locateInEntry>[0] & { readonly file: string }, place: PlaceInArea, path: PropertyKey[]) => {
    const boundary = boundaries.get(place.area);
    const at = placeCoordinates(place, table);
    if (!boundary || !at || areaContains(boundary, [at.longitude, at.latitude])) return;
    const own = place.latitude !== undefined && place.longitude !== undefined;
    const where = own ? `latitude ${at.latitude}, longitude ${at.longitude}` : `its postcode ${place.postcode} (latitude ${at.latitude}, longitude ${at.longitude} in the postcode table)`;
    const check = own ? 'the latitude and longitude' : 'the postcode';
    const { line, path: fullPath } = locateInEntry(entry, [...path, own ? 'latitude' : 'postcode']);
    problems.push(warningAt(entry.file, `${place.name} is at ${where}, which is outside the boundary of the area "${place.area}" in ${file.file}. Check ${check}, and the area.`, line, fullPath));
  };
  for (const service of content.entriesOf('services')) service.data.locations?.forEach((place, index) => checkPlace(service, place, ['locations', index]));
  for (const course of content.entriesOf('courses')) if (course.data.location) checkPlace(course, course.data.location, ['location']);
  return problems;
}
