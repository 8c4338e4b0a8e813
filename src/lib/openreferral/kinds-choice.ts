/**
 * The kinds of help an imported listing gets, and why: our own export's terms; else an officer's
 * decision (the decisions file); else the rules (classify.ts). With `all`, a record with no kinds
 * is still imported, with `kinds: []` and a `review` note, and the site does not show it until an
 * officer adds kinds and removes the note.
 */
import type { ImportRules } from '../../schemas/import-rules.ts';
import type { KindOfHelpId, SupportModeId } from '../vocabulary/index.ts';
import { classifyService } from './classify.ts';
import type { FeedService } from './feed-service.ts';
import { oneLine, plainText } from './text.ts';

/** An officer's decision on one record, from the decisions file. */
export interface OfficerDecision {
  /** Import it (true) or not (false). */
  readonly imported: boolean;
  /** The kinds to give it; empty to keep the kinds the rules found. */
  readonly kinds: readonly KindOfHelpId[];
  /** The row of the decisions file, for messages. */
  readonly row: number;
}

/** How one import decides kinds of help. */
export interface KindsOptions {
  readonly rules: ImportRules;
  /** Import every record: ones with no kinds are imported for review, not published. */
  readonly all?: boolean;
}

export type KindsChoice =
  | { readonly ok: true; readonly kinds: KindOfHelpId[]; readonly why: string; readonly review?: string }
  | { readonly ok: false; readonly kinds: KindOfHelpId[]; readonly why: string; readonly reason: string };

/** The review note of a listing imported with no kinds of help. */
export function reviewNote(why: string): string {
  const end = ' Add kinds (and check supportModes), then delete this review line; until then the site does not show it.';
  return `No kind of digital help was found (${why.length > 180 ? `${why.slice(0, 179)}…` : why}).${end}`;
}

/** Support modes come from the kinds of help: a listing waiting for review has none yet, so it gets one-to-one until an officer checks. */
export function orOneToOne(modes: SupportModeId[]): SupportModeId[] {
  return modes.length ? modes : ['one-to-one'];
}

/** The kinds of help for one record. `ourKinds` are the terms of our own export, which always win. */
export function chooseKinds(feed: FeedService, ourKinds: readonly KindOfHelpId[], options: KindsOptions, decision?: OfficerDecision): KindsChoice {
  if (ourKinds.length) return { ok: true, kinds: [...ourKinds], why: 'our own kinds of help (the feed came from a site like this one)' };
  if (decision?.imported && decision.kinds.length) return { ok: true, kinds: [...decision.kinds], why: `an officer chose them (decisions file, row ${decision.row})` };

  // The description may still hold HTML (it becomes Markdown later): the rules read its words.
  const found = classifyService({ name: oneLine(feed.name), description: plainText(feed.description), categories: feed.terms.map((term) => ({ code: term.term, name: term.name })) }, options.rules);
  const why = found.why.join('; ');
  if (found.kinds.length) return { ok: true, kinds: found.kinds, why };
  if (options.all || decision?.imported)
    return { ok: true, kinds: [], why, review: reviewNote(decision?.imported ? `${why}; an officer decided to import it, decisions file row ${decision.row}` : why) };
  return {
    ok: false,
    kinds: [],
    why,
    reason: `kinds of help: it does not look like digital help (${why}). If it is, add a rule to content/import-rules.yaml, or import it with --decisions or --all.`,
  };
}
