/**
 * Reads one content file: its YAML (or the front matter and text of a Markdown page), whether
 * contributed pages hold only safe Markdown, and whether each entry in it passes its schema.
 * Entries that fail are kept as written, so that what they point to can still be checked.
 */
import type { ContentType } from '../../content-model/content-types.ts';
import type { WrittenEntry } from './entries.ts';
import { messagesForIssue } from './issue-messages.ts';
import { findUnsafeMarkdownInDepth } from './markdown-parser-safety.ts';
import { findMdxCode } from './mdx-safety.ts';
import { errorAt, type Problem } from './problem.ts';
import { readMarkdown, readYaml, type SourceFile } from './source-file.ts';
import { bodyProblems } from '../hidden-characters.ts';
import { firstDifference, parseContentYaml, readFrontMatterAsAstroDoes, splitFrontMatter } from '../yaml.ts';

export interface ReadFile {
  /** Entries that passed the schema, with the data the schema gave back. */
  readonly checked: WrittenEntry[];
  /** Entries that did not pass, as written. */
  readonly unchecked: WrittenEntry[];
  /** For a list file: the id of every item that has one, valid or not. */
  readonly listedIds: string[];
  readonly problems: Problem[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Reads a file of a known kind; `file` is its path from the project folder, `id` the id its name gives. */
export function readContentFile(type: ContentType, id: string, file: string, text: string): ReadFile {
  const read: ReadFile = { checked: [], unchecked: [], listedIds: [], problems: [] };
  const error = (message: string, line?: number, path?: readonly PropertyKey[]) => read.problems.push(errorAt(file, message, line, path));

  let source: SourceFile;
  if (type.format === 'markdown' || type.format === 'mdx') {
    const markdown = readMarkdown(text);
    if (!markdown.frontMatter) {
      error('The file must start with front matter: a line "---", the fields, then another "---".', 1);
      return read;
    }
    source = markdown.frontMatter;
    if (!markdown.body.trim()) error('The page has no text after the front matter. Write the body below the second "---".', markdown.bodyLine);
    for (const problem of bodyProblems(markdown.body, markdown.bodyLine)) error(problem.message, problem.line);
    if (type.contributed) {
      for (const unsafe of findUnsafeMarkdownInDepth(markdown.body, markdown.bodyLine)) error(unsafe.message, unsafe.line);
    }
    if (type.format === 'mdx') {
      for (const code of findMdxCode(markdown.body, markdown.bodyLine)) error(code.message, code.line);
    }
  } else {
    source = readYaml(text);
  }
  for (const syntax of source.syntaxErrors) error(syntax.message, syntax.line, syntax.path);
  if (source.syntaxErrors.length) return read;

  // MDX front matter is read by Astro's own reader when the site is built. It must give the same
  // data as the check's reader, or the check would pass a page the build then gets wrong.
  const readAlikeByAstro = (checked: unknown): boolean => {
    const frontMatter = splitFrontMatter(text).frontMatter ?? '';
    let astros: unknown;
    try {
      astros = readFrontMatterAsAstroDoes(frontMatter);
    } catch {
      return true; // the check's own reader reports YAML it cannot read
    }
    const field = firstDifference(parseContentYaml(frontMatter), astros);
    if (field === undefined) return true;
    const parsed = type.schema.safeParse(astros);
    if (parsed.success && firstDifference(checked, parsed.data) === undefined) return true; // a date field reads a date either way
    const path = field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    error('When the site is built, this is read as a date, not as text. Put the value in quotes, like "2026-01-15".', source.lineOf(path), path);
    return false;
  };

  const validate = (value: unknown, prefix: PropertyKey[]): { data: unknown } | undefined => {
    if (value === null || value === undefined || (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) {
      error(`This ${prefix.length ? 'item' : 'file'} is empty. It should hold the fields of ${type.noun}.`, source.lineOf(prefix), prefix.length ? prefix : undefined);
      return undefined;
    }
    const result = type.schema.safeParse(value, { reportInput: true });
    if (result.success) {
      if (type.format === 'mdx' && !readAlikeByAstro(result.data)) return undefined;
      return { data: result.data };
    }
    for (const issue of result.error.issues) {
      for (const message of messagesForIssue(issue, type.schema)) {
        const path = [...prefix, ...message.path];
        const line = message.unknownKey !== undefined ? source.lineOfKey([...prefix, ...message.path.slice(0, -1)], message.unknownKey) : source.lineOf(path);
        error(message.message, line, path);
      }
    }
    return undefined;
  };

  if (type.format === 'yaml-list') {
    const idField = type.idField ?? 'id';
    if (!Array.isArray(source.data)) {
      error(`This file should be a list, each item starting with "- ${idField}:".`, 1);
      return read;
    }
    const seen = new Map<string, number>();
    source.data.forEach((item: unknown, index: number) => {
      if (isRecord(item) && typeof item[idField] === 'string') read.listedIds.push(item[idField]);
      const valid = validate(item, [index]);
      if (!valid) {
        if (isRecord(item)) read.unchecked.push({ collection: type.collection, id: String(item[idField]), file, data: item, source, listIndex: index });
        return;
      }
      const itemId = isRecord(valid.data) ? String(valid.data[idField]) : String(undefined);
      const first = seen.get(itemId);
      if (first !== undefined) {
        error(`"${itemId}" is listed twice (items ${first + 1} and ${index + 1}). Each ${idField} must be different.`, source.lineOf([index, idField]), [index, idField]);
        return;
      }
      seen.set(itemId, index);
      read.checked.push({ collection: type.collection, id: itemId, file, data: valid.data, source, listIndex: index });
    });
    return read;
  }

  const valid = validate(source.data, []);
  if (valid) read.checked.push({ collection: type.collection, id, file, data: valid.data, source });
  else if (source.data && typeof source.data === 'object') read.unchecked.push({ collection: type.collection, id, file, data: source.data, source });
  return read;
}
