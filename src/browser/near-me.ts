/**
 * The near-me page (/find-help/near/): shows the form (without JavaScript the page says so and
 * links to the area lists), and loads the search itself (./near-me-search.ts) only when someone
 * is about to search: on the postcode box or "Use my location", on sending the form, or at once
 * when the address asks for a search (?postcode=). So the page costs little before.
 */
import type { NearMeSearch } from './near-me-search.ts';

const form = document.querySelector<HTMLFormElement>('form[data-near-form]');

if (form) {
  let search: Promise<NearMeSearch> | undefined;
  const start = () => (search ??= import('./near-me-search.ts').then((module) => module.startNearMe(form)));
  const locate = document.querySelector<HTMLButtonElement>('[data-near-locate]');

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start().then((loaded) => loaded.submit());
  });
  if (locate && 'geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', () => void start().then((loaded) => loaded.locate()));
  }
  for (const control of [form.querySelector('input[name="postcode"]'), locate]) control?.addEventListener('focus', () => void start(), { once: true });

  // The page works: show the form, hide the words for browsers without JavaScript.
  for (const element of document.querySelectorAll<HTMLElement>('[data-near-no-js]')) element.hidden = true;
  form.hidden = false;

  if (new URLSearchParams(location.search).has('postcode')) void start();
}
