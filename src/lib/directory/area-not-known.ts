/**
 * What the directory lists a listing under when nobody knows which areas it covers (a service
 * with `areaNotKnown: true`): the "Area not known" list, in place of an area. It is never the id
 * of an area: the area schema refuses it in content/areas.yaml.
 */
export const AREA_NOT_KNOWN = 'area-not-known';

/** What people read for it, where they would read an area's name. */
export const AREA_NOT_KNOWN_LABEL = 'Area not known';
