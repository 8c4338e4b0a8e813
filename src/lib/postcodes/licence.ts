/**
 * The two open postcode files a council can import, and what their licence asks the site to say
 * where the data is shown or passed on (the table in content/, and every district file).
 */

/** The postcode files the import reads, by the name the table gives as its source. */
export const POSTCODE_SOURCES = {
  onspd: 'ONS Postcode Directory',
  codePoint: 'OS Code-Point Open',
} as const;

export type PostcodeSource = keyof typeof POSTCODE_SOURCES;

/** The licence both files are published under. */
export const POSTCODE_LICENCE = 'Open Government Licence v3.0';

/**
 * The attribution each publisher asks for, for data of a given year (the ONS Postcode Directory's
 * user guide and the Code-Point Open product page give these words). Northern Ireland's (BT)
 * postcodes in the ONS Postcode Directory come under a different licence: the import says so.
 */
export function postcodeAttribution(source: PostcodeSource, year: number): string {
  const os = `Contains OS data © Crown copyright and database right ${year}.`;
  const royalMail = `Contains Royal Mail data © Royal Mail copyright and database right ${year}.`;
  if (source === 'onspd') {
    return [
      `Source: Office for National Statistics licensed under the ${POSTCODE_LICENCE}.`,
      os,
      royalMail,
      `Contains GeoPlace data © Local Government Information House Limited copyright and database right ${year}.`,
    ].join(' ');
  }
  return [os, royalMail, `Contains National Statistics data © Crown copyright and database right ${year}.`].join(' ');
}

/** The year the data is from: a year in the file's name (ONSPD_NOV_2026_UK.csv), or else the year it was imported. */
export function dataYear(fileName: string, imported: string): number {
  const named = /(?:^|[^0-9])(20[0-9]{2})(?:[^0-9]|$)/.exec(fileName);
  return Number(named?.[1] ?? imported.slice(0, 4));
}
