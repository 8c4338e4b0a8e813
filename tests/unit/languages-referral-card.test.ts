/**
 * The referral card and its text message in the person's language (src/lib/views/referral-card.ts
 * with the words of src/lib/referral/card-words-of.ts): English words from the catalogue give the
 * very card and message the tool made before; Welsh, Urdu and Polish cards name needs, kinds of
 * help, opening hours and what to check in that language; and the text message stays within 3
 * segments for every combination of needs, in every language (Urdu is UCS-2: 67 characters a segment).
 */
import { describe, expect, it } from 'vitest';
import { planReferrals, referralSms, SMS_SEGMENTS, type ReferralNationalHelp, type ReferralService } from '../../src/lib/views/referral-card.ts';
import { cardWordsOf } from '../../src/lib/referral/card-words-of.ts';
import { countSmsSegments, toGsmLetters, toGsmText } from '../../src/lib/sms.ts';
import { LANGUAGES } from '../../src/lib/i18n/languages.ts';
import { translator } from '../../src/lib/i18n/translate.ts';
import { termLabel } from '../../src/lib/i18n/terms.ts';
import { kindsOfHelp } from '../../src/lib/vocabulary/kinds-of-help.ts';
import { needs, type NeedId } from '../../src/lib/vocabulary/triage-terms.ts';
import type { TriageNeedRule } from '../../src/lib/triage/engine.ts';
import type { UrgencyId } from '../../src/lib/triage/facts.ts';
import { referralUrl } from '../../src/lib/referral/link.ts';
import { referralQr } from '../../src/lib/referral/qr.ts';
import { MAX_QR_VERSION } from '../../src/lib/qr/encode.ts';
import { LARGEST_REFERRAL, LONG_SITE_REFERRAL_PAGE } from '../support/referral-examples.ts';

/** What site.yaml gives the card: its name and the phone line's hours (in English here, as on a site with no translations). */
const SITE_WORDS = { siteName: 'Northmere Digital Inclusion Hub', helplineHours: { text: 'Monday to Friday, 9am to 5pm', lang: 'en' } };
const wordsFor = (code: string) => cardWordsOf(translator(code), (path) => path, SITE_WORDS);

/** Each need maps to two kinds of help (in turn through the list), as content/triage/needs.yaml does. */
const needRules: TriageNeedRule[] = needs.ids.map((need, i) => ({
  need,
  kinds: [kindsOfHelp.ids[(2 * i) % kindsOfHelp.ids.length]!, kindsOfHelp.ids[(2 * i + 1) % kindsOfHelp.ids.length]!],
  say: 'Say this.',
}));

/** Four places for every kind of help in Eastbrook, with long names, phone numbers and hours; some with rules about who can use them. */
const services: ReferralService[] = kindsOfHelp.ids.flatMap((kind, k) =>
  [0, 1, 2, 3].map((n) => ({
    id: `${kind}-${n}`,
    name: `${kindsOfHelp.label(kind)} at the Eastbrook Community Centre ${n + 1}`,
    path: `/services/${kind}-${n}/`,
    phone: `01632 96${String(k).padStart(2, '0')}${n}0`,
    kinds: [kind],
    ...(n === 1 ? { minimumAge: 18 } : {}),
    ...(n === 2 ? { whoCanUse: { residentsOnly: true as const, onBenefits: true as const } } : {}),
    places: [
      {
        name: 'Eastbrook Community Centre',
        area: 'eastbrook',
        when: 'Mondays to Fridays, 9:30am to 5pm',
        hours: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], opens: '09:30', closes: '17:00' }],
      },
    ],
    areas: ['eastbrook'],
  })),
) as ReferralService[];

const nationalHelp: ReferralNationalHelp[] = needs.ids.map((need) => ({
  id: `national-${need}`,
  name: `National help line for ${need}`,
  link: 'https://example.org/',
  phone: '0800 144 8444',
  needs: [need],
}));

const sources = (code?: string) => ({ needRules, services, nationalHelp, names: { siteArea: 'Northmere' }, ...(code ? { words: wordsFor(code) } : {}) });

/** Every combination of needs (255), the first need of each needed this week. */
const combinations: { need: NeedId; urgency: UrgencyId }[][] = Array.from({ length: 2 ** needs.ids.length - 1 }, (_, mask) =>
  needs.ids.filter((_, i) => ((mask + 1) >> i) & 1).map((need, i) => ({ need, urgency: i === 0 ? ('this-week' as const) : ('this-month' as const) })),
);

const request = (chosen: { need: NeedId; urgency: UrgencyId }[]) => ({ area: 'eastbrook', areaName: 'Eastbrook', facts: {}, needs: chosen });

describe('the referral card in English, from the catalogue', () => {
  it('is the same card and text message as the English written in the view, for every combination of needs', () => {
    for (const chosen of combinations) {
      const plain = planReferrals(request(chosen), sources());
      const fromCatalogue = planReferrals(request(chosen), sources('en'));
      expect(fromCatalogue).toEqual(plain);
      expect(referralSms(fromCatalogue, { helpline: '0808 157 0000', words: wordsFor('en') })).toBe(referralSms(plain, { helpline: '0808 157 0000' }));
    }
  });
});

for (const language of LANGUAGES.filter((l) => l.code !== 'en'))
  describe(`the referral card in ${language.englishName}`, () => {
    const t = translator(language.code);
    const words = wordsFor(language.code);
    const all = needs.ids.map((need, i) => ({ need, urgency: i === 0 ? ('this-week' as const) : ('no-rush' as const) }));
    const card = planReferrals(request(all), sources(language.code));

    it('names needs, how soon, kinds of help, hours and what to check in the language', () => {
      expect(card.needs.map((n) => n.label)).toEqual(card.needs.map((n) => termLabel(t, 'needs', n.need)));
      expect(card.needs.map((n) => n.urgencyLabel)).toEqual(card.needs.map((n) => words.urgencies[n.urgency]));
      const place = card.needs[0]!.places[0]!;
      expect(place.kinds).toEqual([termLabel(t, 'kindsOfHelp', place.kinds.length ? card.needs[0]!.kinds.find((k) => place.id.startsWith(k))! : '')]);
      // Hours from the language's own day names and clock ("09:30"), not "Mondays to Fridays, 9:30am to 5pm".
      expect(place.when).toContain(new Intl.DateTimeFormat(language.locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 0, 5, 12))));
      expect(place.when).not.toMatch(/Mondays|am|pm/);
      const checks = card.needs.flatMap((n) => n.places.flatMap((p) => (p.check ? [p.check] : [])));
      expect(checks.length).toBeGreaterThan(0);
      for (const check of checks) {
        expect(check.startsWith(t('print.card.check').split('{what}')[0]!), check).toBe(true);
        expect(check).not.toMatch(/aged|lives in|gets benefits|Check who/);
      }
    });

    it('writes the text message in the language: its heading, needs and closing line', () => {
      // One need, this week: a message in Urdu (UCS-2) holds few places, so the first need's place is checked on its own.
      const one = planReferrals(request([{ need: card.needs[0]!.need, urgency: 'this-week' }]), sources(language.code));
      const text = referralSms(one, { helpline: '0808 157 0000', words });
      const lines = text.split('\n');
      // Sent in GSM-7, Welsh and Polish drop the accents GSM-7 lacks (Urdu stays in its own letters, UCS-2).
      const asSent = (words: string) => (countSmsSegments(text).encoding === 'GSM-7' ? toGsmLetters(toGsmText(words)) : words);
      expect(lines[0]).toBe(asSent(t('print.sms.header', { area: 'Eastbrook' })));
      expect(lines.at(-1)).toBe(asSent(t('print.sms.footer', { phone: '0808 157 0000' })));
      expect(lines[1]).toBe(asSent(t('print.sms.groupThisWeek', { need: termLabel(t, 'needs', card.needs[0]!.need) })));
      expect(lines[2]).toMatch(/^- /);
      expect(text).not.toMatch(/Help to get online|Any questions|this week|Mondays/);
    });

    it(`keeps the text message within ${SMS_SEGMENTS} segments for every combination of needs, counted in the encoding the words need`, () => {
      const counts = new Map<string, number>();
      for (const chosen of combinations) {
        const text = referralSms(planReferrals(request(chosen), sources(language.code)), { helpline: '0808 157 0000', words });
        const count = countSmsSegments(text);
        expect(count.segments, text).toBeLessThanOrEqual(SMS_SEGMENTS);
        // At least the first place for the first need always fits.
        expect(text.split('\n').filter((line) => line.startsWith('- ')).length, text).toBeGreaterThan(0);
        counts.set(count.encoding, (counts.get(count.encoding) ?? 0) + 1);
      }
      // Urdu is always UCS-2; Welsh and Polish drop accents GSM-7 lacks when that names more places, so every message here is GSM-7.
      if (language.code === 'ur') expect(counts.get('UCS-2')).toBe(combinations.length);
      else expect(counts.get('GSM-7')).toBe(combinations.length);
      console.log(`${language.englishName}: ${[...counts].map(([encoding, n]) => `${n} messages in ${encoding}`).join(', ')}`);
    });
  });

describe('the English text message', () => {
  it(`keeps within ${SMS_SEGMENTS} segments for every combination of needs`, () => {
    for (const chosen of combinations) {
      const text = referralSms(planReferrals(request(chosen), sources('en')), { helpline: '0808 157 0000', words: wordsFor('en') });
      expect(countSmsSegments(text).segments, text).toBeLessThanOrEqual(SMS_SEGMENTS);
    }
  });
});

describe('a place that does not fit whole in the text message', () => {
  it('goes in without its opening times rather than not at all', () => {
    const words = wordsFor('ur');
    const one = planReferrals(request([{ need: 'help-now', urgency: 'this-week' }]), sources('ur'));
    const place = one.needs[0]!.places[0]!;
    const text = referralSms(one, { helpline: '0808 157 0000', words });
    const short = `- ${place.name}${words.text['list.separator']}${place.phone}`;
    expect(text.split('\n')).toContain(short);
    // The whole line (name, phone and times in Urdu) in its place would take more than 3 UCS-2 segments.
    expect(countSmsSegments(text.replace(short, `${short}${words.text['list.separator']}${place.when}`)).segments).toBeGreaterThan(SMS_SEGMENTS);
  });
});

describe("the referral's link in the card's language", () => {
  it(`opens the summary page in that language, and its QR code stays at version ${MAX_QR_VERSION} or below, level M, for the largest referral on a long site address`, () => {
    const site = new URL(LONG_SITE_REFERRAL_PAGE).origin;
    for (const language of LANGUAGES) {
      const words = wordsFor(language.code);
      const url = referralUrl(`${site}${words.referralPage}`, LARGEST_REFERRAL);
      expect(new URL(url).pathname).toBe(language.code === 'en' ? '/referral/' : `/${language.code}/referral/`);
      const code = referralQr(url);
      expect([code.level, code.version <= MAX_QR_VERSION], `${language.code}: ${url.length} bytes, version ${code.version}`).toEqual(['M', true]);
    }
  });
});

describe('accents in a Welsh or Polish text message', () => {
  it('are dropped only where GSM-7 lacks them, and only when that names more places', () => {
    expect(toGsmLetters('Zadzwoń, się, Łódź, siŵr, Ffôn, café')).toBe('Zadzwon, sie, Lodz, siwr, Ffon, café');
    expect(toGsmLetters('آن لائن')).toBe('آن لائن');
    const pl = wordsFor('pl');
    const all = needs.ids.map((need, i) => ({ need, urgency: i === 0 ? ('this-week' as const) : ('no-rush' as const) }));
    const text = referralSms(planReferrals(request(all), sources('pl')), { helpline: '0808 157 0000', words: pl });
    expect(countSmsSegments(text).encoding).toBe('GSM-7');
    expect(text.split('\n').filter((line) => line.startsWith('- ')).length).toBeGreaterThan(1);
    // With a message that fits whole with its accents, they stay.
    const short = referralSms(planReferrals(request([]), sources('pl')), { helpline: '0808 157 0000', words: pl });
    expect(short).toBe(`${pl.text['sms.none']}\n${pl.text['sms.footer'].replace('{phone}', '0808 157 0000')}`);
  });
});
