/**
 * The import's review loop on the command line: --review <file.csv>, --decisions <file.csv> and
 * --all (see src/lib/openreferral/review.ts and kinds-choice.ts). Reads the rules and the
 * officer's decisions before the import, and writes the review file after it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { readImportRules } from '../../src/lib/openreferral/import-rules.ts';
import type { KindsOptions, OfficerDecision } from '../../src/lib/openreferral/kinds-choice.ts';
import { readDecisions, reviewCsv, type ReviewRow } from '../../src/lib/openreferral/review.ts';

export const REVIEW_OPTIONS = {
  review: { type: 'string' },
  decisions: { type: 'string' },
  all: { type: 'boolean', default: false },
} as const;

export const REVIEW_USAGE = '[--review <review.csv>] [--decisions <decisions.csv>] [--all]';

export interface ReviewSetup {
  readonly kinds: KindsOptions;
  readonly decisions?: ReadonlyMap<string, OfficerDecision>;
}

/** The rules and decisions for an import, or every problem with them (then the import must not run). */
export function readReviewSetup(root: string, options: { decisions?: string; all?: boolean }): { ok: true; setup: ReviewSetup; lines: string[] } | { ok: false; problems: string[] } {
  const rules = readImportRules(root);
  if (!rules.ok) return { ok: false, problems: [rules.problem] };
  const lines = [`Kinds of help decided by the rules in ${rules.file}.`];
  if (!options.decisions) return { ok: true, setup: { kinds: { rules: rules.rules, all: options.all } }, lines };
  let text: string;
  try {
    text = readFileSync(resolve(options.decisions), 'utf8');
  } catch (error) {
    return { ok: false, problems: [`Could not read the decisions file ${options.decisions}: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const reading = readDecisions(text, options.decisions);
  if (!reading.ok)
    return { ok: false, problems: [`The decisions file has problems, so nothing was imported. Fix them and run the import again:`, ...reading.problems.map((problem) => `- ${problem}`)] };
  lines.push(`Following ${reading.decisions.size} decision${reading.decisions.size === 1 ? '' : 's'} in ${options.decisions}.`);
  return { ok: true, setup: { kinds: { rules: rules.rules, all: options.all }, decisions: reading.decisions }, lines };
}

/** Decisions for records the feed does not have: probably a file for another feed, or ids changed by hand. */
export function unusedDecisions(decisions: ReadonlyMap<string, OfficerDecision> | undefined, rows: readonly ReviewRow[]): string[] {
  if (!decisions) return [];
  const ids = new Set(rows.map((row) => row.id));
  return [...decisions.entries()].filter(([id]) => !ids.has(id)).map(([id, decision]) => `Row ${decision.row} of the decisions file is for "${id}", which is not in this feed: it was not used.`);
}

/** The same command without --review and --decisions, to run with the officer's decisions. */
export function rerunCommand(args: readonly string[]): string {
  const kept: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--review' || arg === '--decisions') i++;
    else if (!arg.startsWith('--review=') && !arg.startsWith('--decisions=')) kept.push(/^[\w./:@-]+$/.test(arg) ? arg : `"${arg.replace(/"/g, '\\"')}"`);
  }
  return `npm run import:openreferral -- ${kept.join(' ')}`;
}

/** Writes the review file and says what to do next. */
export function writeReview(path: string, rows: readonly ReviewRow[], command: string): string[] {
  writeFileSync(path, reviewCsv(rows));
  const shown = relative(process.cwd(), path) || path;
  const imported = rows.filter((row) => row.imported).length;
  return [
    '',
    `Review file: ${shown} (${rows.length} records, ${imported} would be imported). Nothing was written to content/.`,
    'Open it in a spreadsheet. For each record, set imported to yes or no, and correct kinds (ids separated by spaces).',
    `Then import with your decisions: ${command} --decisions ${shown}`,
  ];
}
