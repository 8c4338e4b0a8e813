/**
 * Phone numbers from other directories, which arrive in every shape: "+44 (0)1632 960123",
 * "0161-496-0000", "Tel: 01632960555 ext 12". A number we can read as a UK number is written the
 * way people read it ("01632 960123"); anything else is left out.
 */
import { isUkPhoneNumber } from '../formats.ts';

export type PhoneReading = { ok: true; number: string; changed: boolean } | { ok: false };

/** Already tidy: groups of digits with single spaces between, perhaps starting +44, and a UK number. */
function isTidy(value: string): boolean {
  return /^(\+44 )?[0-9]+( [0-9]+)+$/.test(value) && isUkPhoneNumber(value);
}

/** Groups national digits (starting 0) the way Ofcom writes them: 020 7946 0000, 0121 496 0000, 01632 960000, 07700 900123. */
function groupDigits(national: string): string {
  if (national.length === 11) {
    if (/^02/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
    if (/^01[0-9]1/.test(national) || /^011/.test(national) || /^0[389]/.test(national)) {
      return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
    }
    return `${national.slice(0, 5)} ${national.slice(5)}`;
  }
  // Ten digits: 0800 123 456 style freephone numbers, or a few small-town numbers like 016977 3456.
  if (/^0800/.test(national)) return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  return `${national.slice(0, 5)} ${national.slice(5)}`;
}

/**
 * Reads a phone number written any way. A tidy UK number is kept as written; a UK number written
 * oddly is rewritten in the usual groups; anything else is not a number we can use.
 */
export function readUkPhone(raw: unknown): PhoneReading {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false };
  const written = String(raw).replace(/\s+/g, ' ').trim();
  if (isTidy(written)) return { ok: true, number: written, changed: false };
  const text = written
    .replace(/^(tel(ephone)?|phone|call|mobile|freephone)\.?\s*:?\s*/i, '')
    .replace(/\s*(ext(ension)?\.?|x)\s*[0-9]+\s*$/i, '') // extension numbers cannot be dialled from a link
    .replace(/\(0\)/g, '');
  if (/[a-z]/i.test(text)) return { ok: false };
  let digits = text.replace(/[^0-9+]/g, '');
  if (digits.startsWith('+44')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('0044')) digits = `0${digits.slice(4)}`;
  else if (/^44[1-9][0-9]{8,9}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (!/^0[1-9][0-9]{8,9}$/.test(digits)) return { ok: false };
  const number = groupDigits(digits);
  return isUkPhoneNumber(number) ? { ok: true, number, changed: number !== written } : { ok: false };
}

/**
 * Reads a textphone number: a UK number, or a Relay UK number (18001 or 18002, then a UK number),
 * like "18001 0121 496 0000".
 */
export function readUkTextPhone(raw: unknown): PhoneReading {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { ok: false };
  const written = String(raw).replace(/\s+/g, ' ').trim();
  const relay = /^(1800[12])\s*(.+)$/.exec(written);
  if (!relay) return readUkPhone(written);
  const rest = readUkPhone(relay[2]);
  if (!rest.ok) return rest;
  const number = `${relay[1]} ${rest.number}`;
  return { ok: true, number, changed: number !== written };
}

/** Whether a phone record is a textphone or Relay UK line rather than a voice line. */
export function looksLikeTextPhone(number: string, description = '', type = ''): boolean {
  return /^\s*1800[12]/.test(number) || /text ?phone|minicom|relay|typetalk|ngt\b/i.test(`${description} ${type}`);
}

/** Whether a phone record cannot be called at all (fax, pager, text messages only). */
export function cannotBeCalled(description = '', type = ''): boolean {
  return /^(fax|pager|text|sms)$/i.test(type.trim()) || /^\s*(fax|sms|text messages? only)\b/i.test(description);
}
