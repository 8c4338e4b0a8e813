/**
 * Turns contributed Markdown (case studies) into HTML that is safe to publish: raw HTML is
 * shown as text, never run, and links keep only http(s), mailto and tel addresses. Built on
 * micromark, which is safe by default; the content check rejects the same things earlier with
 * a message for the partner.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { rememberedByText } from './remembered.ts';

const SAFE_LINK = /^(https?:|mailto:|tel:|#|\/)/i;

/**
 * The same words appear on many pages (a listing's description on its page in each language, its
 * print sheets and the lists it is in), so each text is turned into HTML once per build.
 */
export const renderContributedMarkdown: (markdown: string) => string = rememberedByText(markdownToSafeHtml);

function markdownToSafeHtml(markdown: string): string {
  // micromark's own protocol check knows no tel: (it would write href=""), so it is turned off
  // and the check below keeps only the kinds of link we allow.
  const html = micromark(markdown, {
    allowDangerousHtml: false,
    allowDangerousProtocol: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  // micromark keeps relative links; keep only the kinds we allow, and drop images (contributed
  // images would load from other hosts).
  return html.replace(/<a href="([^"]*)"/g, (whole, href: string) => (href === '' || SAFE_LINK.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href) ? whole : '<a')).replace(/<img [^>]*>/g, '');
}

/** Plain text of contributed Markdown, for summaries and feeds. */
export function markdownToPlainText(markdown: string): string {
  return renderContributedMarkdown(markdown)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
