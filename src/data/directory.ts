/**
 * The directory as pages need it: every service with its organisation and the areas it
 * serves, the available ones, and the list pages to build. Worked out once per build.
 */
import { areasServed, isAvailable } from '../lib/directory/listing.ts';
import { directoryNames } from '../lib/directory/names.ts';
import { directoryFacets, facetOrderOf, type DirectoryFacets } from '../lib/directory/facets.ts';
import { planListPages, type DirectoryFacet, type ListedService, type ListPage } from '../lib/directory/list-pages.ts';
import type { Area } from '../schemas/area.ts';
import type { Service } from '../schemas/service.ts';
import { loadCollection, type Loaded } from './collections.ts';
import { getPostcodeTable } from './postcodes.ts';
import { withPlaceCoordinates } from '../lib/postcodes/place-coordinates.ts';

export interface DirectoryService extends Loaded<Service> {
  readonly organisationName: string;
  readonly areas: string[];
  readonly available: boolean;
  readonly listed: ListedService;
}

interface Directory {
  readonly areas: Loaded<Area>[];
  readonly areaName: (id: string) => string;
  readonly services: DirectoryService[];
  readonly byId: Map<string, DirectoryService>;
  readonly available: DirectoryService[];
  readonly listPages: ListPage[];
  /** How many services each list has, by its path (first pages only). */
  readonly listTotals: Map<string, number>;
  /** The directory's filters (kind of help, area...), with their words and order. */
  readonly facets: DirectoryFacets;
  readonly facetOrder: Record<DirectoryFacet, readonly string[]>;
}

let cached: Promise<Directory> | undefined;

export function getDirectory(): Promise<Directory> {
  cached ??= (async () => {
    const [areaEntries, organisations, serviceEntries, postcodes] = await Promise.all([loadCollection('areas'), loadCollection('organisations'), loadCollection('services'), getPostcodeTable()]);
    const { areasInOrder: areas, areaIds, areaName, organisationName } = directoryNames(areaEntries, organisations);
    const services = serviceEntries
      .map((entry) => {
        const served = areasServed(entry.data, areaIds);
        return {
          ...entry,
          // A place with a postcode but no latitude and longitude gets its postcode's.
          data: withPlaceCoordinates(entry.data, postcodes.table),
          organisationName: organisationName(entry.data.organisation),
          areas: served,
          available: isAvailable(entry.data),
          listed: {
            id: entry.id,
            name: entry.data.name,
            kinds: entry.data.kinds,
            areas: served,
            cost: entry.data.cost.type,
            audiences: entry.data.audiences,
            support: entry.data.specificSupport ?? [],
            languages: entry.data.languages,
          },
        };
      })
      .sort((a, b) => a.data.name.localeCompare(b.data.name));
    const available = services.filter((s) => s.available);
    const facets = directoryFacets({ ids: areaIds, nameOf: areaName });
    const facetOrder = facetOrderOf(facets);
    const listPages = planListPages(
      available.map((s) => s.listed),
      facetOrder,
    );
    return {
      areas,
      areaName,
      services,
      byId: new Map(services.map((s) => [s.id, s])),
      available,
      listPages,
      listTotals: new Map(listPages.filter((p) => p.page === 1).map((p) => [p.path, p.total])),
      facets,
      facetOrder,
    };
  })();
  return cached;
}

/** The words for a facet value. */
export function facetLabel(facet: DirectoryFacet, value: string, areaName: (id: string) => string): string {
  return directoryFacets({ ids: [], nameOf: areaName })[facet].labelOf(value);
}

/** What people read above each facet's choices. */
export const FACET_NAMES: Record<DirectoryFacet, string> = Object.fromEntries(Object.values(directoryFacets({ ids: [], nameOf: (id) => id })).map((f) => [f.facet, f.label])) as Record<
  DirectoryFacet,
  string
>;
