/**
 * What the page views share: the shape of a breadcrumb, a group of links to narrower lists,
 * a filter menu, and the parts of the loaded directory that the views read. A view takes
 * these as plain data, so it can be tested without building the site.
 */
import type { Service } from '../../schemas/service.ts';
import type { DirectoryFacet, ListedService } from '../directory/list-pages.ts';

/** One step back up the site, shown above the page heading. */
export interface Crumb {
  readonly label: string;
  /** The address from the site's root (put it under the base with href()). */
  readonly path: string;
}

/** A link to a filtered list, with how many things it has. */
export interface CountedLink {
  readonly label: string;
  readonly path: string;
  readonly count: number;
  /** True for the list that is showing now: it is shown as text, not a link. */
  readonly current?: boolean;
}

/** A group of links to filtered lists, like "Free Wi-Fi in your area". */
export interface LinkGroup {
  readonly label: string;
  readonly links: readonly CountedLink[];
}

/** One instant filter menu: its name, what it asks, and the choices with how many each has. */
export interface FilterControl {
  readonly name: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string; readonly count: number }[];
}

/** A listing as the views need it: its content, who runs it, the areas it serves and its filter values. */
export interface ViewService {
  readonly id: string;
  readonly file: string;
  readonly data: Service;
  readonly organisationName: string;
  readonly areas: readonly string[];
  readonly listed: ListedService;
}

/** The loaded directory, as the views read it (see src/data/directory.ts). */
export interface ViewDirectory<S extends ViewService = ViewService> {
  readonly areas: readonly { readonly id: string }[];
  readonly areaName: (id: string) => string;
  readonly byId: ReadonlyMap<string, S>;
  /** How many services each list has, by the part of its address after /find-help/ (first pages only). */
  readonly listTotals: ReadonlyMap<string, number>;
  readonly facetOrder: Readonly<Record<DirectoryFacet, readonly string[]>>;
}

/** The words for the directory's filters: each filter's name, and the words for each of its values. */
export interface DirectoryWords {
  readonly facetName: Readonly<Record<DirectoryFacet, string>>;
  readonly valueLabel: (facet: DirectoryFacet, value: string) => string;
}

/** A service from the directory by its id; a list page or sheet that names a missing service is a mistake in the build. */
export function serviceById<S extends ViewService>(directory: Pick<ViewDirectory<S>, 'byId'>, id: string): S {
  const service = directory.byId.get(id);
  if (!service) throw new Error(`No service with the id "${id}" in the directory.`);
  return service;
}
