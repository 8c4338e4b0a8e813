/**
 * The choices the export makes where Open Referral leaves room, in one place, because the import
 * reads them back. Change one here and both sides change together.
 */

/** The HSDS version and profile the API root announces. ORUK validators read the version to pick the UK 3.0 rules. */
export const ORUK_VERSION = 'HSDS-UK-3.0';
export const ORUK_PROFILE_URL = 'https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md';

/** Every address is in the UK. */
export const COUNTRY = 'GB';

/**
 * Open Referral requires a state or province. In the UK that is the county; we do not store one,
 * so the export uses the place the site covers (site.yaml `area`, like "Northmere") when the page
 * passes it, and "England" otherwise. The import does not read it back.
 */
export const DEFAULT_STATE_PROVINCE = 'England';

/**
 * The UK profile has one street field, `address_1` ("the first line(s) of the address"). Our
 * address lines are written into it separated by a comma and a line break, so that it reads well
 * on one line or on several, and the import can split it back into the same lines.
 */
export const ADDRESS_LINE_SEPARATOR = ',\n';

/** The alert on a made-up sample listing. The import marks a listing with exactly this alert as a sample. */
export const SAMPLE_ALERT = 'This is a made-up sample listing, not a real service.';

/** How the export describes its phone numbers; the import treats a "Textphone" number as our textPhone. */
export const PHONE_DESCRIPTION = 'Phone';
export const TEXTPHONE_DESCRIPTION = 'Textphone (Relay UK)';

/** The longest summary our schema allows: the import splits an ORUK description into summary and description with it. */
export const SUMMARY_MAX = 200;

/** Services per page of the published /services list (a static site cannot answer ?page=). */
export const ORUK_PAGE_SIZE = 500;
