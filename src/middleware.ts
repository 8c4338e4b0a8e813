/**
 * Runs on every page as the site is built. It narrows each page's Content-Security-Policy to the
 * inline code on that page (src/lib/security/page-policy.ts). Other files pass through unchanged.
 */
import { defineMiddleware } from 'astro:middleware';
import { narrowPagePolicy } from './lib/security/page-policy.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = narrowPagePolicy(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
