import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, formatReport } from '../../src/lib/content-check/index.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { FIXED_TODAY, makeSiteCopy } from '../support/content-fixture.ts';
import { PROJECT } from '../fixtures/openreferral/load-site.ts';

const SCRIPT = join(PROJECT, 'scripts', 'import-openreferral.ts');
const copies: string[] = [];

afterEach(() => {
  for (const root of copies.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A copy of the minimal fixture site with a small feed beside it: one Wi-Fi service, one not digital help, one fall alarm. */
function siteWithFeed(): { root: string; feed: string } {
  const root = makeSiteCopy();
  copies.push(root);
  const service = (id: string, name: string, description: string) => ({
    id,
    name,
    description,
    url: 'https://www.example.org/',
    status: 'active',
    organization: { id: 'org-1', name: 'Kingsbury Community Trust' },
  });
  const feed = join(root, 'feed.json');
  writeFileSync(
    feed,
    JSON.stringify([
      service('wifi-1', 'Free Wi-Fi at the hall', 'Free Wi-Fi for everyone, every day.'),
      service('meals-1', 'Meals on wheels', 'Hot meals delivered to your door. Order online.'),
      service('alarm-1', 'GPS fall alarms', 'GPS fall alarms, no landline or WIFI needed.'),
    ]),
  );
  return { root, feed };
}

function runImport(root: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [SCRIPT, ...args, '--root', root, '--feed-name', 'Kingsbury directory'], { cwd: root, encoding: 'utf8', env: { ...process.env, SITE_TODAY: FIXED_TODAY } });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
}

const services = (root: string) => readdirSync(join(root, 'content', 'services')).sort();

function problems(root: string) {
  const result = checkContent({ root, today: FIXED_TODAY });
  return {
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity === 'warning'),
    format: () => formatReport(result.problems, result.filesChecked),
  };
}

describe('npm run import:openreferral: the review loop', () => {
  it('--review writes every record with its kinds and why, and nothing to content/', () => {
    const { root, feed } = siteWithFeed();
    const before = services(root);
    const run = runImport(root, feed, '--review', 'review.csv');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Review file: review.csv (3 records, 1 would be imported). Nothing was written to content/.');
    expect(run.out).toContain('--decisions review.csv');
    expect(services(root)).toEqual(before);
    const rows = parseCsv(readFileSync(join(root, 'review.csv'), 'utf8')).map((row) => row.cells);
    expect(rows).toEqual([
      ['id', 'name', 'kinds', 'why', 'imported'],
      ['wifi-1', 'Free Wi-Fi at the hall', 'free-wifi', 'phrase "free wifi" in name → free-wifi', 'yes'],
      ['meals-1', 'Meals on wheels', '', 'no rule matched', 'no'],
      ['alarm-1', 'GPS fall alarms', '', 'excluded: "fall alarm" in name', 'no'],
    ]);
  });

  it("--decisions follows the officer's corrections, and the site passes the content check", () => {
    const { root, feed } = siteWithFeed();
    runImport(root, feed, '--review', 'review.csv');
    const review = readFileSync(join(root, 'review.csv'), 'utf8');
    writeFileSync(
      join(root, 'decisions.csv'),
      review.replace('meals-1,Meals on wheels,,no rule matched,no', 'meals-1,Meals on wheels,one-to-one-help,no rule matched,yes').replace(/(wifi-1,.*),yes/, '$1,no'),
    );
    const run = runImport(root, feed, '--decisions', 'decisions.csv');
    expect(run.status, run.out).toBe(0);
    expect(run.out).toContain('Following 3 decisions in decisions.csv.');
    expect(run.out).toContain('- wifi-1 "Free Wi-Fi at the hall": an officer decided not to import it (decisions file, row 2)');
    expect(run.out).toContain('- added content/services/meals-on-wheels.yaml');
    expect(existsSync(join(root, 'content', 'services', 'free-wi-fi-at-the-hall.yaml'))).toBe(false);
    expect(readFileSync(join(root, 'content', 'services', 'meals-on-wheels.yaml'), 'utf8')).toMatch(/^kinds:\n {2}- one-to-one-help\n/m);
    const check = problems(root);
    expect(check.errors, check.format()).toEqual([]);
  });

  it('--decisions with an unknown kind stops before writing anything, naming the row and the kinds', () => {
    const { root, feed } = siteWithFeed();
    runImport(root, feed, '--review', 'review.csv');
    const before = services(root);
    writeFileSync(
      join(root, 'decisions.csv'),
      readFileSync(join(root, 'review.csv'), 'utf8').replace('meals-1,Meals on wheels,,no rule matched,no', 'meals-1,Meals on wheels,wifi,no rule matched,yes'),
    );
    const run = runImport(root, feed, '--decisions', 'decisions.csv');
    expect(run.status).toBe(1);
    expect(run.out).toContain('- decisions.csv, row 3 (meals-1): "wifi" is not a kind of help. Use any of: free-wifi, public-computers,');
    expect(services(root)).toEqual(before);
  });

  it('--all imports every record; those with no kinds wait for review, with a warning, and no error', () => {
    const { root, feed } = siteWithFeed();
    const run = runImport(root, feed, '--all');
    expect(run.status, run.out).toBe(0);
    expect(services(root)).toEqual(['free-wi-fi-at-the-hall.yaml', 'gps-fall-alarms.yaml', 'library-wifi.yaml', 'meals-on-wheels.yaml']);
    const meals = readFileSync(join(root, 'content', 'services', 'meals-on-wheels.yaml'), 'utf8');
    expect(meals).toMatch(/^kinds: \[\]$/m);
    expect(meals).toMatch(/^review: No kind of digital help was found \(no rule matched\)/m);
    const check = problems(root);
    expect(check.errors, check.format()).toEqual([]);
    expect(check.warnings.filter((warning) => /waits for review/.test(warning.message)).map((warning) => warning.file)).toEqual([
      'content/services/gps-fall-alarms.yaml',
      'content/services/meals-on-wheels.yaml',
    ]);
  });
});
