/**
 * The readable text of part of a page, as blocks (a heading, a paragraph, a list item, a table
 * cell...) split into sentences, each sentence knowing which text nodes it covers so the browser
 * can highlight it.
 *
 * It works on anything shaped like the DOM (nodeType, nodeName, nodeValue, childNodes and
 * getAttribute), so the unit tests can feed it parsed HTML without a browser.
 */
import { splitSentences } from './sentences.ts';

export interface ReadableNode {
  /** 1 for an element, 3 for text; anything else is skipped. */
  readonly nodeType: number;
  /** The tag name for an element ("P", "LI"; any case). */
  readonly nodeName: string;
  /** The text of a text node. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<ReadableNode>;
  getAttribute?(name: string): string | null;
}

/** A block of text read as its own sentences: its element and the text nodes in it, in order. */
export interface ReadableBlock<N extends ReadableNode> {
  /** The element the block belongs to (its nearest block-level ancestor, or the root). */
  readonly element: N;
  /** Each text node and where its text starts in `text`. */
  readonly pieces: readonly { readonly node: N; readonly start: number }[];
  readonly text: string;
}

/** One sentence to read: its block and where it is in the block's text. */
export interface ReadableSentence<N extends ReadableNode> {
  readonly block: ReadableBlock<N>;
  readonly start: number;
  readonly end: number;
  /** The sentence's text, as it is on the page. */
  readonly text: string;
}

/** Elements whose text runs on with the text around it; every other element starts a new block. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'label',
  'output',
]);

/** Elements never read: code, controls, pictures and things not shown. */
const NEVER_READ = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'canvas',
  'iframe',
  'object',
  'video',
  'audio',
  'img',
  'picture',
  'button',
  'input',
  'select',
  'textarea',
  'math',
  'head',
]);

/**
 * Whether an element is left out without looking at styles: never-read elements, the Listen
 * control itself (data-listen-skip), and anything `hidden` or `aria-hidden="true"`.
 */
export function isLeftOut(element: ReadableNode): boolean {
  if (NEVER_READ.has(element.nodeName.toLowerCase())) return true;
  const attribute = (name: string) => element.getAttribute?.(name) ?? null;
  return attribute('hidden') !== null || attribute('aria-hidden') === 'true' || attribute('data-listen-skip') !== null;
}

/**
 * The blocks of text inside `root`, in reading order. `isHidden` adds a check of its own (in the
 * browser: is the element shown at all?).
 */
export function readableBlocks<N extends ReadableNode>(root: N, isHidden: (element: N) => boolean = () => false): ReadableBlock<N>[] {
  const blocks: ReadableBlock<N>[] = [];
  let current: { element: N; pieces: { node: N; start: number }[]; text: string } | undefined;
  const finish = () => {
    if (current && current.text.trim() !== '') blocks.push(current);
    current = undefined;
  };
  const visit = (node: N, blockElement: N) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text === '') return;
      current ??= { element: blockElement, pieces: [], text: '' };
      current.pieces.push({ node, start: current.text.length });
      current.text += text;
      return;
    }
    if (node.nodeType !== 1 || isLeftOut(node) || isHidden(node)) return;
    const name = node.nodeName.toLowerCase();
    if (name === 'br') return finish();
    const inline = INLINE.has(name);
    if (!inline) finish();
    for (const child of Array.from(node.childNodes) as N[]) visit(child, inline ? blockElement : node);
    if (!inline) finish();
  };
  for (const child of Array.from(root.childNodes) as N[]) visit(child, root);
  finish();
  return blocks;
}

/** Every sentence inside `root`, in reading order: headings and list items are sentences of their own. */
export function readableSentences<N extends ReadableNode>(root: N, isHidden?: (element: N) => boolean): ReadableSentence<N>[] {
  return readableBlocks(root, isHidden).flatMap((block) => splitSentences(block.text).map(({ start, end }) => ({ block, start, end, text: block.text.slice(start, end) })));
}

/** The text node and offset in it where a position of a block's text falls (for a DOM Range). */
export function pointInBlock<N extends ReadableNode>(block: ReadableBlock<N>, position: number, atEnd = false): { node: N; offset: number } {
  let found = block.pieces[0]!;
  for (const piece of block.pieces) {
    if (atEnd ? piece.start < position : piece.start <= position) found = piece;
    else break;
  }
  return { node: found.node, offset: position - found.start };
}
