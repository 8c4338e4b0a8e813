/**
 * Reads a YAML file, or the front matter of a Markdown file, keeping track of where each
 * value is so that a problem can be pointed at its line.
 *
 * Most files are fine, so the data is read by parseContentYaml (src/lib/yaml.ts: the reader the
 * build's collections use too, and about four times faster), and the slower reader that knows
 * every value's line (yaml) runs only when a line is asked for, or when the file cannot be read,
 * to explain what is wrong and where.
 */
import { ANCHOR_MESSAGE, parseContentYaml, splitFrontMatter } from '../yaml.ts';
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

export interface SourceFile {
  /** The data as JavaScript values (YAML 1.2: dates stay as text). */
  readonly data: unknown;
  /** YAML syntax errors, with their lines (and the field, when one is to blame). */
  readonly syntaxErrors: readonly { line: number; message: string; path?: readonly PropertyKey[] }[];
  /** The line of the value at a path, or of the nearest thing above it that exists. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** The line of a key in the mapping at a path (for unknown fields). */
  lineOfKey(path: readonly PropertyKey[], key: string): number | undefined;
}

function plainSyntaxMessage(message: string): string {
  const first = message.split('\n')[0] ?? message;
  if (/Implicit map keys need to be followed by map values/.test(first)) return 'A line is missing its colon, or its text needs quotes.';
  if (/Nested mappings are not allowed in compact mappings/.test(first)) return 'A value contains ": ". Put the whole value in quotes.';
  if (/bad indentation|indentation/i.test(first)) return 'The indentation (spaces at the start of the line) is wrong. Line it up with the fields around it.';
  if (/Map keys must be unique/.test(first)) return 'The same field is written twice. Keep one of them.';
  if (/tab/i.test(first)) return 'YAML cannot use tab characters for indentation. Use spaces.';
  return first.replace(/ at line \d+, column \d+:?$/, '');
}

export function readYaml(text: string, lineOffset = 0): SourceFile {
  let quick: { data: unknown } | undefined;
  let refusal: { line: number; reason: string } | undefined;
  try {
    // The build's own reader: YAML 1.2's core types only, so dates stay as text.
    quick = { data: parseContentYaml(text) };
  } catch (error) {
    const { mark, reason } = error as { mark?: { line: number }; reason?: string };
    refusal = { line: (mark?.line ?? 0) + 1 + lineOffset, reason: reason ?? String(error) };
  }
  let located: SourceFile | undefined;
  const locate = () => (located ??= locateYaml(text, lineOffset));
  if (!quick) {
    const explained = locate();
    if (explained.syntaxErrors.length > 0) return explained;
    // The line reader could read it, but the build's reader cannot (an unknown tag like
    // "!secret" or "!!binary"): the file must be refused, never read another way.
    return { ...explained, data: undefined, syntaxErrors: [{ line: refusal!.line, message: `The file cannot be read: ${plainRefusal(refusal!.reason)}` }] };
  }
  return {
    data: quick.data === null ? locate().data : quick.data,
    syntaxErrors: [],
    lineOf: (path) => locate().lineOf(path),
    lineOfKey: (path, key) => locate().lineOfKey(path, key),
  };
}

/** What the build's reader said, in words a partner can act on. */
function plainRefusal(reason: string): string {
  if (/tag/i.test(reason)) return `${reason}. A word starting with "!" is a YAML tag, which content files cannot use: remove it, or put the whole value in quotes.`;
  return reason;
}

/** The field a node is at, from its ancestors: map keys and list positions. */
function fieldPath(chain: readonly unknown[]): PropertyKey[] {
  const path: PropertyKey[] = [];
  chain.forEach((item, i) => {
    const next = chain[i + 1];
    if (isPair(item) && next === item.value) path.push(isScalar(item.key) ? String(item.key.value) : String(item.key));
    if (isSeq(item) && next !== undefined) path.push(item.items.findIndex((candidate) => candidate === next));
  });
  return path;
}

/** Reads YAML with every value's position, for syntax errors and lines. */
function locateYaml(text: string, lineOffset: number): SourceFile {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const syntaxErrors: { line: number; message: string; path?: readonly PropertyKey[] }[] = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + lineOffset,
    message: `The file cannot be read: ${plainSyntaxMessage(error.message)}`,
  }));
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset);
  // Anchors and aliases are refused here too (never expanded: an alias bomb stays a few hundred bytes).
  let anchor: { at: number; path: PropertyKey[] } | undefined;
  visit(doc, (_key, node, ancestors) => {
    if (isAlias(node) || (isNode(node) && node.anchor)) {
      anchor = { at: node.range?.[0] ?? 0, path: fieldPath([...ancestors, node]) };
      return visit.BREAK;
    }
    return undefined;
  });
  if (anchor) syntaxErrors.push({ line: lineAt(anchor.at)!, message: `The file cannot be read: ${ANCHOR_MESSAGE}`, path: anchor.path.length ? anchor.path : undefined });
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      data = doc.toJS();
    } catch (problem) {
      syntaxErrors.push({ line: 1 + lineOffset, message: `The file cannot be read: ${plainSyntaxMessage((problem as Error).message)}` });
    }
  }

  const nodeAt = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as { range: [number, number, number] };
    }
    return undefined;
  };

  return {
    data,
    syntaxErrors,
    lineOf(path) {
      // Point at the key of the field where we can: that is the line people look for.
      if (path.length > 0) {
        const parentPath = path.slice(0, -1);
        const last = path[path.length - 1];
        const parent = parentPath.length ? doc.getIn(parentPath as unknown[], true) : doc.contents;
        if (typeof last === 'string' && isMap(parent)) {
          const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
          if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
        }
        if (typeof last === 'number' && isSeq(parent)) {
          const item = parent.items[last] as { range?: [number, number, number] } | undefined;
          if (item?.range) return lineAt(item.range[0]);
        }
      }
      return lineAt(nodeAt(path)?.range[0]) ?? (lineOffset || 1);
    },
    lineOfKey(path, key) {
      const node = path.length ? doc.getIn(path as unknown[], true) : doc.contents;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (pair && isScalar(pair.key) && pair.key.range) return lineAt(pair.key.range[0]);
      }
      return lineAt(nodeAt(path)?.range[0]);
    },
  };
}

export interface MarkdownFile {
  readonly frontMatter: SourceFile | undefined;
  readonly body: string;
  /** The line the body starts on. */
  readonly bodyLine: number;
}

/** Splits a Markdown or MDX file into its front matter (between --- lines) and its body. */
export function readMarkdown(text: string): MarkdownFile {
  const { frontMatter, body, bodyLine } = splitFrontMatter(text);
  return { frontMatter: frontMatter === undefined ? undefined : readYaml(frontMatter, 1), body, bodyLine };
}
