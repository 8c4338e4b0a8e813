/**
 * The referral page (/referral/): reads the referral from the address after "#" (never sent to
 * any server) and shows it as an intake summary. A broken or changed link shows what is wrong;
 * parts this page does not know are left out, and it says so.
 */
import { readReferral } from '../lib/referral/fragment.ts';
import { summariseReferral, type SummaryWords } from '../lib/referral/summary.ts';

/** The page's words, in its language (src/pages/[...lang]/referral/index.astro writes them). */
type PageWords = SummaryWords & { readonly lang: string; readonly thisWeek: string; readonly refused: Readonly<Record<string, string>> };

const root = document.querySelector<HTMLElement>('[data-referral-summary]');

function element(tag: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function show(page: HTMLElement): void {
  const words = JSON.parse(page.dataset.referralWords ?? '{}') as PageWords;
  const read = readReferral(location.hash);
  const problem = page.querySelector<HTMLElement>('[data-referral-problem]')!;
  const found = page.querySelector<HTMLElement>('[data-referral-found]')!;
  problem.hidden = read.ok;
  found.hidden = !read.ok;
  if (!read.ok) {
    problem.replaceChildren(element('p', (words.refused[read.reason] ?? '').replace('{theirs}', String(read.version))));
    return;
  }
  const summary = summariseReferral(read.referral, words);
  const part = (name: string, shown: boolean) => {
    for (const node of page.querySelectorAll<HTMLElement>(`[data-part="${name}"]`)) node.hidden = !shown;
  };
  const text = (selector: string, value: string | undefined) => (page.querySelector(selector)!.textContent = value ?? '');
  part('name', summary.name !== undefined);
  text('[data-referral-name]', summary.name);
  part('needs', summary.needs.length > 0);
  page.querySelector('[data-referral-needs]')!.replaceChildren(...summary.needs.map((need) => element('li', need.thisWeek ? words.thisWeek.replace('{need}', need.label) : need.label)));
  part('barriers', summary.barriers.length > 0);
  page.querySelector('[data-referral-barriers]')!.replaceChildren(...summary.barriers.map((barrier) => element('li', barrier)));
  part('language', summary.language !== undefined);
  text('[data-referral-language]', summary.language);
  part('contact', summary.contact !== undefined);
  text('[data-referral-contact]', summary.contact);
  page.querySelector<HTMLElement>('[data-referral-nothing]')!.hidden = Object.keys(summary).some((key) => key !== 'needs' && key !== 'barriers') || summary.needs.length + summary.barriers.length > 0;
  for (const help of page.querySelectorAll<HTMLElement>('[data-referral-help]')) help.hidden = !read.referral.needs.some((need) => need === help.dataset.referralHelp);
  const ignored = page.querySelector<HTMLElement>('[data-referral-ignored]')!;
  ignored.hidden = read.ignored.length === 0;
  // Rare (a link from a newer version of the tool): said in English.
  if (words.lang !== 'en') ignored.lang = 'en';
  ignored.textContent = `This link also held ${read.ignored.join('; ')}. It may come from a newer version of the tool, so this page left ${read.ignored.length === 1 ? 'it' : 'them'} out.`;
}

if (root) {
  document.querySelector<HTMLElement>('[data-referral-needs-js]')!.hidden = true;
  root.hidden = false;
  show(root);
  window.addEventListener('hashchange', () => show(root));
  root.querySelector('[data-referral-print]')!.addEventListener('click', () => window.print());
}
