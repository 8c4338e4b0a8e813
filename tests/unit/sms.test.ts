/** The text message segment counter (GSM-7 with its extension table, or UCS-2) and fitting a message into a few segments. */
import { describe, expect, it } from 'vitest';
import { countSmsSegments, fitSmsEntries, toGsmText } from '../../src/lib/sms.ts';

describe('counting text message segments', () => {
  it('counts plain GSM-7 text: 160 characters in one segment, then 153 in each', () => {
    expect(countSmsSegments('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 0 });
    expect(countSmsSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSmsSegments('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(countSmsSegments('a'.repeat(306))).toEqual({ encoding: 'GSM-7', units: 306, segments: 2 });
    expect(countSmsSegments('a'.repeat(307))).toEqual({ encoding: 'GSM-7', units: 307, segments: 3 });
    expect(countSmsSegments('a'.repeat(459))).toEqual({ encoding: 'GSM-7', units: 459, segments: 3 });
    expect(countSmsSegments('a'.repeat(460))).toEqual({ encoding: 'GSM-7', units: 460, segments: 4 });
  });

  it('counts the GSM-7 basic set, accents included, as one unit each', () => {
    expect(countSmsSegments('£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!"#¤%&\'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà@\n\r ')).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(countSmsSegments('Café, 01632 960203, Mon 10am to 12pm').units).toBe(36);
  });

  it('counts characters from the extension table as two units', () => {
    expect(countSmsSegments('€')).toEqual({ encoding: 'GSM-7', units: 2, segments: 1 });
    expect(countSmsSegments('{}[]~\\|^€').units).toBe(18);
    expect(countSmsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSmsSegments('€'.repeat(81))).toEqual({ encoding: 'GSM-7', units: 162, segments: 2 });
    // 152 plain characters then a euro sign: the two units of the euro sign are never split, so it starts segment 2.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toEqual({ encoding: 'GSM-7', units: 306, segments: 3 });
  });

  it('counts anything else as UCS-2: 70 units in one segment, then 67 in each', () => {
    expect(countSmsSegments('ł'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSmsSegments('ł'.repeat(71))).toEqual({ encoding: 'UCS-2', units: 71, segments: 2 });
    expect(countSmsSegments('ł'.repeat(134))).toEqual({ encoding: 'UCS-2', units: 134, segments: 2 });
    expect(countSmsSegments('ł'.repeat(135))).toEqual({ encoding: 'UCS-2', units: 135, segments: 3 });
    // One curly apostrophe turns the whole message into UCS-2.
    expect(countSmsSegments(`It’s ${'a'.repeat(100)}`)).toEqual({ encoding: 'UCS-2', units: 105, segments: 2 });
    // An emoji is two UTF-16 units, and is never split between segments.
    expect(countSmsSegments('😀')).toEqual({ encoding: 'UCS-2', units: 2, segments: 1 });
    expect(countSmsSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}`)).toEqual({ encoding: 'UCS-2', units: 134, segments: 3 });
  });
});

describe('keeping a message in GSM-7', () => {
  it('swaps typographic quotes, dashes and spaces for plain ones', () => {
    expect(toGsmText('It’s “free” – Mon–Fri…\u00a0ok')).toBe('It\'s "free" - Mon-Fri... ok');
    expect(countSmsSegments(toGsmText('It’s “free” – Mon–Fri…')).encoding).toBe('GSM-7');
  });
});

describe('fitting a message into at most a few segments', () => {
  const entries = [{ text: 'First place, 01632 960001' }, { text: 'Second place, 01632 960002' }, { text: 'Third place, 01632 960003' }];

  it('keeps every entry when they fit', () => {
    expect(fitSmsEntries({ header: 'Help:', entries, footer: 'Call 0808 157 0000' }, 1)).toEqual({
      text: 'Help:\nFirst place, 01632 960001\nSecond place, 01632 960002\nThird place, 01632 960003\nCall 0808 157 0000',
      kept: 3,
      segments: 1,
    });
  });

  it('drops the last (lowest-priority) entries whole, never part of one', () => {
    const long = entries.map((entry) => ({ text: `${entry.text}, ${'x'.repeat(30)}` }));
    const fitted = fitSmsEntries({ header: 'Help:', entries: long, footer: 'Call 0808 157 0000' }, 1);
    expect(fitted).toEqual({ text: `Help:\n${long[0]!.text}\n${long[1]!.text}\nCall 0808 157 0000`, kept: 2, segments: 1 });
  });

  it('keeps the header and footer even if no entry fits', () => {
    expect(fitSmsEntries({ header: 'Help:', entries: [{ text: 'y'.repeat(200) }], footer: 'Call 0808 157 0000' }, 1)).toEqual({ text: 'Help:\nCall 0808 157 0000', kept: 0, segments: 1 });
  });

  it('drops by priority, shows entries in their own order, and names each group once before its first kept entry', () => {
    const grouped = [
      { group: 'Data:', text: `A, ${'x'.repeat(45)}`, priority: 0 },
      { group: 'Data:', text: `B, ${'x'.repeat(45)}`, priority: 2 },
      { group: 'Forms:', text: `C, ${'x'.repeat(45)}`, priority: 1 },
    ];
    expect(fitSmsEntries({ header: 'Help:', entries: grouped, footer: 'Bye' }, 1)).toEqual({
      text: `Help:\nData:\nA, ${'x'.repeat(45)}\nForms:\nC, ${'x'.repeat(45)}\nBye`,
      kept: 2,
      segments: 1,
    });
  });
});
