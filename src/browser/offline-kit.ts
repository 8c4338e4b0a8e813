/**
 * The offline kit page: shows the download size for the chosen area, saves the kit (it
 * registers the service worker and asks it to download the area's kit), says when it was
 * saved, and removes it. See src/lib/offline-kit/worker.ts for the worker.
 */
import { withBase } from '../lib/links.ts';
import { sizeInWords, type KitList, type KitVersion } from '../lib/offline-kit/kit-list.ts';
import { KIT_CACHE_PREFIX, KIT_STORAGE_KEY, kitListPath, kitRecordPath, kitVersionPath, serviceWorkerPath } from '../lib/offline-kit/paths.ts';
import type { SavedKit } from '../lib/offline-kit/worker.ts';
import { readShortlist } from '../lib/shortlist/list.ts';
import { shortlistEntryPath } from '../lib/shortlist/paths.ts';

const root = document.querySelector<HTMLElement>('[data-offline-kit]');
if (root) {
  const base = root.dataset.base ?? '/';
  const at = (path: string) => withBase(base, path);
  const form = root.querySelector<HTMLFormElement>('[data-kit-form]')!;
  const select = form.querySelector<HTMLSelectElement>('select')!;
  const sizeLine = form.querySelector<HTMLElement>('[data-kit-size]')!;
  const status = root.querySelector<HTMLElement>('[data-kit-status]')!;
  const savedBox = root.querySelector<HTMLElement>('[data-kit-saved]')!;
  const savedText = root.querySelector<HTMLElement>('[data-kit-saved-text]')!;
  const removeButton = root.querySelector<HTMLButtonElement>('[data-kit-remove]')!;
  const saveButton = form.querySelector<HTMLButtonElement>('button')!;
  root.querySelector('[data-kit-no-script]')?.setAttribute('hidden', '');

  const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).replace(',', ' at');
  const fetchJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(at(path), { cache: 'no-store' });
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()) as T;
  };

  const showSaved = (record: SavedKit | undefined) => {
    savedBox.hidden = !record;
    if (record) savedText.textContent = `Saved on ${when(record.savedAt)}: the training, the triage tool and the help in ${record.name}.`;
  };
  /** The saved kit, as the worker recorded it in its cache; localStorage is kept the same. */
  const readSaved = async (): Promise<SavedKit | undefined> => {
    for (const name of await caches.keys()) {
      if (!name.startsWith(KIT_CACHE_PREFIX)) continue;
      const found = await (await caches.open(name)).match(at(kitRecordPath()));
      if (found) {
        const record = (await found.json()) as SavedKit;
        localStorage.setItem(KIT_STORAGE_KEY, JSON.stringify(record));
        return record;
      }
    }
    localStorage.removeItem(KIT_STORAGE_KEY);
    return undefined;
  };
  const showSize = async () => {
    sizeLine.textContent = '';
    try {
      const list = await fetchJson<KitList>(kitListPath(select.value));
      sizeLine.textContent = `The download is ${sizeInWords(list.downloadBytes)}. It takes ${sizeInWords(list.fileBytes)} of space on this device.`;
    } catch {
      sizeLine.textContent = 'The size of the download is not known. You may be offline.';
    }
  };

  /** Asks the worker to save the area's kit, and waits for its answer. */
  const askWorker = async (message: { type: 'save'; area: string; name: string; extras: string[] }): Promise<{ ok: boolean; record?: SavedKit; error?: string }> => {
    const registration = await navigator.serviceWorker.register(at(serviceWorkerPath()), { scope: base });
    await navigator.serviceWorker.ready;
    const worker = registration.active ?? (await navigator.serviceWorker.ready).active;
    if (!worker) throw new Error('The offline worker did not start.');
    const channel = new MessageChannel();
    const answer = new Promise<{ ok: boolean; record?: SavedKit; error?: string }>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data)));
    worker.postMessage(message, [channel.port2]);
    return answer;
  };

  if (!('serviceWorker' in navigator) || !('caches' in window)) {
    status.textContent = 'This browser cannot save pages for offline use. Try an up-to-date Chrome, Edge, Firefox or Safari.';
  } else {
    form.hidden = false;
    select.addEventListener('change', () => void showSize());
    void showSize();
    void (async () => {
      // A worker already here first checks for a new build or the kill switch, then says what is saved.
      const controller = navigator.serviceWorker.controller;
      if (controller) {
        const channel = new MessageChannel();
        const checked = new Promise((resolve) => {
          channel.port1.onmessage = resolve;
          setTimeout(resolve, 30_000);
        });
        controller.postMessage({ type: 'check' }, [channel.port2]);
        await checked;
      }
      const record = await readSaved();
      showSaved(record);
      if (record) select.value = record.area;
      void showSize();
    })();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void (async () => {
        saveButton.disabled = true;
        status.textContent = 'Saving. Keep this page open.';
        try {
          const version = await fetchJson<KitVersion>(kitVersionPath());
          if (version.retired) throw new Error('The offline copy is turned off on this site.');
          const name = select.selectedOptions[0]?.textContent ?? select.value;
          // The shortlist's listings are saved too (those outside the area as extras; the worker skips any it cannot fetch).
          const listingPath = root.dataset.listingPath ?? '';
          const extras = readShortlist(localStorage).flatMap((id) => [listingPath.replace('{id}', encodeURIComponent(id)), shortlistEntryPath(id)]);
          const answer = await askWorker({ type: 'save', area: select.value, name, extras });
          if (!answer.ok || !answer.record) throw new Error(answer.error ?? 'The pages could not be saved.');
          localStorage.setItem(KIT_STORAGE_KEY, JSON.stringify(answer.record));
          showSaved(answer.record);
          // Ask the browser to keep the pages when the device runs short of space (it may ask the champion, or decide itself).
          const kept = await navigator.storage?.persist?.().catch(() => false);
          status.textContent = kept
            ? 'Saved. You can now use these pages with no signal.'
            : 'Saved. You can now use these pages with no signal. If this device runs short of space, the browser may delete them: open this page before you go out to check they are still saved.';
        } catch (problem) {
          const retired = (problem as Error).message.includes('turned off');
          status.textContent = retired ? 'The offline copy is turned off on this site.' : 'The pages were not saved. Check your signal and try again.';
        } finally {
          saveButton.disabled = false;
        }
      })();
    });
    removeButton.addEventListener('click', () => {
      void (async () => {
        for (const name of await caches.keys()) if (name.startsWith(KIT_CACHE_PREFIX)) await caches.delete(name);
        localStorage.removeItem(KIT_STORAGE_KEY);
        showSaved(undefined);
        status.textContent = 'The offline copy is removed from this device.';
        saveButton.focus();
      })();
    });
  }
}
