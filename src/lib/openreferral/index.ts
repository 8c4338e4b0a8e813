/**
 * Open Referral UK export and import. See README.md in this folder for how our fields map to
 * Open Referral's and what the import does with messy feeds.
 */
export { KNOWLEDGE_STORE_NAMESPACE, isUuid, nameBasedUuid, openReferralIds, type OpenReferralIds } from './uuid.ts';
export { orukApiRoot, orukServiceId, toOrukService, toOrukServiceList, toOrukServicePage, toOrukServiceSummary, type ExportContext } from './export.ts';
export { servicesToCsv, SERVICE_CSV_COLUMNS } from './csv.ts';
export { importOpenReferral, importOpenReferralText, type ImportedService, type ImportOptions, type ImportResult } from './import.ts';
export { findServiceRecords, readOpenReferralText, type FeedReading } from './feed.ts';
export { formatImportReport, type ImportNote, type ImportReport, type SkippedRecord } from './report.ts';
export { planImportFiles, type PlannedFile } from './import-files.ts';
export { readSiteContent, type SiteContent } from './site-content.ts';
export { AREA_TAXONOMY, SERVICE_TAXONOMIES } from './taxonomies.ts';
export { SAMPLE_ALERT, ORUK_VERSION, ORUK_PROFILE_URL } from './conventions.ts';
export type * from './types.ts';
