/**
 * The names the directory shows for area and organisation ids, and the order areas are listed
 * in (by name, as people look for them). Used by the pages and by the build's search records.
 */
import { AREA_NOT_KNOWN, AREA_NOT_KNOWN_LABEL } from './area-not-known.ts';

interface Named {
  readonly id: string;
  readonly data: { readonly name: string };
}

export interface DirectoryNames<Area extends Named> {
  /** The areas in alphabetical order of their names. */
  readonly areasInOrder: Area[];
  readonly areaIds: string[];
  /** The area's name ("Area not known" for {@link AREA_NOT_KNOWN}), or the id itself if no area has it. */
  readonly areaName: (id: string) => string;
  /** The organisation's name, or the id itself if no organisation has it. */
  readonly organisationName: (id: string) => string;
}

export function directoryNames<Area extends Named>(areas: readonly Area[], organisations: readonly Named[]): DirectoryNames<Area> {
  const areasInOrder = [...areas].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const areaNames = new Map(areas.map((area) => [area.id, area.data.name]));
  const organisationNames = new Map(organisations.map((organisation) => [organisation.id, organisation.data.name]));
  return {
    areasInOrder,
    areaIds: areasInOrder.map((area) => area.id),
    areaName: (id) => areaNames.get(id) ?? (id === AREA_NOT_KNOWN ? AREA_NOT_KNOWN_LABEL : id),
    organisationName: (id) => organisationNames.get(id) ?? id,
  };
}
