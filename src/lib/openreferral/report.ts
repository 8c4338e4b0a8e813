/**
 * What an import did, in words a council officer can act on: how many listings came in, which
 * records were skipped and why, and what was changed on the way in.
 */

export interface SkippedRecord {
  /** The record's id in the feed, or its place in the file ("record 3") if it has none. */
  readonly feedId: string;
  readonly name?: string;
  readonly reason: string;
  /** A few words the report groups and counts records by, like "not digital help". Defaults to the reason. */
  readonly group?: string;
}

/** The groups the import itself skips records under (the mapping adds its own). */
export const SKIP_GROUPS = {
  notARecord: 'not a service record',
  sameId: 'same id as an earlier record',
  nearDuplicate: 'same service as another listing (near-duplicate)',
  writtenHere: 'has the id of a listing written on this site',
  otherFeed: 'has the id of a listing from another feed',
  notSaved: 'the updated listing would not pass our checks',
} as const;

export interface ImportNote {
  /** The id (file name) of the imported listing. */
  readonly serviceId: string;
  readonly name: string;
  readonly note: string;
}

export interface ImportReport {
  readonly feedName: string;
  /** What the file held, like "an Open Referral UK v3 page of services". Undefined if it could not be read. */
  readonly format?: string;
  /** Things to know about the whole feed before trusting the figures (feed-warnings.ts). */
  readonly warnings?: readonly string[];
  /** Why the file could not be read at all, if it could not. */
  readonly problem?: string;
  /** How many records the file held. */
  readonly found: number;
  readonly imported: number;
  /** How many of the imported listings update a listing the site already has (same Open Referral id). */
  readonly updated: number;
  readonly skipped: number;
  readonly skippedRecords: readonly SkippedRecord[];
  readonly notes: readonly ImportNote[];
  /** Listings imported from this feed before that the file no longer has (files under content/services/). */
  readonly goneFromFeed?: readonly string[];
  /** The ids of organisations and areas the import adds. */
  readonly newOrganisations: readonly string[];
  readonly newAreas: readonly string[];
}

export interface ReportFormat {
  /** How many records of each group, and how many notes, to list; all when undefined. */
  readonly cap?: number;
  /** Where the full list is written, named when a list is cut. */
  readonly fullReportFile?: string;
}

function groupOf(record: SkippedRecord): string {
  return record.group ?? record.reason;
}

/** Skipped records by group, the largest group first. */
export function skippedByGroup(records: readonly SkippedRecord[]): [string, SkippedRecord[]][] {
  const groups = new Map<string, SkippedRecord[]>();
  for (const record of records) {
    const group = groups.get(groupOf(record)) ?? [];
    group.push(record);
    groups.set(groupOf(record), group);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/**
 * The report as plain text: warnings, then counts (per reason), then the records. With a cap,
 * each group and the notes list only their first records and say where the full list is.
 */
export function formatImportReport(report: ImportReport, format: ReportFormat = {}): string {
  if (report.problem) return `Could not import ${report.feedName}: ${report.problem}`;
  const { cap } = format;
  const more = (n: number) => `- ... and ${n} more${format.fullReportFile ? ` (every one is in ${format.fullReportFile})` : ''}.`;
  const lines = [`Read ${report.feedName}: ${report.format}, ${report.found} record${report.found === 1 ? '' : 's'}.`];
  if (report.warnings?.length) {
    lines.push('', 'Warnings:');
    for (const warning of report.warnings) lines.push(`- ${warning}`);
  }
  lines.push('', `Imported ${report.imported} (${report.updated} updating listings we already had), skipped ${report.skipped}.`);
  const groups = skippedByGroup(report.skippedRecords);
  if (groups.length) {
    lines.push('', 'Skipped, by reason:');
    for (const [group, records] of groups) lines.push(`- ${records.length}: ${group}`);
  }
  if (report.newOrganisations.length) lines.push('', `New organisations (${report.newOrganisations.length}): ${report.newOrganisations.join(', ')}.`);
  if (report.newAreas.length) lines.push('', `New areas (${report.newAreas.length}): ${report.newAreas.join(', ')}.`);
  if (report.goneFromFeed?.length) {
    lines.push('', `No longer in the feed (${report.goneFromFeed.length}): these listings came from it before. If the service has ended, set its status to inactive or delete the file.`);
    for (const file of report.goneFromFeed) lines.push(`- ${file}`);
  }
  for (const [group, records] of groups) {
    lines.push('', `Skipped: ${group} (${records.length})`);
    const shown = cap === undefined ? records : records.slice(0, cap);
    for (const record of shown) lines.push(`- ${record.feedId}${record.name ? ` "${record.name}"` : ''}: ${record.reason}`);
    if (shown.length < records.length) lines.push(more(records.length - shown.length));
  }
  if (report.notes.length) {
    lines.push('', `Changed on the way in (${report.notes.length}; check these):`);
    const shown = cap === undefined ? report.notes : report.notes.slice(0, cap * 4);
    for (const note of shown) lines.push(`- ${note.serviceId}: ${note.note}`);
    if (shown.length < report.notes.length) lines.push(more(report.notes.length - shown.length));
  }
  return lines.join('\n');
}
