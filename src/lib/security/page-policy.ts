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

const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
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

/**
 * The page with its policy narrowed to the hashes of its own inline scripts and styles. A page
 * with no policy comes back as it was. The policy never gains a hash it did not have.
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
  return html.slice(0, found.index) + found[1] + directives.join(';') + found[3] + html.slice(found.index + found[0].length);
}
