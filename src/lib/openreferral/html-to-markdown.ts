/**
 * Descriptions from other directories as safe Markdown, so that they keep their shape: paragraphs,
 * bulleted and numbered lists, links and simple bold or italic text.
 *
 * Council feeds write descriptions in HTML (often pasted from Word) or as plain text. HTML is read
 * by the unified tools (hast-util-from-html, hast-util-to-mdast, mdast-util-to-markdown); plain
 * text is already Markdown (paragraphs are blank lines) and is kept as written when it is safe.
 * What comes out passes the content check's Markdown rules (src/lib/content-check/markdown-safety.ts
 * and markdown-parser-safety.ts): no HTML, no pictures, and links only to web, email and phone
 * addresses.
 *
 * Also here: the summary picked from a description (its first real sentence), and fitting a long
 * description into the limit at a sentence, never inside a link.
 */
import type { Element, ElementContent, Root as HtmlRoot, RootContent as HtmlContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Nodes as MdNodes, Parent as MdParent, PhrasingContent, Root as MdRoot } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { findUnsafeMarkdownInDepth } from '../content-check/markdown-parser-safety.ts';
import { renderContributedMarkdown } from '../safe-markdown.ts';
import { fitText } from './text.ts';

// ---------------------------------------------------------------------------------------------
// Feed text to Markdown.

/** An HTML tag (`<p>`, `</li>`, `<br/>`, `<o:p>`) or comment. `<https://...>` is a Markdown link, not a tag. */
const HTML_TAG = /<\/?[a-z][a-z0-9]*(?::[a-z0-9]+)?(?:[\s/][^<>]*)?>|<!--/i;

/** Characters the schemas refuse (control characters, line separators, direction overrides), and zero-width spaces. */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u200B\uFEFF]/g;

/** Elements whose content is never shown: code, styling, pictures, media, forms and Word's own markup. */
const DROPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'img',
  'picture',
  'svg',
  'math',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'canvas',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'hr',
  'xml',
]);

/** Elements that become their content: styling, and tags Markdown has no words for. */
const UNWRAPPED = new Set(['del', 's', 'strike', 'ins', 'u', 'mark', 'small', 'big', 'sup', 'sub', 'font', 'span', 'abbr', 'acronym', 'cite', 'dfn', 'time', 'label', 'center']);

/** Blocks that hold phrasing, to tell whether a table cell is only words. */
const BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'section',
  'article',
  'aside',
  'header',
  'footer',
  'main',
  'nav',
  'figure',
  'figcaption',
  'address',
  'table',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/**
 * A link address people can follow: a web address (http or https, with a real host name), an email
 * address (mailto:) or a phone number (tel:). "www.example.org" gets https:// in front. Anything
 * else (a link within the council's own site, javascript:, data:) gives undefined.
 */
export function safeLinkAddress(href: string): string | undefined {
  const address = href.replace(HIDDEN, '').trim();
  if (/^www\./i.test(address)) return safeLinkAddress(`https://${address}`);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(address)?.[1]?.toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(address);
      return url.hostname.includes('.') ? address.replace(/\s/g, '%20') : undefined;
    } catch {
      return undefined;
    }
  }
  if (scheme === 'mailto') return /^mailto:[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/i.test(address) ? address : undefined;
  if (scheme === 'tel') {
    const number = address.slice(4).replace(/[\s().-]/g, '');
    return /^\+?\d{3,15}$/.test(number) ? `tel:${number}` : undefined;
  }
  return undefined;
}

function isElement(node: HtmlContent | HtmlRoot): node is Element {
  return node.type === 'element';
}

const element = (tagName: string, children: ElementContent[]): Element => ({ type: 'element', tagName, properties: {}, children });

/** Whether a part of the page holds only words (no paragraphs, lists or tables). */
function onlyPhrasing(nodes: readonly ElementContent[]): boolean {
  return nodes.every((node) => !isElement(node) || (!BLOCKS.has(node.tagName) && onlyPhrasing(node.children)));
}

/** The words of a part of the page, for a link with nothing else to show. */
function textOf(nodes: readonly ElementContent[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : isElement(node) ? textOf(node.children) : '')).join('');
}

/**
 * Tidies the HTML before it becomes Markdown: drops what is never shown, unwraps styling, turns
 * headings into bold paragraphs, tables into paragraphs (one a row), code into plain words, and
 * keeps only links people can follow. Works from the inside out, so nested tables flatten too.
 */
function tidy(nodes: readonly HtmlContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push({ type: 'text', value: node.value.replace(HIDDEN, '').replace(/\u00a0/g, ' ') });
      continue;
    }
    if (!isElement(node)) continue; // comments, doctypes
    const tag = node.tagName.toLowerCase();
    if (DROPPED.has(tag) || node.properties.hidden !== undefined) continue;
    const children = tidy(node.children);
    // Word's <o:p> and other namespaced tags become their content (usually nothing, or a space).
    if (UNWRAPPED.has(tag) || tag.includes(':') || tag === 'code' || tag === 'kbd' || tag === 'samp' || tag === 'var' || tag === 'tt') {
      out.push(...children);
    } else if (/^h[1-6]$/.test(tag)) {
      if (textOf(children).trim()) out.push(element('p', [element('strong', children)]));
    } else if (tag === 'pre') {
      out.push(element('p', children));
    } else if (tag === 'a') {
      const address = safeLinkAddress(String(node.properties.href ?? ''));
      if (!address) out.push(...children);
      else if (textOf(children).trim()) out.push({ type: 'element', tagName: 'a', properties: { href: address }, children });
      else out.push({ type: 'element', tagName: 'a', properties: { href: address }, children: [{ type: 'text', value: address.replace(/^(mailto|tel):/i, '') }] });
    } else if (tag === 'table' || tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      out.push(element('div', children));
    } else if (tag === 'caption') {
      out.push(element('p', children));
    } else if (tag === 'tr') {
      const cells = children.filter((cell) => textOf([cell]).trim());
      if (cells.every((cell) => !isElement(cell) || onlyPhrasing(cell.children))) {
        const row: ElementContent[] = [];
        cells.forEach((cell, index) => row.push(...(index ? [{ type: 'text' as const, value: ' – ' }] : []), ...(isElement(cell) ? cell.children : [cell])));
        out.push(element('p', row));
      } else {
        out.push(
          element(
            'div',
            cells.map((cell) => (isElement(cell) ? element('div', cell.children) : cell)),
          ),
        );
      }
    } else if (tag === 'td' || tag === 'th') {
      out.push(element('div', children)); // a row (above) uses its words; a cell on its own is a block
    } else {
      out.push({ ...node, tagName: tag, properties: tag === 'ol' && typeof node.properties.start === 'number' ? { start: node.properties.start } : {}, children });
    }
  }
  return out;
}

const JOINING_BREAKS = /^[\s]*$/;

/** Whether a Markdown node holds no words. */
function isBlank(node: MdNodes): boolean {
  if (node.type === 'text') return JOINING_BREAKS.test(node.value);
  if (node.type === 'break') return true;
  return 'children' in node && (node.children as MdNodes[]).every(isBlank);
}

/**
 * Tidies the Markdown tree: no empty paragraphs or list items, no line breaks at the start or end
 * of a paragraph, two line breaks in a row start a new paragraph, and spaces inside bold or
 * italic move outside it (`**Free **Wi-Fi` would not be bold).
 */
function tidyMarkdown(parent: MdParent): void {
  const children: MdNodes[] = [];
  for (const child of parent.children as MdNodes[]) {
    if ('children' in child) tidyMarkdown(child as MdParent);
    if (child.type === 'image' || child.type === 'imageReference' || child.type === 'html' || child.type === 'thematicBreak' || child.type === 'definition') continue;
    if (child.type === 'inlineCode') {
      children.push({ type: 'text', value: child.value });
      continue;
    }
    if (child.type === 'code') {
      children.push({ type: 'paragraph', children: [{ type: 'text', value: child.value }] });
      continue;
    }
    if ((child.type === 'strong' || child.type === 'emphasis') && isBlank(child)) {
      children.push(...(child.children.length ? [{ type: 'text' as const, value: ' ' }] : []));
      continue;
    }
    if ((child.type === 'strong' || child.type === 'emphasis') && child.children.length) {
      const first = child.children[0]!;
      const last = child.children[child.children.length - 1]!;
      const before = first.type === 'text' ? /^\s*/.exec(first.value)![0] : '';
      const after = last.type === 'text' ? /\s*$/.exec(last.value)![0] : '';
      if (first.type === 'text') first.value = first.value.trimStart();
      if (last.type === 'text') last.value = last.value.trimEnd();
      if (before) children.push({ type: 'text', value: ' ' });
      children.push(child);
      if (after) children.push({ type: 'text', value: ' ' });
      continue;
    }
    if (child.type === 'paragraph') {
      children.push(...splitAtDoubleBreaks(child.children));
      continue;
    }
    if ((child.type === 'listItem' || child.type === 'list' || child.type === 'blockquote') && isBlank(child)) continue;
    children.push(child);
  }
  // Text written "<b>Free</b>Wi-Fi" or "Free <b>Wi-Fi</b>!" is fine; join neighbouring texts so
  // that spaces can be tidied.
  const joined: MdNodes[] = [];
  for (const child of children) {
    const previous = joined[joined.length - 1];
    if (child.type === 'text' && previous?.type === 'text') previous.value += child.value;
    else joined.push(child);
  }
  (parent as { children: MdNodes[] }).children = joined;
  if (parent.type === 'list' || parent.type === 'listItem') (parent as { spread?: boolean }).spread = false;
}

/** A paragraph's words as one or more paragraphs: two line breaks in a row (`<br><br>`) start a new one. */
function splitAtDoubleBreaks(content: PhrasingContent[]): MdNodes[] {
  const paragraphs: PhrasingContent[][] = [[]];
  content.forEach((node, index) => {
    const current = paragraphs[paragraphs.length - 1]!;
    const next = content.slice(index + 1).find((later) => !(later.type === 'text' && !later.value.trim()));
    if (node.type === 'break' && (next?.type === 'break' || current.every((n) => n.type === 'break' || (n.type === 'text' && !n.value.trim())))) {
      paragraphs.push([]);
    } else if (node.type === 'break' && current[current.length - 1]?.type === 'break') {
      // a third break in a row: nothing more to add
    } else current.push(node);
  });
  return paragraphs
    .map((words) => {
      while (words.length && (words[0]!.type === 'break' || (words[0]!.type === 'text' && !(words[0] as { value: string }).value.trim()))) words.shift();
      while (words.length && (words[words.length - 1]!.type === 'break' || (words[words.length - 1]!.type === 'text' && !(words[words.length - 1] as { value: string }).value.trim()))) words.pop();
      if (words[0]?.type === 'text') words[0].value = words[0].value.trimStart();
      const last = words[words.length - 1];
      if (last?.type === 'text') last.value = last.value.trimEnd();
      return words;
    })
    .filter((words) => words.length && !words.every(isBlank))
    .map((words) => ({ type: 'paragraph' as const, children: words }));
}

/** The tidied HTML tree as Markdown text. */
function writeMarkdown(tree: HtmlRoot): string {
  const mdast = toMdast(tree) as MdRoot;
  tidyMarkdown(mdast);
  // Link text in square brackets followed by "(" would read as a link to the content check: keep them apart.
  const guard = (parent: MdParent) => {
    for (const child of parent.children as MdNodes[]) {
      if (child.type === 'text') child.value = child.value.replace(/\]\(/g, '] (');
      else if ('children' in child) guard(child as MdParent);
    }
  };
  guard(mdast);
  if (mdast.children.length === 0) return '';
  return (
    toMarkdown(mdast, { bullet: '-', emphasis: '_', strong: '*', resourceLink: true, listItemIndent: 'one' })
      // An escaped "<" (a "<" typed as text) is written as a character code, so no line of the
      // Markdown holds anything that looks like a tag.
      .replace(/\\</g, '&lt;')
      .replace(/[ \t]+$/gm, '')
      .trim()
  );
}

/** Text whose every "<", "[", "]" and "&" is a character code: safe Markdown, whatever it says. */
function escapeEverything(text: string): string {
  return text.replace(/[&<>[\]\\`*_!]/g, (char) => `&#${char.codePointAt(0)};`);
}

/** Plain text as Markdown that shows the same words: paragraphs kept, nothing read as a link, list or tag. */
export function textAsMarkdown(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .replace(HIDDEN, '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (!paragraphs.length) return '';
  return toMarkdown({ type: 'root', children: paragraphs.map((value) => ({ type: 'paragraph', children: [{ type: 'text', value: value.replace(/\]\(/g, '] (') }] })) })
    .replace(/\\</g, '&lt;')
    .trim();
}

/** Plain text tidied as Markdown: line endings, spaces at the ends of lines, "•" bullets as "- ", at most one blank line. */
function tidyPlainText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(HIDDEN, '')
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => {
      const bullet = /^\s*[•·▪◦‣●]\s*(.*)$/.exec(line);
      if (bullet) return `- ${bullet[1]!.trim()}`;
      return /^\s*([-*+]|\d{1,9}[.)])\s/.test(line) ? line.trimEnd() : line.trim();
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether Markdown passes the content check's rules: no HTML, no pictures, only web, email and phone links. */
export function isSafeMarkdown(markdown: string): boolean {
  // Everything the check refuses needs a "<" (HTML, autolinks) or a "]" (links, pictures,
  // definitions): text with neither is safe without reading it through.
  return !/[<\]]/.test(markdown) || findUnsafeMarkdownInDepth(markdown).length === 0;
}

/**
 * Feed text (HTML or plain) as safe Markdown. HTML keeps its paragraphs, lists, links (web, email
 * and phone only: other links keep their words), and bold and italic; headings become bold
 * paragraphs, tables a paragraph a row; scripts, styles, pictures, forms and Word's own markup are
 * dropped. Plain text is Markdown already and is kept as written; if it holds something the
 * content check would refuse (a picture, a javascript: link), it is read as the site would show
 * it and written again without that. Returns "" when there are no words.
 */
export function htmlToMarkdown(feedText: string): string {
  let html = feedText;
  if (!HTML_TAG.test(feedText)) {
    const plain = tidyPlainText(feedText);
    if (isSafeMarkdown(plain)) return plain;
    html = renderContributedMarkdown(plain);
  }
  const tree = fromHtml(html.replace(/\r\n?/g, '\n'), { fragment: true });
  let markdown: string | undefined;
  try {
    markdown = writeMarkdown({ type: 'root', children: tidy(tree.children) });
  } catch {
    markdown = undefined; // HTML too broken to write as Markdown: kept as plain words below
  }
  // The steps above make safe Markdown; should a feed still find a way round them, its words are
  // kept as plain paragraphs with every special character written as a character code.
  return markdown !== undefined && isSafeMarkdown(markdown) ? markdown : escapeEverything(markdownToLines(html).join('\n\n'));
}

// ---------------------------------------------------------------------------------------------
// Reading Markdown back: its blocks as plain text.

/** One block of a description as plain text: a paragraph, list item, heading or table cell. */
interface TextBlock {
  readonly text: string;
  /** A heading, or a paragraph that is all bold (as headings become). */
  readonly heading: boolean;
  /** A paragraph (not a list item, table cell or heading). */
  readonly paragraph: boolean;
  /** A paragraph at the top of the description (not in a list or quote). */
  readonly topLevel: boolean;
}

const TEXT_BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'dt', 'dd']);

/** The words of an element, with line breaks as new lines and lists inside it left out (they are blocks of their own). */
function wordsOf(node: Element): string {
  return node.children
    .map((child) => {
      // A line break in the text is a space, unless it follows a colon ("Open:" then the times).
      if (child.type === 'text')
        return child.value
          .replace(/:[ \t]*\n/g, ':\u2028')
          .replace(/\s+/g, ' ')
          .replace(/\u2028/g, '\n');
      if (!isElement(child)) return '';
      if (child.tagName === 'br') return '\n';
      if (child.tagName === 'ul' || child.tagName === 'ol' || TEXT_BLOCKS.has(child.tagName)) return '\n';
      return wordsOf(child);
    })
    .join('');
}

function blocksOf(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (nodes: readonly (HtmlContent | ElementContent)[], topLevel: boolean) => {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (TEXT_BLOCKS.has(node.tagName)) {
        const meaningful = node.children.filter((child) => !(child.type === 'text' && !child.value.trim()));
        const allBold = node.tagName === 'p' && meaningful.length === 1 && isElement(meaningful[0]!) && ['strong', 'b'].includes(meaningful[0].tagName);
        blocks.push({ text: wordsOf(node), heading: /^h[1-6]$/.test(node.tagName) || allBold, paragraph: node.tagName === 'p', topLevel: topLevel && node.tagName === 'p' });
      }
      walk(node.children, false);
    }
  };
  walk(fromHtml(html, { fragment: true }).children, true);
  return blocks;
}

/** The lines of words of some HTML, one a paragraph, list item or line break. */
function markdownToLines(html: string): string[] {
  return blocksOf(html)
    .flatMap((block) => block.text.split('\n'))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// The summary: the first real sentence.

/** Words that end a sentence with a full stop but do not end the sentence ("e.g. a laptop"). */
const ABBREVIATIONS = new Set(['e.g', 'eg', 'i.e', 'ie', 'etc', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'nos', 'tel', 'approx', 'inc', 'incl', 'ltd', 'vs', 'cllr', 'rd', 'ave']);

/** Small joining words: a line made only of capitalised words and these is a title, not a sentence. */
const JOINING_WORDS = new Set(['a', 'an', 'and', 'or', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'per', 'via']);

/** A line of text split into sentences, at ".", "!" or "?" followed by a space and a capital letter, number or quote. */
export function sentencesOf(line: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of line.matchAll(/[.!?]+["'”’)]*\s+(?=["'“‘(]?[A-Z0-9£])/g)) {
    const end = match.index + match[0].trimEnd().length;
    const lastWord = /([A-Za-z.]+)\.$/.exec(line.slice(start, match.index + 1))?.[1]?.toLowerCase();
    if (lastWord && ABBREVIATIONS.has(lastWord)) continue;
    sentences.push(line.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(line.slice(start).trim());
  return sentences.filter(Boolean);
}

/** A sentence ends with a full stop, "!" or "?" (and perhaps a quote or bracket). */
const ENDS_A_SENTENCE = /[.!?]["'”’)]*$/;
/** The end of a sentence that introduces a list: "…, including:", "…such as:", "…:". */
const INTRODUCES = /,?\s*(?:including|includes|include|such as|for example|like|as follows)?\s*:\s*$/i;

/**
 * Whether a sentence can be a listing's summary. The rule:
 * 1. it has at least 4 words ("T" and "Free Wi-Fi." are not summaries);
 * 2. it does not end with a colon ("Open:", "Services include:"), unless it has 8 words or more:
 *    then it is a real sentence that introduces a list, and the summary ends it with a full stop
 *    instead ("We offer support for families with children, including:" gives "We offer support
 *    for families with children.");
 * 3. it ends with a full stop, "!" or "?"; or, in a paragraph (`where` is "paragraph"), it reads
 *    like a sentence, not a title or a timetable: at least one word is in lower-case letters and
 *    is not a small joining word (and, or, the, of, to, for, in, on, at, by, with…). "About Our
 *    Digital Services" and "Monday to Friday 9am to 5pm" fail it; "We help people get online",
 *    "Free Wi-Fi and computers for everyone" and "The Jobcentre for South Town." pass. A list item,
 *    table cell or a line after a colon ("Open:" then "Thursdays 1pm to 3pm (term time only)")
 *    needs its full stop: without one it is an item, not a sentence.
 * Headings (and paragraphs that are all bold, as headings become) are never summaries: see
 * firstRealSentence.
 */
export function isRealSentence(sentence: string, where: 'paragraph' | 'item' = 'paragraph'): boolean {
  const words = sentence.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  if (words.length < 4) return false;
  if (/:\s*$/.test(sentence)) return words.length >= 8;
  if (ENDS_A_SENTENCE.test(sentence)) return true;
  return (
    where === 'paragraph' &&
    words.some((word) => {
      const bare = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      return /^\p{Ll}[\p{Ll}'’-]*$/u.test(bare) && !JOINING_WORDS.has(bare);
    })
  );
}

/**
 * The first real sentence of a description (Markdown), as plain text, or undefined when there is
 * none. See isRealSentence for the rule; headings are skipped, and each line of a paragraph (a
 * line break, as in "Open:<br>Mondays") is looked at on its own.
 */
export function firstRealSentence(markdown: string): string | undefined {
  return findFirstRealSentence(markdown)?.sentence;
}

/** The first real sentence, and whether it is all of the first paragraph. Reads the description a part (up to a blank line) at a time, and stops at the sentence. */
function findFirstRealSentence(markdown: string): { sentence: string; wholeFirstParagraph: boolean } | undefined {
  let first = true;
  // Whether the last line read ends with a colon: the line after "Open:" is its answer, not a sentence.
  let afterColon = false;
  for (const part of markdown.split(/\n[ \t]*\n/)) {
    const blocks = blocksOf(renderContributedMarkdown(part));
    for (const block of blocks) {
      const isFirst = first && blocks.length === 1;
      first = false;
      if (block.heading) {
        if (block.text.trim()) afterColon = /:\s*$/.test(block.text.trim());
        continue;
      }
      for (const line of block.text.split('\n')) {
        const sentences = sentencesOf(line.replace(/\s+/g, ' ').trim());
        const where = block.paragraph && !afterColon ? 'paragraph' : 'item';
        const sentence = sentences.find((candidate) => isRealSentence(candidate, where));
        if (sentence) {
          const ended = /:\s*$/.test(sentence) ? `${sentence.replace(INTRODUCES, '')}.` : sentence;
          return { sentence: ended, wholeFirstParagraph: ended === sentence && isFirst && block.topLevel && !block.text.includes('\n') && sentences.length === 1 };
        }
        if (line.trim()) afterColon = /:\s*$/.test(line);
      }
    }
  }
  return undefined;
}

/** The summary of a description: its first real sentence, at most `max` characters (cut at a word with "…"), or undefined. */
export function summaryFromDescription(markdown: string, max: number): string | undefined {
  const sentence = firstRealSentence(markdown);
  return sentence === undefined ? undefined : fitText(sentence, max).text;
}

/**
 * A summary and description from a feed's description (Markdown). The summary is the first real
 * sentence (undefined if there is none). When the description starts with a paragraph that is
 * just that sentence, with no link in it, and more follows, the paragraph moves to the summary so
 * the page does not say it twice.
 */
export function summaryAndDescription(markdown: string, summaryMax: number): { summary: string | undefined; description: string } {
  const found = findFirstRealSentence(markdown);
  if (found === undefined) return { summary: undefined, description: markdown };
  const summary = fitText(found.sentence, summaryMax).text;
  const blank = markdown.search(/\n[ \t]*\n/);
  const firstHasLink = blank > 0 && /\]\(|<https?:|<mailto:|<tel:/i.test(markdown.slice(0, blank));
  if (found.wholeFirstParagraph && summary === found.sentence && blank > 0 && !firstHasLink) return { summary, description: markdown.slice(blank).trim() };
  return { summary, description: markdown };
}

// ---------------------------------------------------------------------------------------------
// Fitting a long description.

/** Where Markdown's links, bold and italic start and end (character positions), so that a cut never falls inside one. */
function spansInside(markdown: string): [number, number][] {
  const spans: [number, number][] = [];
  const events = postprocess(
    parse({ extensions: [gfm()] })
      .document()
      .write(preprocess()(markdown, undefined, true)),
  );
  for (const [kind, token] of events) {
    if (kind === 'enter' && ['link', 'strong', 'emphasis', 'literalAutolink', 'autolink', 'characterReference', 'characterEscape'].includes(token.type)) {
      spans.push([token.start.offset, token.end.offset]);
    }
  }
  return spans;
}

/** Where the site's copy of a description is incomplete: the page people can read it all on. */
export interface FullDescription {
  /** What the page is called in the link: "Read the full description on <name>". */
  readonly name: string;
  readonly url: string;
}

/**
 * A description cut to at most `max` characters, if it is longer, at the end of a sentence,
 * paragraph or list item (never inside a link, bold or italic), with "…" and, when there is a
 * page with all of it, a link: "[Read the full description on <name>](<url>)".
 */
export function fitDescription(markdown: string, max: number, source?: FullDescription): { text: string; cut: boolean } {
  if (markdown.length <= max) return { text: markdown, cut: false };
  const link = source && safeLinkAddress(source.url) ? `\n\n[Read the full description on ${textAsMarkdown(source.name)}](${safeLinkAddress(source.url)!.replace(/[()]/g, encodeURIComponent)})` : '';
  const ellipsis = ' …';
  const room = max - link.length - ellipsis.length;
  const spans = spansInside(markdown);
  const inside = (position: number) => spans.some(([start, end]) => position > start && position < end);
  const ends: number[] = [];
  // The end of a line (a paragraph or list item), or of a sentence within a line.
  for (const match of markdown.matchAll(/\n|[.!?]["'”’)]*(?= )/g)) {
    const end = match[0] === '\n' ? match.index : match.index + match[0].length;
    if (end <= room && !inside(end)) ends.push(end);
  }
  let end = ends.filter((position) => position > room / 3).pop();
  if (end === undefined) {
    // One sentence longer than the room: cut at a word instead.
    for (const match of markdown.matchAll(/\s/g)) if (match.index <= room && !inside(match.index)) end = match.index;
  }
  const kept = markdown
    .slice(0, end ?? 0)
    .replace(/[\s,;:–-]+$/, '')
    .trimEnd();
  if (kept) return { text: `${kept}${ellipsis}${link}`, cut: true };
  // Nowhere to cut but inside a link: the words alone, cut at a word.
  return { text: textAsMarkdown(fitText(markdownToLines(renderContributedMarkdown(markdown)).join(' '), max - link.length).text) + link, cut: true };
}
