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
/** The site's own words and the fixture's one triage question in Welsh. */
const WELSH_SITE = {
  file: 'site.yaml',
  contents: (site: string) =>
    `${site.trimEnd()}\ntranslations:\n  cy:\n    status: draft\n    description: Help am ddim i fynd ar-lein.\n    helplineHours: Dydd Llun i ddydd Gwener, 9am i 5pm\n    helplineDescription: Bydd rhywun yn siarad â chi.\n`,
};
const WELSH_QUESTION = {
  file: 'triage/questions/online-at-home.yaml',
  contents: (text: string) => `${text.trimEnd()}\ntranslations:\n  cy:\n    status: draft\n    ask: Allwch chi fynd ar-lein gartref?\n`,
};
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
      // The site's own words on every Welsh page, and the question on the Welsh prompt card.
      expect(run.stdout).toContain('Error: content/site.yaml');
      expect(run.stdout).toContain('(field: translations › cy › helplineHours)');
      expect(run.stdout).toContain('Error: content/triage/questions/online-at-home.yaml');
      expect(run.stdout).toContain('(field: translations › cy › ask)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('exits 0 once the listing, the site’s own words and the triage question are in Welsh', () => {
    const welsh = '\ntranslations:\n  cy:\n    status: draft\n    summary: Wi-Fi am ddim i bawb.\n    description: Defnyddiwch y Wi-Fi am ddim.\n';
    const root = makeSiteCopy([MODE_ON, { file: 'services/library-wifi.yaml', contents: (t) => t + welsh }, WELSH_SITE, WELSH_QUESTION]);
    try {
      const run = checkCommand(root);
      expect(run.stdout).not.toContain('Welsh Language Standards');
      expect(run.status).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
