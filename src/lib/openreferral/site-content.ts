/**
 * What a site already has, read from its content/ folder, so that an import can match
 * organisations and areas, update its own earlier listings and never reuse a file name.
 * Files that do not pass their schema are not matched against, but their names stay taken.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseContentYaml } from '../yaml.ts';
import { areasFileSchema } from '../../schemas/area.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { serviceSchema } from '../../schemas/service.ts';
import type { Area, OrganisationEntry, ServiceEntry } from './types.ts';

export interface SiteContent {
  readonly areas: Area[];
  readonly organisations: OrganisationEntry[];
  readonly services: ServiceEntry[];
  /** Every file name in use under content/services/ and content/organisations/, readable or not. */
  readonly takenIds: { readonly services: string[]; readonly organisations: string[] };
  /** The place the whole site covers (site.yaml `area`), if site.yaml says. */
  readonly siteArea?: string;
  /** The text of content/areas.yaml ("" if there is none). */
  readonly areasFile: string;
}

function readYamlFile(path: string): unknown {
  try {
    return parseContentYaml(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function yamlFiles(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith('.yaml')).sort() : [];
}

/** Reads content/areas.yaml, content/organisations/, content/services/ and content/site.yaml under a project folder. */
export function readSiteContent(root: string): SiteContent {
  const content = join(root, 'content');
  const areasPath = join(content, 'areas.yaml');
  const areasFile = existsSync(areasPath) ? readFileSync(areasPath, 'utf8') : '';
  const areasResult = areasFileSchema.safeParse(readYamlFile(areasPath) ?? []);
  const read = <T>(folder: string, schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }) => {
    const files = yamlFiles(join(content, folder));
    const entries: { id: string; data: T }[] = [];
    for (const file of files) {
      const result = schema.safeParse(readYamlFile(join(content, folder, file)));
      if (result.success) entries.push({ id: basename(file, '.yaml'), data: result.data });
    }
    return { entries, ids: files.map((file) => basename(file, '.yaml')) };
  };
  const organisations = read('organisations', organisationSchema);
  const services = read('services', serviceSchema);
  const site = readYamlFile(join(content, 'site.yaml')) as { area?: unknown } | undefined;
  return {
    areas: areasResult.success ? areasResult.data : [],
    organisations: organisations.entries,
    services: services.entries,
    takenIds: { services: services.ids, organisations: organisations.ids },
    siteArea: typeof site?.area === 'string' ? site.area : undefined,
    areasFile,
  };
}
