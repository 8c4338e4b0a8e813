/**
 * What a printable list shows (/print/in/eastbrook/, /print/free-wifi/...): its heading, links
 * to its other parts, and for each service its phone number (or, with no phone, its email and
 * website), its places with their addresses and hours (on a sheet for an area, only its places
 * in that area; otherwise every place), what it offers, when it was last checked, and the
 * address its QR code opens. The page file only lays these out (and draws the QR codes).
 */
import type { Site } from '../../schemas/site.ts';
import { formatLongDate } from '../dates.ts';
import { noPlaceWords, placesToShow, placeWords } from '../directory/places.ts';
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import type { PrintSheet } from '../directory/print-sheets.ts';
import { phoneForDisplay } from '../formats.ts';
import { routes } from '../routes.ts';
import { kindsOfHelp } from '../vocabulary/index.ts';
import { serviceById, type Crumb, type ViewDirectory, type ViewService } from './shared.ts';

/** One place of a service on a printed list. */
export interface PrintPlace {
  /** "Hawthorn House community room, Hawthorn Road, Northmere NM3 5HH". */
  readonly where: string;
  /** When it is open ("Open: Mondays, 10am to 1pm."), and the note about its hours; or just the note. */
  readonly hours: string;
}

/** One service on a printed list. */
export interface PrintEntry {
  readonly name: string;
  /** "Phone 01632 960000", when it has a phone number. */
  readonly phone: string | undefined;
  /** With no phone number, the other ways to get in touch: ["Email help@example.org", "Website example.org/help"]. */
  readonly otherContact: readonly string[];
  /** Its places to show on this sheet, or none for help with no place here. */
  readonly places: readonly PrintPlace[];
  /** For help with no place on this sheet: "By phone or online" or "Help comes to you". */
  readonly noPlace: string | undefined;
  /** What it offers and when it was last checked: "Free Wi-Fi, Drop-in help. Last checked 1 March 2026." */
  readonly checked: string;
  /** The full web address of its page, for the QR code. */
  readonly qrUrl: string;
  /** What a screen reader says for the QR code. */
  readonly qrLabel: string;
}

export interface PrintSheetView {
  readonly heading: string;
  readonly title: string;
  readonly description: string;
  readonly breadcrumbs: Crumb[];
  /** The helpline number, written for reading. */
  readonly helpline: string;
  /** Links to the sheet's other parts, for a sheet split into parts. */
  readonly otherParts: readonly { readonly label: string; readonly path: string }[];
  readonly entries: readonly PrintEntry[];
  /** The host name the site is published at, for the footer: "digital.example.gov.uk". */
  readonly host: string;
  /** The day the list was printed from, in words. */
  readonly printedOn: string;
}

export interface PrintSheetContext {
  readonly directory: Pick<ViewDirectory, 'areaName' | 'byId'>;
  readonly site: Pick<Site, 'area' | 'baseUrl' | 'helpline'>;
  /** Today's date, as YYYY-MM-DD. */
  readonly today: string;
  /** The full web address of a page of this site, from its address from the site's root. */
  readonly fullUrl: (path: string) => string;
}

export function printSheetView(sheet: PrintSheet, { directory, site, today, fullUrl }: PrintSheetContext): PrintSheetView {
  const kind = sheet.by.kind === undefined ? undefined : kindsOfHelp.label(sheet.by.kind);
  const area = sheet.by.area === undefined ? undefined : directory.areaName(sheet.by.area);
  const heading = sheet.by.area === AREA_NOT_KNOWN ? `${kind ?? 'Help to get online'}: area not known` : kind ? `${kind} in ${area ?? site.area}` : `Free help to get online in ${area}`;
  return {
    heading,
    title: `${heading}: printable list${sheet.parts > 1 ? `, part ${sheet.part} of ${sheet.parts}` : ''}`,
    description: `A list to print: ${heading}.`,
    breadcrumbs: [
      { label: 'Find free help', path: routes.findHelp() },
      { label: 'Print a list', path: routes.print() },
    ],
    helpline: phoneForDisplay(site.helpline.phone),
    otherParts: Array.from({ length: sheet.parts }, (_, i) => i + 1)
      .filter((part) => part !== sheet.part)
      .map((part) => ({ label: `Part ${part}`, path: routes.printSheet({ ...sheet.by, part }) })),
    entries: sheet.serviceIds.map((id) => printEntry(serviceById(directory, id), sheet.by.area, fullUrl)),
    host: new URL(site.baseUrl).host,
    printedOn: formatLongDate(today),
  };
}

function printEntry(service: ViewService, area: string | undefined, fullUrl: (path: string) => string): PrintEntry {
  const s = service.data;
  const places = placesToShow(s, area).map((location) => {
    const place = placeWords(location);
    return {
      where: `${place.name}, ${place.address}`,
      hours: [...(place.hours.length > 0 ? [`Open: ${place.hours.join('. ')}.`] : []), ...(place.note !== undefined ? [place.note] : [])].join(' '),
    };
  });
  return {
    name: s.name,
    phone: s.phone ? `Phone ${phoneForDisplay(s.phone)}` : undefined,
    otherContact: s.phone ? [] : [...(s.email ? [`Email ${s.email}`] : []), ...(s.website ? [`Website ${webAddressForPaper(s.website)}`] : [])],
    places,
    noPlace: places.length === 0 ? noPlaceWords(s) : undefined,
    checked: `${s.kinds.map((k) => kindsOfHelp.label(k)).join(', ')}. ${
      s.imported?.notYetChecked ? `Imported on ${formatLongDate(s.imported.on)}: nobody here has checked it yet.` : `Last checked ${formatLongDate(s.lastChecked)}.`
    }${s.cost.type === 'not-known' ? ' Cost not known: ask.' : ''}`,
    qrUrl: fullUrl(routes.service(service.id)),
    qrLabel: `QR code: scan it to open the page for ${s.name}`,
  };
}

/** A web address as people type it from paper: "www.example.org/help", without "https://" or a slash at the end. */
export function webAddressForPaper(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
