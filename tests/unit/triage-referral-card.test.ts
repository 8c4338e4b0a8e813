/**
 * The referral card (src/lib/views/referral-card.ts): a realistic person against a small
 * directory that holds tempting wrong matches, and the card's text message.
 */
import { describe, expect, it } from 'vitest';
import { PLACES_ON_CARD, planReferrals, referralSms, type ReferralNationalHelp, type ReferralService } from '../../src/lib/views/referral-card.ts';
import { checkEligibility } from '../../src/lib/triage/eligibility.ts';
import { countSmsSegments } from '../../src/lib/sms.ts';
import type { TriageNeedRule } from '../../src/lib/triage/engine.ts';

const needRules: TriageNeedRule[] = [
  { need: 'connectivity-at-home', kinds: ['social-tariffs', 'free-sim-or-data'], say: 'There are cheaper deals.' },
  { need: 'short-term-connectivity', kinds: ['free-sim-or-data', 'free-wifi'], say: 'You can get free data.' },
  { need: 'help-now', kinds: ['help-with-forms', 'drop-in-help', 'phone-help'], say: 'There is free help today.' },
];

const place = (name: string, area: string, when?: string) => ({ name, area, ...(when ? { when } : {}) });

/** Eastbrook is the person's area; Westfield is another. */
const directory: ReferralService[] = [
  {
    id: 'data-bank',
    name: 'Eastbrook data bank',
    path: '/services/data-bank/',
    phone: '01632 960203',
    kinds: ['free-sim-or-data'],
    whoCanUse: { residentsOnly: true },
    eligibility: 'For people who live in Northmere and cannot afford data.',
    places: [place('Eastbrook Community Centre', 'eastbrook', 'Mondays, 10am to 12pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'college-loans',
    name: 'College laptops with data',
    path: '/services/college-loans/',
    phone: '01632 960452',
    kinds: ['device-to-borrow', 'free-sim-or-data'],
    minimumAge: 16,
    maximumAge: 18,
    eligibility: 'For students aged 16 to 18.',
    places: [place('Eastbrook campus', 'eastbrook', 'Mondays to Fridays, 9am to 4pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'over-60-tablets',
    name: 'Tablets with data for over-60s',
    path: '/services/over-60-tablets/',
    phone: '01632 960504',
    kinds: ['device-to-borrow', 'free-sim-or-data'],
    minimumAge: 60,
    eligibility: 'For people aged 60 and over.',
    places: [],
    areas: ['eastbrook', 'westfield'],
  },
  {
    id: 'tenant-drop-in',
    name: 'Drop-ins for Northmere Homes tenants',
    path: '/services/tenant-drop-in/',
    phone: '01632 960302',
    kinds: ['drop-in-help', 'help-with-forms'],
    whoCanUse: { tenantsOf: ['northmere-homes'] },
    eligibility: 'For Northmere Homes tenants.',
    places: [place('Hawthorn House', 'eastbrook', 'Tuesdays, 10am to 12pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'tablet-loans',
    name: 'Borrow a tablet',
    path: '/services/tablet-loans/',
    phone: '01632 960100',
    kinds: ['device-to-borrow'],
    places: [place('Eastbrook Library', 'eastbrook', 'Mondays to Saturdays, 9am to 5pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'library-data-tablets',
    name: 'Borrow a tablet with free data',
    path: '/services/library-data-tablets/',
    phone: '01632 960101',
    kinds: ['device-to-borrow', 'free-sim-or-data'],
    minimumAge: 18,
    eligibility: 'You must be 18 or over.',
    places: [place('Eastbrook Library', 'eastbrook', 'Mondays to Saturdays, 9am to 5pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'library-wifi',
    name: 'Eastbrook Library Wi-Fi and computers',
    path: '/services/library-wifi/',
    phone: '01632 960102',
    kinds: ['free-wifi', 'public-computers', 'drop-in-help'],
    places: [place('Eastbrook Library', 'eastbrook', 'Mondays to Saturdays, 9am to 5pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'recycling',
    name: 'Tech recycling with free SIMs',
    path: '/services/recycling/',
    phone: '01632 960201',
    kinds: ['device-to-keep', 'device-donation', 'free-sim-or-data'],
    places: [place('Eastbrook Community Centre', 'eastbrook', 'Wednesdays, 1pm to 4pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'jobcentre-sims',
    name: 'Free SIMs from the Jobcentre',
    path: '/services/jobcentre-sims/',
    phone: '01632 960351',
    kinds: ['free-sim-or-data'],
    minimumAge: 18,
    whoCanUse: { onBenefits: true },
    places: [place('Westfield Jobcentre', 'westfield', 'Mondays to Fridays, 9am to 5pm')],
    areas: ['westfield'],
  },
  {
    id: 'forms-drop-in',
    name: 'Eastbrook drop-in help',
    path: '/services/forms-drop-in/',
    phone: '01632 960202',
    kinds: ['drop-in-help', 'help-with-forms'],
    places: [place('Eastbrook Community Centre', 'eastbrook', 'Thursdays, 10am to 4pm')],
    areas: ['eastbrook'],
  },
  {
    id: 'council-helpline',
    name: 'Council digital helpline',
    path: '/services/council-helpline/',
    phone: '01632 960000',
    kinds: ['phone-help', 'help-with-forms'],
    places: [],
    areas: ['eastbrook', 'westfield'],
  },
  {
    id: 'bills-helpline',
    name: 'Bills and broadband helpline',
    path: '/services/bills-helpline/',
    phone: '01632 960850',
    kinds: ['phone-help', 'social-tariffs'],
    places: [],
    areas: ['eastbrook', 'westfield'],
  },
];

const nationalHelp: ReferralNationalHelp[] = [
  { id: 'ofcom-social-tariffs', name: 'Cheaper broadband and phone deals', link: 'https://www.ofcom.org.uk/social-tariffs', needs: ['connectivity-at-home'], barriers: ['cost'] },
  {
    id: 'national-databank',
    name: 'Free mobile data',
    link: 'https://www.goodthingsfoundation.org/national-databank/',
    needs: ['short-term-connectivity', 'connectivity-at-home'],
    barriers: ['cost'],
  },
  { id: 'help-to-claim', name: 'Help to Claim Universal Credit', link: 'https://www.citizensadvice.org.uk/helptoclaim/', phone: '0800 144 8444', needs: ['help-now'] },
];

/** Aged 30, does not rent from a housing association, needs data this week, lives in Eastbrook; other facts not asked. */
const person = {
  area: 'eastbrook',
  areaName: 'Eastbrook',
  facts: { ageBand: '25-49', rentsFrom: null },
  needs: [
    { need: 'help-now', urgency: 'no-rush' },
    { need: 'connectivity-at-home', urgency: 'this-month' },
    { need: 'short-term-connectivity', urgency: 'this-week' },
  ],
} as const;

describe('the referral card for a 30-year-old who needs data this week', () => {
  const names = { siteArea: 'Northmere', organisation: (id: string) => (id === 'northmere-homes' ? 'Northmere Homes' : id) };
  const card = planReferrals(person, { needRules, services: directory, nationalHelp, names });

  it('puts the most urgent need first, then the rest by urgency', () => {
    expect(card.needs.map((n) => [n.need, n.urgency])).toEqual([
      ['short-term-connectivity', 'this-week'],
      ['connectivity-at-home', 'this-month'],
      ['help-now', 'no-rush'],
    ]);
    expect(card.needs.map((n) => `${n.label}: ${n.urgencyLabel}`)).toEqual(['Internet for a short time: This week', 'Internet at home: In the next month', 'Help to do one thing online now: No rush']);
  });

  it("offers only places that give the need's kinds of help, that the person can use, in their area first, at most 3 per need, each once", () => {
    expect(card.needs.map((n) => n.places.map((p) => p.id))).toEqual([
      ['data-bank', 'library-data-tablets', 'library-wifi'],
      ['recycling', 'bills-helpline'],
      ['forms-drop-in', 'council-helpline'],
    ]);
  });

  it('points to places named for a more urgent need instead of naming them twice', () => {
    expect(card.needs.map((n) => n.seeAbove.map((p) => p.id))).toEqual([[], ['data-bank', 'library-data-tablets'], ['library-wifi', 'bills-helpline']]);
  });

  it('says what each place gives, where and when, and what to check when a fact was not asked', () => {
    expect(card.needs[0]!.places).toEqual([
      {
        id: 'data-bank',
        name: 'Eastbrook data bank',
        path: '/services/data-bank/',
        phone: '01632 960203',
        kinds: ['Free SIM card or data'],
        where: 'Eastbrook Community Centre',
        when: 'Mondays, 10am to 12pm',
        check: 'Check who can use it: lives in Northmere.',
      },
      {
        id: 'library-data-tablets',
        name: 'Borrow a tablet with free data',
        path: '/services/library-data-tablets/',
        phone: '01632 960101',
        kinds: ['Free SIM card or data'],
        where: 'Eastbrook Library',
        when: 'Mondays to Saturdays, 9am to 5pm',
      },
      {
        id: 'library-wifi',
        name: 'Eastbrook Library Wi-Fi and computers',
        path: '/services/library-wifi/',
        phone: '01632 960102',
        kinds: ['Free Wi-Fi'],
        where: 'Eastbrook Library',
        when: 'Mondays to Saturdays, 9am to 5pm',
      },
    ]);
    expect(card.needs[1]!.places[1]).toEqual({ id: 'bills-helpline', name: 'Bills and broadband helpline', path: '/services/bills-helpline/', phone: '01632 960850', kinds: ['Cheaper broadband'] });
  });

  it('adds the national help for each need, each item once', () => {
    expect(card.needs.map((n) => n.nationalHelp.map((h) => h.id))).toEqual([['national-databank'], ['ofcom-social-tariffs'], ['help-to-claim']]);
  });

  it("keeps the champion's words apart from what the person reads", () => {
    expect(card.needs[0]!.say).toBe('You can get free data.');
  });

  it('writes a text message of at most 3 segments: the first place for each need, then the next ones while they fit', () => {
    const text = referralSms(card, { helpline: '0808 157 0000' });
    expect(text).toBe(
      [
        'Help to get online in Eastbrook',
        'Internet for a short time (this week):',
        '- Eastbrook data bank, 01632 960203, Mondays, 10am to 12pm',
        '- Borrow a tablet with free data, 01632 960101, Mondays to Saturdays, 9am to 5pm',
        'Internet at home:',
        '- Tech recycling with free SIMs, 01632 960201, Wednesdays, 1pm to 4pm',
        'Help to do one thing online now:',
        '- Eastbrook drop-in help, 01632 960202, Thursdays, 10am to 4pm',
        'Any questions? Call 0808 157 0000.',
      ].join('\n'),
    );
    expect(countSmsSegments(text)).toEqual({ encoding: 'GSM-7', units: 429, segments: 3 });
  });

  it('drops the lowest-priority places whole to stay within 3 segments', () => {
    const wordy = planReferrals(person, { needRules, services: directory.map((s) => ({ ...s, name: `${s.name} (a much longer name than usual)` })), nationalHelp });
    const text = referralSms(wordy, { helpline: '0808 157 0000' });
    expect(countSmsSegments(text).segments).toBeLessThanOrEqual(3);
    expect(text.split('\n').filter((line) => line.startsWith('- ')).length).toBeLessThan(7);
    expect(text).toContain('- Eastbrook data bank (a much longer name than usual), 01632 960203, Mondays, 10am to 12pm');
    expect(text.endsWith('Any questions? Call 0808 157 0000.')).toBe(true);
  });
});

describe('keeping the card to one page', () => {
  it(`names at most ${PLACES_ON_CARD} places on the whole card, and says when the least urgent needs gave way`, () => {
    const many: ReferralService[] = Array.from({ length: 20 }, (_, i) => ({
      id: `place-${String(i).padStart(2, '0')}`,
      name: `Place ${String(i).padStart(2, '0')}`,
      path: `/services/place-${i}/`,
      kinds: ['free-sim-or-data', 'social-tariffs', 'help-with-forms', 'one-to-one-help', 'group-course'],
      places: [place('Hall', 'eastbrook')],
      areas: ['eastbrook'],
    }));
    const rules: TriageNeedRule[] = [...needRules, { need: 'skills-for-life', kinds: ['one-to-one-help'], say: 'Learn.' }, { need: 'skills-for-work', kinds: ['group-course'], say: 'Work.' }];
    const needs = [...person.needs, { need: 'skills-for-life', urgency: 'no-rush' }, { need: 'skills-for-work', urgency: 'no-rush' }] as const;
    const card = planReferrals({ ...person, needs }, { needRules: rules, services: many, nationalHelp: [] });
    expect(card.needs.map((n) => [n.need, n.places.length, n.moreLeftOff])).toEqual([
      ['short-term-connectivity', 3, false],
      ['connectivity-at-home', 3, false],
      ['help-now', 3, false],
      ['skills-for-life', 2, true],
      ['skills-for-work', 0, true],
    ]);
    expect(card.needs.flatMap((n) => n.places)).toHaveLength(PLACES_ON_CARD);
  });
});

describe('who can use a place', () => {
  it('leaves a place in, with a note, when a fact was not asked', () => {
    const card = planReferrals({ ...person, facts: {} }, { needRules, services: directory, nationalHelp, names: { organisation: (id) => (id === 'northmere-homes' ? 'Northmere Homes' : id) } });
    const places = new Map(card.needs.flatMap((n) => n.places).map((p) => [p.id, p.check]));
    expect(places.get('college-loans')).toBe('Check who can use it: aged 16 to 18.');
    expect(places.get('tenant-drop-in')).toBe('Check who can use it: rents from Northmere Homes.');
    expect(places.get('data-bank')).toBe('Check who can use it: lives in the area.');
    expect(places.get('recycling')).toBeUndefined();
  });

  it('decides on age bands, landlords, where people live and benefits', () => {
    expect(checkEligibility({ minimumAge: 16, maximumAge: 18 }, { ageBand: '25-49' })).toEqual({ verdict: 'no', unknown: [] });
    expect(checkEligibility({ minimumAge: 16, maximumAge: 18 }, { ageBand: '16-18' })).toEqual({ verdict: 'yes', unknown: [] });
    expect(checkEligibility({ minimumAge: 18 }, { ageBand: '16-18' })).toEqual({ verdict: 'check', unknown: ['age'] });
    expect(checkEligibility({ minimumAge: 60 }, { ageBand: '60-plus' })).toEqual({ verdict: 'yes', unknown: [] });
    expect(checkEligibility({ minimumAge: 55 }, { ageBand: '50-59' })).toEqual({ verdict: 'check', unknown: ['age'] });
    expect(checkEligibility({ minimumAge: 60 }, {})).toEqual({ verdict: 'check', unknown: ['age'] });
    expect(checkEligibility({ whoCanUse: { tenantsOf: ['northmere-homes'] } }, { rentsFrom: null })).toEqual({ verdict: 'no', unknown: [] });
    expect(checkEligibility({ whoCanUse: { tenantsOf: ['northmere-homes'] } }, { rentsFrom: 'golding-homes' })).toEqual({ verdict: 'no', unknown: [] });
    expect(checkEligibility({ whoCanUse: { tenantsOf: ['northmere-homes'] } }, { rentsFrom: 'northmere-homes' })).toEqual({ verdict: 'yes', unknown: [] });
    expect(checkEligibility({ whoCanUse: { residentsOnly: true, onBenefits: true } }, { livesInArea: true })).toEqual({ verdict: 'check', unknown: ['benefits'] });
    expect(checkEligibility({ whoCanUse: { residentsOnly: true, onBenefits: true } }, { livesInArea: false })).toEqual({ verdict: 'no', unknown: [] });
    expect(checkEligibility({ whoCanUse: { onBenefits: true } }, { onBenefits: true })).toEqual({ verdict: 'yes', unknown: [] });
    expect(checkEligibility({}, {})).toEqual({ verdict: 'yes', unknown: [] });
  });

  it("gives the listing's own words when it has no rules", () => {
    const card = planReferrals({ ...person, facts: {} }, { needRules, services: [{ ...directory[6]!, eligibility: 'For library members.' }], nationalHelp: [] });
    expect(card.needs.flatMap((n) => n.places).map((p) => p.check)).toEqual(['Check who can use it: For library members.']);
  });

  it('says what to check in words, for every fact not asked', () => {
    const card = planReferrals({ ...person, facts: {} }, { needRules, services: [{ ...directory[8]!, areas: ['eastbrook'] }], nationalHelp: [] });
    expect(card.needs.flatMap((n) => n.places).map((p) => p.check)).toEqual(['Check who can use it: aged 18 or over; gets benefits.']);
  });
});
