/** Ways to get in touch found in a description, for records whose contact fields are empty. */
import { describe, expect, it } from 'vitest';
import { contactsInText } from '../../src/lib/openreferral/contacts-in-text.ts';

describe('contacts in a description', () => {
  it('finds a UK phone number written in a sentence, in the usual groups', () => {
    expect(contactsInText('<p>Ring the tenancy team on 020 7946 0412 to arrange a visit.</p>')).toEqual({ phone: '020 7946 0412' });
    expect(contactsInText('Call us: +44 (0)1632 960 321.')).toEqual({ phone: '01632 960321' });
  });

  it('finds an email address and the service page a link points to', () => {
    expect(contactsInText('<p>Email <a href="mailto:digital@kingsburyworks.example">us</a> or see <a href="https://www.kingsburyworks.example/">www.kingsburyworks.example</a></p>')).toEqual({
      email: 'digital@kingsburyworks.example',
      website: 'https://www.kingsburyworks.example/',
    });
    expect(contactsInText('More at www.stmarkswarmspace.org.uk.')).toEqual({ website: 'https://www.stmarkswarmspace.org.uk' });
  });

  it('a link to a national or social media site is not the service’s page', () => {
    expect(contactsInText('<p>Apply at <a href="https://www.gov.uk/universal-credit">GOV.UK</a>, follow us on <a href="https://www.facebook.com/x">Facebook</a>.</p>')).toEqual({});
  });

  it('numbers that are not phone numbers are left alone', () => {
    expect(contactsInText('<p>Open 10–2. Membership £15 a year. Charity number 1234567. Room 0203.</p>')).toEqual({});
    expect(contactsInText('Warm space every Friday 10&ndash;2. Kingsbury Central Community Centre, 17 Albert Terrace.')).toEqual({});
  });
});
