/** The directory as Open Referral UK documents, worked out once per build. */
import { orukServiceId, servicesToCsv, toOrukService, toOrukServiceList } from '../lib/openreferral/index.ts';
import { loadCollection } from './collections.ts';
import { getSite } from './site.ts';

/** Services per page of /openreferral/services.json. */
export const ORUK_PAGE_SIZE = 500;

async function exportContext() {
  const [organisations, areas, site] = await Promise.all([loadCollection('organisations'), loadCollection('areas'), getSite()]);
  return { organisations: organisations.map((o) => ({ id: o.id, data: o.data })), areas: areas.map((a) => a.data), stateProvince: site.area };
}

let cached: Promise<{ id: string; uuid: string; document: ReturnType<typeof toOrukService> }[]> | undefined;

export function getOrukServices() {
  cached ??= (async () => {
    const context = await exportContext();
    return (await loadCollection('services')).map((entry) => ({ id: entry.id, uuid: orukServiceId(entry), document: toOrukService({ id: entry.id, data: entry.data }, context) }));
  })();
  return cached;
}

export async function getOrukPage(page: number) {
  const services = await getOrukServices();
  return toOrukServiceList(services.map((s) => s.document), page, ORUK_PAGE_SIZE);
}

export async function orukPageCount(): Promise<number> {
  return Math.max(1, Math.ceil((await getOrukServices()).length / ORUK_PAGE_SIZE));
}

export async function getServicesCsv(): Promise<string> {
  const context = await exportContext();
  return servicesToCsv((await loadCollection('services')).map((e) => ({ id: e.id, data: e.data })), context);
}
