/** Every file under a folder (depth first), as full paths. Folders for which `skip` says true are left out. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listFiles(folder: string, skip: (folderName: string) => boolean = () => false): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = join(folder, item.name);
    if (item.isDirectory()) return skip(item.name) ? [] : listFiles(full, skip);
    return [full];
  });
}
