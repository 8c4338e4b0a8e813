import type { APIRoute } from 'astro';
import { getSite } from '../data/site.ts';
import { routes } from '../lib/routes.ts';
import { href } from '../utils/href.ts';

/** The web app manifest: a champion can add the site to a phone's home screen; it opens at the Digital Champions page. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const manifest = {
    name: site.name,
    short_name: 'Champions',
    description: 'Training, the triage tool and local help for Digital Champions, with an offline copy.',
    lang: 'en-GB',
    start_url: href(routes.champions()),
    scope: href(routes.home()),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#0b3d5c',
    icons: [{ src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
