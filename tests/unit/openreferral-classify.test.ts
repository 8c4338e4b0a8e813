import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/csv.ts';
import { importOpenReferral, importOpenReferralText } from '../../src/lib/openreferral/index.ts';
import { classifyService } from '../../src/lib/openreferral/classify.ts';
import { defaultImportRules, readImportRulesFile } from '../../src/lib/openreferral/import-rules.ts';
import { readDecisions, reviewCsv, REVIEW_COLUMNS } from '../../src/lib/openreferral/review.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/index.ts';
import { importRulesSchema, type ImportRules } from '../../src/schemas/import-rules.ts';
import { loadSite, OPENREFERRAL_FIXTURES, PROJECT } from '../fixtures/openreferral/load-site.ts';
import { webAddress } from '../../src/lib/openreferral/read-fields.ts';
import { checkWith, replaceOnce } from '../support/content-fixture.ts';

const TODAY = '2026-11-23';
const minimal = loadSite(join(PROJECT, 'tests', 'fixtures', 'minimal-site'));
const rules = defaultImportRules();

/** One ORUK v3 service from another directory: a name, a description, and whatever else the case needs. */
function record(id: string, name: string, description: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name,
    description,
    url: 'https://www.example.org/service',
    email: 'team@example.org',
    status: 'active',
    organization: { id: 'org-1', name: 'Kingsbury Community Trust' },
    ...extra,
  };
}

function importOne(rec: Record<string, unknown>) {
  return importOpenReferral([rec], { feedName: 'Kingsbury directory', today: TODAY, known: minimal, siteArea: minimal.siteArea });
}

describe('the traps: services that are not digital help stay out', () => {
  // Each of these came in (or was dropped) with the old word table in infer.ts.
  const notDigital: [string, string, string][] = [
    ['bereavement support that says "online"', 'Bereavement support drop-in', 'One-to-one support for anyone who has lost someone, in person or online. Email us to book.'],
    ['rape support with an online chat', 'Rape and sexual violence support', 'Confidential one-to-one support and a helpline. You can also chat to us online.'],
    ['victim support online', 'Victim Support Kingsbury', 'A helpline for victims of crime. Report online or download our app for advice.'],
    ['tai chi booked online', 'Tai chi for beginners', 'A gentle exercise class for older people. Book online or at reception.'],
    ['a leisure centre with an app', 'Kingsbury Leisure Centre', 'Gym, pool and fitness classes. Download our app to book classes and pay online.'],
    ['kayaking with apps', 'Kayaking on the canal', 'Taster lessons for all ages. Use our apps to check the weather and book online.'],
    ['a golf course', 'Kingsbury Park golf course', 'An 18-hole public golf course with lessons for beginners. Book tee times online.'],
    ['parkrun', 'Kingsbury parkrun', 'A free, weekly, timed 5k: just drop in. Register online before your first run and download the app.'],
    ['a GPS fall alarm that needs no Wi-Fi', 'GPS fall alarms', 'GPS fall alarms — no landline or WIFI needed. Help at the press of a button.'],
    ['crime hotspots', 'Neighbourhood policing', 'We patrol crime hotspots and share updates online and by email.'],
    ['"no computer needed"', 'Knitting class', 'A relaxed knitting class at the library. No computer needed, just bring your needles.'],
    ['"you don\'t need Wi-Fi"', 'Telephone befriending', "A volunteer calls you each week for a chat. You don't need Wi-Fi or a computer."],
    ['"email us" and "visit our website"', 'Benefits advice drop-in', 'Drop in for advice on benefits and debt. Email us or visit our website for times.'],
  ];
  it.each(notDigital)('%s', (_, name, description) => {
    const result = importOne(record('r1', name, description));
    expect(result.services.map((service) => service.data.kinds)).toEqual([]);
    expect(result.report.skippedRecords[0]!.reason).toMatch(/^kinds of help: it does not look like digital help/);
  });

  it('imports a Wi-Fi warm space whose only contact is a web address without https://', () => {
    const result = importOne({ ...record('r1', 'Warm space at St Mark’s', 'A warm space with free Wi-Fi, tea and a chat. Everyone welcome.'), url: 'stmarks.org.uk', email: undefined });
    expect(result.services.map((service) => [service.data.kinds, service.data.website])).toEqual([[['free-wifi'], 'https://stmarks.org.uk']]);
  });
});

describe('classifyService: kinds of help from the rules, and why', () => {
  const classify = (name: string, description = '', categories: string[] = []) =>
    classifyService({ name, description, categories: categories.map((category) => ({ code: '', name: category })) }, rules);

  it('reads a category first, and says which', () => {
    expect(classify('Kingsbury Library', 'Our branch library.', ['Device lending'])).toEqual({ kinds: ['device-to-borrow'], why: ['category "Device lending" → device-to-borrow'], excluded: false });
  });
  it('a general category (used loosely by feeds) counts only beside a phrase', () => {
    expect(classify('Baby rhyme time', 'Songs and stories for babies.', ['Digital inclusion']).kinds).toEqual([]);
    expect(classify('Digital skills sessions', '', ['Digital skills'])).toEqual({
      kinds: ['drop-in-help', 'group-course'],
      why: ['phrase "digital skills" in name → drop-in-help', 'category "Digital skills" → group-course'],
      excluded: false,
    });
  });
  it('reads a category by its code too', () => {
    const withCode = classifyService({ name: 'Library', description: '', categories: [{ code: 'Device lending', name: '' }] }, rules);
    expect(withCode.kinds).toEqual(['device-to-borrow']);
  });
  it('a phrase names a kind more exactly than a general category', () => {
    expect(classify('Free Wi-Fi at Kingsbury Library', '', ['Digital inclusion'])).toEqual({ kinds: ['free-wifi'], why: ['phrase "free wifi" in name → free-wifi'], excluded: false });
  });
  it('finds phrases in the first two sentences of the description, not later', () => {
    expect(classify('Kingsbury Library', 'Books and more. Borrow a laptop for two weeks.').kinds).toEqual(['device-to-borrow']);
    expect(classify('Kingsbury Library', 'Books and more. Study space. Borrow a laptop for two weeks.').why).toEqual(['no rule matched']);
  });
  it('a "detail" word (drop-in, course) counts only beside a digital one', () => {
    expect(classify('Digital skills drop-in').kinds).toEqual(['drop-in-help']);
    expect(classify('Digital skills course').kinds).toEqual(['group-course']);
    expect(classify('Cookery course').kinds).toEqual([]);
  });
  it('says when nothing matched, and which mentions it did not count', () => {
    expect(classify('Telephone befriending', "You don't need free Wi-Fi to join.")).toEqual({
      kinds: [],
      why: ['no rule matched', 'not counted: "free wifi" in summary (after "don\'t")'],
      excluded: false,
    });
  });
  it('"no landline or WIFI needed" does not count as Wi-Fi, even without the fall alarm exclusion', () => {
    const found = classifyService({ name: 'GPS alarms', description: 'GPS alarms — no landline or WIFI needed.', categories: [] }, { ...rules, exclusions: [] });
    expect(found).toEqual({ kinds: [], why: ['no rule matched', 'not counted: "wifi" in summary (after "no")'], excluded: false });
  });
  it('an exclusion wins over a category and a phrase', () => {
    expect(classify('GPS fall alarm with free Wi-Fi hub', '', ['Digital inclusion'])).toEqual({ kinds: [], why: ['excluded: "fall alarm" in name'], excluded: true });
  });
  it('an exclusion that names kinds rules out only those', () => {
    const own: ImportRules = { ...rules, exclusions: [{ phrases: ['wifi hotspot map'], kinds: ['free-wifi'] }] };
    const found = classifyService({ name: 'Free Wi-Fi hotspot map and computer course', description: '', categories: [] }, own);
    expect(found.kinds).toEqual(['group-course']);
    expect(found.why).toContain('ruled out free-wifi: "wifi hotspot map" in name');
  });
  it('ignores incidental phrases', () => {
    expect(classify('Community centre', 'Book online for the hall. Download our app.').kinds).toEqual([]);
  });
  it.each([
    ['Free Wi-Fi at the library', ['free-wifi']],
    ['Public computers with printing', ['public-computers']],
    ['Borrow a Chromebook for six weeks', ['device-to-borrow']],
    ['Free tablet to keep for care leavers', ['device-to-keep']],
    ['Refurbished laptops from £60', ['refurbished-devices']],
    ['Donate your old laptop', ['device-donation']],
    ['Free SIM cards from the National Databank', ['free-sim-or-data']],
    ['Help to find a social tariff', ['social-tariffs']],
    ['Tech café', ['drop-in-help']],
    ['Digital buddies at home', ['one-to-one-help']],
    ['Computer classes for beginners', ['group-course']],
    ['Digital helpline', ['phone-help']],
    ['Help with online forms and your Universal Credit journal', ['help-with-forms']],
    ['Screen reader training', ['assistive-technology']],
  ] as const)('%s → %j', (name, kinds) => {
    expect(classify(name).kinds).toEqual(kinds);
  });
});

describe('the rules file', () => {
  it('content/import-rules.yaml passes its schema and names only kinds we know', () => {
    const reading = readImportRulesFile(join(PROJECT, 'content', 'import-rules.yaml'));
    expect(reading.ok && reading.rules.phrases.length).toBeGreaterThan(0);
  });
  it('a rule with an unknown kind gets a message that lists the kinds', () => {
    const result = importRulesSchema.safeParse({ categories: [], phrases: [{ phrases: ['free wifi'], kinds: ['wifi'] }], exclusions: [], incidental: [] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/"wifi" is not a kind of help.*free-wifi/);
  });
  it('a rule cannot be general and detail at once', () => {
    const result = importRulesSchema.safeParse({ categories: [], phrases: [{ phrases: ['free wifi'], kinds: ['free-wifi'], general: true, detail: true }], exclusions: [], incidental: [] });
    expect(result.error?.issues[0]?.message).toMatch(/general or detail, not both/);
  });
  it('a phrase may not start with *', () => {
    const result = importRulesSchema.safeParse({ categories: [], phrases: [{ phrases: ['* laptop'], kinds: ['free-wifi'] }], exclusions: [], incidental: [] });
    expect(result.error?.issues[0]?.message).toMatch(/Do not start or end with it/);
  });
});

describe('review file → decisions file → import', () => {
  const feed = [
    record('a', 'Free Wi-Fi at the hall', 'Free Wi-Fi for everyone.'),
    record('b', 'Meals on wheels', 'Hot meals delivered to your door.'),
    record('c', 'Laptop loans', 'Borrow a laptop for two weeks.'),
    record('d', '=HYPERLINK("https://evil.example","Tai chi")', 'Gentle exercise.'),
  ];
  const first = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal });

  it('lists every record with its kinds, why and whether it was imported, guarded against formulas', () => {
    const rows = parseCsv(reviewCsv(first.review)).map((row) => row.cells);
    expect(rows).toEqual([
      [...REVIEW_COLUMNS],
      ['a', 'Free Wi-Fi at the hall', 'free-wifi', 'phrase "free wifi" in name → free-wifi', 'yes'],
      ['b', 'Meals on wheels', '', 'no rule matched', 'no'],
      ['c', 'Laptop loans', 'device-to-borrow', 'phrase "laptop loan" in name → device-to-borrow', 'yes'],
      ['d', `'=HYPERLINK("https://evil.example","Tai chi")`, '', 'no rule matched', 'no'],
    ]);
  });

  it("follows an officer's corrections: yes with kinds imports with those kinds, no skips naming the row", () => {
    const corrected = reviewCsv(first.review)
      .replace('b,Meals on wheels,,no rule matched,no', 'b,Meals on wheels,one-to-one-help phone-help,no rule matched,yes')
      .replace(/(c,Laptop loans,.*),yes/, '$1,no');
    const reading = readDecisions(corrected, 'decisions.csv');
    expect(reading.ok).toBe(true);
    const second = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal, decisions: reading.ok ? reading.decisions : undefined });
    expect(second.services.map((service) => [service.feedId, service.data.kinds])).toEqual([
      ['a', ['free-wifi']],
      ['b', ['one-to-one-help', 'phone-help']],
    ]);
    expect(second.report.skippedRecords.map((skipped) => [skipped.feedId, skipped.reason])).toEqual([
      ['c', 'an officer decided not to import it (decisions file, row 4)'],
      ['d', 'an officer decided not to import it (decisions file, row 5)'],
    ]);
    expect(second.review.map((row) => row.why)[1]).toBe('an officer chose them (decisions file, row 3)');
  });

  it('names the row and the valid ids for an unknown kind, and a bad yes/no, all at once', () => {
    const bad = reviewCsv(first.review)
      .replace('b,Meals on wheels,,no rule matched,no', 'b,Meals on wheels,wifi,no rule matched,yes')
      .replace(/(c,Laptop loans,.*),yes/, '$1,maybe');
    expect(readDecisions(bad, 'decisions.csv')).toEqual({
      ok: false,
      problems: [`decisions.csv, row 3 (b): "wifi" is not a kind of help. Use any of: ${kindsOfHelp.ids.join(', ')}.`, 'decisions.csv, row 4 (c): imported is "maybe". Write yes or no.'],
    });
  });

  it('an officer\'s "yes" with no kinds, where the rules found none, imports it for review', () => {
    const reading = readDecisions('id,kinds,imported\nb,,yes\n', 'decisions.csv');
    const result = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal, decisions: reading.ok ? reading.decisions : undefined });
    const meals = result.services.find((service) => service.feedId === 'b')!;
    expect([meals.data.kinds, meals.data.review]).toEqual([[], expect.stringContaining('an officer decided to import it, decisions file row 2')]);
  });

  it('says which columns a decisions file is missing', () => {
    expect(readDecisions('id,name\na,x\n', 'd.csv')).toEqual({ ok: false, problems: [expect.stringMatching(/^d\.csv, row 1: the columns "kinds", "imported" are missing/)] });
  });

  it('with all, a record with no kinds comes in for review, and the schema keeps it off the site until kinds are added', () => {
    const all = importOpenReferral(feed, { feedName: 'x', today: TODAY, known: minimal, kinds: { rules, all: true } });
    const meals = all.services.find((service) => service.feedId === 'b')!;
    expect(meals.data.kinds).toEqual([]);
    expect(meals.data.review).toMatch(/^No kind of digital help was found \(no rule matched\)\. Add kinds \(and check supportModes\), then delete this review line/);
    expect(all.services.map((service) => service.feedId)).toEqual(['a', 'b', 'c', 'd']);
    expect(all.services.filter((service) => service.data.review).map((service) => service.feedId)).toEqual(['b', 'd']);
  });
});

describe('web addresses written without https://', () => {
  it.each([
    ['stmarks.org.uk', 'https://stmarks.org.uk'],
    ['www.stmarks.org.uk/warm', 'https://www.stmarks.org.uk/warm'],
    ['STMARKS.ORG.UK/warm?day=mon', 'https://STMARKS.ORG.UK/warm?day=mon'],
    ['http://stmarks.org.uk', 'http://stmarks.org.uk'],
    ['warm@stmarks.org.uk', undefined],
    ['javascript:alert(1)', undefined],
    ['stmarks', undefined],
    ['see our website', undefined],
  ])('%s → %s', (value, expected) => {
    expect(webAddress(value)).toBe(expected);
  });
});

describe('a listing waiting for review (kinds: [] with a review note)', () => {
  const withKinds = (replacement: string) => [{ file: 'services/library-wifi.yaml', contents: (text: string) => replaceOnce(text, 'kinds: [free-wifi]', replacement) }];

  it('passes the content check with a warning that names it', () => {
    const result = checkWith(withKinds('kinds: []\nreview: No kind of digital help was found (no rule matched).'));
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.problems.filter((problem) => /waits for review/.test(problem.message)).map((problem) => [problem.file, problem.message])).toEqual([
      [
        'content/services/library-wifi.yaml',
        expect.stringMatching(
          /^".*" waits for review, so the site does not show it: No kind of digital help was found \(no rule matched\)\. If it is digital help, add its kinds \(like kinds: \[drop-in-help\]\) and delete the review line; if not, delete the file\.$/,
        ),
      ],
    ]);
  });
  it('is an error without a review note: it needs kinds', () => {
    const messages = checkWith(withKinds('kinds: []'))
      .problems.filter((problem) => problem.severity === 'error')
      .map((problem) => problem.message);
    expect(messages).toEqual([expect.stringMatching(/^List at least one kind of help\. Use any of: free-wifi, /)]);
  });
  it('is an error when it has kinds and still a review note', () => {
    const messages = checkWith(withKinds('kinds: [free-wifi]\nreview: No kind of digital help was found.'))
      .problems.filter((problem) => problem.severity === 'error')
      .map((problem) => problem.message);
    expect(messages).toEqual([expect.stringMatching(/delete the review line so that the site shows it/)]);
  });
});

/** The realistic feed and its answer key (tests/fixtures/openreferral/realistic/). */
const REALISTIC = join(OPENREFERRAL_FIXTURES, 'realistic');

describe('precision and recall on a realistic council feed (default import)', () => {
  it('imports the digital help and leaves the rest out', () => {
    const result = importOpenReferralText(readFileSync(join(REALISTIC, 'v1-council-services.json'), 'utf8'), {
      feedName: 'Realistic council',
      today: TODAY,
      known: minimal,
      siteArea: minimal.siteArea,
    });
    const [header, ...rows] = parseCsv(readFileSync(join(REALISTIC, 'labels.csv'), 'utf8')).map((row) => row.cells);
    const column = (name: string) => header!.indexOf(name);
    const labels = new Map(rows.map((row) => [row[column('id')]!, { digital: row[column('digital')] === 'yes', kinds: row[column('kinds')]!.split(/[\s;,]+/).filter(Boolean) }]));
    expect(labels.size).toBe(result.report.found);

    // The whole import: the listings it writes.
    const imported = new Map(result.services.map((service) => [service.feedId, service.data.kinds as string[]]));
    const digital = [...labels].filter(([, label]) => label.digital).map(([id]) => id);
    const truePositives = [...imported.keys()].filter((id) => labels.get(id)?.digital);
    const precision = truePositives.length / imported.size;
    const recall = truePositives.length / digital.length;
    // The decision alone: every record the rules judged (a record skipped earlier, with no name or the same id as another, never is).
    const judged = result.review.filter((row) => /no rule matched|excluded|→/.test(row.why));
    const saidDigital = judged.filter((row) => row.kinds.length > 0);
    const rightlyDigital = saidDigital.filter((row) => labels.get(row.id)?.digital);
    const rulePrecision = rightlyDigital.length / saidDigital.length;
    const ruleRecall = rightlyDigital.length / judged.filter((row) => labels.get(row.id)?.digital).length;
    const skippedOtherwise = digital.filter((id) => !imported.has(id) && saidDigital.some((row) => row.id === id));

    // Per kind: of the true positives, how often the kinds agree with the key.
    const perKind = kindsOfHelp.ids.map((kind) => {
      const labelled = truePositives.filter((id) => labels.get(id)!.kinds.includes(kind));
      const found = truePositives.filter((id) => imported.get(id)!.includes(kind));
      const both = labelled.filter((id) => imported.get(id)!.includes(kind));
      return { kind, labelled: labelled.length, found: found.length, agree: both.length };
    });
    const wrong = [...imported.keys()].filter((id) => !labels.get(id)?.digital);
    const missed = digital.filter((id) => !imported.has(id));
    console.log(
      [
        `Realistic feed: ${labels.size} records, ${digital.length} digital help in the key, ${imported.size} imported.`,
        `Import: precision ${precision.toFixed(3)} (${truePositives.length}/${imported.size}), recall ${recall.toFixed(3)} (${truePositives.length}/${digital.length}).`,
        `Rules alone (${judged.length} records judged): precision ${rulePrecision.toFixed(3)} (${rightlyDigital.length}/${saidDigital.length}), recall ${ruleRecall.toFixed(3)}.`,
        `Digital help the rules found but the import skipped for another reason (no phone, email or website; a near-duplicate): ${skippedOtherwise.length}.`,
        `Imported but not digital help: ${wrong.join(', ') || 'none'}. Missed: ${missed.join(', ') || 'none'}.`,
        'Per kind (key / found / both):',
        ...perKind.filter((row) => row.labelled || row.found).map((row) => `  ${row.kind}: ${row.labelled} / ${row.found} / ${row.agree}`),
      ].join('\n'),
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(rulePrecision).toBeGreaterThanOrEqual(0.9);
    expect(ruleRecall).toBeGreaterThanOrEqual(0.8);
    // The whole default import, what the directory really gets (the issue's measure).
    expect(recall).toBeGreaterThanOrEqual(0.8);
  });

  it('and on the full ORUK v3 page of the same council', () => {
    const result = importOpenReferralText(readFileSync(join(REALISTIC, 'v3-council-services.json'), 'utf8'), {
      feedName: 'Realistic council',
      today: TODAY,
      known: minimal,
      siteArea: minimal.siteArea,
    });
    const [header, ...rows] = parseCsv(readFileSync(join(REALISTIC, 'labels-v3.csv'), 'utf8')).map((row) => row.cells);
    const digital = new Set(rows.filter((row) => row[header!.indexOf('digital')] === 'yes').map((row) => row[header!.indexOf('id')]!));
    const imported = result.services.map((service) => service.feedId);
    const right = imported.filter((id) => digital.has(id));
    console.log(`Realistic v3 page: ${rows.length} records, ${digital.size} digital help in the key; precision ${right.length}/${imported.length}, recall ${right.length}/${digital.size}.`);
    expect(right.length / imported.length).toBeGreaterThanOrEqual(0.9);
    expect(right.length / digital.size).toBeGreaterThanOrEqual(0.8);
  });
});
