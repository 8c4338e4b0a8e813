/**
 * The one way content YAML is read, by the content check, Astro's collections (src/loaders/),
 * the site settings in astro.config.mjs, the importer and the scaffolder, so that what the check
 * accepts is exactly what the build gets.
 *
 * js-yaml with YAML 1.2's core types only: `2026-01-15` and other date-like text stay as text
 * (the schemas' date fields read them), and tags such as `!!binary` or `!!timestamp` are refused
 * as errors, not turned into other kinds of value. (Astro's own YAML reading uses js-yaml's wider
 * default schema, which turns date-like text into dates: that is why the collections of YAML
 * files use these loaders and not Astro's glob().)
 */
import { CORE_SCHEMA, DEFAULT_SCHEMA, load } from 'js-yaml';
import { isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';

/** Why a file with anchors or aliases is refused, in words a partner can act on. */
export const ANCHOR_MESSAGE =
  'YAML anchors and aliases (a word starting with & or *) are not allowed in content files. Write each value out in full, or put a value that starts with & or * in quotes.';

/** Shaped like js-yaml's own errors (a reason, and a mark with the line counted from 0), so readers treat both alike. */
export class ContentYamlRefusal extends Error {
  readonly reason: string;
  readonly mark: { line: number };
  constructor(reason: string, line: number) {
    super(`${reason} (line ${line})`);
    this.reason = reason;
    this.mark = { line: line - 1 };
  }
}

/** Text that could hold an anchor (&name) or an alias (*name); only such text is looked at closely. */
const MAYBE_ANCHOR = /(?:^|[\s,[{:?-])[&*][^\s,[\]{}]/;

/**
 * The line (from 1) of the first anchor or alias in a YAML text, or undefined. An alias repeats
 * another value, so a few hundred bytes of aliases to aliases can stand for billions of values
 * (a "billion laughs"): content files may not use them at all. The document is parsed without
 * expanding any alias.
 */
export function firstAnchorLine(text: string): number | undefined {
  if (!MAYBE_ANCHOR.test(text)) return undefined;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  let offset: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    }
    return undefined;
  });
  return offset === undefined ? undefined : lineCounter.linePos(offset).line;
}

/**
 * The data in a YAML file, or null for an empty file. Throws a YAMLException on bad YAML, and a
 * ContentYamlRefusal for anchors and aliases (see firstAnchorLine).
 */
export function parseContentYaml(text: string): unknown {
  const anchorLine = firstAnchorLine(text);
  if (anchorLine !== undefined) throw new ContentYamlRefusal(ANCHOR_MESSAGE, anchorLine);
  return load(text, { schema: CORE_SCHEMA }) ?? null;
}

/** A Markdown or MDX file split into its front matter (the YAML between `---` lines) and its body. */
export interface FrontMatterSplit {
  /** The YAML text between the `---` lines, or undefined when the file has none. */
  readonly frontMatter: string | undefined;
  readonly body: string;
  /** The line of the file the body starts on. */
  readonly bodyLine: number;
}

/**
 * The one way a Markdown file's front matter is found, by the content check and by the build's
 * Markdown loader alike. A byte order mark and Windows line endings are ignored.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { frontMatter: undefined, body: normalised, bodyLine: 1 };
  return { frontMatter: match[1] ?? '', body: normalised.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * MDX files (maintainer-owned) are still read by Astro's own front matter reader, which uses
 * js-yaml's default schema (it makes date-like text a date). The content check reads an MDX
 * file's front matter this way too and checks that its schema gives the same result as from
 * parseContentYaml, so the check and the build cannot disagree about it.
 */
export function readFrontMatterAsAstroDoes(frontMatter: string): unknown {
  return load(frontMatter, { schema: DEFAULT_SCHEMA }) ?? null;
}

/** The first place two readings differ, as a path like `sources.0.date`, or undefined when they are the same. */
export function firstDifference(a: unknown, b: unknown): string | undefined {
  return differenceAt(a, b, []);
}

function differenceAt(a: unknown, b: unknown, path: readonly (string | number)[]): string | undefined {
  const here = path.length > 0 ? path.join('.') : '(the whole front matter)';
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return here;
    for (let i = 0; i < a.length; i++) {
      const found = differenceAt(a[i], b[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = differenceAt(a[key], b[key], [...path, key]);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(a, b) ? undefined : here;
}
