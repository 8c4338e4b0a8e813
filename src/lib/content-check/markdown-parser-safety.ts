/**
 * The content check's second pass over contributed Markdown, over micromark's own reading of the
 * text (the parser the renderer uses, src/lib/safe-markdown.ts). It finds what the renderer would
 * neutralise silently but a line-by-line look (markdown-safety.ts) cannot show: an HTML tag split
 * over lines, a link address written in HTML character codes (`javascript&#58;`), a reference
 * definition whose address is on the next line, and images (the renderer drops them: they would
 * load from another site). Kept apart from markdown-safety.ts, which the "Share your work" form
 * runs in the browser, so that the parser stays out of that page.
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { findUnsafeMarkdown, IMAGE_MESSAGE, linkMessage, tagMessage, type UnsafeMarkdown } from './markdown-safety.ts';

/** A link address as a browser would read it: backslash escapes and HTML character codes decoded, spaces and control characters gone. */
function decodeDestination(raw: string): string {
  return raw
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{0,31});/g, (whole, ref: string) => {
      if (ref.startsWith('#')) {
        const code = /^#[xX]/.test(ref) ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
      }
      const named = decodeNamedCharacterReference(ref);
      return named === false ? whole : named;
    })
    .replace(/[\u0000-\u0020\u007F]/g, '');
}

/** Whether a decoded address is a web, email or phone link, or a link within the site. */
function isAllowedAddress(address: string): boolean {
  const colon = address.indexOf(':');
  if (colon === -1 || /[/?#]/.test(address.slice(0, colon))) return true;
  return /^(https?|mailto|tel)$/i.test(address.slice(0, colon));
}

/**
 * Whether the parser could find anything in the body. Each thing it looks for needs one of these
 * marks: a tag or an autolink needs "<", a link "](", a reference definition "]:" and an image
 * "![" (character codes like "&#60;" never make Markdown syntax). Most descriptions have none, and
 * skipping the parser for them saves about half a millisecond each: 5 s of a 10,000-listing build.
 */
export function mayHoldWhatOnlyTheParserSees(body: string): boolean {
  return /<|\]\(|\]:|!\[/.test(body);
}

/** The second pass: micromark's reading of the body (see the top of this file). */
function findWithParser(body: string, firstLine: number): UnsafeMarkdown[] {
  const found: UnsafeMarkdown[] = [];
  if (!mayHoldWhatOnlyTheParserSees(body)) return found;
  const events = postprocess(
    parse({ extensions: [gfm()] })
      .document()
      .write(preprocess()(body, undefined, true)),
  );
  for (const [kind, token, context] of events) {
    if (kind !== 'enter') continue;
    const line = firstLine + token.start.line - 1;
    if (token.type === 'htmlFlow' || token.type === 'htmlText') {
      const html = context.sliceSerialize(token);
      const tag = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(html);
      if (tag) found.push({ line, message: tagMessage(tag[1]!) });
    } else if (token.type === 'resourceDestinationString' || token.type === 'definitionDestinationString') {
      const address = decodeDestination(context.sliceSerialize(token));
      if (!isAllowedAddress(address)) found.push({ line, message: linkMessage(address) });
    } else if (token.type === 'image') {
      found.push({ line, message: IMAGE_MESSAGE });
    }
  }
  return found;
}

export function findUnsafeMarkdownInDepth(body: string, firstLine = 1): UnsafeMarkdown[] {
  const found = findUnsafeMarkdown(body, firstLine);
  // What the parser finds is added unless the line pass already said it (or, for links, said
  // something about a link on that line).
  for (const problem of findWithParser(body, firstLine)) {
    const isLink = problem.message.startsWith('The link');
    const said = found.some((p) => p.line === problem.line && (p.message === problem.message || (isLink && p.message.startsWith('The link'))));
    if (!said) found.push(problem);
  }
  return found.sort((a, b) => a.line - b.line);
}
