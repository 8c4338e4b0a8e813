/**
 * Checks for the formats that UK public-sector content uses: phone numbers, postcodes,
 * dates and times. Pure functions, so the content check, the importer and the pages agree.
 */

/** A UK phone number written as people read it: 0121 496 0000, 07700 900123, +44 20 7946 0000, 0808 157 0192. */
export function isUkPhoneNumber(value: string): boolean {
  if (!/^[0-9+ ()-]+$/.test(value)) return false;
  const digits = value.replace(/[ ()-]/g, '');
  // 10 or 11 digits starting 0 (a few 0800 numbers have 10), or +44 then 9 or 10 digits with no 0.
  return /^0[1-9]\d{8,9}$/.test(digits) || /^\+44[1-9]\d{8,9}$/.test(digits);
}

/** A textphone number: a UK number, or a Relay UK number (18001 or 18002 then a UK number). */
export function isUkTextPhoneNumber(value: string): boolean {
  const relay = /^1800[12] (.+)$/.exec(value);
  return isUkPhoneNumber(relay ? relay[1]! : value);
}

/** A phone number as printed: non-breaking spaces keep it on one line. */
export function phoneForDisplay(value: string): string {
  return value.replace(/ /g, '\u00a0');
}

/** The digits to dial, for `tel:` and `sms:` links: "0121 496 0000" becomes "01214960000". */
export function phoneDialString(value: string): string {
  return value.replace(/[^0-9+]/g, '');
}

const POSTCODE = /^(GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2})$/;

/** A UK postcode in capitals with one space, like "B1 1BB" or "SW1A 2AA". */
export function isUkPostcode(value: string): boolean {
  return POSTCODE.test(value);
}

/** Tidies a postcode someone typed ("b11bb", " sw1a2aa ") into "B1 1BB" form, or returns null. */
export function normalisePostcode(value: string): string | null {
  const compact = value.toUpperCase().replace(/\s+/g, '');
  if (compact.length < 5 || compact.length > 7) return null;
  const tidy = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return isUkPostcode(tidy) ? tidy : null;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** YAML and front matter sometimes hand us a Date: turn it back into YYYY-MM-DD. */
export function dateToIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A 24-hour clock time, like 09:30 or 17:00. */
export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** Text that looks like an email address. */
export function looksLikeEmail(value: string): boolean {
  return /[^\s@]+@[^\s@]+\.[^\s@]+/.test(value);
}

/** A file or id name: lower-case letters, numbers and single hyphens. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
}

/** Turns a title into a slug: "Eastbrook Library: Wi-Fi" becomes "eastbrook-library-wi-fi". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/**
 * The word for a name in an address, like a place on /case-studies/place/<word>/: its slug
 * ("Tunbridge Wells" becomes "tunbridge-wells"), or, for a name with no Latin letters, the name
 * itself in lower case with its own letters kept ("ਬਰਮਿੰਘਮ" stays "ਬਰਮਿੰਘਮ"), so every name
 * has a page. Empty only for a name with no letters or numbers at all.
 */
export function urlWord(value: string): string {
  return (
    slugify(value) ||
    value
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/g, '')
  );
}

/** A name with an apostrophe s, as people write it: "Northmere Libraries'" but "Citizens Advice's". */
export function possessive(name: string): string {
  return /s$/i.test(name.trim()) ? `${name.trim()}'` : `${name.trim()}'s`;
}
