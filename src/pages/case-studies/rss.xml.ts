import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCaseStudies } from '../../data/case-studies.ts';
import { getSite } from '../../data/site.ts';
import { withBase } from '../../lib/links.ts';
import { routes } from '../../lib/routes.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSite();
  const items = await getCaseStudies();
  return rss({
    title: `${site.name}: case studies`,
    description: `What partners have done to help people get online in ${site.area} and beyond.`,
    site: new URL(import.meta.env.BASE_URL, context.site).href,
    items: items.map((item) => ({
      title: item.data.title,
      description: item.data.summary,
      link: withBase(import.meta.env.BASE_URL, routes.caseStudy(item.id)),
      pubDate: new Date(`${item.data.date}T00:00:00Z`),
      categories: [...item.data.cs, ...item.data.themes],
    })),
    customData: '<language>en-gb</language>',
  });
};
