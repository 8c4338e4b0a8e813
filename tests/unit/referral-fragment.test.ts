/**
 * A referral that travels in its link (src/lib/referral/): every need, barrier, language and
 * way to be contacted the triage tool can produce goes into the fragment and comes back the
 * same; the largest referral fits in 300 bytes and in a version 10 QR code on a long site
 * address; broken, tampered and over-long links are refused with a message, and unknown codes
 * are left out and named.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { FIXTURE_SITE } from '../../scripts/lib/test-site.ts';
import { FIXED_TODAY } from '../support/content-fixture.ts';
import { allPaths, needUrgencies, runTriage, type TriageContent } from '../../src/lib/triage/engine.ts';
import { barriers, needs } from '../../src/lib/vocabulary/triage-terms.ts';
import { languages } from '../../src/lib/vocabulary/languages.ts';
import { BARRIER_CODES, CONTACT_CODES, NEED_CODES, contactPreferences } from '../../src/lib/referral/codes.ts';
import { FRAGMENT_MAX_BYTES, NAME_MAX_BYTES, decodeReferral, encodeName, encodeReferral, type Referral } from '../../src/lib/referral/fragment.ts';
import { referralUrl } from '../../src/lib/referral/link.ts';
import { LARGEST_REFERRAL } from '../support/referral-examples.ts';
import { summariseReferral } from '../../src/lib/referral/summary.ts';

const NOTHING: Referral = { needs: [], needsThisWeek: [], barriers: [] };

function roundTrip(referral: Referral) {
  const fragment = encodeReferral(referral);
  const read = decodeReferral(`#${fragment}`);
  expect(read, fragment).toEqual({ ok: true, referral, ignored: [] });
  return fragment;
}

describe('referral codes', () => {
  it('give every need, barrier and contact choice its own code', () => {
    for (const table of [NEED_CODES, BARRIER_CODES, CONTACT_CODES]) {
      const codes = Object.values(table);
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) expect(code).toMatch(/^[a-z]$/);
    }
    expect(Object.keys(NEED_CODES).sort()).toEqual([...needs.ids].sort());
    expect(Object.keys(BARRIER_CODES).sort()).toEqual([...barriers.ids].sort());
    expect(Object.keys(CONTACT_CODES).sort()).toEqual([...contactPreferences.ids].sort());
  });
});

describe('a referral round trip', () => {
  it('keeps each need, needed this week or not', () => {
    for (const need of needs.ids) {
      expect(roundTrip({ ...NOTHING, needs: [need] })).toBe(`r1;n=${NEED_CODES[need]}`);
      expect(roundTrip({ ...NOTHING, needs: [need], needsThisWeek: [need] })).toBe(`r1;n=${NEED_CODES[need]}!`);
    }
  });
  it('keeps each barrier', () => {
    for (const barrier of barriers.ids) expect(roundTrip({ ...NOTHING, barriers: [barrier] })).toBe(`r1;b=${BARRIER_CODES[barrier]}`);
  });
  it('keeps each language the triage tool offers, as its BCP 47 tag', () => {
    for (const language of languages.ids) expect(roundTrip({ ...NOTHING, language })).toBe(`r1;l=${language}`);
    for (const language of ['pt-BR', 'zh-Hant', 'sr-Latn-RS']) roundTrip({ ...NOTHING, language });
  });
  it('keeps each way to be contacted', () => {
    for (const contact of contactPreferences.ids) expect(roundTrip({ ...NOTHING, contact })).toBe(`r1;c=${CONTACT_CODES[contact]}`);
  });
  it('keeps names in any script, with characters the link format itself uses', () => {
    for (const name of ['Anna', 'Zoë O’Brien-Smith', 'Марія', 'محمد علي', 'জান্নাত', '李小龍', 'A;b=c#d&e%f!g', 'Sam 🙂']) {
      const fragment = roundTrip({ ...NOTHING, name });
      expect(fragment).toMatch(/^r1;p=[A-Za-z0-9%\-_.!~*'()]+$/);
    }
  });
  it('keeps everything together on every way through the fixture site’s triage questions, with every language and contact choice', () => {
    const content = checkContent({ root: FIXTURE_SITE, today: FIXED_TODAY });
    const triage: Pick<TriageContent, 'questions'> = { questions: content.entries.get('triageQuestions')!.map((e) => ({ id: e.id, ...e.data })) };
    const paths = allPaths(triage.questions);
    expect(paths.length).toBeGreaterThan(10);
    paths.forEach((path, i) => {
      const state = runTriage(triage, path);
      const urgent = needUrgencies(state)
        .filter((n) => n.urgency === 'this-week')
        .map((n) => n.need);
      roundTrip({
        needs: state.needs,
        needsThisWeek: urgent,
        barriers: state.barriers,
        language: languages.ids[i % languages.ids.length]!,
        contact: contactPreferences.ids[i % contactPreferences.ids.length]!,
        name: 'Jo',
      });
    });
  });
  it('keeps the largest referral, in 300 bytes or less', () => {
    const fragment = roundTrip(LARGEST_REFERRAL);
    expect(new TextEncoder().encode(fragment).length).toBeLessThanOrEqual(FRAGMENT_MAX_BYTES);
    console.log(`Largest referral fragment: ${fragment.length} bytes.`);
  });
  it('puts the referral only after the # of the referral page’s address', () => {
    const url = new URL(referralUrl('https://digital-inclusion.example-borough.gov.uk/referral/?x=1#old', { ...NOTHING, needs: ['help-now'], name: 'Jo' }));
    expect(url.pathname).toBe('/referral/');
    expect(url.hash).toBe('#r1;n=n;p=Jo');
    expect(url.search).toBe('?x=1');
  });
});

describe('what the link refuses', () => {
  it('refuses a name too long for the link, with a message', () => {
    expect(() => encodeName('B'.repeat(NAME_MAX_BYTES + 1))).toThrow(/too long.*initials/);
    expect(() => encodeName('李'.repeat(Math.ceil(NAME_MAX_BYTES / 9) + 1))).toThrow(/too long/);
    expect(encodeName('  Jo   Bloggs ')).toBe('Jo%20Bloggs');
  });
  it('refuses a language that is not a BCP 47 tag', () => {
    for (const language of ['', 'english', 'p', 'pl_PL', 'pl-', `x${'-abcdefgh'.repeat(2)}`]) expect(() => encodeReferral({ ...NOTHING, language })).toThrow(/language tag/);
  });
  it('says there is no referral when the fragment is empty', () => {
    for (const empty of ['', '#']) expect(decodeReferral(empty)).toEqual({ ok: false, problem: expect.stringMatching(/no referral/) });
  });
  it('refuses broken and tampered links with one clear message', () => {
    for (const broken of ['hello', '1;n=h', 'r;n=h', 'rx;n=h', 'r1;n', 'r1;=h', 'r1;n=h;n=s', 'r1;p=%E0%A4', 'r1;p=%zz', 'r1;nh']) {
      const read = decodeReferral(broken);
      expect(read.ok, broken).toBe(false);
      if (!read.ok) expect(read.problem, broken).toMatch(/broken.*make it again/);
    }
  });
  it('refuses a link from another version of the format', () => {
    expect(decodeReferral('r2;n=h')).toEqual({ ok: false, problem: expect.stringMatching(/different version.*version 2.*version 1/) });
  });
  it('refuses a fragment over 300 bytes, and reads one of exactly 300', () => {
    const base = 'r1;n=h;p=';
    expect(decodeReferral(base + 'a'.repeat(FRAGMENT_MAX_BYTES - base.length)).ok).toBe(true);
    expect(decodeReferral(base + 'a'.repeat(FRAGMENT_MAX_BYTES - base.length + 1))).toEqual({ ok: false, problem: expect.stringMatching(/too long/) });
  });
  it('leaves out codes it does not know, and names each one', () => {
    expect(decodeReferral('r1;n=hz!q;b=cx;l=not a tag;c=q;future=1;p=Jo')).toEqual({
      ok: true,
      referral: { needs: ['connectivity-at-home'], needsThisWeek: [], barriers: ['cost'], name: 'Jo' },
      ignored: [
        'a need this page does not know (code "z")',
        'a need this page does not know (code "q")',
        'a barrier this page does not know (code "x")',
        'a language this page cannot read ("not a tag")',
        'a way to contact them that this page does not know (code "q")',
        'a part this page does not know ("future")',
      ],
    });
  });
});

describe('the intake summary', () => {
  it('says each part in words', () => {
    const summary = summariseReferral({
      needs: ['connectivity-at-home', 'skills-for-work'],
      needsThisWeek: ['skills-for-work'],
      barriers: ['cost', 'trust'],
      language: 'pl',
      contact: 'text-message',
      name: 'Jo',
    });
    expect(summary).toEqual({
      name: 'Jo',
      needs: [
        { need: 'connectivity-at-home', label: 'Internet at home', thisWeek: false },
        { need: 'skills-for-work', label: 'Skills for work', thisWeek: true },
      ],
      barriers: ['Cost', 'Trust and fear of crime'],
      language: 'Polish',
      contact: 'A text message',
    });
  });
  it('names every language the triage tool offers, and others by the browser’s names or their code', () => {
    for (const language of languages.terms) expect(summariseReferral({ ...NOTHING, language: language.id }).language).toBe(language.label);
    expect(summariseReferral({ ...NOTHING, language: 'pt-BR' }).language).toMatch(/Portuguese.*\(pt-BR\)/);
    expect(summariseReferral({ ...NOTHING, language: 'qqq' }).language).toBe('Language code "qqq"');
  });
});
