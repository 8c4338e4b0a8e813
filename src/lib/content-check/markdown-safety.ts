/**
 * Finds things in contributed Markdown that could run code or break pages: raw HTML tags,
 * HTML comments, and links that are not web, email or phone links. Code blocks and inline
 * code are skipped, because there the text is shown, not run.
 *
 * This is the quick pass, line by line, which the "Share your work" form also runs in the browser.
 * The content check adds a second pass over micromark's own reading of the text
 * (markdown-parser-safety.ts), which finds what a line cannot show.
 */
export interface UnsafeMarkdown {
  readonly line: number;
  readonly message: string;
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)(?=[\s/>])[^>]*>?/g;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)/g;
const REFERENCE_TARGET = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/;
const SAFE_SCHEME = /^(https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^:]*$)/i;

export const tagMessage = (name: string) => {
  const tag = name.toLowerCase();
  const what = ['script', 'iframe', 'object', 'embed', 'style'].includes(tag) ? `a <${tag}> element` : `the HTML tag <${tag}>`;
  return `Remove ${what}. Case studies are Markdown only: use Markdown for headings, lists and links.`;
};
export const linkMessage = (target: string) => `The link "${target.slice(0, 60)}" is not allowed. Links must start with https://, http://, mailto: or tel:.`;
export const IMAGE_MESSAGE =
  'Remove the image (the "![...](...)"). Case studies cannot show pictures: the site leaves them out, because they would load from another website. Describe it in words, or link to it like [words](https://...).';

export function findUnsafeMarkdown(body: string, firstLine = 1): UnsafeMarkdown[] {
  return findLineByLine(body, firstLine);
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
