/**
 * Read-aloud in Chromium. Headless Chromium has no voices, so each test gives the page a pretend
 * speechSynthesis (see fakeSpeech) that says each sentence in a set time, firing start, boundary
 * and end events as a real one does, and records what it was asked to say and how fast.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowserOnBuiltSite, watchPage } from '../support/browser.ts';
import { TEST_SITE } from '../support/built-site.ts';
import { AXE_SOURCE, AXE_TAGS } from '../support/page-check.ts';
import { listenControlFor } from '../../src/lib/read-aloud/pages.ts';

const site = useBrowserOnBuiltSite();

interface FakeVoice {
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
}
interface FakeOptions {
  readonly voices: readonly FakeVoice[];
  /** The voices arrive late (as in Chrome), with "voiceschanged", when the test calls fakeSpeech.arrive(). */
  readonly late?: boolean;
  /** How long each sentence takes to say. */
  readonly sentenceMs?: number;
}

const LOCAL_GB: FakeVoice = { name: 'On this device (GB)', lang: 'en-GB', localService: true };
const ONLINE_GB: FakeVoice = { name: 'Online (GB)', lang: 'en-GB', localService: false };

/** Put in the page before its scripts run: a speechSynthesis that pretends to speak. */
function fakeSpeech({ voices, late = false, sentenceMs = 600 }: FakeOptions) {
  const said: { text: string; rate: number; voice: string | undefined; events: string[] }[] = [];
  let available = late ? [] : voices;
  let timers: ReturnType<typeof setTimeout>[] = [];
  let speaking: (EventTarget & { text: string }) | undefined;
  class Utterance extends EventTarget {
    text: string;
    rate = 1;
    lang = '';
    voice: FakeVoice | null = null;
    constructor(text: string) {
      super();
      this.text = text;
    }
  }
  class Speech extends EventTarget {
    onvoiceschanged: (() => void) | null = null;
    getVoices() {
      return available;
    }
    speak(utterance: Utterance) {
      const record = { text: utterance.text, rate: utterance.rate, voice: utterance.voice?.name, events: [] as string[] };
      said.push(record);
      speaking = utterance;
      const fire = (type: string, at: number) =>
        timers.push(
          setTimeout(() => {
            if (type === 'end') speaking = undefined;
            record.events.push(type);
            utterance.dispatchEvent(new Event(type));
          }, at),
        );
      fire('start', 10);
      fire('boundary', sentenceMs / 2);
      fire('end', sentenceMs);
    }
    cancel() {
      timers.forEach(clearTimeout);
      timers = [];
      const interrupted = speaking;
      speaking = undefined;
      // Chrome ends a cancelled sentence with an "interrupted" error.
      if (interrupted) interrupted.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    }
    pause() {}
    resume() {}
  }
  const speech = new Speech();
  const arrive = () => {
    available = voices;
    speech.dispatchEvent(new Event('voiceschanged'));
    speech.onvoiceschanged?.();
  };
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'fakeSpeech', { value: { said, arrive } });
}

async function open(path: string, options: FakeOptions | 'no speech' | 'no JavaScript', browserOptions: { width?: number; colorScheme?: 'dark' | 'light' } = {}) {
  const context = await site.browser.newContext({
    javaScriptEnabled: options !== 'no JavaScript',
    viewport: { width: browserOptions.width ?? 1000, height: 900 },
    colorScheme: browserOptions.colorScheme ?? 'light',
  });
  await context.addInitScript(AXE_SOURCE);
  const page = await context.newPage();
  const watch = await watchPage(page, site.origin);
  if (typeof options === 'object') await page.addInitScript(fakeSpeech, options);
  const playerRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('read-aloud-player')) playerRequests.push(request.url());
  });
  await page.goto(site.origin + path);
  return { context, page, errors: watch.consoleErrors, playerRequests };
}

/** The text highlighted as being read, or "" when nothing is. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const highlight = CSS.highlights.get('read-aloud');
    return highlight ? [...highlight].map((range) => range.toString().replace(/\s+/g, ' ')).join('') : '';
  });
const said = (page: Page) => page.evaluate(() => (window as unknown as { fakeSpeech: { said: { text: string; rate: number; voice: string }[] } }).fakeSpeech.said);

async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  }, AXE_TAGS);
}

const pages = TEST_SITE.pages();
const firstPage = (pattern: RegExp) => {
  const found = pages.find((page) => pattern.test(page.url) && listenControlFor(page.url) === 'page');
  if (!found) throw new Error(`The fixture site has no page like ${pattern}.`);
  return found.url;
};
const LISTING = firstPage(/^\/services\/[^/]+\/$/);
const LESSON = firstPage(/^\/champions\/modules\/[^/]+\/[^/]+\/$/);
const listenButton = (page: Page) => page.getByRole('button', { name: 'Listen to this page' });

describe('read-aloud: when the Listen control shows', () => {
  it('shows "Listen to this page" when the device has a voice of its own for the page’s language', async () => {
    const { context, page, errors, playerRequests } = await open(LISTING, { voices: [ONLINE_GB, LOCAL_GB] });
    await expect.poll(() => listenButton(page).isVisible()).toBe(true);
    // The player is fetched only when someone presses Listen.
    expect(playerRequests).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows it when the voices arrive late (voiceschanged)', async () => {
    const { context, page, playerRequests } = await open(LISTING, { voices: [LOCAL_GB], late: true });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-listen-start]').isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { fakeSpeech: { arrive(): void } }).fakeSpeech.arrive());
    await expect.poll(() => listenButton(page).isVisible()).toBe(true);
    expect(playerRequests).toEqual([]);
    await context.close();
  });

  it('stays hidden when the only voice for the language is not on the device', async () => {
    const { context, page, errors } = await open(LISTING, { voices: [ONLINE_GB, { name: 'Welsh', lang: 'cy-GB', localService: true }] });
    await page.waitForTimeout(300);
    expect(await page.locator('[data-listen-start]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stays hidden in Chromium with no voices at all', async () => {
    const { context, page, errors } = await open(LISTING, 'no speech');
    await page.waitForTimeout(300);
    expect(await page.locator('[data-listen-start]').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is not there without JavaScript', async () => {
    const { context, page } = await open(LISTING, 'no JavaScript');
    expect(await page.locator('[data-listen-start]').count()).toBe(1);
    expect(await page.locator('[data-listen-start]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Listen to this page' }).count()).toBe(0);
    await context.close();
  });
});

describe('read-aloud: reading a page', () => {
  it('reads sentence by sentence with the sentence highlighted; pauses, resumes, changes speed and stops', async () => {
    const { context, page, errors, playerRequests } = await open(LESSON, { voices: [ONLINE_GB, LOCAL_GB], sentenceMs: 1500 });
    await listenButton(page).click();
    await expect.poll(() => playerRequests.length).toBe(1);

    // The first sentence of the page's main content is highlighted and said by the voice on the device.
    await expect.poll(() => said(page).then((list) => list.length), { timeout: 5000 }).toBe(1);
    const first = (await said(page))[0]!;
    expect(first).toMatchObject({ rate: 1, voice: LOCAL_GB.name });
    expect(await highlighted(page)).toBe(first.text);
    expect(await page.locator('main').textContent()).toContain(first.text);
    expect(await page.getByRole('button', { name: 'Pause' }).evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await listenButton(page).isVisible()).toBe(false);

    // Then the next sentence, highlighted in its turn.
    await expect.poll(() => said(page).then((list) => list.length), { timeout: 5000 }).toBe(2);
    const second = (await said(page))[1]!;
    expect(second.text).not.toBe(first.text);
    expect(await highlighted(page)).toBe(second.text);

    // Pause: the voice stops, the sentence stays highlighted, and nothing more is said.
    await page.getByRole('button', { name: 'Pause' }).click();
    const whenPaused = (await said(page)).length;
    const highlightWhenPaused = await highlighted(page);
    await page.waitForTimeout(1000);
    expect((await said(page)).length).toBe(whenPaused);
    expect(await highlighted(page)).toBe(highlightWhenPaused);

    // Resume reads the paused sentence again from its start.
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect.poll(() => said(page).then((list) => list.length), { timeout: 5000 }).toBe(whenPaused + 1);
    expect((await said(page)).at(-1)!.text).toBe((await said(page)).at(-2)!.text);

    // Faster: the sentence is said again at once, faster; the speed is shown.
    await page.getByRole('button', { name: 'Faster' }).click();
    expect(await page.getByText('Speed: faster').isVisible()).toBe(true);
    expect((await said(page)).at(-1)!.rate).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Slower' }).click();
    await page.getByRole('button', { name: 'Slower' }).click();
    expect(await page.getByText('Speed: slower').isVisible()).toBe(true);
    expect((await said(page)).at(-1)!.rate).toBeLessThan(1);
    // The slowest speed: Slower says it does nothing more.
    expect(await page.getByRole('button', { name: 'Slower' }).getAttribute('aria-disabled')).toBe('true');
    expect(await page.getByRole('button', { name: 'Faster' }).getAttribute('aria-disabled')).toBe('false');

    // Stop: the controls go, the highlight goes, and focus returns to Listen.
    await page.getByRole('button', { name: 'Stop' }).click();
    expect(await highlighted(page)).toBe('');
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await listenButton(page).evaluate((button) => button === document.activeElement)).toBe(true);
    const whenStopped = (await said(page)).length;
    await page.waitForTimeout(900);
    expect((await said(page)).length).toBe(whenStopped);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('works from the keyboard (Escape stops), reads only the page’s main content, and leaves focus where it is when it ends', async () => {
    const { context, page, errors } = await open(LISTING, { voices: [LOCAL_GB], sentenceMs: 30 });
    await listenButton(page).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Stop');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: 'Pause' }).count()).toBe(0);
    expect(await listenButton(page).evaluate((button) => button === document.activeElement)).toBe(true);

    // Again, and read to the end while the person moves on to a link: focus stays on the link.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
    // The first link that shows (the shortlist's "See your shortlist" link is hidden until something is added).
    await page.locator('main a:visible').first().focus();
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count(), { timeout: 20_000 }).toBe(0);
    expect(
      await page
        .locator('main a:visible')
        .first()
        .evaluate((link) => link === document.activeElement),
    ).toBe(true);
    expect(await listenButton(page).isVisible()).toBe(true);
    const texts = (await said(page)).map((entry) => entry.text).join(' ');
    const siteName = (await page.locator('.site-name').textContent())!.trim();
    for (const left of ['Listen to this page', 'Pause', 'Speed:', 'Skip to main content', siteName]) expect(texts).not.toContain(left);
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const [name, path, results] of [
    ['near me', '/find-help/near/?postcode=nm34ef', '[data-near-results] > li'],
    ['search', '/search/?q=wifi', '[data-search-results] > li'],
  ] as const)
    it(`on ${name}, reads the results that are showing when Listen is pressed`, async () => {
      expect(listenControlFor(path.split('?')[0]!)).toBe('page');
      const { context, page, errors } = await open(path, { voices: [LOCAL_GB], sentenceMs: 5 });
      await expect.poll(() => page.locator(results).count(), { timeout: 15_000 }).toBeGreaterThan(1);
      const firstResult = (await page.locator(`${results} a`).first().textContent())!.replace(/\s+/g, ' ').trim();
      await listenButton(page).click();
      await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count()).toBe(1);
      await expect.poll(() => page.getByRole('button', { name: 'Pause' }).count(), { timeout: 30_000 }).toBe(0);
      const texts = (await said(page)).map((entry) => entry.text.replace(/\s+/g, ' ')).join(' ');
      expect(texts).toContain(firstResult);
      expect(errors).toEqual([]);
      await context.close();
    });

  it('gives a part marked data-listen (like the referral card) its own Listen button, even when it appears later', async () => {
    const triage = pages.find((page) => listenControlFor(page.url) === 'marked parts')!.url;
    const { context, page, errors } = await open(triage, { voices: [LOCAL_GB], sentenceMs: 1500 });
    expect(await listenButton(page).count()).toBe(0);
    await page.evaluate(() => {
      const card = document.createElement('section');
      card.id = 'added-part';
      card.setAttribute('data-listen', '');
      card.innerHTML = '<h2>Referral for help</h2><p>Needs a device to borrow. Prefers a phone call.</p>';
      document.querySelector('main')!.append(card);
    });
    const cardButton = page.locator('#added-part').getByRole('button', { name: 'Listen' });
    await expect.poll(() => cardButton.isVisible()).toBe(true);
    // One Listen button for each marked part, each inside its part, and no other.
    const buttons = await page.locator('[data-listen-start]').evaluateAll((found) =>
      found.map((button) => {
        const part = button.closest('[data-listen]');
        return part ? part.id || part.tagName : 'none';
      }),
    );
    const parts = await page.locator('[data-listen]').count();
    expect(buttons).toHaveLength(parts);
    expect(buttons).not.toContain('none');
    expect(buttons.filter((id) => id === 'added-part').length).toBe(1);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-listen'))).toBe(false);
    await cardButton.click();
    await expect.poll(() => highlighted(page), { timeout: 5000 }).toBe('Referral for help');
    await expect.poll(() => highlighted(page), { timeout: 5000 }).toBe('Needs a device to borrow.');
    await page.getByRole('button', { name: 'Stop' }).click();
    expect((await said(page)).map((entry) => entry.text)).toEqual(['Referral for help', 'Needs a device to borrow.']);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('read-aloud: marked parts before the voices arrive', () => {
  it('keeps a marked part’s Listen button hidden until a voice arrives, then shows it', async () => {
    const triage = pages.find((page) => listenControlFor(page.url) === 'marked parts')!.url;
    const { context, page, errors } = await open(triage, { voices: [LOCAL_GB], late: true });
    await page.evaluate(() => {
      const card = document.createElement('section');
      card.id = 'added-part';
      card.setAttribute('data-listen', '');
      card.innerHTML = '<h2>Referral for help</h2>';
      document.querySelector('main')!.append(card);
    });
    const cardButton = page.locator('#added-part [data-listen-start]');
    await expect.poll(() => cardButton.count()).toBe(1);
    expect(await cardButton.isVisible()).toBe(false);
    await page.evaluate(() => (window as unknown as { fakeSpeech: { arrive(): void } }).fakeSpeech.arrive());
    await expect.poll(() => cardButton.isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('read-aloud: accessibility of the controls', () => {
  for (const scheme of ['light', 'dark'] as const)
    for (const width of [320, 1280])
      it(`passes axe at ${width} px (${scheme}), before and while reading`, async () => {
        const { context, page, errors } = await open(LESSON, { voices: [LOCAL_GB], sentenceMs: 5000 }, { width, colorScheme: scheme });
        await expect.poll(() => listenButton(page).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        await listenButton(page).click();
        await expect.poll(() => page.getByRole('group', { name: 'Read aloud' }).isVisible()).toBe(true);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        expect(errors).toEqual([]);
        await context.close();
      });
});
