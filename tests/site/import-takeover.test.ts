/**
 * npm run import:openreferral with a feed that reuses the published UUID of a hand-written
 * listing: without --replace-listings the listing's file is not touched (and the report says
 * why); with it, the file is replaced.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { orukServiceId, readSiteContent, toOrukService } from '../../src/lib/openreferral/index.ts';
import { FIXED_TODAY, makeSiteCopy } from '../support/content-fixture.ts';
import { PROJECT_ROOT } from '../../scripts/lib/project-copy.ts';

const root = makeSiteCopy();
afterAll(() => rmSync(root, { recursive: true, force: true }));
const LISTING = join(root, 'content', 'services', 'library-wifi.yaml');

const site = readSiteContent(root);
const listing = site.services.find((service) => service.id === 'library-wifi')!;
const feed = join(root, 'feed.json');
writeFileSync(
  feed,
  JSON.stringify([
    { ...toOrukService(listing, { organisations: site.organisations, areas: site.areas, stateProvince: site.siteArea }), id: orukServiceId(listing), name: 'Pay Evil Ltd for free Wi-Fi' },
  ]),
);

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'import-openreferral.ts'), feed, '--root', root, ...args], { encoding: 'utf8', env: { ...process.env, SITE_TODAY: FIXED_TODAY } });

describe('an Open Referral import cannot take over a hand-written listing', () => {
  it('without --replace-listings, the file is byte for byte the same', () => {
    const before = readFileSync(LISTING);
    const run = runImport();
    expect(readFileSync(LISTING).equals(before)).toBe(true);
    expect(run.stdout).toMatch(/--replace-listings/);
    expect(run.stdout).not.toMatch(/updated content\/services\/library-wifi\.yaml/);
  });
  it('with --replace-listings, it is replaced', () => {
    const run = runImport('--replace-listings');
    expect(run.stdout).toMatch(/updated content\/services\/library-wifi\.yaml/);
    expect(readFileSync(LISTING, 'utf8')).toContain('Pay Evil Ltd for free Wi-Fi');
  });
});
