/**
 * Characters a partner cannot see but that change what a file means: control characters (a bare
 * carriage return starts a new line in a calendar file; NUL and escape codes break other tools),
 * Unicode line separators, and the bidirectional overrides and isolates that make text read
 * differently from how it is stored ("exe.pdf" shown as "fdp.exe"). The schemas' text fields, web
 * links and the bodies of Markdown pages all refuse them, so they never reach a built file.
 * Tabs and new lines are ordinary text and are allowed.
 */

const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** Characters with no width: fine inside words (some languages need them), not as the whole value. */
const INVISIBLE = /[\s\u00AD\u034F\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/gu;

const NAMES: Record<string, string> = {
  '\u0000': 'a NUL character',
  '\r': 'a carriage return',
  '\u000B': 'a vertical tab',
  '\u000C': 'a form feed',
  '\u001B': 'an escape character',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
};

/** What a hidden character is called, for a message. */
function nameOf(char: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const named = NAMES[char] ?? (/[\u202A-\u202E\u2066-\u2069]/u.test(char) ? 'a right-to-left or left-to-right override' : 'a control character');
  return `${named} (${code})`;
}

/** The first hidden character in a value, with its place (counting from 1), or undefined. */
export function findHiddenCharacter(value: string): { name: string; position: number } | undefined {
  const match = HIDDEN.exec(value);
  return match ? { name: nameOf(match[0]), position: match.index + 1 } : undefined;
}

/** Whether a value is made only of characters nobody can see (zero-width spaces and the like). */
export function isInvisibleOnly(value: string): boolean {
  return value.length > 0 && value.replace(INVISIBLE, '') === '';
}

/** A message for a partner about a hidden character, or undefined when the value is fine. */
export function hiddenCharacterMessage(value: string): string | undefined {
  const found = findHiddenCharacter(value);
  if (found) {
    return `This has a hidden character in it: ${found.name}, at character ${found.position}. It can break calendar files, spreadsheets and other outputs. Delete the text around it and type it again (copying from a word processor or PDF often brings these in).`;
  }
  if (isInvisibleOnly(value)) return 'This holds only invisible characters (like zero-width spaces). Write the text, or remove the field if it is optional.';
  return undefined;
}

/** A Markdown page's body may be at most this many characters. */
export const MARKDOWN_BODY_MAX = 50_000;

/** Problems with the body of a Markdown page, shared by the content check and the build's loader. */
export function bodyProblems(body: string, bodyLine: number): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  if (body.length > MARKDOWN_BODY_MAX) {
    problems.push({
      line: bodyLine,
      message: `The text of this page is ${body.length.toLocaleString('en-GB')} characters long. Keep it to ${MARKDOWN_BODY_MAX.toLocaleString('en-GB')} characters or fewer: split it into shorter pages, or link to a longer document.`,
    });
  }
  const found = findHiddenCharacter(body);
  if (found) {
    const line = bodyLine + body.slice(0, found.position - 1).split('\n').length - 1;
    problems.push({
      line,
      message: `This line has a hidden character in it: ${found.name}. Delete the text around it and type it again (copying from a word processor or PDF often brings these in).`,
    });
  }
  return problems;
}
