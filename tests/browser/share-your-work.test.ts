/**
 * The "share your work" page tells the truth with and without JavaScript: the form (and the
 * words "Fill in this form") only when the form works; otherwise the email route and the file
 * template.
 */
import { describe, expect, it } from 'vitest';
import { useBrowserOnBuiltSite } from '../support/browser.ts';

const site = useBrowserOnBuiltSite();

describe('share your work', () => {
  it('without JavaScript, offers email and the file template, and does not ask you to fill in a hidden form', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/share-your-work/`);
    expect(await page.locator('form[data-case-study-form]').isVisible()).toBe(false);
    expect(await page.getByText('Fill in this form').isVisible()).toBe(false);
    expect(await page.locator('[data-no-form] a[href^="mailto:"]').isVisible()).toBe(true);
    expect(await page.locator('[data-no-form] a[href="#by-file"]').isVisible()).toBe(true);
    await context.close();
  });

  it('with JavaScript, shows the form and its instructions, and puts the other ways away', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/share-your-work/`);
    expect(await page.locator('form[data-case-study-form]').isVisible()).toBe(true);
    expect(await page.getByText('Fill in this form').isVisible()).toBe(true);
    expect(await page.locator('[data-no-form]').isVisible()).toBe(false);
    await context.close();
  });
});
