import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { FIXED_TODAY, makeSiteCopy } from '../support/content-fixture.ts';
import { OPENREFERRAL_FIXTURES, PROJECT } from '../fixtures/openreferral/load-site.ts';

const SCRIPT = join(PROJECT, 'scripts', 'import-openreferral.ts');
const copies: string[] = [];

function siteCopy(): string {
  const root = makeSiteCopy();
  copies.push(root);
  return root;
}

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

function runImport(root: string, file: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, file, '--root', root, ...args], { encoding: 'utf8', env: { ...process.env, SITE_TODAY: FIXED_TODAY } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

/** The content check finds no errors (warnings, like listings not checked for a year, are allowed). */
function expectNoErrors(root: string) {
  const result = checkContent({ root, today: FIXED_TODAY });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  expect(errors, formatReport(errors, result.filesChecked)).toEqual([]);
}

const services = (root: string) => readdirSync(join(root, 'content', 'services')).sort();
const fixturePath = (name: string) => join(OPENREFERRAL_FIXTURES, name);

describe('npm run import:openreferral', () => {
  it('writes listings and organisations that pass the content check', () => {
    const root = siteCopy();
    const run = runImport(root, fixturePath('v3-valid.json'), '--feed-name', 'Kingsbury directory', '--licence', 'OGL v3');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Imported 3 (0 updating listings we already had), skipped 0.');
    expect(run.out).toContain('- added content/services/free-wi-fi-and-computers-at-kingsbury-library.yaml');
    expect(run.out).toContain('- added content/organisations/kingsbury-libraries.yaml');
    expect(services(root)).toEqual(['digital-skills-phone-line.yaml', 'free-wi-fi-and-computers-at-kingsbury-library.yaml', 'laptop-loans-for-people-looking-for-work.yaml', 'library-wifi.yaml']);
    expectNoErrors(root);

    const yaml = readFileSync(join(root, 'content', 'services', 'free-wi-fi-and-computers-at-kingsbury-library.yaml'), 'utf8');
    expect(yaml).toMatch(/^# Imported from Kingsbury directory on 2026-11-23 \(Open Referral id 7f1c2a10-0001-4a6b-9c1d-000000000001\)\.\n/);
    expect(yaml).toContain('phone: "01632 960100"');
    expect(yaml).toContain('opens: "09:00"');
    expect(yaml).toContain('days: [ monday, tuesday, wednesday, thursday, friday ]');
    expect(yaml).toContain('checkedBy: Imported from Kingsbury directory');
  });

  it('imports every fixture feed into one site and the site still passes the content check', () => {
    const root = siteCopy();
    for (const name of ['v3-valid.json', 'v3-messy.json', 'v3-single-service.json', 'v1-valid.json', 'v1-messy.json']) {
      const run = runImport(root, fixturePath(name), '--feed-name', name);
      expect(run.status, run.out).toBe(0);
    }
    expectNoErrors(root);
    // Kingsbury Borough Council is in two feeds: one organisation file, matched by name the second time.
    expect(readdirSync(join(root, 'content', 'organisations')).filter((file) => file.startsWith('kingsbury-borough-council'))).toEqual(['kingsbury-borough-council.yaml']);
  });

  it('prints each skipped record with its reason', () => {
    const root = siteCopy();
    const run = runImport(root, fixturePath('v3-messy.json'));
    expect(run.status).toBe(0);
    expect(run.out).toContain('Imported 2 (0 updating listings we already had), skipped 7.');
    expect(run.out).toContain('- messy-2: name: It has no name.');
    expect(run.out).toContain('- messy-5 "Digital help sessions": status: Its status "pending" is not one we know');
    expect(run.out).toContain('- record 9: This entry is not a service record (it is a number).');
    expect(run.out).toContain('- tech-and-tea-cafe: Wrote the phone number "+44 (0)1632 960 321" as "01632 960321".');
  });

  it('updates its own listings when run again, instead of adding copies', () => {
    const root = siteCopy();
    runImport(root, fixturePath('v3-valid.json'));
    const before = services(root);
    const again = runImport(root, fixturePath('v3-valid.json'));
    expect(again.status).toBe(0);
    expect(again.out).toContain('Imported 3 (3 updating listings we already had), skipped 0.');
    // Nothing changed in the feed, so no file is written again.
    expect(again.out).toContain('No files changed: the 3 listings from this feed already say what it says.');
    expect(services(root)).toEqual(before);
    expectNoErrors(root);
  });

  it('never writes over a listing with a different externalId: it picks another file name', () => {
    const root = siteCopy();
    const mine = join(root, 'content', 'services', 'digital-skills-phone-line.yaml');
    const original = `${readFileSync(join(root, 'content', 'services', 'library-wifi.yaml'), 'utf8')}externalId: our-own-record\n`;
    writeFileSync(mine, original);
    const run = runImport(root, fixturePath('v3-valid.json'));
    expect(run.status).toBe(0);
    expect(readFileSync(mine, 'utf8')).toBe(original);
    expect(existsSync(join(root, 'content', 'services', 'digital-skills-phone-line-2.yaml'))).toBe(true);
    expectNoErrors(root);
  });

  it('adds new areas to the end of areas.yaml and keeps what was there', () => {
    const root = siteCopy();
    const feed = join(root, 'upton.json');
    writeFileSync(
      feed,
      JSON.stringify([
        {
          id: 'upton-1',
          name: 'Free Wi-Fi at Upton Village Hall',
          description: 'Free Wi-Fi in the hall.',
          status: 'active',
          organization: { name: 'Upton Parish Council', description: 'The parish council for Upton.' },
          service_at_locations: [
            {
              id: 's',
              location: {
                id: 'l',
                location_type: 'physical',
                name: 'Upton Village Hall',
                addresses: [{ id: 'a', address_1: 'Hall Lane', city: 'Upton', state_province: '', postal_code: 'NM9 1AB', country: 'GB', address_type: 'physical' }],
              },
            },
          ],
          contacts: [{ id: 'c', phones: [{ id: 'p', number: '01632 960888' }] }],
        },
      ]),
    );
    const before = readFileSync(join(root, 'content', 'areas.yaml'), 'utf8');
    const run = runImport(root, feed);
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('New areas (1): upton.');
    expect(readFileSync(join(root, 'content', 'areas.yaml'), 'utf8')).toBe(`${before}- id: upton\n  name: Upton\n`);
    expectNoErrors(root);
  });

  it('exits 1 when the file cannot be read at all, and writes nothing', () => {
    const root = siteCopy();
    for (const file of [fixturePath('v3-not-json.txt'), fixturePath('v3-wrong-shape.json'), join(root, 'no-such-file.json')]) {
      const run = runImport(root, file);
      expect(run.status, run.out).toBe(1);
      expect(run.out).toMatch(/Could not (import|read)/);
    }
    expect(services(root)).toEqual(['library-wifi.yaml']);
    expect(runImport(root, '').status).toBe(1);
  });

  it('exits 2 when the file is read but every record is skipped', () => {
    const root = siteCopy();
    const feed = join(root, 'empty.json');
    writeFileSync(feed, JSON.stringify({ total_items: 1, contents: [{ id: 'a', name: '' }] }));
    const run = runImport(root, feed);
    expect(run.status).toBe(2);
    expect(run.out).toContain('- a: name: It has no name.');
  });
});
