/**
 * Finds things in contributed Markdown that could run code or break pages: raw HTML tags,
 * HTML comments, and links that are not web, email or phone links. Code blocks and inline
 * code are skipped, because there the text is shown, not run.
 *
 * Two passes: a quick one line by line, and one over micromark's own reading of the text (the
 * parser the renderer uses, src/lib/safe-markdown.ts), which finds what the renderer would
 * neutralise silently but a line cannot show: an HTML tag split over lines, a link address
 * written in HTML character codes (`javascript&#58;`), a reference definition whose address is
 * on the next line, and images (the renderer drops them: they would load from another site).
 */
import { parse, postprocess, preprocess } from 'micromark';
import { gfm } from 'micromark-extension-gfm';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
export interface UnsafeMarkdown {
  readonly line: number;
  readonly message: string;
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^>]*>?/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)/g;
const REFERENCE_TARGET = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;
const SAFE_SCHEME = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

const tagMessage = (name: string) => {
  const tag = name.toLowerCase();
  const what = ['script', 'iframe', 'object', 'embed', 'style'].includes(tag) ? `a <${tag}> element` : `the HTML tag <${tag}>`;
  return `Remove ${what}. Case studies are Markdown only: use Markdown for headings, lists and links.`;
};
const linkMessage = (target: string) => `The link "${target.slice(0, 60)}" is not allowed. Links must start with https://, http://, mailto: or tel:.`;
const IMAGE_MESSAGE =
  'Remove the image (the "![...](...)"). Case studies cannot show pictures: the site leaves them out, because they would load from another website. Describe it in words, or link to it like [words](https://...).';

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

/** The second pass: micromark's reading of the body (see the top of this file). */
function findWithParser(body: string, firstLine: number): UnsafeMarkdown[] {
  const found: UnsafeMarkdown[] = [];
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

export function findUnsafeMarkdown(body: string, firstLine = 1): UnsafeMarkdown[] {
  const found = findLineByLine(body, firstLine);
  // What the parser finds is added unless the line pass already said it (or, for links, said
  // something about a link on that line).
  for (const problem of findWithParser(body, firstLine)) {
    const isLink = problem.message.startsWith('The link');
    const said = found.some((p) => p.line === problem.line && (p.message === problem.message || (isLink && p.message.startsWith('The link'))));
    if (!said) found.push(problem);
  }
  return found.sort((a, b) => a.line - b.line);
}

function findLineByLine(body: string, firstLine: number): UnsafeMarkdown[] {
  const found: UnsafeMarkdown[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((rawLine, index) => {
    const line = firstLine + index;
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(rawLine);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (!fence) fence = marker;
      else if (marker.startsWith(fence[0]!) && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (fence) return;
    const text = rawLine.replace(/(`+)[^`]*?\1/g, '');
    const tagsOnLine = new Set<string>();
    for (const match of text.matchAll(TAG)) {
      const tag = match[1]!.toLowerCase();
      if (tagsOnLine.has(tag)) continue;
      tagsOnLine.add(tag);
      found.push({ line, message: tagMessage(tag) });
    }
    if (/<!--/.test(text)) found.push({ line, message: 'Remove the HTML comment (<!-- ... -->). Case studies are Markdown only.' });
    const targets = [...text.matchAll(LINK_TARGET)].map((m) => m[1]!);
    const reference = REFERENCE_TARGET.exec(text);
    if (reference) targets.push(reference[1]!);
    for (const target of targets) {
      if (!SAFE_SCHEME.test(target)) {
        found.push({ line, message: linkMessage(target) });
      }
    }
    for (const match of text.matchAll(/<([a-z][a-z0-9+.-]*):[^>\s]*>/gi)) {
      if (!/^(https?|mailto|tel)$/i.test(match[1]!)) {
        found.push({ line, message: `The link "${match[0].slice(1, 60)}" is not allowed. Links must start with https://, http://, mailto: or tel:.` });
      }
    }
  });
  return found;
}
