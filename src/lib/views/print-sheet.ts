/**
 * What a printable list shows (/print/in/eastbrook/, /print/free-wifi/...): its heading, links
 * to its other parts, and for each service its phone number (or, with no phone, its email and
 * website), its places with their addresses and hours (on a sheet for an area, only its places
 * in that area; otherwise every place), what it offers, when it was last checked, and the
 * address its QR code opens. The page file only lays these out (and draws the QR codes).
 */
import type { Site } from '../../schemas/site.ts';
import type { Service } from '../../schemas/service.ts';
import { formatLongDate } from '../dates.ts';
import { placesToShow, placeWords } from '../directory/places.ts';
import { describeOpeningHours } from '../directory/opening-hours.ts';
import { hoursWords } from '../i18n/hours-words.ts';
import { translatedHoursNote } from '../i18n/translated-fields.ts';
import { AREA_NOT_KNOWN } from '../directory/area-not-known.ts';
import type { PrintSheet } from '../directory/print-sheets.ts';
import { phoneForDisplay } from '../formats.ts';
import { formatDate } from '../i18n/formats.ts';
import { inLanguage } from '../i18n/paths.ts';
import { termLabel } from '../i18n/terms.ts';
import { translator, type MessageKey, type Translator } from '../i18n/translate.ts';
import { routes } from '../routes.ts';
import { serviceById, type Crumb, type ViewDirectory, type ViewService } from './shared.ts';

/** One place of a service on a printed list. */
export interface PrintPlace {
  /** "Hawthorn House community room, Hawthorn Road, Northmere NM3 5HH". */
  readonly where: string;
  /** When it is open ("Open: Mondays, 10am to 1pm."), and the note about its hours; or just the note. */
  readonly hours: string;
}

/**
 * How the page marks up an entry's words in a language other than English (entry by entry, in
 * the same order): the phone number, kept left to right inside right-to-left words, and for each
 * place its times and the note about them with the note's language (a listing's own note is
 * content, in English until it is translated).
 */
export interface PrintEntryMarkup {
  readonly phoneNumber: string | undefined;
  readonly places: readonly { readonly times: string; readonly note: { readonly text: string; readonly lang: string } | undefined }[];
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
  readonly markup: readonly PrintEntryMarkup[];
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
  /** The words of the sheet's language (English when not given). */
  readonly t?: Translator;
  /** The full web address of a page of this site, from its address from the site's root. */
  readonly fullUrl: (path: string) => string;
}

/** A date in words in the sheet's language: English keeps "1 March 2026". */
const dateIn = (t: Translator, date: string) => (t.language.code === 'en' ? formatLongDate(date) : formatDate(t.language.code, date));

export function printSheetView(sheet: PrintSheet, { directory, site, today, fullUrl, t = translator('en') }: PrintSheetContext): PrintSheetView {
  const code = t.language.code;
  const kind = sheet.by.kind === undefined ? undefined : termLabel(t, 'kindsOfHelp', sheet.by.kind);
  const area = sheet.by.area === undefined ? undefined : directory.areaName(sheet.by.area);
  const heading =
    sheet.by.area === AREA_NOT_KNOWN
      ? t('print.sheet.headingAreaNotKnown', { kind: kind ?? t('print.sheet.helpToGetOnline') })
      : kind
        ? t('print.sheet.headingKindIn', { kind, area: area ?? site.area })
        : t('print.sheet.headingArea', { area: area ?? site.area });
  return {
    heading,
    title: sheet.parts > 1 ? t('print.sheet.titlePart', { heading, part: sheet.part, parts: sheet.parts }) : t('print.sheet.title', { heading }),
    description: t('print.sheet.description', { heading }),
    breadcrumbs: [
      { label: t('layout.nav.findHelp'), path: routes.findHelp() },
      { label: t('print.crumb'), path: routes.print() },
    ],
    helpline: phoneForDisplay(site.helpline.phone),
    otherParts: Array.from({ length: sheet.parts }, (_, i) => i + 1)
      .filter((part) => part !== sheet.part)
      .map((part) => ({ label: t('print.sheet.part', { part }), path: inLanguage(code, routes.printSheet({ ...sheet.by, part })) })),
    ...entriesAndMarkup(sheet.serviceIds.map((id) => printEntry(serviceById(directory, id), sheet.by.area, fullUrl, t))),
    host: new URL(site.baseUrl).host,
    printedOn: dateIn(t, today),
  };
}

/** How people get help with no place to visit (see noPlaceWords in src/lib/directory/places.ts, the English this follows). */
function noPlaceKey(service: Pick<Service, 'supportModes' | 'areaNotKnown' | 'imported'>): MessageKey {
  if (service.areaNotKnown) return 'print.entry.whereNotKnown';
  if (service.supportModes.includes('remote')) return 'print.entry.remote';
  return service.imported ? 'print.entry.noAddress' : 'print.entry.comesToYou';
}

function entriesAndMarkup(both: readonly { entry: PrintEntry; markup: PrintEntryMarkup }[]): { entries: PrintEntry[]; markup: PrintEntryMarkup[] } {
  return { entries: both.map((b) => b.entry), markup: both.map((b) => b.markup) };
}

function printEntry(service: ViewService, area: string | undefined, fullUrl: (path: string) => string, t: Translator): { entry: PrintEntry; markup: PrintEntryMarkup } {
  const s = service.data;
  const code = t.language.code;
  const places = placesToShow(s, area).map((location) => {
    const place = placeWords(location);
    const hours = code === 'en' ? place.hours : describeOpeningHours(location.openingHours ?? [], hoursWords(t));
    const times = hours.length > 0 ? t('print.entry.open', { hours: hours.join(`${t('print.list.stop')} `) }) : '';
    const own = translatedHoursNote(s.translations, code, (s.locations ?? []).indexOf(location), location.hoursNote);
    const note = own ? { text: own.text, lang: own.lang } : hours.length === 0 ? { text: t('print.entry.phoneFirst'), lang: t.langOf('print.entry.phoneFirst') } : undefined;
    return { where: `${place.name}, ${place.address}`, hours: [times, note?.text ?? ''].filter(Boolean).join(' '), times, note };
  });
  const markup: PrintEntryMarkup = { phoneNumber: s.phone ? phoneForDisplay(s.phone) : undefined, places: places.map(({ times, note }) => ({ times, note })) };
  const date = (day: string) => dateIn(t, day);
  const entry: PrintEntry = {
    name: s.name,
    phone: s.phone ? t('print.entry.phone', { phone: phoneForDisplay(s.phone) }) : undefined,
    otherContact: s.phone ? [] : [...(s.email ? [t('print.entry.email', { email: s.email })] : []), ...(s.website ? [t('print.entry.website', { website: webAddressForPaper(s.website) })] : [])],
    places: places.map(({ where, hours }) => ({ where, hours })),
    noPlace: places.length === 0 ? t(noPlaceKey(s)) : undefined,
    checked: `${s.kinds.map((k) => termLabel(t, 'kindsOfHelp', k)).join(t('print.list.separator'))}${t('print.list.stop')} ${
      s.imported?.notYetChecked ? t('print.entry.imported', { date: date(s.imported.on) }) : t('print.entry.lastChecked', { date: date(s.lastChecked) })
    }${s.cost.type === 'not-known' ? ` ${t('print.entry.costNotKnown')}` : ''}`,
    qrUrl: fullUrl(inLanguage(code, routes.service(service.id))),
    qrLabel: t('print.entry.qrLabel', { name: s.name }),
  };
  return { entry, markup };
}

/** A web address as people type it from paper: "www.example.org/help", without "https://" or a slash at the end. */
export function webAddressForPaper(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}
