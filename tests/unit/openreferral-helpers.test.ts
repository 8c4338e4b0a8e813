import { describe, expect, it } from 'vitest';
import { isUuid, KNOWLEDGE_STORE_NAMESPACE, nameBasedUuid, openReferralIds } from '../../src/lib/openreferral/uuid.ts';
import { readUkPhone, readUkTextPhone } from '../../src/lib/openreferral/phones.ts';
import { decodeEntities, fitText, plainText, splitSummary } from '../../src/lib/openreferral/text.ts';
import { readClockTime, readDay, readOpeningHours } from '../../src/lib/openreferral/schedules.ts';
import { readCost } from '../../src/lib/openreferral/cost.ts';
import { guessOrganisationKind } from '../../src/lib/openreferral/infer.ts';
import { classifyService } from '../../src/lib/openreferral/classify.ts';
import { defaultImportRules } from '../../src/lib/openreferral/import-rules.ts';
import { languageCode } from '../../src/lib/openreferral/language-codes.ts';
import { findServiceRecords } from '../../src/lib/openreferral/feed.ts';

describe('Open Referral ids (UUID version 5)', () => {
  it('matches the RFC 9562 example', () => {
    expect(nameBasedUuid('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('gives the same name the same UUID every time, and different names different UUIDs', () => {
    const ids = openReferralIds();
    expect(ids.service('eastbrook-data-bank')).toBe(nameBasedUuid('service:eastbrook-data-bank', KNOWLEDGE_STORE_NAMESPACE));
    expect(ids.service('eastbrook-data-bank')).toBe(openReferralIds().service('eastbrook-data-bank'));
    expect(ids.service('eastbrook-data-bank')).not.toBe(ids.organisation('eastbrook-data-bank'));
    expect(ids.location('a', 0)).not.toBe(ids.location('a', 1));
    expect(isUuid(ids.location('a', 0))).toBe(true);
    expect(ids.location('a', 0)[14]).toBe('5');
  });

  it("keeps a service's externalId when it is already a UUID, and ignores one that is not", () => {
    const ids = openReferralIds();
    expect(ids.service('x', 'AC148810-D857-441C-9679-408F346DE14B')).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(ids.service('x', '1234')).toBe(ids.service('x'));
  });

  it('uses another namespace for services when asked, but keeps taxonomy term ids shared', () => {
    const other = openReferralIds('6ba7b811-9dad-11d1-80b4-00c04fd430c8');
    expect(other.service('a')).not.toBe(openReferralIds().service('a'));
    expect(other.taxonomyTerm('digital-inclusion-kinds-of-help', 'free-wifi')).toBe(openReferralIds().taxonomyTerm('digital-inclusion-kinds-of-help', 'free-wifi'));
  });
});

describe('phone numbers from other directories', () => {
  it.each<[string | number, string | undefined, boolean]>([
    ['01632 960123', '01632 960123', false],
    ['+44 20 7946 0000', '+44 20 7946 0000', false],
    ['01632960123', '01632 960123', true],
    ['+44 (0)1632 960 123', '01632 960123', true],
    ['0044 121 496 0000', '0121 496 0000', true],
    ['0161-496-0000', '0161 496 0000', true],
    ['(020) 7946 0000', '020 7946 0000', true],
    ['Tel: 07700 900123', '07700 900123', true],
    ['0808.157.0000', '0808 157 0000', true],
    ['01632 960555 ext 12', '01632 960555', true],
    // YAML read it as a number and dropped the leading 0: it cannot be put back.
    [1632960123, undefined, false],
  ])('reads %j as %j (rewritten: %s)', (raw, expected, changed) => {
    const reading = readUkPhone(raw);
    expect(reading.ok ? reading.number : undefined).toBe(expected);
    if (reading.ok) expect(reading.changed).toBe(changed);
  });

  it.each(['12345', 'n/a', 'call reception', '+1 212 555 0100', '', '0123'])('leaves out %j', (raw) => {
    expect(readUkPhone(raw).ok).toBe(false);
  });

  it('reads Relay UK textphone numbers', () => {
    expect(readUkTextPhone('18001 01632960500')).toEqual({ ok: true, number: '18001 01632 960500', changed: true });
    expect(readUkTextPhone('18001 0808 157 0000')).toEqual({ ok: true, number: '18001 0808 157 0000', changed: false });
  });
});

describe('text from other directories', () => {
  it('strips tags and decodes entities', () => {
    expect(plainText('<p>Free&nbsp;Wi&#8209;Fi &amp; <strong>computers</strong></p><p>Costs &pound;0 &#x2014; really</p>')).toBe('Free Wi‑Fi & computers\n\nCosts £0 — really');
    expect(plainText('Line one<br/>Line two<script>alert(1)</script>')).toBe('Line one\nLine two');
    expect(decodeEntities('&unknown; &amp;')).toBe('&unknown; &');
  });

  it('leaves our own text alone, including "<" that is not a tag', () => {
    expect(plainText('For people aged <18 and >60.\n\nSecond paragraph.')).toBe('For people aged <18 and >60.\n\nSecond paragraph.');
  });

  it('shortens at a word, with an ellipsis', () => {
    expect(fitText('one two three four', 10)).toEqual({ text: 'one two…', cut: true });
    expect(fitText('short', 10)).toEqual({ text: 'short', cut: false });
  });

  it("splits our export's first paragraph off as the summary, else takes the first sentence", () => {
    expect(splitSummary('Short summary.\n\nThe longer description.', 200)).toEqual({ summary: 'Short summary.', description: 'The longer description.' });
    expect(splitSummary('First sentence. Second sentence.', 200)).toEqual({ summary: 'First sentence.', description: 'First sentence. Second sentence.' });
  });
});

describe('schedules from other directories', () => {
  it('reads days and times in the forms feeds use', () => {
    expect(['MO', 'mo', 'Monday', 'Mon', 'mondays', 1, '1'].map(readDay)).toEqual(Array(7).fill('monday'));
    expect([7, 0, 'SU', 'Sun'].map(readDay)).toEqual(Array(4).fill('sunday'));
    expect(['Tues', 'Weds', 'Thurs'].map(readDay)).toEqual(['tuesday', 'wednesday', 'thursday']);
    expect([8, 'Moonday', 'x'].map(readDay)).toEqual([undefined, undefined, undefined]);
    expect(['9:30', '09:30:00', '09:30Z', '09:30+01:00', '1970-01-01T09:30:00', '09.30'].map(readClockTime)).toEqual(Array(6).fill('09:30'));
    expect(['25:00', 'noon', ''].map(readClockTime)).toEqual([undefined, undefined, undefined]);
  });

  it('joins one-day schedules with the same times back into one entry, keeping their order', () => {
    const day = (byday: string, opens = '10:00', closes = '12:00', notes?: string) => ({ byday: [byday], freq: 'WEEKLY', opens, closes, notes });
    const read = readOpeningHours([day('TU'), day('TH'), day('MO', '09:00'), day('FR', '09:00', '12:00', 'Term time')], 120);
    expect(read.openingHours).toEqual([
      { days: ['tuesday', 'thursday'], opens: '10:00', closes: '12:00' },
      { days: ['monday'], opens: '09:00', closes: '12:00' },
      { days: ['friday'], opens: '09:00', closes: '12:00', note: 'Term time' },
    ]);
  });

  it('turns fortnightly and monthly schedules and free text into words for the hours note', () => {
    const read = readOpeningHours(
      [
        { byday: ['MO'], freq: 'WEEKLY', interval: 2, opens: '10:00', closes: '12:00' },
        { byday: ['-1FR'], freq: 'MONTHLY', opens: '13:00', closes: '15:30' },
        { byday: [], description: 'Closed on bank holidays' },
      ],
      120,
    );
    expect(read.openingHours).toEqual([]);
    expect(read.notes).toEqual(['Mondays, 10am to midday (every 2 weeks)', 'Last Friday of the month, 1pm to 3:30pm', 'Closed on bank holidays']);
  });
});

describe('cost from other directories', () => {
  const cost = (costs: { option?: string; amount?: number; amountDescription?: string }[], fees = '') =>
    readCost(
      costs.map((c) => ({ option: c.option ?? '', amount: c.amount, amountDescription: c.amountDescription ?? '' })),
      fees,
      undefined,
      200,
    ).cost;

  it.each([
    [[{ option: 'Free' }], '', { type: 'free' }],
    [[{ amount: 0 }], '', { type: 'free' }],
    [[], 'No charge', { type: 'free' }],
    [[], 'Free for people on benefits', { type: 'free-with-conditions', description: 'Free for people on benefits' }],
    [[{ option: 'Adults', amount: 3.5, amountDescription: 'per session' }], '', { type: 'paid', description: 'Adults £3.50 per session' }],
    [[], '£2 a session', { type: 'paid', description: '£2 a session' }],
  ] as const)('reads %j with fees %j', (costs, fees, expected) => {
    expect(cost(costs as never, fees)).toEqual(expected);
  });

  it('lists the cost of a listing that says nothing about it as not known', () => {
    expect(readCost([], '', undefined, 200)).toEqual({ cost: { type: 'not-known' }, unknown: 'nothing' });
  });
});

describe("guesses for other directories' services", () => {
  it.each([
    ['Free Wi-Fi at the library', ['free-wifi']],
    ['Borrow a laptop or tablet for 6 weeks', ['device-to-borrow']],
    ['Data bank: free SIM cards with mobile data', ['free-sim-or-data']],
    ['Help to find a social tariff for cheaper broadband', ['social-tariffs']],
    ['Tech café drop-in for help with your smartphone', ['drop-in-help']],
    ['Benefits advice drop-in', []],
    ['Computer course for beginners', ['group-course']],
    ['Cookery course', []],
    ['Help with Universal Credit forms online', ['help-with-forms']],
    ['Donate your old laptop to someone who needs it', ['device-donation']],
    ['Buy a refurbished laptop for £50', ['refurbished-devices']],
    ['Screen reader and magnifier training', ['assistive-technology']],
  ] as const)('%s', (text, kinds) => {
    // A name alone, read by the project's own rules (content/import-rules.yaml).
    expect(classifyService({ name: text, description: '', categories: [] }, defaultImportRules()).kinds).toEqual(kinds);
  });

  it('guesses the kind of organisation from its name', () => {
    expect(
      ['Kingsbury Borough Council', 'Kingsbury Libraries', 'Riverside Homes', 'NHS Kingsbury', 'Jobcentre Plus Kingsbury', 'Kingsbury College', 'Acme Tech Ltd', 'Friends of the Park'].map(
        guessOrganisationKind,
      ),
    ).toEqual(['council', 'library', 'housing-association', 'health', 'jobcentre', 'education', 'business', 'charity']);
  });

  it('reads languages written as codes, three-letter codes or names', () => {
    expect(['pl', 'POL', 'Polish', 'en-GB', 'BSL', 'British Sign Language', 'Klingon'].map(languageCode)).toEqual(['pl', 'pl', 'pl', 'en', 'bfi', 'bfi', undefined]);
  });
});

describe('finding the services in a file', () => {
  it('knows a v3 page, a v1 page, a list and one service', () => {
    expect(findServiceRecords({ contents: [1] })).toMatchObject({ ok: true, format: 'an Open Referral UK v3 page of services' });
    expect(findServiceRecords({ content: [1] })).toMatchObject({ ok: true, format: 'an Open Referral UK v1 page of services' });
    expect(findServiceRecords([])).toMatchObject({ ok: true, records: [] });
    expect(findServiceRecords({ id: 'a', name: 'b' })).toMatchObject({ ok: true, format: 'one Open Referral service' });
    expect(findServiceRecords(null)).toMatchObject({ ok: false });
    expect(findServiceRecords({})).toMatchObject({ ok: false, problem: expect.stringMatching(/It is empty\.$/) });
  });
});
