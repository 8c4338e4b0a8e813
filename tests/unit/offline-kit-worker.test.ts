import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { gzipSync } from 'node:zlib';
import { contentTypeOf, readKitBundle, writeKitBundle, type KitBundleFile } from '../../src/lib/offline-kit/bundle.ts';
import { offlineKitWorker, workerSource, type SavedKit, type WorkerScope, type WorkerSettings } from '../../src/lib/offline-kit/worker.ts';

const ORIGIN = 'https://site.test';
const text = (body: string) => new TextEncoder().encode(body);
const file = (url: string, body: string): KitBundleFile => ({ url, type: contentTypeOf(url.endsWith('/') ? 'index.html' : url), body: text(body) });
const lesson = '<html><body><nav>Home</nav><main id="main">Lesson one</main></body></html>';
const offlinePage = '<html><body><main id="main"><h1>You are offline</h1><div data-offline-saved></div></main></body></html>';

/** Cache Storage, in memory. Like the real one, it keys by full address (a path is taken from the site's origin). */
const keyOf = (key: string) => new URL(key, ORIGIN).href;
class FakeCaches {
  readonly stores = new Map<string, Map<string, Response>>();
  keys = async () => [...this.stores.keys()];
  delete = async (name: string) => this.stores.delete(name);
  open = async (name: string) => {
    const store = this.stores.get(name) ?? new Map<string, Response>();
    this.stores.set(name, store);
    return {
      match: async (key: string) => store.get(keyOf(key))?.clone(),
      put: async (key: string, response: Response) => void store.set(keyOf(key), response),
    } as unknown as Cache;
  };
  match = async (key: string) => {
    for (const store of this.stores.values()) if (store.has(keyOf(key))) return store.get(keyOf(key))!.clone();
    return undefined;
  };
}

/** The network: what each address answers, and whether the device is offline. */
class FakeNetwork {
  offline = false;
  /** A weak signal for these pages: their requests neither fail nor answer. */
  readonly slow = new Set<string>();
  readonly files = new Map<string, () => Response>();
  readonly asked: string[] = [];
  fetch = async (input: string | { url: string }): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN).href;
    this.asked.push(url);
    if (this.offline) throw new TypeError('Failed to fetch');
    if (this.slow.has(new URL(url).pathname)) return new Promise<Response>(() => undefined);
    return this.files.get(url)?.() ?? new Response('not found', { status: 404 });
  };
  serve(path: string, body: string | Uint8Array, type = 'application/octet-stream') {
    this.files.set(ORIGIN + path, () => new Response(body as BodyInit, { headers: { 'Content-Type': type } }));
  }
  json(path: string, value: unknown) {
    this.serve(path, JSON.stringify(value), 'application/json');
  }
}

const settings: WorkerSettings = {
  build: 'b1',
  cachePrefix: 'offline-kit-',
  versionPath: '/offline-kit/version.json',
  listPath: '/offline-kit/areas/{area}.json',
  fallbackPath: '/offline/',
  kitPagePath: '/champions/offline/',
  recordPath: '/offline-kit/saved-kit',
  networkWaitMs: 30,
};

type Listener = (event: unknown) => void;

/** A service worker scope that runs the worker, and helpers to send it events. */
function startWorker() {
  const listeners = new Map<string, Listener>();
  const unregister = vi.fn(async () => true);
  const scope = {
    registration: { scope: `${ORIGIN}/`, unregister },
    clients: { claim: async () => undefined },
    location: { origin: ORIGIN },
    skipWaiting: async () => undefined,
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  } as unknown as WorkerScope;
  offlineKitWorker(scope, settings, readKitBundle);
  const lifecycle = async (type: 'install' | 'activate') => {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    await Promise.all(waits);
  };
  const message = async (data: unknown): Promise<{ ok: boolean; record?: SavedKit; error?: string }> => {
    let answer: unknown;
    const waits: Promise<unknown>[] = [];
    listeners.get('message')!({ data, ports: [{ postMessage: (value: unknown) => (answer = value) }], waitUntil: (promise: Promise<unknown>) => waits.push(promise) });
    await Promise.all(waits);
    return answer as never;
  };
  /** Sends a request; undefined if the worker left it to the browser. */
  const request = async (path: string, mode: 'navigate' | 'cors' = 'navigate', method = 'GET'): Promise<Response | undefined> => {
    let response: Promise<Response> | undefined;
    const waits: Promise<unknown>[] = [];
    listeners.get('fetch')!({
      request: { url: new URL(path, ORIGIN).href, mode, method },
      respondWith: (value: Promise<Response>) => (response = value),
      waitUntil: (promise: Promise<unknown>) => waits.push(promise),
    });
    const result = await response;
    await Promise.all(waits);
    return result;
  };
  return { listeners, unregister, lifecycle, message, request };
}

let caches: FakeCaches;
let network: FakeNetwork;

/** Puts a build of the site on the network: its version file, area a's list and both bundles. */
function publish(build: string, options: { retired?: boolean; zipped?: boolean; lessonText?: string } = {}) {
  const pack = (files: KitBundleFile[]) => (options.zipped === false ? writeKitBundle(files) : gzipSync(writeKitBundle(files)));
  network.json('/offline-kit/version.json', { format: 1, build, retired: options.retired === true });
  network.json('/offline-kit/areas/a.json', { format: 1, area: 'a', build, bundles: [{ url: '/offline-kit/shared.kit.gz' }, { url: '/offline-kit/areas/a.kit.gz' }] });
  network.serve('/offline-kit/shared.kit.gz', pack([file('/champions/modules/m1/l1/', options.lessonText ?? lesson), file('/offline/', offlinePage), file('/_astro/site.css', 'body{}')]));
  network.serve('/offline-kit/areas/a.kit.gz', pack([file('/find-help/in/a/', '<main>Help in A</main>'), file('/postcodes/NM1.json', '{"district":"NM1"}')]));
  network.serve('/champions/modules/m1/l1/', 'fresh lesson from the network', 'text/html');
  network.serve('/about/', 'about page', 'text/html');
  network.serve('/_astro/site.css', 'body{color:red}', 'text/css');
  network.serve('/postcodes/NM1.json', '{"fresh":true}', 'application/json');
}

beforeEach(() => {
  caches = new FakeCaches();
  network = new FakeNetwork();
  vi.stubGlobal('caches', caches);
  vi.stubGlobal('fetch', network.fetch);
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
  publish('b1');
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('offline kit worker: saving and removing', () => {
  it('saves nothing until asked', async () => {
    const worker = startWorker();
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    await worker.request('/about/');
    expect(await caches.keys()).toEqual([]);
  });

  it('saves every file of both bundles, and a record of the area, when and which build, when asked', async () => {
    const worker = startWorker();
    const answer = await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    expect(answer).toEqual({ ok: true, record: { area: 'a', name: 'Area A', savedAt: '2026-12-03T10:00:00.000Z', build: 'b1', extras: [] } });
    expect(await caches.keys()).toEqual(['offline-kit-b1']);
    const store = caches.stores.get('offline-kit-b1')!;
    expect([...store.keys()].sort()).toEqual(
      ['/champions/modules/m1/l1/', '/offline/', '/_astro/site.css', '/find-help/in/a/', '/postcodes/NM1.json', '/offline-kit/saved-kit'].map((path) => ORIGIN + path).sort(),
    );
    expect(await store.get(`${ORIGIN}/find-help/in/a/`)!.clone().text()).toBe('<main>Help in A</main>');
    expect(store.get(`${ORIGIN}/_astro/site.css`)!.headers.get('Content-Type')).toBe('text/css; charset=utf-8');
    expect(store.get(`${ORIGIN}/champions/modules/m1/l1/`)!.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
  });

  it('saves the extra pages it is given (the shortlist beyond the area), skips those it cannot fetch, and keeps them on a new build', async () => {
    network.serve('/services/far-away/', 'far away listing', 'text/html');
    network.json('/shortlist/listings/far-away.json', { name: 'Far away' });
    const worker = startWorker();
    const extras = ['/services/far-away/', '/shortlist/listings/far-away.json', '/services/gone/', 'https://elsewhere.test/x', '//elsewhere.test/y'];
    const answer = await worker.message({ type: 'save', area: 'a', name: 'Area A', extras });
    expect(answer.record?.extras).toEqual(extras.slice(0, 3));
    const store = caches.stores.get('offline-kit-b1')!;
    expect(await store.get(`${ORIGIN}/services/far-away/`)!.clone().text()).toBe('far away listing');
    expect(store.has(`${ORIGIN}/shortlist/listings/far-away.json`)).toBe(true);
    expect(store.has(`${ORIGIN}/services/gone/`)).toBe(false);
    expect(network.asked.filter((url) => !url.startsWith(ORIGIN))).toEqual([]);
    publish('b2');
    await worker.message({ type: 'check' });
    expect(caches.stores.get('offline-kit-b2')!.has(`${ORIGIN}/services/far-away/`)).toBe(true);
  });

  it('reads a bundle the host has already unzipped', async () => {
    publish('b1', { zipped: false });
    const answer = await startWorker().message({ type: 'save', area: 'a', name: 'Area A' });
    expect(answer.ok).toBe(true);
    expect(await caches.stores.get('offline-kit-b1')!.get(`${ORIGIN}/postcodes/NM1.json`)!.clone().text()).toBe('{"district":"NM1"}');
  });

  it('leaves no half-saved copy when a download fails, and says so', async () => {
    network.files.delete(`${ORIGIN}/offline-kit/areas/a.kit.gz`);
    const answer = await startWorker().message({ type: 'save', area: 'a', name: 'Area A' });
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain('/offline-kit/areas/a.kit.gz could not be fetched (404)');
    expect(await caches.keys()).toEqual([]);
  });

  it('removes every offline kit cache when asked', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    expect(await worker.message({ type: 'remove' })).toEqual({ ok: true });
    expect(await caches.keys()).toEqual([]);
  });
});

describe('offline kit worker: pages online and offline', () => {
  it('takes pages and files from the network while online, even when they are saved', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    expect(await (await worker.request('/champions/modules/m1/l1/'))!.text()).toBe('fresh lesson from the network');
    expect(await (await worker.request('/postcodes/NM1.json', 'cors'))!.text()).toBe('{"fresh":true}');
  });

  it('takes hashed styles and scripts (/_astro/) from the saved copy first, as they never change', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    expect(await (await worker.request('/_astro/site.css', 'cors'))!.text()).toBe('body{}');
  });

  it('offline, shows a saved page with its notice of when it was saved', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    network.offline = true;
    const html = await (await worker.request('/champions/modules/m1/l1/?from=menu'))!.text();
    expect(html).toBe(
      '<html><body><nav>Home</nav><aside class="notice" aria-label="Offline copy" data-offline-notice="offline">You are offline. You are using the copy saved on 3 December 2026.</aside><main id="main">Lesson one</main></body></html>',
    );
    expect(await (await worker.request('/postcodes/NM1.json', 'cors'))!.text()).toBe('{"district":"NM1"}');
  });

  it('offline, shows the offline page, saying what is saved and when, for a page not saved', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area <A>' });
    network.offline = true;
    const html = await (await worker.request('/about/'))!.text();
    expect(html).toContain('<h1>You are offline</h1>');
    expect(html).toContain('data-offline-notice="offline">You are offline. You are using the copy saved on 3 December 2026.</aside><main id="main">');
    expect(html).toContain('<div data-offline-saved><p>Saved on 3 December 2026: the training, the triage tool and the help in Area &lt;A&gt;.</p>');
    expect(html).toContain('<a href="/find-help/in/a/">Help in Area &lt;A&gt;</a>');
    expect(html).toContain('<a href="/print/in/a/">Printable list for Area &lt;A&gt;</a>');
    await expect(worker.request('/postcodes/NM9.json', 'cors')).rejects.toThrow('Failed to fetch');
  });

  it(`on a weak signal, shows a saved page from the kit after networkWaitMs (${settings.networkWaitMs} ms here), saying the network is slow`, async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    network.slow.add('/champions/modules/m1/l1/');
    const html = await (await worker.request('/champions/modules/m1/l1/'))!.text();
    expect(html).toBe(
      '<html><body><nav>Home</nav><aside class="notice" aria-label="Offline copy" data-offline-notice="slow">The network is slow. You are using the copy saved on 3 December 2026. Reload the page to try the network again.</aside><main id="main">Lesson one</main></body></html>',
    );
  });

  it('on a weak signal, a page not saved keeps waiting for the network (there is nothing better to show)', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    network.slow.add('/about/');
    const answer = worker.request('/about/').then(() => 'answered');
    const later = new Promise((resolve) => setTimeout(() => resolve('still waiting'), settings.networkWaitMs * 5));
    expect(await Promise.race([answer, later])).toBe('still waiting');
  });

  it('with a good signal, a saved page comes from the network, with no notice, as soon as it answers', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    const html = await (await worker.request('/champions/modules/m1/l1/'))!.text();
    expect(html).toBe('fresh lesson from the network');
  });

  it('offline with nothing saved, says no pages are saved', async () => {
    const worker = startWorker();
    network.offline = true;
    const html = await (await worker.request('/champions/modules/m1/l1/'))!.text();
    expect(html).toContain('No pages are saved for offline use on this device.');
    expect(html).toContain('href="/champions/offline/"');
  });

  it('leaves requests to other sites, and anything but GET, to the browser', async () => {
    const worker = startWorker();
    expect(await worker.request('https://elsewhere.test/x', 'cors')).toBeUndefined();
    expect(await worker.request('/about/', 'navigate', 'POST')).toBeUndefined();
  });
});

describe('offline kit worker: a new build, and the kill switch', () => {
  it('downloads the saved area again in the background when a new build is online', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    publish('b2', { lessonText: lesson.replace('Lesson one', 'Lesson one, new') });
    vi.setSystemTime(new Date('2026-12-10T09:00:00Z'));
    await worker.request('/about/');
    expect(await caches.keys()).toEqual(['offline-kit-b2']);
    const store = caches.stores.get('offline-kit-b2')!;
    expect(await store.get(`${ORIGIN}/champions/modules/m1/l1/`)!.clone().text()).toContain('Lesson one, new');
    expect(await store.get(`${ORIGIN}/offline-kit/saved-kit`)!.clone().json()).toEqual({ area: 'a', name: 'Area A', savedAt: '2026-12-10T09:00:00.000Z', build: 'b2', extras: [] });
  });

  it('checks at once when the kit page asks, and answers with the saved kit', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    await worker.request('/about/');
    publish('b2');
    const answer = await worker.message({ type: 'check' });
    expect(answer).toEqual({ ok: true, record: { area: 'a', name: 'Area A', savedAt: '2026-12-03T10:00:00.000Z', build: 'b2', extras: [] } });
    expect(await caches.keys()).toEqual(['offline-kit-b2']);
  });

  it('reads the version file at most once a minute', async () => {
    const worker = startWorker();
    await worker.request('/about/');
    await worker.request('/about/');
    expect(network.asked.filter((url) => url.endsWith('/version.json'))).toHaveLength(1);
    vi.setSystemTime(new Date('2026-12-03T10:01:01Z'));
    await worker.request('/about/');
    expect(network.asked.filter((url) => url.endsWith('/version.json'))).toHaveLength(2);
  });

  it('deletes its caches and unregisters itself when the version file says it is retired', async () => {
    const worker = startWorker();
    await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    publish('b1', { retired: true });
    await worker.lifecycle('activate');
    expect(await caches.keys()).toEqual([]);
    expect(worker.unregister).toHaveBeenCalledOnce();
  });

  it('refuses to save once retired, and removes itself', async () => {
    publish('b1', { retired: true });
    const worker = startWorker();
    const answer = await worker.message({ type: 'save', area: 'a', name: 'Area A' });
    expect(answer).toEqual({ ok: false, error: 'The offline copy has been turned off on this site.' });
    expect(await caches.keys()).toEqual([]);
    expect(worker.unregister).toHaveBeenCalledOnce();
  });
});

describe('offline kit worker: sw.js', () => {
  it('is JavaScript that starts the worker with the build settings', () => {
    const source = workerSource(settings, readKitBundle);
    const added: string[] = [];
    const self = { registration: { scope: `${ORIGIN}/` }, addEventListener: (type: string) => added.push(type) };
    new Function('self', source)(self);
    expect(added.sort()).toEqual(['activate', 'fetch', 'install', 'message']);
    expect(source).toContain('"build":"b1"');
  });
});

describe('offline kit bundles', () => {
  it('reads back every file it wrote, byte for byte, with its type', () => {
    const files = [file('/a/', '<p>é</p>'), file('/b.json', '{}'), { url: '/c.bin', type: 'application/octet-stream', body: new Uint8Array([0, 10, 255]) }];
    expect(readKitBundle(writeKitBundle(files))).toEqual(files);
  });

  it('refuses a bundle that is cut short, too long, or of another format', () => {
    const bytes = writeKitBundle([file('/a/', 'hello')]);
    expect(() => readKitBundle(bytes.slice(0, -1))).toThrow('cut short');
    expect(() => readKitBundle(new Uint8Array([...bytes, 1]))).toThrow('more bytes');
    expect(() => readKitBundle(text('{"format":2,"files":[]}\n'))).toThrow('not in a format');
    expect(() => readKitBundle(text('no header'))).toThrow('no list of files');
  });
});
