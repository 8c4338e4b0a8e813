/**
 * Imported records as the YAML files partners edit: a comment saying where they came from, phone
 * numbers and times in quotes (so YAML keeps the leading 0 and does not read "10:00" as a number),
 * day lists on one line, and long text folded (or, when it has line breaks, kept line for line),
 * like the hand-written files.
 */
import { Document, isPair, isScalar, isSeq, stringify, visit, type Scalar } from 'yaml';
import type { Area } from './types.ts';

const QUOTED = new Set(['phone', 'textPhone', 'opens', 'closes']);
const FOLDED = new Set(['description', 'summary', 'howToRefer', 'eligibility', 'hoursNote']);
const ONE_LINE_LISTS = new Set(['days']);

/** A YAML document with a comment on top, written the way our content files are. */
export function toContentYaml(data: object, comment: string): string {
  const doc = new Document(data);
  doc.commentBefore = comment
    .split('\n')
    .map((text) => ` ${text}`)
    .join('\n');
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (QUOTED.has(key) && isScalar(pair.value)) (pair.value as Scalar).type = 'QUOTE_DOUBLE';
      if (FOLDED.has(key) && isScalar(pair.value) && String(pair.value.value).length > 80 && !/^\s|\s$/.test(String(pair.value.value))) {
        // Text with line breaks (Markdown paragraphs and lists) is kept line for line, so a list reads as a list in the file.
        (pair.value as Scalar).type = String(pair.value.value).includes('\n') ? 'BLOCK_LITERAL' : 'BLOCK_FOLDED';
      }
      if (ONE_LINE_LISTS.has(key) && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}

/**
 * areas.yaml with new areas added at the end. The file's own text (and its comments) is kept as
 * it is; each new area is added as YAML written the same way.
 */
export function appendAreas(areasFile: string, areas: readonly Area[]): string {
  if (areas.length === 0) return areasFile;
  const added = stringify(
    areas.map((area) => ({ ...area })),
    { lineWidth: 100 },
  );
  const base = areasFile.trim() === '' || areasFile.trim() === '[]' ? '' : areasFile.endsWith('\n') ? areasFile : `${areasFile}\n`;
  return `${base}${added}`;
}
