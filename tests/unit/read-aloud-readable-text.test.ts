import { describe, expect, it } from 'vitest';
import { parse, type Node as ParsedNode, HTMLElement, TextNode } from 'node-html-parser';
import { isLeftOut, pointInBlock, readableBlocks, readableSentences, type ReadableNode } from '../../src/lib/read-aloud/readable-text.ts';

/** Parsed HTML in the shape of the DOM that read-aloud walks (nodeType, nodeName, nodeValue, childNodes, getAttribute). */
interface Tree extends ReadableNode {
  readonly childNodes: Tree[];
  readonly classes: readonly string[];
}

function tree(node: ParsedNode): Tree {
  if (node instanceof TextNode) return { nodeType: 3, nodeName: '#text', nodeValue: node.text, childNodes: [], classes: [] };
  const element = node as HTMLElement;
  return {
    nodeType: node.nodeType === 1 ? 1 : 8,
    nodeName: element.tagName ?? '#document',
    nodeValue: null,
    childNodes: node.childNodes.map(tree),
    classes: element.classList ? [...element.classList.values()] : [],
    getAttribute: (name: string) => (element.hasAttribute?.(name) ? (element.getAttribute(name) ?? '') : null),
  };
}

const main = (html: string) => tree(parse(`<main>${html}</main>`, { comment: true }).firstChild!);
const texts = (html: string, isHidden?: (element: Tree) => boolean) => readableSentences(main(html), isHidden).map((sentence) => sentence.text.replace(/\s+/g, ' '));

describe('the readable text of a page', () => {
  it('reads headings, paragraphs and list items as sentences of their own', () => {
    expect(texts('<h1>Free Wi-Fi</h1><p>Use the Wi-Fi at the library. It is free.</p><ul><li>Bring your phone</li><li>Ask for the password</li></ul>')).toEqual([
      'Free Wi-Fi',
      'Use the Wi-Fi at the library.',
      'It is free.',
      'Bring your phone',
      'Ask for the password',
    ]);
  });

  it('runs text on through links and other inline elements', () => {
    expect(texts('<p>Call <a href="tel:0300">0300 123 4567</a> or <strong>visit us</strong>. We are <em>open</em> today.</p>')).toEqual(['Call 0300 123 4567 or visit us.', 'We are open today.']);
  });

  it('reads each table cell, definition and line of an address on its own', () => {
    expect(texts('<dl><dt>Phone</dt><dd>0300 123 4567</dd></dl><table><tr><th>Day</th><td>Monday</td></tr></table><address>1 High Street<br>Northmere</address>')).toEqual([
      'Phone',
      '0300 123 4567',
      'Day',
      'Monday',
      '1 High Street',
      'Northmere',
    ]);
  });

  it('reads text in a list item before and after a list inside it', () => {
    expect(texts('<ol><li>Step one<ul><li>a detail</li></ul>then step two</li></ol>')).toEqual(['Step one', 'a detail', 'then step two']);
  });

  it('leaves out the Listen control, hidden parts, scripts, styles, buttons and form controls', () => {
    const html = [
      '<div data-listen-skip><button>Listen to this page</button><p>Speed: normal</p></div>',
      '<h1>Courses</h1>',
      '<p hidden>Hidden paragraph.</p>',
      '<p aria-hidden="true">Decoration.</p>',
      '<script>var x = "Not read.";</script><style>p { color: red }</style><noscript>Turn on JavaScript.</noscript>',
      '<template><p>Template.</p></template>',
      '<svg><title>A map</title></svg>',
      '<form><label>Your postcode <input value="NM1 1AA"></label><select><option>Option text</option></select><textarea>Typed text</textarea><button>Search</button></form>',
      '<!-- a comment. -->',
      '<p>Last line.</p>',
    ].join('');
    expect(texts(html)).toEqual(['Courses', 'Your postcode', 'Last line.']);
  });

  it('leaves out what the browser says is hidden', () => {
    expect(texts('<p>Shown.</p><div class="gone"><p>Not shown.</p></div><p>Also shown.</p>', (element) => element.classes.includes('gone'))).toEqual(['Shown.', 'Also shown.']);
  });

  it('gives nothing for an empty part', () => {
    expect(texts('')).toEqual([]);
    expect(texts('<p>   </p><div><span> </span></div>')).toEqual([]);
  });

  it('says which element each block belongs to', () => {
    const blocks = readableBlocks(main('Loose text<p>In a <a href="/">paragraph</a></p><li>Item</li>'));
    expect(blocks.map((block) => [block.element.nodeName, block.text])).toEqual([
      ['MAIN', 'Loose text'],
      ['P', 'In a paragraph'],
      ['LI', 'Item'],
    ]);
  });

  it('finds the text node and offset of each sentence’s start and end, across links', () => {
    const [block] = readableBlocks(main('<p>Call <a href="tel:1">the desk</a> now. Then wait.</p>'));
    const sentences = readableSentences(main('<p>Call <a href="tel:1">the desk</a> now. Then wait.</p>'));
    expect(sentences.map((s) => s.text)).toEqual(['Call the desk now.', 'Then wait.']);
    // "Call " | "the desk" | " now. Then wait."
    expect(block!.pieces.map((piece) => [piece.node.nodeValue, piece.start])).toEqual([
      ['Call ', 0],
      ['the desk', 5],
      [' now. Then wait.', 13],
    ]);
    const point = (position: number, atEnd = false) => {
      const found = pointInBlock(block!, position, atEnd);
      return [found.node.nodeValue, found.offset];
    };
    expect(point(0)).toEqual(['Call ', 0]);
    expect(point(5)).toEqual(['the desk', 0]);
    // The end of "Call " is the end of its node, not the start of the link's text.
    expect(point(5, true)).toEqual(['Call ', 5]);
    expect(point(18, true)).toEqual([' now. Then wait.', 5]);
    expect(point(19)).toEqual([' now. Then wait.', 6]);
  });

  it('knows which elements are left out without styles', () => {
    const element = (nodeName: string, attributes: Record<string, string> = {}): ReadableNode => ({
      nodeType: 1,
      nodeName,
      nodeValue: null,
      childNodes: [],
      getAttribute: (name) => attributes[name] ?? null,
    });
    expect(isLeftOut(element('P'))).toBe(false);
    expect(isLeftOut(element('p', { 'aria-hidden': 'false' }))).toBe(false);
    for (const left of [element('SCRIPT'), element('button'), element('P', { hidden: '' }), element('DIV', { 'aria-hidden': 'true' }), element('DIV', { 'data-listen-skip': '' })])
      expect(isLeftOut(left)).toBe(true);
    expect(isLeftOut({ nodeType: 1, nodeName: 'P', nodeValue: null, childNodes: [] })).toBe(false);
  });
});
