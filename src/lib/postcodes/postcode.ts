/**
 * Postcodes as people type them and as the site keeps them. Safe to use in the browser (no
 * node: imports): the "near me" page uses the same rules as the build.
 */
import { isUkPostcode } from '../formats.ts';

/**
 * A postcode someone typed or a file gave, in the one form the site keeps: capitals, one space
 * before the last three characters ("nm14al", " NM1   4al " and "Nm1\u00a04AL" all give "NM1 4AL").
 * Undefined when the text is not the shape of a UK postcode.
 */
export function normalisePostcode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[\s\u00a0\u202f]+/g, '');
  if (compact.length < 5 || compact.length > 7) return undefined;
  const canonical = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return isUkPostcode(canonical) ? canonical : undefined;
}

/** The postcode district (the part before the space): "NM1 4AL" is in district "NM1". */
export function postcodeDistrict(canonical: string): string {
  const space = canonical.indexOf(' ');
  if (space < 2) throw new Error(`"${canonical}" is not a postcode in the site's form, like "NM1 4AL".`);
  return canonical.slice(0, space);
}
