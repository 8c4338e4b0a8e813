/** One thing wrong (or worth a look) in a content file, told so that a partner can act on it. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** The file, relative to the project, like `content/services/eastbrook-wifi.yaml`. */
  readonly file: string;
  /** The line to look at, counting from 1, when we know it. */
  readonly line?: number;
  /** The field, like `locations › item 1 › postcode`, when the problem is about one field. */
  readonly field?: string;
  /** What is wrong and what to do, in plain words. */
  readonly message: string;
}

export function describePath(path: readonly PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((part) => (typeof part === 'number' ? `item ${part + 1}` : String(part))).join(' › ');
}

/** A problem to report; the field is named from its path (`['locations', 0, 'area']` is `locations › item 1 › area`). */
export function problemAt(severity: Problem['severity'], file: string, message: string, line?: number, path?: readonly PropertyKey[]): Problem {
  return { severity, file, line, field: path ? describePath(path) : undefined, message };
}

/** An error: the content cannot be published until it is fixed. */
export function errorAt(file: string, message: string, line?: number, path?: readonly PropertyKey[]): Problem {
  return problemAt('error', file, message, line, path);
}

/** A warning: worth a look, but the content can still be published. */
export function warningAt(file: string, message: string, line?: number, path?: readonly PropertyKey[]): Problem {
  return problemAt('warning', file, message, line, path);
}

/** Where a field of an entry is in its file: for an item in a list file, the path starts with its place in the list. */
export function locateInEntry(entry: { readonly source: { lineOf(path: readonly PropertyKey[]): number | undefined }; readonly listIndex?: number }, path: readonly PropertyKey[]) {
  const full = entry.listIndex === undefined ? path : [entry.listIndex, ...path];
  return { line: entry.source.lineOf(full), path: full };
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** The report a person reads in a terminal or a CI log. */
export function formatReport(problems: readonly Problem[], filesChecked: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const lines: string[] = [];
  for (const problem of sortProblems(problems)) {
    const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
    const label = problem.severity === 'error' ? 'Error' : 'Warning';
    lines.push(`${label}: ${where}${problem.field ? `  (field: ${problem.field})` : ''}`);
    lines.push(`  ${problem.message}`);
    lines.push('');
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (errors.length === 0) {
    lines.push(`Content check passed: ${count(filesChecked, 'file')} checked, ${count(warnings.length, 'warning')}.`);
  } else {
    const files = new Set(errors.map((p) => p.file)).size;
    lines.push(`Content check failed: ${count(errors.length, 'problem')} in ${count(files, 'file')} (${count(filesChecked, 'file')} checked, ${count(warnings.length, 'warning')}).`);
    lines.push('Fix the problems above, then run "npm run check:content" again. Nothing has been published.');
  }
  return lines.join('\n');
}

/** GitHub Actions annotations, so problems show beside the lines in a pull request. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  // As GitHub's own toolkit escapes them: a new line in a file name or message must not start a
  // new workflow command, and a comma or colon must not end a property early.
  const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return sortProblems(problems)
    .map((p) => {
      const props = [`file=${escapeProperty(p.file)}`, p.line ? `line=${p.line}` : '', p.field ? `title=${escapeProperty(p.field)}` : ''].filter(Boolean).join(',');
      return `::${p.severity} ${props}::${escapeData(p.message)}`;
    })
    .join('\n');
}
