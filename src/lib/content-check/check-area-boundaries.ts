/**
 * Checks content/areas.geojson (optional: it draws the maps) against areas.yaml: every area has a
 * boundary, and every boundary is for an area. Places with a latitude and longitude must be inside
 * their area's boundary (a warning: either the point or the area is likely wrong).
 */
import { areaContains, boundariesById } from '../map/areas.ts';
import type { LoadedContent } from './entries.ts';
import { errorAt, locateInEntry, warningAt, type Problem } from './problem.ts';

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
      errorAt(file.file, `The area "${area.id}" (${area.data.name}) has no boundary. Add a Feature with "properties": { "id": "${area.id}" } to ${file.file}, or remove the area from ${areasFile}.`),
    );
  }
  for (const service of content.entriesOf('services')) {
    service.data.locations?.forEach((location, index) => {
      const boundary = boundaries.get(location.area);
      if (!boundary || location.latitude === undefined || location.longitude === undefined) return;
      if (areaContains(boundary, [location.longitude, location.latitude])) return;
      const { line, path } = locateInEntry(service, ['locations', index, 'latitude']);
      problems.push(
        warningAt(
          service.file,
          `${location.name} is at latitude ${location.latitude}, longitude ${location.longitude}, which is outside the boundary of the area "${location.area}" in ${file.file}. Check the latitude and longitude, and the area.`,
          line,
          path,
        ),
      );
    });
  }
  return problems;
}
