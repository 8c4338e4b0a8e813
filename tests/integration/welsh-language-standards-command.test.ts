/**
 * Welsh Language Standards mode through the content check command: a copy of the minimal site
 * with welshLanguageStandards: true in site.yaml fails (exit 1) and names the listing's file and
 * the Welsh fields it lacks; with the Welsh added it passes (exit 0).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeSiteCopy } from '../support/content-fixture.ts';

const PROJECT = join(import.meta.dirname, '..', '..');
const MODE_ON = { file: 'site.yaml', contents: (site: string) => `${site.trimEnd()}\nwelshLanguageStandards: true\n` };
const checkCommand = (root: string) => spawnSync(process.execPath, [join(PROJECT, 'scripts', 'check-content.ts'), '--root', root], { encoding: 'utf8' });

describe('content check command: Welsh Language Standards mode', () => {
  it('exits 1 for a listing with no Welsh, naming the file, the fields and what to do', () => {
    const root = makeSiteCopy([MODE_ON]);
    try {
      const run = checkCommand(root);
      expect(run.status).toBe(1);
      expect(run.stdout).toContain('Error: content/services/library-wifi.yaml');
      expect(run.stdout).toContain('(field: translations › cy › summary)');
      expect(run.stdout).toContain('(field: translations › cy › description)');
      expect(run.stdout).toContain('Add translations.cy.summary');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits 0 once the listing has its Welsh summary and description', () => {
    const welsh = '\ntranslations:\n  cy:\n    status: draft\n    summary: Wi-Fi am ddim i bawb.\n    description: Defnyddiwch y Wi-Fi am ddim.\n';
    const root = makeSiteCopy([MODE_ON, { file: 'services/library-wifi.yaml', contents: (t) => t + welsh }]);
    try {
      const run = checkCommand(root);
      expect(run.stdout).not.toContain('Welsh Language Standards');
      expect(run.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
