/**
 * UK registered charity numbers, as the three charity regulators write them:
 *
 * | regulator | form | example |
 * |---|---|---|
 * | Charity Commission for England and Wales | 6 or 7 digits | 1177548, 220949 |
 * | Office of the Scottish Charity Regulator (OSCR) | SC and 6 digits | SC007427 |
 * | Charity Commission for Northern Ireland | NIC and 6 digits | NIC104226 |
 *
 * Content files write the number in that form. Feeds write it many other ways ("Reg. charity no.
 * 1177548", "SC 007427", or as an org-id.guide identifier like "GB-CHC-1177548" or
 * "GB-NIC-104226"); `readCharityNumber` finds the number in them.
 */

const CANONICAL = /^(?:[0-9]{6,7}|SC[0-9]{6}|NIC[0-9]{6})$/;

/** Whether a number is written as a registered charity number of England and Wales, Scotland or Northern Ireland. */
export function isCharityNumber(value: string): boolean {
  return CANONICAL.test(value);
}

/** The org-id.guide list a charity number belongs to: GB-CHC (England and Wales), GB-SC (Scotland) or GB-NIC (Northern Ireland). */
export function charityRegister(number: string): 'GB-CHC' | 'GB-SC' | 'GB-NIC' {
  return number.startsWith('SC') ? 'GB-SC' : number.startsWith('NIC') ? 'GB-NIC' : 'GB-CHC';
}

/** The identifier org-id.guide gives the number within its list: Scotland keeps "SC", Northern Ireland drops "NIC". */
export function orgIdIdentifier(number: string): string {
  return number.startsWith('NIC') ? number.slice(3) : number;
}

/**
 * The charity number in a feed's text, in our form, or undefined if there is none we recognise.
 * `scheme` is an org-id.guide list name (GB-CHC, GB-SC, GB-NIC) when the feed gives one beside the number.
 */
export function readCharityNumber(value: unknown, scheme = ''): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  let text = String(value)
    .toUpperCase()
    .replace(/[\s.]+/g, '');
  const list = (/^GB-(CHC|SC|NIC)-?/.exec(text)?.[1] ?? /^GB-(CHC|SC|NIC)$/.exec(scheme.trim().toUpperCase())?.[1]) as 'CHC' | 'SC' | 'NIC' | undefined;
  text = text.replace(/^GB-(CHC|SC|NIC)-?/, '');
  text = text.replace(/^(?:REGISTERED|REG)?(?:CHARITY)?(?:NUMBER|NO|NUM)?:?/, '');
  // A subsidiary charity is written "1177548-1": the main number is the charity's.
  text = text.replace(/-[0-9]{1,2}$/, '');
  if (list === 'NIC' && /^[0-9]{6}$/.test(text)) text = `NIC${text}`;
  if (list === 'SC' && /^[0-9]{6}$/.test(text)) text = `SC${text}`;
  if (!isCharityNumber(text)) return undefined;
  if (list && charityRegister(text) !== `GB-${list}`) return undefined;
  return text;
}
