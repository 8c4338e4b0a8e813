/**
 * Patterns made from the site's routes (src/lib/routes.ts), so code that recognises addresses or
 * built files (which pages get read-aloud, which files go in the offline kit) never writes an
 * address again. Give a route ANY in place of each id: `routeShape(routes.service(ANY))` matches
 * "/services/eastbrook-library/" and every other listing's address.
 */

/** Stands for any one part of an address ("eastbrook-library") when a route is turned into a pattern. */
export const ANY = '\u0000';

const escaped = (route: string) => route.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replaceAll(ANY, '[^/]+');

/** A route as a pattern that matches its address for every id. */
export function routeShape(route: string): RegExp {
  return new RegExp(`^${escaped(route)}$`);
}

/** A route and every address under it. */
export function routeShapeUnder(route: string): RegExp {
  return new RegExp(`^${escaped(route)}`);
}

/** A route as a pattern for the file it is built to, from dist/: "/champions/" → "champions/index.html". */
export function builtFileShape(route: string): RegExp {
  const file = route.endsWith('/') ? `${route}index.html` : route;
  return new RegExp(`^${escaped(file.replace(/^\//, ''))}$`);
}
