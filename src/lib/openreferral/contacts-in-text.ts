/**
 * Ways to get in touch written in a description, for records whose contact fields are empty.
 *
 * Council list pages often leave out phones, emails and web addresses, while the description
 * says "Ring the tenancy team on 020 7946 0412" or links to the service's page. When the feed's
 * own fields give no way to get in touch, the import takes the first UK phone number, email
 * address and web page it finds in the description (and says so in the report, for an officer
 * to check). Links to sites many organisations share (gov.uk, nhs.uk, Facebook...: the list in
 * organisation-names.ts) are not the service's own page, so they are not used as its website.
 */
import { email as emailField } from '../../schemas/fields.ts';
import { isSharedHost } from './organisation-names.ts';
import { readUkPhone } from './phones.ts';
import { webAddress } from './read-fields.ts';
import { decodeEntities, plainText } from './text.ts';

/** A UK phone number as people write it: starts with 0 or +44, then 9 to 12 more digits with spaces, dashes or brackets. */
const PHONE_LIKE = /(?:\+44\s?(?:\(0\)\s?)?|\b0)\d(?:[\s-]?\(?\d\)?){8,11}/g;
const EMAIL_LIKE = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
const HREF = /href\s*=\s*["']([^"']+)["']/gi;
const BARE_WEB_ADDRESS = /\b(?:https?:\/\/|www\.)[^\s<>"')]+[^\s<>"').,;:!?]/gi;

export interface ContactsInText {
  readonly phone?: string;
  readonly email?: string;
  readonly website?: string;
}

function isServiceSite(address: string): boolean {
  try {
    return !isSharedHost(new URL(address).hostname);
  } catch {
    return false;
  }
}

/** The first phone number, email address and web page of the service found in a description (HTML or plain). */
export function contactsInText(description: string): ContactsInText {
  const text = plainText(description);
  const phone = [...text.matchAll(PHONE_LIKE)].map((match) => readUkPhone(match[0])).find((reading) => reading.ok);
  const links = [...description.matchAll(HREF)].map((match) => decodeEntities(match[1]!.trim()));
  const mailtos = links.filter((link) => /^mailto:/i.test(link)).map((link) => link.slice('mailto:'.length).split('?')[0]!);
  const email = [...mailtos, ...[...text.matchAll(EMAIL_LIKE)].map((match) => match[0])].find((address) => emailField().safeParse(address).success);
  const written = [...text.matchAll(BARE_WEB_ADDRESS)].map((match) => match[0]);
  const website = [...links, ...written]
    .filter((address) => /^(https?:\/\/|www\.)/i.test(address))
    .map((address) => webAddress(address))
    .find((address): address is string => address !== undefined && isServiceSite(address));
  return {
    ...(phone?.ok ? { phone: phone.number } : {}),
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
  };
}
