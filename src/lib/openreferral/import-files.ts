/**
 * The files an import writes, worked out before anything touches the disk: one YAML file per
 * listing and per new organisation, and content/areas.yaml with the new areas added.
 */
import { contentFilePath } from '../../content-model/content-types.ts';
import type { ImportResult } from './import.ts';
import type { SiteContent } from './site-content.ts';
import { appendAreas, toContentYaml } from './yaml-files.ts';

export interface PlannedFile {
  /** The path under the project folder, like "content/services/kingsbury-library-wifi.yaml". */
  readonly path: string;
  readonly contents: string;
  /** new: a file that does not exist yet; update: a listing we imported before; areas: areas.yaml with areas added. */
  readonly action: 'new' | 'update' | 'areas';
}

/**
 * Plans the files. A listing is only written over an existing file when it updates that listing
 * (same Open Referral id); the import never picks a file name already in use for anything else.
 */
export function planImportFiles(result: ImportResult, site: SiteContent, when: { feedName: string; today: string }): PlannedFile[] {
  const files: PlannedFile[] = [];
  for (const service of result.services) {
    const comment = [
      `Imported from ${when.feedName} on ${when.today}${service.feedId && !service.feedId.startsWith('record ') ? ` (Open Referral id ${service.feedId})` : ''}.`,
      'Check these details with the provider before you rely on them.',
    ].join('\n');
    files.push({ path: contentFilePath('services', service.id), contents: toContentYaml(service.data, comment), action: service.updates ? 'update' : 'new' });
  }
  for (const organisation of result.organisations) {
    files.push({
      path: contentFilePath('organisations', organisation.id),
      contents: toContentYaml(organisation.data, `Added by an import from ${when.feedName} on ${when.today}. Check the kind and summary.`),
      action: 'new',
    });
  }
  if (result.areas.length) files.push({ path: contentFilePath('areas', 'areas'), contents: appendAreas(site.areasFile, result.areas), action: 'areas' });
  return files;
}
