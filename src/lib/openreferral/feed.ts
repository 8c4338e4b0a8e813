/**
 * Finds the service records in an Open Referral file, whichever shape it has:
 *
 * - an ORUK v3 `/services` page: `{ total_items, page_number, ..., contents: [...] }`;
 * - an ORUK v1 `/services` page (Spring style): `{ totalElements, number, ..., content: [...] }`;
 * - a plain list of services: `[ {...}, {...} ]`;
 * - one service, as `/services/{id}` returns it: `{ id, name, ... }`;
 * - an HSDS file from outside the UK profile, `{ services: [...] }`: read, with a warning.
 *
 * A page also says which page it is and how many there are, so the report can warn when the
 * file is one page of several.
 */

/** Which page of a paged list the file is. `page` counts from 1. */
export interface FeedPaging {
  readonly page: number;
  readonly pages: number;
  /** How many services the whole list holds, if it says. */
  readonly total?: number;
}

export type FeedReading =
  | { readonly ok: true; readonly format: string; readonly records: readonly unknown[]; readonly paging?: FeedPaging; readonly notUkProfile?: boolean }
  | { readonly ok: false; readonly problem: string };

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** v3 counts pages from 1 (`page_number`); v1 (Spring) from 0 (`number`). */
function pagingOf(json: Record<string, unknown>, version: 1 | 3): FeedPaging | undefined {
  const pages = count(version === 3 ? json.total_pages : json.totalPages);
  const number = count(version === 3 ? json.page_number : json.number);
  const total = count(version === 3 ? json.total_items : json.totalElements);
  if (pages === undefined && total === undefined) return undefined;
  const page = number === undefined ? 1 : version === 3 ? Math.max(1, number) : number + 1;
  return { page, pages: pages ?? 1, ...(total !== undefined ? { total } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Finds the service records in JSON that has already been parsed. */
export function findServiceRecords(json: unknown): FeedReading {
  if (Array.isArray(json)) return { ok: true, format: 'a list of services', records: json };
  if (!isRecord(json)) {
    return { ok: false, problem: `The file holds ${json === null ? 'null' : `a single ${typeof json}`}, not Open Referral services. It should hold a list of services or one service.` };
  }
  if (Array.isArray(json.contents)) return { ok: true, format: 'an Open Referral UK v3 page of services', records: json.contents, paging: pagingOf(json, 3) };
  if (Array.isArray(json.content)) return { ok: true, format: 'an Open Referral UK v1 page of services', records: json.content, paging: pagingOf(json, 1) };
  if (Array.isArray(json.services)) return { ok: true, format: 'an HSDS file of services (not the UK profile)', records: json.services, notUkProfile: true };
  if ((typeof json.id === 'string' || typeof json.id === 'number') && 'name' in json) {
    return { ok: true, format: 'one Open Referral service', records: [json] };
  }
  const keys = Object.keys(json).slice(0, 6);
  return {
    ok: false,
    problem: `The file is JSON but not Open Referral services: it has no "contents" list (ORUK v3), no "content" list (ORUK v1) and no service "id" and "name".${keys.length ? ` Its fields are: ${keys.join(', ')}.` : ' It is empty.'}`,
  };
}

/** Parses the text of a file and finds its service records. Text that is not JSON gets a plain explanation. */
export function readOpenReferralText(text: string): FeedReading {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
    const start = text.trimStart().slice(0, 1);
    const hint = start === '<' ? ' It looks like a web page (HTML), not JSON: check the address of the feed.' : '';
    return { ok: false, problem: `The file is not valid JSON (${detail}).${hint}` };
  }
  return findServiceRecords(json);
}
