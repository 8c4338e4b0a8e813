/** Each page's Content-Security-Policy narrowed to its own inline code (src/lib/security/page-policy.ts). */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { narrowPagePolicy } from '../../src/lib/security/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('narrowPagePolicy', () => {
  const used = 'document.documentElement.classList.add("js")';
  const other = 'console.log("another page")';
  const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hash(used)} ${hash(other)}; style-src 'self' ${hash('p{}')} ${hash('')};worker-src 'self' blob:`;

  it("keeps the hashes of the page's own inline scripts and styles, and every other source", () => {
    const narrowed = policyOf(narrowPagePolicy(page(policy, `<script>${used}</script><style>p{}</style>`)));
    expect(narrowed).toBe(`default-src 'self';script-src 'self' 'wasm-unsafe-eval' ${hash(used)};style-src 'self' ${hash('p{}')};worker-src 'self' blob:`);
  });

  it('drops the hashes of code the page does not have, and does not count script files or JSON data as inline code', () => {
    const narrowed = policyOf(narrowPagePolicy(page(policy, `<script type="module" src="/a.js"></script><script type="application/json">${used}</script>`)));
    expect(narrowed).not.toMatch(/sha256-/);
    expect(narrowed).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('moves the policy to the top of the <head>, after the character set, so it governs a script the page puts in its head (Astro writes it at the end)', () => {
    const head = `<meta charset="utf-8"><title>Search</title><script>${used}</script><meta http-equiv="content-security-policy" content="${policy}"><link rel="stylesheet" href="/a.css">`;
    const moved = narrowPagePolicy(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`);
    const narrowed = `<meta http-equiv="content-security-policy" content="${policyOf(moved)}">`;
    expect(moved).toBe(`<!DOCTYPE html><html><head><meta charset="utf-8">${narrowed}<title>Search</title><script>${used}</script><link rel="stylesheet" href="/a.css"></head><body></body></html>`);
    expect(policyOf(moved)).toContain(hash(used));
    // With no character set, at the very top of the head.
    expect(narrowPagePolicy(`<html><head><title>A</title><meta http-equiv="content-security-policy" content="${policy}"></head></html>`)).toMatch(
      /^<html><head><meta http-equiv="content-security-policy"[^>]*><title>A<\/title><\/head><\/html>$/,
    );
  });

  it('never adds a hash the policy did not have, and leaves a page with no policy alone', () => {
    const unlisted = 'alert(1)';
    expect(policyOf(narrowPagePolicy(page(policy, `<script>${unlisted}</script>`)))).not.toContain(hash(unlisted));
    const plain = '<html><body><script>alert(1)</script></body></html>';
    expect(narrowPagePolicy(plain)).toBe(plain);
  });
});
