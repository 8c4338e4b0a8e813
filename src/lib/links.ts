/**
 * Addresses the site builds: page paths under the site's base, and links into the
 * repository for "suggest a change" and "report a problem".
 */

/** Puts a site path ("/about/") under the base the site is published at ("/hub/about/"). */
export function withBase(base: string, path: string): string {
  if (/^[a-z]+:/i.test(path) || path.startsWith('#')) return path;
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The page's path from the site's root, given its address under the base the site is published at. */
export function pathFromSiteRoot(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return pathname.startsWith(root) ? `/${pathname.slice(root.length)}` : pathname;
}

export interface Repository {
  readonly url: string;
  readonly branch: string;
}

/** The repository page where anyone can propose a change to a file. */
export function editFileUrl(repository: Repository, file: string): string {
  return `${repository.url.replace(/\/$/, '')}/edit/${encodeURIComponent(repository.branch)}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** A new issue in the repository with its title and text filled in. */
export function newIssueUrl(repository: Repository, title: string, body: string): string {
  const params = new URLSearchParams({ title, body });
  return `${repository.url.replace(/\/$/, '')}/issues/new?${params.toString()}`;
}

/** The repository page that creates a new file with its name and contents filled in. */
export function newFileUrl(repository: Repository, folder: string, filename: string, contents: string): string {
  const params = new URLSearchParams({ filename, value: contents });
  return `${repository.url.replace(/\/$/, '')}/new/${encodeURIComponent(repository.branch)}/${folder.split('/').map(encodeURIComponent).join('/')}?${params.toString()}`;
}
