/**
 * A listing as the views get it (a ViewService), built in memory for view tests the way
 * src/data/directory.ts builds the real ones: a valid service with plain defaults, and the areas
 * it serves worked out from the site's area ids.
 */
import { areasServed } from '../../src/lib/directory/listing.ts';
import type { ViewService } from '../../src/lib/views/shared.ts';
import type { Service } from '../../src/schemas/service.ts';

export function viewService(id: string, data: Partial<Service> & Pick<Service, 'name' | 'kinds'>, areaIds: readonly string[]): ViewService {
  const full: Service = {
    organisation: 'council',
    status: 'active',
    summary: `${data.name}: free help.`,
    description: 'Come along and get help.',
    supportModes: ['one-to-one'],
    accessModes: ['walk-in'],
    cost: { type: 'free' },
    audiences: ['everyone'],
    languages: ['en'],
    lastChecked: '2026-06-01',
    checkedBy: 'Council staff',
    source: 'The council, by phone',
    licence: 'OGL v3',
    ...data,
  };
  const areas = areasServed(full, [...areaIds]);
  return {
    id,
    file: `content/services/${id}.yaml`,
    data: full,
    organisationName: 'Northmere Council',
    areas,
    listed: { id, name: full.name, kinds: full.kinds, areas, cost: full.cost.type, audiences: full.audiences, support: full.specificSupport ?? [], languages: full.languages },
  };
}
