/**
 * The review loop: the import writes a review file (CSV: one row per record, with the kinds of
 * help it found, why, and whether it imported it); an officer corrects the kinds and the imported
 * column in a spreadsheet; the import reads it back as a decisions file and follows it.
 */
import { parseCsv, toCsv } from '../csv.ts';
import { kindsOfHelp, type KindOfHelpId } from '../vocabulary/index.ts';
import type { OfficerDecision } from './kinds-choice.ts';

/** The columns of the review file and of the decisions file, in order. */
export const REVIEW_COLUMNS = ['id', 'name', 'kinds', 'why', 'imported'] as const;

/** One record of a feed, as the review file shows it. */
export interface ReviewRow {
  /** The record's id in the feed, or its place ("record 3") if it has none. */
  readonly id: string;
  readonly name: string;
  /** The kinds of help it was imported with (or would have had). */
  readonly kinds: readonly KindOfHelpId[];
  /** Which rule matched, or why not; and why it was not imported. */
  readonly why: string;
  readonly imported: boolean;
}

/** The review file's text: a header row, then one row per record. Cells are guarded against spreadsheet formulas. */
export function reviewCsv(rows: readonly ReviewRow[]): string {
  return toCsv([[...REVIEW_COLUMNS], ...rows.map((row) => [row.id, row.name, row.kinds.join(' '), row.why, row.imported ? 'yes' : 'no'])]);
}

export type DecisionsReading = { readonly ok: true; readonly decisions: Map<string, OfficerDecision> } | { readonly ok: false; readonly problems: string[] };

/** A cell as the officer meant it: without the apostrophe the review file puts before a cell a spreadsheet would run as a formula. */
function cellText(value: string | undefined): string {
  const text = (value ?? '').trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/**
 * Reads a decisions file: the review file with the officer's changes to kinds and imported. Every
 * problem is listed at once, naming the row (as a spreadsheet numbers it) and what to write.
 * `file` is the file's name for the messages.
 */
export function readDecisions(text: string, file: string): DecisionsReading {
  const rows = parseCsv(text);
  const header = rows[0]?.cells.map((cell) => cellText(cell).toLowerCase());
  if (!header) return { ok: false, problems: [`${file} is empty. Use the file the import wrote with --review, with your changes.`] };
  const column = (name: string) => header.indexOf(name);
  const missing = ['id', 'kinds', 'imported'].filter((name) => column(name) === -1);
  if (missing.length) {
    return {
      ok: false,
      problems: [`${file}, row 1: the columns ${missing.map((name) => `"${name}"`).join(', ')} are missing. Keep the first row of the review file as it is: ${REVIEW_COLUMNS.join(', ')}.`],
    };
  }
  const problems: string[] = [];
  const decisions = new Map<string, OfficerDecision>();
  for (const [index, row] of rows.entries()) {
    if (index === 0) continue;
    // As a spreadsheet numbers it: the header is row 1.
    const rowNumber = index + 1;
    const at = `${file}, row ${rowNumber}`;
    const id = cellText(row.cells[column('id')]);
    if (!id && row.cells.every((cell) => cell.trim() === '')) continue;
    if (!id) {
      problems.push(`${at}: the id is empty. Keep the id the review file gave each record.`);
      continue;
    }
    const importedText = cellText(row.cells[column('imported')]).toLowerCase();
    const imported = YES.has(importedText) ? true : NO.has(importedText) ? false : undefined;
    if (imported === undefined) problems.push(`${at} (${id}): imported is "${importedText}". Write yes or no.`);
    const words = cellText(row.cells[column('kinds')])
      .split(/[\s,;]+/)
      .map((word) => word.toLowerCase())
      .filter(Boolean);
    const unknown = words.filter((word) => !kindsOfHelp.has(word));
    if (unknown.length) {
      problems.push(
        `${at} (${id}): ${unknown.map((word) => `"${word}"`).join(', ')} ${unknown.length === 1 ? 'is not a kind of help' : 'are not kinds of help'}. Use any of: ${kindsOfHelp.ids.join(', ')}.`,
      );
    }
    // A feed may give two records one id: the import keeps the first, so the first row decides.
    if (decisions.has(id)) continue;
    if (imported === undefined || unknown.length) continue;
    const kinds = kindsOfHelp.ids.filter((kind) => words.includes(kind));
    decisions.set(id, { imported, kinds, row: rowNumber });
  }
  return problems.length ? { ok: false, problems } : { ok: true, decisions };
}
