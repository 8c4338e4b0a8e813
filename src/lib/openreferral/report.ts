/**
 * What an import did, in words a council officer can act on: how many listings came in, which
 * records were skipped and why, and what was changed on the way in.
 */

export interface SkippedRecord {
  /** The record's id in the feed, or its place in the file ("record 3") if it has none. */
  readonly feedId: string;
  readonly name?: string;
  readonly reason: string;
}

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
  /** The ids of organisations and areas the import adds. */
  readonly newOrganisations: readonly string[];
  readonly newAreas: readonly string[];
}

/** The report as plain text for the command line. */
export function formatImportReport(report: ImportReport): string {
  if (report.problem) return `Could not import ${report.feedName}: ${report.problem}`;
  const lines = [
    `Read ${report.feedName}: ${report.format}, ${report.found} record${report.found === 1 ? '' : 's'}.`,
    `Imported ${report.imported} (${report.updated} updating listings we already had), skipped ${report.skipped}.`,
  ];
  if (report.newOrganisations.length) lines.push(`New organisations: ${report.newOrganisations.join(', ')}.`);
  if (report.newAreas.length) lines.push(`New areas: ${report.newAreas.join(', ')}.`);
  if (report.skippedRecords.length) {
    lines.push('', 'Skipped:');
    for (const record of report.skippedRecords) lines.push(`- ${record.feedId}${record.name ? ` "${record.name}"` : ''}: ${record.reason}`);
  }
  if (report.notes.length) {
    lines.push('', 'Changed on the way in (check these):');
    for (const note of report.notes) lines.push(`- ${note.serviceId}: ${note.note}`);
  }
  return lines.join('\n');
}
