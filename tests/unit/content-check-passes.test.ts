/**
 * Each pass of the content check on its own: a good example that passes, and a bad one with the
 * exact problem (file, line, field and words) a partner would see.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentFilePath, contentTypeOf, type Collection } from '../../src/content-model/content-types.ts';
import { LoadedContent, perCollection, type FoundIds, type WrittenEntry } from '../../src/lib/content-check/entries.ts';
import { readContentFile } from '../../src/lib/content-check/read-file.ts';
import { readEntries } from '../../src/lib/content-check/read-entries.ts';
import { checkDatasets } from '../../src/lib/content-check/check-datasets.ts';
import { checkReferences } from '../../src/lib/content-check/check-references.ts';
import { checkDuplicates } from '../../src/lib/content-check/check-duplicates.ts';
import { answerPlaces, checkTraining } from '../../src/lib/content-check/check-training.ts';
import { checkTriage } from '../../src/lib/content-check/check-triage.ts';
import { checkReportFiles } from '../../src/lib/content-check/check-report-files.ts';
import { checkRequiredFiles, checkSiteSettingsRead } from '../../src/lib/content-check/check-required-files.ts';
import { checkFreshness } from '../../src/lib/content-check/check-freshness.ts';
import { checkTimes, TIME_MESSAGE } from '../../src/lib/content-check/check-times.ts';
import { errorAt } from '../../src/lib/content-check/problem.ts';
import { fixtureFile, makeSiteCopy, replaceOnce } from '../support/content-fixture.ts';
import { barriers, needs } from '../../src/lib/vocabulary/index.ts';

const SERVICE = fixtureFile('services/library-wifi.yaml');
const QUESTION = fixtureFile('triage/questions/online-at-home.yaml');
const LESSON = fixtureFile('modules/first-module/first-lesson.mdx');
const MODULE = fixtureFile('modules/first-module/index.mdx');

/** Reads one file as the check would, and gives back its entries that pass (failing the test if any problem). */
function entriesFrom(collection: Collection, id: string, text: string): WrittenEntry[] {
  const file = contentFilePath(collection, id);
  const read = readContentFile(contentTypeOf(collection), id, file, text);
  expect(read.problems).toEqual([]);
  return read.checked;
}

function loaded(...entries: WrittenEntry[][]): LoadedContent {
  const content = new LoadedContent();
  for (const entry of entries.flat()) content.addChecked(entry);
  return content;
}

function found(ids: Partial<Record<Collection, string[]>>): FoundIds {
  return perCollection((collection) => new Set(ids[collection] ?? []));
}

function withTempFolder<T>(run: (root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'content-pass-'));
  try {
    return run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('read-file: one file against its schema', () => {
  it('reads a good service into one typed entry', () => {
    const read = readContentFile(contentTypeOf('services'), 'library-wifi', 'content/services/library-wifi.yaml', SERVICE);
    expect(read.problems).toEqual([]);
    expect(read.checked.map((e) => [e.collection, e.id, e.file])).toEqual([['services', 'library-wifi', 'content/services/library-wifi.yaml']]);
    const [entry] = loaded(read.checked).entriesOf('services');
    expect(entry?.data.lastChecked).toBe('2026-10-01');
  });

  it('names a wrong phone number with its line and field, and keeps the entry as written for its references', () => {
    const read = readContentFile(contentTypeOf('services'), 'library-wifi', 'content/services/library-wifi.yaml', replaceOnce(SERVICE, 'phone: "01632 960999"', 'phone: "12"'));
    expect(read.problems).toEqual([
      errorAt('content/services/library-wifi.yaml', 'This is not a UK phone number we recognise. Write it with its area code, like "0121 496 0000", "07700 900123" or "+44 20 7946 0000".', 24, [
        'phone',
      ]),
    ]);
    expect(read.checked).toEqual([]);
    expect(read.unchecked.map((e) => e.id)).toEqual(['library-wifi']);
  });

  it('reports an item listed twice in a list file', () => {
    const areas = '- id: north\n  name: North\n- id: north\n  name: North again\n';
    const read = readContentFile(contentTypeOf('areas'), 'areas', 'content/areas.yaml', areas);
    expect(read.problems).toEqual([{ severity: 'error', file: 'content/areas.yaml', line: 3, field: 'item 2 › id', message: '"north" is listed twice (items 1 and 2). Each id must be different.' }]);
    expect(read.checked.map((e) => e.id)).toEqual(['north']);
    expect(read.listedIds).toEqual(['north', 'north']);
  });

  it('asks for front matter on a Markdown page without it', () => {
    const read = readContentFile(contentTypeOf('caseStudies'), 'x', 'content/case-studies/x.md', 'Just text.\n');
    expect(read.problems).toEqual([errorAt('content/case-studies/x.md', 'The file must start with front matter: a line "---", the fields, then another "---".', 1)]);
  });
});

describe('read-entries: finding the files', () => {
  it('reads the minimal site with no problems', () => {
    const root = makeSiteCopy();
    try {
      const read = readEntries(root);
      expect(read.problems).toEqual([]);
      expect(read.content.entriesOf('services').map((e) => e.id)).toEqual(['library-wifi']);
      expect([...read.foundIds.areas]).toEqual(['areas', 'north', 'south']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a file name that is not an id, and a .yml file', () => {
    const root = makeSiteCopy([
      { file: 'services/Library_Wifi.yaml', contents: SERVICE },
      { file: 'services/other.yml', contents: SERVICE },
    ]);
    try {
      expect(readEntries(root).problems).toEqual([
        errorAt('content/services/Library_Wifi.yaml', 'The file name "Library_Wifi" must use only lower-case letters, numbers and hyphens, like "eastbrook-library-wifi". Rename the file.'),
        errorAt('content/services/other.yml', 'The site only reads files ending .yaml. Rename this file to end in .yaml.'),
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('says so when there is no content folder', () => {
    withTempFolder((root) => {
      const read = readEntries(root);
      expect(read.folderFound).toBe(false);
      expect(read.problems).toEqual([errorAt('content', 'There is no content/ folder. The site is built from it.')]);
    });
  });
});

describe('check-datasets', () => {
  const meta = fixtureFile('datasets/example-figures/meta.yaml');
  const datasets = () => loaded(entriesFrom('datasets', 'example-figures', meta)).entriesOf('datasets');

  it('passes figures that match their columns', () => {
    withTempFolder((root) => {
      mkdirSync(join(root, 'content/datasets/example-figures'), { recursive: true });
      writeFileSync(join(root, 'content/datasets/example-figures/data.csv'), 'year,people\n2018,10\n');
      const files = ['datasets/example-figures/data.csv', 'datasets/example-figures/meta.yaml'];
      expect(checkDatasets({ root, files, found: new Set(['example-figures']), datasets: datasets() })).toEqual([]);
    });
  });

  it('reports a missing data.csv, a wrong figure and figures with no meta.yaml', () => {
    withTempFolder((root) => {
      mkdirSync(join(root, 'content/datasets/example-figures'), { recursive: true });
      writeFileSync(join(root, 'content/datasets/example-figures/data.csv'), 'year,people\n2018,ten\n');
      const files = ['datasets/example-figures/data.csv', 'datasets/example-figures/meta.yaml', 'datasets/lost/data.csv', 'datasets/missing/meta.yaml'];
      expect(checkDatasets({ root, files, found: new Set(['example-figures', 'missing']), datasets: datasets() })).toEqual([
        errorAt('content/datasets/example-figures/data.csv', 'Row 1, column "people" should be a number but is "ten". Write numbers without commas, units or % signs.', 2),
        errorAt('content/datasets/missing/meta.yaml', 'This data set has no data.csv beside its meta.yaml. Add the figures as content/datasets/missing/data.csv.'),
        errorAt('content/datasets/lost/data.csv', 'This data set has no meta.yaml to describe it. Add one beside data.csv.'),
      ]);
    });
  });
});

describe('check-references', () => {
  const content = () => loaded(entriesFrom('services', 'library-wifi', SERVICE));

  it('passes a service whose organisation and area exist', () => {
    expect(checkReferences({ content: content(), unchecked: [], foundIds: found({ organisations: ['example-library'], areas: ['north'] }) })).toEqual([]);
  });

  it('names an area that does not exist, with its line, field and the ids that do', () => {
    expect(checkReferences({ content: content(), unchecked: [], foundIds: found({ organisations: ['example-library'], areas: ['south', 'east'] }) })).toEqual([
      {
        severity: 'error',
        file: 'content/services/library-wifi.yaml',
        line: 19,
        field: 'locations › item 1 › area',
        message: '"north" does not match an id in content/areas.yaml. Check the spelling; known ids include: south, east.',
      },
    ]);
  });

  it('checks an entry that failed its schema as written', () => {
    const written: WrittenEntry = { ...entriesFrom('services', 'library-wifi', SERVICE)[0]!, data: { organisation: 'nobody' } };
    expect(checkReferences({ content: new LoadedContent(), unchecked: [written], foundIds: found({}) }).map((p) => p.message)).toEqual([
      '"nobody" does not match a file in content/organisations/. Check the spelling.',
    ]);
  });
});

describe('check-duplicates', () => {
  it('passes two questions with their own order numbers', () => {
    const content = loaded(entriesFrom('triageQuestions', 'a', QUESTION), entriesFrom('triageQuestions', 'b', replaceOnce(QUESTION, 'order: 1', 'order: 2')));
    expect(checkDuplicates(content)).toEqual([]);
  });

  it('reports two listings whose externalIds differ only in capital letters, and passes two different ones', () => {
    const withId = (id: string) => `${SERVICE}\nexternalId: ${id}\n`;
    const same = loaded(entriesFrom('services', 'a', withId('KB-1001')), entriesFrom('services', 'b', withId('kb-1001')));
    expect(checkDuplicates(same).map((problem) => [problem.file, problem.field, problem.message])).toEqual([
      [
        'content/services/b.yaml',
        'externalId',
        'Another listing (content/services/a.yaml) has the same externalId "KB-1001" (ids that differ only in capital letters count as the same). Each listing must have its own.',
      ],
    ]);
    expect(checkDuplicates(loaded(entriesFrom('services', 'a', withId('KB-1001')), entriesFrom('services', 'b', withId('KB-1002'))))).toEqual([]);
  });

  it('reports the second question with the same order number', () => {
    const content = loaded(entriesFrom('triageQuestions', 'a', QUESTION), entriesFrom('triageQuestions', 'b', QUESTION));
    expect(checkDuplicates(content)).toEqual([
      { severity: 'error', file: 'content/triage/questions/b.yaml', line: 1, field: 'order', message: 'content/triage/questions/a.yaml also has order 1. Give each question its own number.' },
    ]);
  });
});

describe('check-training', () => {
  it('passes a module with a lesson', () => {
    const content = loaded(entriesFrom('modules', 'first-module', MODULE), entriesFrom('lessons', 'first-module/first-lesson', LESSON));
    expect(checkTraining(content, found({ modules: ['first-module'] }))).toEqual([]);
  });

  it('reports a lesson with no module, and a module with no lessons', () => {
    const content = loaded(entriesFrom('modules', 'empty-module', MODULE), entriesFrom('lessons', 'lost/first-lesson', LESSON));
    expect(checkTraining(content, found({ modules: ['empty-module'] }))).toEqual([
      errorAt('content/modules/lost/first-lesson.mdx', 'This lesson\'s folder has no valid index.mdx describing the module "lost". Add one.'),
      errorAt('content/modules/empty-module/index.mdx', 'This module has no lessons. Add at least one lesson file beside index.mdx.'),
    ]);
  });
});

describe('check-triage', () => {
  const everything = { triageNeeds: [...needs.ids], triageBarriers: [...barriers.ids] };

  it('passes questions that always end, with every need and barrier described', () => {
    const content = loaded(entriesFrom('triageQuestions', 'online-at-home', QUESTION));
    expect(checkTriage(content, found({ ...everything, triageQuestions: ['online-at-home'] }))).toEqual([]);
  });

  it('reports a loop, and needs and barriers not described', () => {
    const looping = replaceOnce(QUESTION, 'next: end', 'next: online-at-home');
    const content = loaded(entriesFrom('triageQuestions', 'online-at-home', looping));
    expect(checkTriage(content, found({ triageNeeds: needs.ids.slice(1), triageBarriers: barriers.ids.slice(1), triageQuestions: ['online-at-home'] }))).toEqual([
      errorAt('content/triage/needs.yaml', `Every need must be described so the referral card can use it. Add: ${needs.ids[0]}.`),
      errorAt('content/triage/barriers.yaml', `Every barrier must be described so the referral card can use it. Add: ${barriers.ids[0]}.`),
      errorAt('content/triage/questions', 'The triage questions go round in a loop at "online-at-home". Check the "next" fields of the answers.'),
    ]);
  });
});

describe('check-report-files', () => {
  const report = (file: string) =>
    loaded(entriesFrom('reports', 'annual-review', `${fixtureFile('reports/annual-review.yaml').replace('link: https://www.example.org/review\n', '')}file: ${file}\n`)).entriesOf('reports');

  it('passes a report whose file is in public/', () => {
    withTempFolder((root) => {
      mkdirSync(join(root, 'public/reports'), { recursive: true });
      writeFileSync(join(root, 'public/reports/review.pdf'), '%PDF');
      expect(checkReportFiles(root, report('/reports/review.pdf'))).toEqual([]);
    });
  });

  it('names the missing file', () => {
    withTempFolder((root) => {
      expect(checkReportFiles(root, report('/reports/review.pdf'))).toEqual([
        errorAt('content/reports/annual-review.yaml', 'There is no file public/reports/review.pdf. Add the file, or give a link instead.', 6, ['file']),
      ]);
    });
  });
});

describe('check-required-files', () => {
  it('passes when site.yaml and areas.yaml are there', () => {
    expect(checkRequiredFiles(['areas.yaml', 'site.yaml', 'services/x.yaml'])).toEqual([]);
  });

  it('names each missing file', () => {
    expect(checkRequiredFiles(['site.yaml'])).toEqual([errorAt('content/areas.yaml', 'content/areas.yaml is missing. The site needs it.')]);
  });

  it('says site.yaml is missing when it was not read and nothing else said why', () => {
    expect(checkSiteSettingsRead(new LoadedContent(), [])).toEqual([errorAt('content/site.yaml', 'content/site.yaml is missing. The site needs it.')]);
    expect(checkSiteSettingsRead(new LoadedContent(), [errorAt('content/site.yaml', 'This file is empty. It should hold the fields of the site settings file.')])).toEqual([]);
  });
});

describe('check-freshness', () => {
  const content = () => loaded(entriesFrom('services', 'library-wifi', SERVICE));

  it('is quiet for a listing checked recently', () => {
    expect(checkFreshness(content(), '2027-01-01')).toEqual([]);
  });

  it('warns about a listing not checked for 9 months, then 12', () => {
    expect(checkFreshness(content(), '2027-07-01')).toEqual([
      {
        severity: 'warning',
        file: 'content/services/library-wifi.yaml',
        line: 25,
        field: 'lastChecked',
        message: 'Last checked on 2026-10-01, over 9 months ago. Check the details with the provider and update lastChecked.',
      },
    ]);
    expect(checkFreshness(content(), '2027-10-01').map((p) => p.message)).toEqual([
      'Last checked on 2026-10-01, over 12 months ago. Check the details with the provider and update lastChecked. The page now warns people that it may be out of date.',
    ]);
  });
});

describe('the content model names each file', () => {
  it('builds a path from a kind and an id', () => {
    expect(contentFilePath('services', 'eastbrook-wifi')).toBe('content/services/eastbrook-wifi.yaml');
    expect(contentFilePath('lessons', 'getting-started/first-lesson')).toBe('content/modules/getting-started/first-lesson.mdx');
    expect(contentFilePath('datasets', 'figures')).toBe('content/datasets/figures/meta.yaml');
    expect(contentFilePath('areas', 'north')).toBe('content/areas.yaml');
    expect(() => contentFilePath('lessons', 'no-module')).toThrow('"no-module" is not an id for a lesson: it needs 2 part(s).');
  });
});

describe('check-training: where the right answers sit', () => {
  const question = (right: number, of = 3) => ({ options: Array.from({ length: of }, (_, i) => ({ correct: i === right })) });

  it('passes right answers spread over the places', () => {
    expect(
      answerPlaces([
        [question(0), question(1), question(2)],
        [question(0), question(1), question(2)],
      ]),
    ).toBeUndefined();
  });

  it("names the letter that holds more than 40% of a module's right answers", () => {
    expect(
      answerPlaces([
        [question(0), question(0), question(1)],
        [question(0), question(2)],
      ]),
    ).toBe(
      "In this module's quizzes, answer A is the right one 3 times out of 5 (60%). Learners can guess it. Move some right answers to other places, so that no letter is right more than 40% of the time.",
    );
  });

  it('does not judge a module with fewer than 5 right answers', () => {
    expect(answerPlaces([[question(0), question(0)]])).toBeUndefined();
  });

  it('reports it on the module, through the pass', () => {
    const quiz = (right: number) => `  - question: Q?\n    options:\n${[0, 1, 2].map((i) => `      - text: Option ${i}\n        correct: ${i === right}\n        explanation: Because.\n`).join('')}`;
    const lesson = LESSON.replace(/^quiz:\n(?: {2}.*\n)*/m, '').replace(/\n---\n/, `\nquiz:\n${[0, 0, 0, 1, 2].map(quiz).join('')}---\n`);
    const content = loaded(entriesFrom('modules', 'first-module', MODULE), entriesFrom('lessons', 'first-module/first-lesson', lesson));
    const problems = checkTraining(content, found({ modules: ['first-module'] }));
    expect(problems.map((p) => p.file)).toEqual(['content/modules/first-module/index.mdx']);
    expect(problems[0]!.message).toMatch(/^In this module's quizzes, answer A is the right one 3 times out of 5 \(60%\)\./);
  });
});

describe('read-file: MDX front matter means the same to the build', () => {
  it("refuses date-like text that Astro's own reader would make a date, naming the field", () => {
    const lesson = replaceOnce(LESSON, 'summary: A lesson for the tests.', 'summary: 2026-01-15');
    const read = readContentFile(contentTypeOf('lessons'), 'first-module/first-lesson', 'content/modules/first-module/first-lesson.mdx', lesson);
    expect(read.problems.map((p) => [p.field, p.line, p.message])).toEqual([
      ['summary', 3, 'When the site is built, this is read as a date, not as text. Put the value in quotes, like "2026-01-15".'],
    ]);
  });

  it('accepts a date field written without quotes, which both readers give as the same date', () => {
    const guide = fixtureFile('guides/champion.mdx');
    expect(guide).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
    expect(readContentFile(contentTypeOf('guides'), 'champion', 'content/guides/champion.mdx', guide).problems).toEqual([]);
  });
});

describe('check-freshness: national help', () => {
  const file = (checkedOn?: string) =>
    `- id: a-helpline\n  name: A helpline\n  what: Free help on the phone.\n  runBy: A charity\n  link: https://www.example.org/helpline\n${checkedOn ? `  checkedOn: ${checkedOn}\n` : ''}`;
  const warnings = (text: string) => checkFreshness(loaded(entriesFrom('nationalHelp', 'national-help', text)), '2026-11-23').map((p) => [p.line, p.message]);

  it('passes an item checked this year', () => {
    expect(warnings(file('2026-06-01'))).toEqual([]);
  });

  it('warns about an item nobody has checked, and one checked over 12 months ago', () => {
    expect(warnings(file())).toEqual([[1, '"A helpline" has not been checked. Open its link, check the details, then add checkedOn with today\'s date.']]);
    expect(warnings(file('2025-06-01'))).toEqual([[6, '"A helpline" was last checked on 2025-06-01, over 12 months ago. Open its link, check the details, and update checkedOn.']]);
  });
});

describe('check-times', () => {
  it('passes times in words, and clock fields on the 24-hour clock', () => {
    expect(SERVICE).toMatch(/opens: ['"]?\d\d:\d\d/);
    expect(checkTimes(loaded(entriesFrom('services', 'library-wifi', replaceOnce(SERVICE, 'summary: ', 'summary: Open from 10am to 1:30pm. '))))).toEqual([]);
  });

  it('names a note that says 14:00, with its line and field', () => {
    const text = replaceOnce(SERVICE, 'summary: ', 'summary: Open until 14:00. ');
    const line = text.split('\n').findIndex((l) => l.startsWith('summary: ')) + 1;
    expect(checkTimes(loaded(entriesFrom('services', 'library-wifi', text)))).toEqual([errorAt('content/services/library-wifi.yaml', TIME_MESSAGE, line, ['summary'])]);
  });
});

describe('check-freshness: the helpline on every page', () => {
  const site = fixtureFile('site.yaml');
  const helpline = /phone: "([^"]+)"/.exec(site.split('helpline:')[1]!)![1]!;
  const service = (lastChecked: string) => replaceOnce(SERVICE, /^lastChecked: .*$/m.exec(SERVICE)![0], `lastChecked: ${lastChecked}`).replace(/^phone: .*$/m, '') + `phone: "${helpline}"\n`;

  it("warns when the helpline's own listing has not been checked for 9 months", () => {
    const content = loaded(entriesFrom('site', 'site', site), entriesFrom('services', 'library-wifi', service('2026-01-01')));
    expect(checkFreshness(content, '2026-11-23').map((p) => p.message)).toContain(
      'This is the helpline shown on every page of the site, and its listing has not been checked for over 9 months. Check it now and update lastChecked.',
    );
  });

  it('says nothing when it was checked recently', () => {
    const content = loaded(entriesFrom('site', 'site', site), entriesFrom('services', 'library-wifi', service('2026-11-01')));
    expect(checkFreshness(content, '2026-11-23')).toEqual([]);
  });
});
