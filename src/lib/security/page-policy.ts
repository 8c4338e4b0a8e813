/**
 * Each page's Content-Security-Policy names only the inline scripts and styles on that page.
 *
 * Astro writes one list of hashes into every page's policy: every inline script on the whole site,
 * the five client-directive scripts (this site has no islands, so it loads none of them) and its
 * script files (which 'self' already allows). That is about 13 hashes, some 450 bytes a page after
 * compression: more than the "not yet translated" notes on a list page. A hash the page does not
 * use allows nothing the page needs, so dropping it only narrows the policy.
 *
 * Used by src/middleware.ts on every page as it is built; tests/site/hosting.test.ts checks
 * every built page.
 */
import { createHash } from 'node:crypto';

/** The policy's <meta> element: its start, its list of directives, and its end. */
const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)("[^>]*>)/i;
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const STYLE = /<style(\s[^>]*)?>([\s\S]*?)<\/style>/gi;
/** Script elements a browser does not run, so a policy does not govern them. */
const DATA_BLOCK = /\stype="application\/(?:ld\+)?json"/i;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of the inline code on a page that a policy governs. */
export function inlineHashes(html: string): { scripts: Set<string>; styles: Set<string> } {
  const scripts = new Set<string>();
  for (const [, attributes = '', text = ''] of html.matchAll(SCRIPT)) {
    if (/\ssrc=/i.test(attributes) || DATA_BLOCK.test(attributes)) continue;
    scripts.add(hashOf(text));
  }
  const styles = new Set<string>();
  for (const [, , text = ''] of html.matchAll(STYLE)) styles.add(hashOf(text));
  return { scripts, styles };
}

/** One directive ("script-src 'self' 'sha256-…'") with only the hashes in `keep`. */
function narrowDirective(directive: string, keep: Set<string>): string {
  const [name, ...sources] = directive.trim().split(/\s+/);
  const kept = sources.filter((source) => !source.startsWith("'sha256-") || keep.has(source));
  return [name, ...kept].join(' ');
}

/** Where the policy goes: right after the page's character set, or else at the top of its <head>. */
const CHARSET = /<meta charset="[^"]*">/i;
const HEAD = /<head>/i;

/**
 * The page with its policy narrowed to the hashes of its own inline scripts and styles, and moved
 * to the top of its <head> (Astro writes it at the end, after anything a page puts in its head; a
 * policy governs only what comes after it, so a script a page put in its head would not be). A page with no policy comes back as it was. The
 * policy never gains a hash it did not have.
 */
export function narrowPagePolicy(html: string): string {
  const found = POLICY.exec(html);
  if (!found) return html;
  const { scripts, styles } = inlineHashes(html);
  const directives = found[2]!.split(';').map((directive) => {
    const name = directive.trim().split(/\s+/)[0];
    if (name === 'script-src') return narrowDirective(directive, scripts);
    if (name === 'style-src') return narrowDirective(directive, styles);
    return directive;
  });
  const policy = found[1] + directives.join(';') + found[3];
  const end = found.index + found[0].length;
  const rest = html.slice(0, found.index) + html.slice(end);
  const top = CHARSET.exec(rest) ?? HEAD.exec(rest);
  if (!top || top.index > found.index) return html.slice(0, found.index) + policy + html.slice(end);
  const at = top.index + top[0].length;
  return rest.slice(0, at) + policy + rest.slice(at);
}
