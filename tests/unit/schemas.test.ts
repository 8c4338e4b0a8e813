import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { contentTypes, matchContentType } from '../../src/lib/content-check/index.ts';
import { listFiles } from '../../src/lib/files.ts';
import { readMarkdown, readYaml } from '../../src/lib/content-check/source-file.ts';
import { messagesForIssue } from '../../src/lib/content-check/issue-messages.ts';
import { MINIMAL_SITE } from '../support/content-fixture.ts';
import {
  areaSchema,
  charterSchema,
  courseSchema,
  datasetMetaSchema,
  guideSchema,
  organisationSchema,
  pledgeSchema,
  reportSchema,
  searchWordsSchema,
  serviceSchema,
  signatorySchema,
  siteSchema,
  triageNeedSchema,
  triageQuestionSchema,
  caseStudySchema,
  moduleSchema,
  lessonSchema,
} from '../../src/schemas/index.ts';

/**
 * The good example of each content type: its first file in the minimal fixture site, found by the
 * content model's own patterns (so a new kind of content needs only a file there).
 */
const GOOD_FILES: Record<string, string> = {};
for (const full of listFiles(join(MINIMAL_SITE, 'content')).sort()) {
  const file = relative(join(MINIMAL_SITE, 'content'), full).split('\\').join('/');
  const match = matchContentType(file);
  if (match) GOOD_FILES[match.type.collection] ??= file;
}

function goodData(collection: string): any {
  const file = GOOD_FILES[collection]!;
  const text = readFileSync(join(MINIMAL_SITE, 'content', file), 'utf8');
  const data = /\.mdx?$/.test(file) ? readMarkdown(text).frontMatter!.data : readYaml(text).data;
  return Array.isArray(data) ? data[0] : data;
}

/** The messages a partner reads for a file's data, as the content check words them. */
function messages(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((issue) => messagesForIssue(issue, schema)).map((m) => `${m.path.join('.')}: ${m.message}`);
}

describe('every content type has a good example that its schema accepts', () => {
  it('has a good example of every kind of content in the minimal site', () => {
    expect(contentTypes.filter((type) => !GOOD_FILES[type.collection]).map((type) => type.collection)).toEqual([]);
  });
  for (const type of contentTypes) {
    it(`${type.collection} (${GOOD_FILES[type.collection]})`, () => {
      expect(messages(type.schema, goodData(type.collection))).toEqual([]);
    });
  }
});

describe('every schema field has a description (it becomes contributor help)', () => {
  for (const type of contentTypes) {
    it(type.collection, () => {
      const json = (type.schema as any).toJSONSchema?.({ unrepresentable: 'any', io: 'input' }) ?? {};
      const missing: string[] = [];
      const visit = (node: any, path: string) => {
        if (!node || typeof node !== 'object') return;
        if (node.properties) {
          for (const [key, child] of Object.entries<any>(node.properties)) {
            if (!child.description) missing.push(`${path}${key}`);
            visit(child, `${path}${key}.`);
          }
        }
        if (node.items) visit(node.items, path);
        for (const option of node.anyOf ?? []) visit(option, path);
      };
      visit(json, '');
      expect(missing).toEqual([]);
    });
  }
});

describe('schema rules beyond single fields (a bad example each)', () => {
  const cases: { name: string; schema: z.ZodType; collection: string; change: (d: any) => void; expect: RegExp }[] = [
    { name: 'a paid service must say what it costs', schema: serviceSchema, collection: 'services', change: (d) => (d.cost = { type: 'paid' }), expect: /what it costs/ },
    { name: 'a service needs a way to get in touch', schema: serviceSchema, collection: 'services', change: (d) => delete d.phone, expect: /at least one way to get in touch/ },
    {
      name: 'opening hours close after they open',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => (d.locations[0].openingHours[0].closes = '09:00'),
      expect: /closing time must be later/,
    },
    {
      name: 'coordinates must be in the UK',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => (d.locations[0].latitude = 12),
      expect: /latitude is not in the UK: it must be between 49 and 61/,
    },
    { name: 'the status comes from the list', schema: serviceSchema, collection: 'services', change: (d) => (d.status = 'open'), expect: /"open" is not a status we know/ },
    { name: 'a language code comes from the list', schema: serviceSchema, collection: 'services', change: (d) => (d.languages = ['english']), expect: /"english" is not a language code we know/ },
    {
      name: 'who can use it: tenantsOf names organisations by their ids',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => {
        d.eligibility = 'For Example Homes tenants.';
        d.whoCanUse = { tenantsOf: ['Example Homes'] };
      },
      expect: /lower-case letters, numbers and hyphens/,
    },
    {
      name: 'who can use it: tenantsOf names at least one landlord',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => {
        d.eligibility = 'For tenants.';
        d.whoCanUse = { tenantsOf: [] };
      },
      expect: /Name at least one housing provider/,
    },
    {
      name: 'who can use it: residentsOnly is true or left out',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => {
        d.eligibility = 'For anyone.';
        d.whoCanUse = { residentsOnly: false };
      },
      expect: /Write residentsOnly: true .* or leave it out/,
    },
    {
      name: 'who can use it: onBenefits is true or left out',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => {
        d.eligibility = 'For people on benefits.';
        d.whoCanUse = { onBenefits: 'yes' };
      },
      expect: /Write onBenefits: true .* or leave it out/,
    },
    {
      name: 'who can use it: give at least one rule',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => {
        d.eligibility = 'For anyone.';
        d.whoCanUse = {};
      },
      expect: /Give at least one rule in whoCanUse/,
    },
    {
      name: 'who can use it: say it in words too',
      schema: serviceSchema,
      collection: 'services',
      change: (d) => (d.whoCanUse = { residentsOnly: true }),
      expect: /Say who can use it in words in eligibility/,
    },
    { name: 'an in-person course needs a location', schema: courseSchema, collection: 'courses', change: (d) => delete d.location, expect: /needs a location/ },
    { name: 'a course needs sessions or ongoing', schema: courseSchema, collection: 'courses', change: (d) => delete d.sessions, expect: /write ongoing: true/ },
    { name: 'booking by phone needs a phone number', schema: courseSchema, collection: 'courses', change: (d) => (d.booking = { method: 'phone' }), expect: /matches the booking method/ },
    { name: 'a report has a link or a file, not both', schema: reportSchema, collection: 'reports', change: (d) => (d.file = '/reports/a.pdf'), expect: /Give one of: link .*, file .* or notOnline/ },
    {
      name: 'a report links to the document, not a home page',
      schema: reportSchema,
      collection: 'reports',
      change: (d) => (d.link = 'https://www.example.org/'),
      expect: /home page of a website\. Link to the document itself/,
    },
    { name: 'a report date is a day or a year, not both', schema: reportSchema, collection: 'reports', change: (d) => (d.year = 2026), expect: /Give date \(an exact day\) or year, not both/ },
    { name: 'an approximate report date needs a year', schema: reportSchema, collection: 'reports', change: (d) => (d.approximate = true), expect: /approximate goes with year/ },
    {
      name: 'a case study figure says "over" in qualifier, not in its unit',
      schema: caseStudySchema,
      collection: 'caseStudies',
      change: (d) => (d.outcomes = [{ label: 'People helped', value: 100, unit: 'people (over)' }]),
      expect: /Put "over", "about" or "up to" in qualifier/,
    },
    { name: 'the search word list is in lower case', schema: searchWordsSchema, collection: 'searchWords', change: (d) => (d.words[0].search = 'Broadband'), expect: /Write it in lower case/ },
    {
      name: 'a report file lives in public/reports/',
      schema: reportSchema,
      collection: 'reports',
      change: (d) => {
        delete d.link;
        d.file = '../secret.txt';
      },
      expect: /public\/reports/,
    },
    { name: 'a review date comes after signing', schema: signatorySchema, collection: 'signatories', change: (d) => (d.review = '2025-01-01'), expect: /review date must be after/ },
    { name: 'a chart draws columns that exist', schema: datasetMetaSchema, collection: 'datasets', change: (d) => (d.chart.y = ['missing']), expect: /"missing" is not one of the columns/ },
    { name: 'a chart draws only number columns', schema: datasetMetaSchema, collection: 'datasets', change: (d) => (d.chart.y = ['year']), expect: /not a number column/ },
    { name: 'the site names who enforces accessibility', schema: siteSchema, collection: 'site', change: (d) => (d.accessibility.enforcement = 'ofcom'), expect: /ehrc .* or ecni/ },
    { name: 'an area id is a slug', schema: areaSchema, collection: 'areas', change: (d) => (d.id = 'North Town'), expect: /lower-case letters/ },
    { name: 'an organisation kind comes from the list', schema: organisationSchema, collection: 'organisations', change: (d) => (d.kind = 'shop'), expect: /"shop" is not a kind of organisation/ },
    { name: "a guide is about one of the 9 C's", schema: guideSchema, collection: 'guides', change: (d) => (d.c = 'cake'), expect: /"cake" is not one of the 9 C's/ },
    { name: 'a module level comes from the list', schema: moduleSchema, collection: 'modules', change: (d) => (d.level = 'expert'), expect: /"expert" is not a level/ },
    { name: 'a lesson order starts at 1', schema: lessonSchema, collection: 'lessons', change: (d) => (d.order = 0), expect: /Numbering starts at 1/ },
    { name: 'a triage need maps to kinds of help', schema: triageNeedSchema, collection: 'triageNeeds', change: (d) => (d.kinds = []), expect: /List at least one/ },
    { name: 'a triage question has answers', schema: triageQuestionSchema, collection: 'triageQuestions', change: (d) => (d.answers = [d.answers[0]]), expect: /at least two answers/ },
    { name: 'the charter has a title', schema: charterSchema, collection: 'charter', change: (d) => delete d.title, expect: /"title" is missing\. Add it\./ },
    { name: 'a pledge id is a slug', schema: pledgeSchema, collection: 'pledges', change: (d) => (d.id = 'Sign Post'), expect: /lower-case letters/ },
    { name: 'a case study names its source', schema: caseStudySchema, collection: 'caseStudies', change: (d) => delete d.source, expect: /"source" is missing\. Add it\./ },
    { name: 'a case study place has letters in it', schema: caseStudySchema, collection: 'caseStudies', change: (d) => (d.places = ['—']), expect: /Write each place as a name, with letters in it/ },
    { name: 'a case study source link is http(s)', schema: caseStudySchema, collection: 'caseStudies', change: (d) => (d.source.url = 'ftp://example.org/x'), expect: /https:\/\// },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const data = structuredClone(goodData(testCase.collection));
      expect(messages(testCase.schema, data), 'the good example passes').toEqual([]);
      testCase.change(data);
      const found = messages(testCase.schema, data);
      expect(found.length, 'the bad example fails').toBeGreaterThan(0);
      expect(found.join('\n')).toMatch(testCase.expect);
    });
  }
});

describe('who can use a service (whoCanUse): good examples pass', () => {
  const good: { name: string; fields: Record<string, unknown> }[] = [
    { name: 'tenants of one housing provider', fields: { eligibility: 'For Example Homes tenants.', whoCanUse: { tenantsOf: ['example-homes'] } } },
    { name: 'people who live in the area and get benefits', fields: { eligibility: 'For people who live here and get Universal Credit.', whoCanUse: { residentsOnly: true, onBenefits: true } } },
    { name: 'with an age limit beside it', fields: { eligibility: 'For people aged 60 and over who live here.', whoCanUse: { residentsOnly: true }, minimumAge: 60 } },
  ];
  for (const example of good) {
    it(example.name, () => {
      const data = Object.assign(structuredClone(goodData('services')), example.fields);
      expect(messages(serviceSchema, data)).toEqual([]);
    });
  }
});
