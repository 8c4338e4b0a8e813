/**
 * Warns about details that may be out of date: listings and courses not checked for over 9
 * months (12 months: the page itself warns people), national help nobody has checked (or not for
 * 12 months), and charter signatories past their review date.
 * These are warnings: the site still builds.
 */
import { phoneDialString } from '../formats.ts';
import { freshness, listingFreshness } from '../freshness.ts';
import type { LoadedContent } from './entries.ts';
import { locateInEntry, warningAt, type Problem } from './problem.ts';

/** `today` is YYYY-MM-DD. */
export function checkFreshness(content: LoadedContent, today: string): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.entriesOf('services')) {
    const imported = entry.data.imported;
    if (!imported?.notYetChecked) continue;
    const at = locateInEntry(entry, ['imported', 'notYetChecked']);
    problems.push(
      warningAt(
        entry.file,
        `Imported from ${imported.feed} on ${imported.on}, and nobody here has checked it yet. It counts as out of date, and its page says so. Check the details with the provider, then remove notYetChecked and set lastChecked to the day you checked.`,
        at.line,
        at.path,
      ),
    );
  }
  for (const entry of [...content.entriesOf('services'), ...content.entriesOf('courses')]) {
    const state = freshness(entry.data.lastChecked, today);
    if (state !== 'fresh' && !('imported' in entry.data && entry.data.imported?.notYetChecked)) {
      problems.push(
        warningAt(
          entry.file,
          `Last checked on ${entry.data.lastChecked}, over ${state === 'out-of-date' ? '12' : '9'} months ago. Check the details with the provider and update lastChecked.${state === 'out-of-date' ? ' The page now warns people that it may be out of date.' : ''}`,
          entry.source.lineOf(['lastChecked']),
          ['lastChecked'],
        ),
      );
    }
  }
  // The helpline is on every page: its own listing must not look out of date.
  const helpline = content.entriesOf('site')[0]?.data.helpline.phone;
  for (const entry of content.entriesOf('services')) {
    const phone = entry.data.phone;
    if (!helpline || !phone || phoneDialString(phone) !== phoneDialString(helpline) || listingFreshness(entry.data, today) === 'fresh') continue;
    const at = locateInEntry(entry, ['lastChecked']);
    problems.push(
      warningAt(entry.file, `This is the helpline shown on every page of the site, and its listing has not been checked for over 9 months. Check it now and update lastChecked.`, at.line, at.path),
    );
  }
  for (const entry of content.entriesOf('nationalHelp')) {
    const at = locateInEntry(entry, ['checkedOn']);
    if (!entry.data.checkedOn) {
      problems.push(
        warningAt(entry.file, `"${entry.data.name}" has not been checked. Open its link, check the details, then add checkedOn with today's date.`, locateInEntry(entry, []).line, at.path),
      );
    } else if (freshness(entry.data.checkedOn, today) === 'out-of-date') {
      problems.push(
        warningAt(entry.file, `"${entry.data.name}" was last checked on ${entry.data.checkedOn}, over 12 months ago. Open its link, check the details, and update checkedOn.`, at.line, at.path),
      );
    }
  }
  for (const entry of content.entriesOf('signatories')) {
    if (entry.data.review < today) {
      problems.push(
        warningAt(entry.file, `The review date ${entry.data.review} has passed. Ask the organisation to review its pledges and set a new date.`, entry.source.lineOf(['review']), ['review']),
      );
    }
  }
  return problems;
}
