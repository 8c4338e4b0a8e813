/**
 * The places the near-me page searches: every place of every available listing that has
 * coordinates (given in its file, or filled from the postcode table when the site is built).
 * Places without coordinates cannot have a distance; their listings are still on the area and
 * kind lists the page links to.
 */
import { isAvailable } from '../directory/listing.ts';
import { routes } from '../routes.ts';
import type { Service } from '../../schemas/service.ts';
import type { NearListing } from './places-data.ts';

export interface ListingForNearMe {
  readonly id: string;
  readonly data: Pick<Service, 'name' | 'status' | 'kinds' | 'locations'>;
}

export function nearListings(services: readonly ListingForNearMe[]): NearListing[] {
  return services
    .filter((service) => isAvailable(service.data))
    .map((service) => {
      const locations = service.data.locations ?? [];
      return {
        name: service.data.name,
        path: routes.service(service.id),
        kinds: [...service.data.kinds],
        placeCount: locations.length,
        places: locations.flatMap((location) =>
          location.latitude === undefined || location.longitude === undefined
            ? []
            : [{ name: location.name, latitude: location.latitude, longitude: location.longitude, area: location.area, hours: location.openingHours ?? [] }],
        ),
      };
    })
    .filter((listing) => listing.places.length > 0);
}
