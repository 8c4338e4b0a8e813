/**
 * One listing as the shortlist page needs it at the point of action: the phone number first (or,
 * with no phone, email and website), the places to go with their opening hours (every place the
 * listing gives, as on its own page: the shortlist has no area, so it never picks one place over
 * another), whether it has closed, and the QR code of its page. Each listing has one small file
 * of this (src/pages/shortlist/listings/[id].json.ts), written from the same words as the printed
 * sheets (src/lib/directory/places.ts, src/lib/views/print-sheet.ts). The browser reads them back with
 * read-entry.ts.
 */
import type { Service } from '../../schemas/service.ts';
import { isAvailable } from '../directory/listing.ts';
import { noPlaceWords, placesToShow, placeWords } from '../directory/places.ts';
import { webAddressForPaper } from '../views/print-sheet.ts';
import { routes } from '../routes.ts';
import type { PackedQr } from './qr-modules.ts';
import { SHORTLIST_ENTRY_FORMAT, type ShortlistEntry } from './entry-shape.ts';

/** The shortlist file's content for one listing. */
export function shortlistEntry(service: { readonly id: string; readonly data: Service }, qr: PackedQr): ShortlistEntry {
  const s = service.data;
  const places = placesToShow(s, undefined).map((location) => {
    const place = placeWords(location);
    return {
      where: `${place.name}, ${place.address}`,
      hours: [...(place.hours.length > 0 ? [`Open: ${place.hours.join('. ')}.`] : []), ...(place.note !== undefined ? [place.note] : [])].join(' '),
    };
  });
  return {
    format: SHORTLIST_ENTRY_FORMAT,
    id: service.id,
    name: s.name,
    path: routes.service(service.id),
    ...(s.phone ? { phone: s.phone } : {}),
    contact: s.phone ? [] : [...(s.email ? [`Email ${s.email}`] : []), ...(s.website ? [`Website ${webAddressForPaper(s.website)}`] : [])],
    places,
    ...(places.length === 0 ? { noPlace: noPlaceWords(s) } : {}),
    ...(isAvailable(s) ? {} : { closed: s.status === 'inactive' ? 'This service has closed.' : 'This service is closed for now.' }),
    qr,
  };
}
