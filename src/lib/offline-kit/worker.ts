/**
 * The service worker (/sw.js), small and hand-written. workerSource() writes it: this file's
 * offlineKitWorker and readKitBundle (bundle.ts), copied as they are, with this build's settings.
 * So offlineKitWorker uses nothing from outside itself except what it is given.
 *
 * What it does:
 * - Nothing is saved until the champion asks: the offline kit page sends { type: 'save', area,
 *   name, extras }; the worker downloads the area's kit (the shared bundle and the area's bundle) into
 *   the cache `offline-kit-<build>`, with a record of the area and when it was saved. The extras
 *   are pages the champion wants too (the shortlist's listings outside the area).
 *   { type: 'remove' } deletes every offline kit cache. { type: 'check' } reads the version file
 *   at once (the kit page sends it when it opens) and answers with the saved kit's record.
 * - Pages (navigations) come from the network first, so nothing old shows when online. When the
 *   network fails: a page in the kit comes from the cache, with its "You are using the copy
 *   saved on <date>" notice shown; any other page gets the offline page (/offline/), which says
 *   what is saved and when. When the network is slow (a weak signal that neither fails nor
 *   answers), a page in the kit comes from the cache after `networkWaitMs`, saying so. Other files: network first, cache when offline; hashed styles and
 *   scripts (/_astro/) from the cache first, as they never change.
 * - On each visit online (at most once a minute) it reads the version file: if the operator has
 *   retired it (the kill switch), it deletes its caches and unregisters itself; if a new build
 *   has replaced the saved kit, it downloads the saved area's new kit in the background.
 */

/** This build's settings, written into sw.js. Addresses start at the site's root. */
export interface WorkerSettings {
  /** The build the worker comes from (the kit's files' fingerprint). */
  readonly build: string;
  readonly cachePrefix: string;
  readonly versionPath: string;
  /** An area's kit list, with "{area}" for the area. */
  readonly listPath: string;
  readonly fallbackPath: string;
  readonly kitPagePath: string;
  /** Where the record of the saved kit is kept in its cache (an address the site never serves). */
  readonly recordPath: string;
  /** How long a page in the kit waits for the network before the saved copy shows instead. */
  readonly networkWaitMs: number;
}

/** What the worker keeps beside the saved pages (and the kit page copies to localStorage). */
export interface SavedKit {
  readonly area: string;
  readonly name: string;
  readonly savedAt: string;
  readonly build: string;
  /** More pages saved beside the kit: the shortlist's listings outside the area (addresses from the site's root). */
  readonly extras: readonly string[];
}

interface BundleFile {
  readonly url: string;
  readonly type: string;
  readonly body: Uint8Array;
}

interface ExtendableEvent {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerMessageEvent extends ExtendableEvent {
  readonly data: unknown;
  readonly ports: readonly MessagePort[];
}

/** The parts of the service worker's global scope the worker uses. */
export interface WorkerScope {
  readonly registration: { readonly scope: string; unregister(): Promise<boolean> };
  readonly clients: { claim(): Promise<void> };
  readonly location: { readonly origin: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void;
}

/** The worker itself. */
export function offlineKitWorker(scope: WorkerScope, settings: WorkerSettings, readBundle: (bytes: Uint8Array) => BundleFile[]): void {
  const base = new URL(scope.registration.scope).pathname;
  const at = (path: string) => base + path.replace(/^\//, '');
  const recordKey = at(settings.recordPath);
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const dateOf = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  let saving: Promise<SavedKit> | undefined;
  let lastCheck = 0;

  const kitCaches = async () => (await caches.keys()).filter((name) => name.startsWith(settings.cachePrefix));
  const removeAll = async () => {
    for (const name of await kitCaches()) await caches.delete(name);
  };
  const savedKit = async (): Promise<{ record: SavedKit; cache: Cache } | undefined> => {
    for (const name of await kitCaches()) {
      const cache = await caches.open(name);
      const found = await cache.match(recordKey);
      if (found) return { record: (await found.json()) as SavedKit, cache };
    }
    return undefined;
  };
  const fetchJson = async (path: string): Promise<Record<string, unknown>> => {
    const response = await fetch(at(path), { cache: 'no-store' });
    if (!response.ok) throw new Error(`${path} could not be fetched (${response.status}).`);
    return (await response.json()) as Record<string, unknown>;
  };
  /** A bundle's bytes, unzipped (unless the host already did). */
  const unzip = async (response: Response): Promise<Uint8Array> => {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
    return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
  };
  const retire = async () => {
    await removeAll();
    await scope.registration.unregister();
  };

  const save = async (area: string, name: string, extras: readonly string[]): Promise<SavedKit> => {
    const version = await fetchJson(settings.versionPath);
    if (version.retired === true) {
      await retire();
      throw new Error('The offline copy has been turned off on this site.');
    }
    const list = await fetchJson(settings.listPath.replace('{area}', encodeURIComponent(area)));
    const build = String(list.build);
    const cacheName = settings.cachePrefix + build;
    const cache = await caches.open(cacheName);
    try {
      for (const bundle of list.bundles as { url: string }[]) {
        const response = await fetch(at(bundle.url), { cache: 'no-store' });
        if (!response.ok) throw new Error(`${bundle.url} could not be fetched (${response.status}).`);
        const files = readBundle(await unzip(response));
        await Promise.all(files.map((file) => cache.put(at(file.url), new Response(file.body as BodyInit, { headers: { 'Content-Type': file.type } }))));
      }
      // The extras are saved if they can be: one missing (a listing taken down) does not stop the kit.
      for (const extra of extras.slice(0, 40)) {
        const response = await fetch(at(extra), { cache: 'no-store' }).catch(() => undefined);
        if (response?.ok) await cache.put(at(extra), response);
      }
    } catch (problem) {
      if (!(await cache.match(recordKey))) await caches.delete(cacheName);
      throw problem;
    }
    const record: SavedKit = { area, name, savedAt: new Date().toISOString(), build, extras };
    await cache.put(recordKey, new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
    for (const other of await kitCaches()) if (other !== cacheName) await caches.delete(other);
    return record;
  };
  const saveOnce = (area: string, name: string, extras: readonly string[]) =>
    (saving ??= save(area, name, extras).finally(() => {
      saving = undefined;
    }));

  /** The kill switch, and a new build: read the version file (at most once a minute). */
  const check = async (now = false) => {
    if (!now && Date.now() - lastCheck < 60_000) return;
    lastCheck = Date.now();
    let version: Record<string, unknown>;
    try {
      version = await fetchJson(settings.versionPath);
    } catch {
      return;
    }
    if (version.retired === true) return retire();
    const saved = await savedKit();
    if (saved && saved.record.build !== version.build && !saving) await saveOnce(saved.record.area, saved.record.name, saved.record.extras ?? []).catch(() => undefined);
  };

  /** A saved page, with its notice showing when it was saved (and, on the offline page, what is saved). */
  const fromKit = async (response: Response, record: SavedKit, why: 'offline' | 'slow' = 'offline'): Promise<Response> => {
    const date = dateOf(record.savedAt);
    const reason = why === 'slow' ? 'The network is slow.' : 'You are offline.';
    const notice = `<aside class="notice" aria-label="Offline copy" data-offline-notice="${why}">${reason} You are using the copy saved on ${escape(date)}.${why === 'slow' ? ' Reload the page to try the network again.' : ''}</aside>`;
    const saved =
      `<p>Saved on ${escape(date)}: the training, the triage tool and the help in ${escape(record.name)}.</p>` +
      `<ul><li><a href="${at(`/find-help/in/${encodeURIComponent(record.area)}/`)}">Help in ${escape(record.name)}</a></li>` +
      `<li><a href="${at(`/print/in/${encodeURIComponent(record.area)}/`)}">Printable list for ${escape(record.name)}</a></li></ul>`;
    const text = (await response.text()).replace(/<main\b/, `${notice}$&`).replace(/(<[a-z]+\b[^>]*\bdata-offline-saved\b[^>]*>)/, `$1${saved}`);
    return new Response(text, { headers: html });
  };
  const nothingSaved = () =>
    new Response(
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>You are offline</title></head>` +
        `<body><main><h1>You are offline</h1><p>No pages are saved for offline use on this device.</p><p>When you are online again, you can save pages on the <a href="${at(settings.kitPagePath)}">offline copy page</a>.</p></main></body></html>`,
      { headers: html },
    );

  /** A page in the kit: from the network if it answers within networkWaitMs, otherwise the saved copy (the network's answer is not waited for). */
  const kitPageOrNetwork = async (network: Promise<Response>, request: Request): Promise<Response | undefined> => {
    const saved = await savedKit();
    const url = new URL(request.url);
    const copy = await saved?.cache.match(url.origin + url.pathname);
    if (!saved || !copy) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), settings.networkWaitMs)));
    const first = await Promise.race([
      network.then(
        (response) => response,
        () => 'failed' as const,
      ),
      waited,
    ]);
    clearTimeout(timer);
    if (first instanceof Response) return first;
    return fromKit(copy, saved.record, first === 'slow' ? 'slow' : 'offline');
  };
  const page = async (request: Request): Promise<Response> => {
    const network = fetch(request);
    try {
      return (await kitPageOrNetwork(network, request)) ?? (await network);
    } catch {
      const saved = await savedKit();
      if (!saved) return nothingSaved();
      const url = new URL(request.url);
      const found = (await saved.cache.match(url.origin + url.pathname)) ?? (await saved.cache.match(url.origin + at(settings.fallbackPath)));
      return found ? fromKit(found, saved.record) : nothingSaved();
    }
  };
  const file = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const key = url.origin + url.pathname;
    if (url.pathname.startsWith(at('/_astro/'))) {
      const cached = await caches.match(key);
      if (cached) return cached;
    }
    try {
      return await fetch(request);
    } catch (problem) {
      const saved = await savedKit();
      const cached = await saved?.cache.match(key);
      if (cached) return cached;
      throw problem;
    }
  };

  scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
  scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim().then(() => check())));
  scope.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate') {
      event.respondWith(page(request));
      event.waitUntil(check());
    } else event.respondWith(file(request));
  });
  scope.addEventListener('message', (event) => {
    const data = (event.data ?? {}) as { type?: string; area?: string; name?: string; extras?: unknown };
    const port = event.ports[0];
    const reply = (message: unknown) => port?.postMessage(message);
    if (data.type === 'save' && typeof data.area === 'string')
      event.waitUntil(
        saveOnce(data.area, data.name ?? data.area, Array.isArray(data.extras) ? data.extras.filter((extra): extra is string => typeof extra === 'string' && /^\/(?!\/)/.test(extra)) : []).then(
          (record) => reply({ ok: true, record }),
          (problem: Error) => reply({ ok: false, error: problem.message }),
        ),
      );
    else if (data.type === 'remove') event.waitUntil(removeAll().then(() => reply({ ok: true })));
    else if (data.type === 'check') event.waitUntil(check(true).then(async () => reply({ ok: true, record: (await savedKit())?.record })));
  });
}

/** The text of sw.js for a build. */
export function workerSource(settings: WorkerSettings, readBundle: (bytes: Uint8Array) => BundleFile[]): string {
  return [
    "// The offline kit's service worker: see src/lib/offline-kit/worker.ts in the site's repository.",
    `const readKitBundle = ${readBundle.toString()};`,
    `(${offlineKitWorker.toString()})(self, ${JSON.stringify(settings)}, readKitBundle);`,
    '',
  ].join('\n');
}
