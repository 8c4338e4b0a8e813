/**
 * What a site already has, read from its content/ folder, so that an import can match
 * organisations and areas, update its own earlier listings and never reuse a file name.
 * Files that do not pass their schema are not matched against, but their names stay taken.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseContentYaml } from '../yaml.ts';
import { areasFileSchema } from '../../schemas/area.ts';
import { contentExtensionOf, contentFilePath, contentFolderOf, contentTypeOf } from '../../content-model/content-types.ts';
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

function filesEnding(folder: string, ending: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => file.endsWith(ending))
        .sort()
    : [];
}

/** Reads the areas, organisations, services and site settings under a project folder, from where the content model says they are. */
export function readSiteContent(root: string): SiteContent {
  const areasPath = join(root, contentFilePath('areas', 'areas'));
  const areasFile = existsSync(areasPath) ? readFileSync(areasPath, 'utf8') : '';
  const areasResult = areasFileSchema.safeParse(readYamlFile(areasPath) ?? []);
  const read = <T>(collection: 'organisations' | 'services', schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }) => {
    const folder = join(root, contentFolderOf(collection));
    const ending = `.${contentExtensionOf(collection)}`;
    const files = filesEnding(folder, ending);
    const entries: { id: string; data: T }[] = [];
    for (const file of files) {
      const result = schema.safeParse(readYamlFile(join(folder, file)));
      if (result.success) entries.push({ id: basename(file, ending), data: result.data });
    }
    return { entries, ids: files.map((file) => basename(file, ending)) };
  };
  const organisations = read('organisations', contentTypeOf('organisations').schema);
  const services = read('services', contentTypeOf('services').schema);
  const site = readYamlFile(join(root, contentFilePath('site', 'site'))) as { area?: unknown } | undefined;
  return {
    areas: areasResult.success ? areasResult.data : [],
    organisations: organisations.entries,
    services: services.entries,
    takenIds: { services: services.ids, organisations: organisations.ids },
    siteArea: typeof site?.area === 'string' ? site.area : undefined,
    areasFile,
  };
}
