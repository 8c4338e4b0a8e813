/**
 * The near-me page (/find-help/near/): finds the nearest help to a postcode or to the person's
 * own location, nearest first, 10 at a time. The postcode's district file and the places near it
 * come from this site; the distances are worked out here. The position from "Use my location"
 * is never sent anywhere and never put in the page's address (a postcode is, so a champion can
 * send the link). Without JavaScript the page says so and links to the area lists. Each result
 * gets "Add to your shortlist" (src/browser/shortlist-button.ts, loaded with the first results).
 */
import { describeOpenState, openStateAt, weekdayOf } from '../lib/directory/opening-hours.ts';
import { milesInWords, type LatLng } from '../lib/near/distance.ts';
import { NearbySearch } from '../lib/near/nearby-search.ts';
import { PAGE_SIZE, type NearFilters, type NearResult } from '../lib/near/nearest.ts';
import { nearPlacesCellPath, nearPlacesIndexPath } from '../lib/near/paths.ts';
import { decodeCell, decodeIndex, type PlacesIndex } from '../lib/near/places-data.ts';
import { otherPlacesWords, resultsStatus } from '../lib/near/words.ts';
import shortlistButtonsUrl from './shortlist-button.ts?worker&url';
import { readDistrictFile, postcodeDistrictUrl, type Coordinates } from '../lib/postcodes/district-file.ts';
import { normalisePostcode, postcodeDistrict } from '../lib/postcodes/postcode.ts';

const form = document.querySelector<HTMLFormElement>('form[data-near-form]');

if (form) {
  const base = form.dataset.base ?? '/';
  const example = form.dataset.example ?? '';
  const siteArea = form.dataset.siteArea ?? '';
  const input = form.querySelector<HTMLInputElement>('input[name="postcode"]')!;
  const kindSelect = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const openBox = form.querySelector<HTMLInputElement>('input[name="open"]')!;
  const locate = document.querySelector<HTMLButtonElement>('[data-near-locate]')!;
  const summary = document.querySelector<HTMLElement>('[data-near-error]')!;
  const summaryLink = summary.querySelector<HTMLAnchorElement>('a')!;
  const fieldError = document.querySelector<HTMLElement>('[data-near-field-error]')!;
  const status = document.querySelector<HTMLElement>('[data-near-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-near-results]')!;
  const more = document.querySelector<HTMLButtonElement>('[data-near-more]')!;
  const noPlace = document.querySelector<HTMLElement>('[data-near-no-place]')!;
  const areaLinks = new Map([...document.querySelectorAll<HTMLAnchorElement>('a[data-area]')].map((link) => [link.dataset.area!, link]));
  const title = document.title;
  /** The "Add to your shortlist" buttons' script, loaded when the first results show (it costs the page nothing before). */
  let shortlistButtons: HTMLScriptElement | undefined;

  const fetchJson = async (path: string): Promise<unknown> => {
    // No Referer: the page's address may hold the postcode, and the files need not know it.
    const response = await fetch(`${base}${path.slice(1)}`, { referrerPolicy: 'no-referrer' });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  let index: Promise<PlacesIndex> | undefined;
  const loadIndex = () => (index ??= fetchJson(nearPlacesIndexPath()).then(decodeIndex));
  const loadCell = async (cell: string) => decodeCell(await fetchJson(nearPlacesCellPath(cell)));
  const districts = new Map<string, Promise<Map<string, Coordinates>>>();
  const loadDistrict = (district: string) => {
    let file = districts.get(district);
    if (!file) districts.set(district, (file = fetchJson(postcodeDistrictUrl(district)).then(readDistrictFile)));
    return file;
  };

  /** The search showing now: from where, and how many results show. */
  let current: { search: NearbySearch; point: LatLng; postcode: string | undefined; shown: number } | undefined;
  /** Each search or filter change gets a number; an answer that is no longer the newest is dropped. */
  let newest = 0;

  const filters = (): NearFilters => ({ kind: kindSelect.value || undefined, openAt: openBox.checked ? new Date() : undefined });
  const kindOption = () => (kindSelect.value ? kindSelect.selectedOptions[0] : undefined);

  const clearResults = () => {
    list.replaceChildren();
    more.hidden = true;
    noPlace.hidden = true;
  };

  const clearError = () => {
    summary.hidden = true;
    fieldError.hidden = true;
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', 'postcode-hint');
    document.title = title;
  };

  /** A GOV.UK error summary at the top, and the message again by the postcode box. */
  const showError = (message: string, target = '#postcode') => {
    current = undefined;
    newest++;
    clearResults();
    status.textContent = '';
    summaryLink.textContent = message;
    summaryLink.href = target;
    if (target === '#postcode') {
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Error: ';
      fieldError.replaceChildren(hidden, message);
      fieldError.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'postcode-hint postcode-error');
    }
    document.title = `Error: ${title}`;
    summary.hidden = false;
    summary.focus();
  };
  const notWorking = () => showError('Sorry, finding places near you is not working at the moment. Choose your area from the list instead.', '#areas');

  /** The page's address says what was searched (never a position), so it can be shared. */
  const rememberInAddress = (postcode: string | undefined) => {
    const params = new URLSearchParams();
    if (postcode) params.set('postcode', postcode);
    if (kindSelect.value) params.set('kind', kindSelect.value);
    if (openBox.checked) params.set('open', 'now');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  };

  const resultItem = (result: NearResult, now: Date): HTMLLIElement => {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = `${base}${result.listing.path.slice(1)}`;
    link.textContent = result.listing.name;
    heading.append(link);
    const where = document.createElement('p');
    const distance = document.createElement('strong');
    distance.textContent = milesInWords(result.miles);
    const area = areaLinks.get(result.place.area)?.textContent?.trim();
    where.append(`${result.place.name}${area && !result.place.name.includes(area) ? `, ${area}` : ''}: `, distance);
    item.append(heading, where);
    const open = document.createElement('p');
    if (result.place.hours.length > 0) {
      const state = openStateAt(result.place.hours, now);
      open.className = `open-now ${state.open ? 'is-open' : 'is-closed'}`;
      open.textContent = describeOpenState(state, weekdayOf(now));
    } else open.textContent = 'No set opening times: phone or book before you go.';
    item.append(open);
    const others = otherPlacesWords(result.listing.placeCount);
    if (others) {
      const also = document.createElement('p');
      also.className = 'meta';
      also.textContent = others;
      item.append(also);
    }
    // A place for "Add to your shortlist": the buttons' script (loaded with the first results) fills it in.
    item.insertAdjacentHTML('beforeend', '<p class="no-print" data-shortlist hidden></p>');
    shortlistButtons ??= document.head.appendChild(Object.assign(document.createElement('script'), { type: 'module', src: shortlistButtonsUrl }));
    return item;
  };

  /** Where to find help that has no distance: the list of the kind chosen, or of the nearest place's area. */
  const showNoPlace = (nearest: NearResult | undefined) => {
    const option = kindOption();
    const area = nearest ? areaLinks.get(nearest.place.area) : undefined;
    const link = document.createElement('a');
    const before = 'Help by phone, online or at your home has no distance, so it is not in this list. ';
    if (option) {
      link.href = option.dataset.path!;
      link.textContent = `See the full list for ${option.textContent!.trim()}`;
      noPlace.replaceChildren(before, link, '.');
    } else if (area) {
      link.href = area.href;
      link.textContent = `See all help in ${area.textContent!.trim()}`;
      noPlace.replaceChildren(`${before}The nearest place is in ${area.textContent!.trim()}. `, link, ', including help by phone.');
    } else {
      link.href = '#areas';
      link.textContent = 'Choose your area';
      noPlace.replaceChildren(before, link, ' to see all the help there.');
    }
    noPlace.hidden = false;
  };

  /** Shows the first `count` results of the current search (adding to those showing, for "Show more"). */
  const show = async (count: number, adding: boolean) => {
    const ticket = ++newest;
    const search = current!;
    let found;
    try {
      found = await search.search.find(count, filters());
    } catch {
      if (ticket === newest) notWorking();
      return;
    }
    if (ticket !== newest) return;
    const now = new Date();
    const fresh = found.results.slice(adding ? search.shown : 0);
    const items = fresh.map((result) => resultItem(result, now));
    if (adding) list.append(...items);
    else list.replaceChildren(...items);
    search.shown = found.results.length;
    more.hidden = !found.more;
    status.textContent = resultsStatus({ shown: search.shown, more: found.more, postcode: search.postcode, kindLabel: kindOption()?.textContent?.trim(), openNow: openBox.checked });
    showNoPlace(found.results[0]);
    if (adding) items[0]?.querySelector('a')?.focus();
  };

  const searchFrom = async (point: LatLng, postcode: string | undefined) => {
    clearError();
    let places: PlacesIndex;
    try {
      places = await loadIndex();
    } catch {
      notWorking();
      return;
    }
    const search = new NearbySearch(point, places, loadCell);
    current = { search, point, postcode, shown: 0 };
    rememberInAddress(postcode);
    await show(PAGE_SIZE, false);
    // On a phone the results start below the form: bring them into view after a new search.
    if (current?.search === search) status.scrollIntoView({ block: 'start' });
  };

  const searchPostcode = async (text: string) => {
    const postcode = normalisePostcode(text);
    const like = example ? `, like ${example}` : '';
    if (!text.trim()) return showError(`Enter a postcode${like}`);
    if (!postcode) return showError(`Enter a full postcode${like}`);
    input.value = postcode;
    clearError();
    status.textContent = `Finding places near ${postcode}`;
    let point: Coordinates | undefined;
    try {
      const district = postcodeDistrict(postcode);
      // Only districts the site has a file for are fetched: the rest are not near.
      if ((await loadIndex()).districts.includes(district)) point = (await loadDistrict(district)).get(postcode);
    } catch {
      return notWorking();
    }
    if (!point) return showError(`We could not find ${postcode}. We only know postcodes in and near ${siteArea}. Check it, or choose your area from the list.`);
    await searchFrom(point, postcode);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // An empty box after "Use my location" searches from the location again, with the new filters.
    if (!input.value.trim() && current && current.postcode === undefined) void searchFrom(current.point, undefined);
    else void searchPostcode(input.value);
  });

  // Filters apply at once to the search showing (squares already fetched are not fetched again).
  for (const control of [kindSelect, openBox])
    control.addEventListener('change', () => {
      if (!current) return;
      current.shown = 0;
      rememberInAddress(current.postcode);
      void show(PAGE_SIZE, false);
    });

  more.addEventListener('click', () => {
    if (current) void show(current.shown + PAGE_SIZE, true);
  });

  if ('geolocation' in navigator) {
    locate.hidden = false;
    locate.addEventListener('click', () => {
      clearError();
      status.textContent = 'Finding your location';
      navigator.geolocation.getCurrentPosition(
        (position) => {
          input.value = '';
          void searchFrom({ latitude: position.coords.latitude, longitude: position.coords.longitude }, undefined);
        },
        (problem) =>
          showError(
            problem.code === problem.PERMISSION_DENIED ? 'Your browser did not share your location. Enter your postcode instead.' : 'We could not find your location. Enter your postcode instead.',
          ),
        { maximumAge: 300_000, timeout: 20_000 },
      );
    });
  }

  // The page works: show the form, hide the words for browsers without JavaScript.
  for (const element of document.querySelectorAll<HTMLElement>('[data-near-no-js]')) element.hidden = true;
  form.hidden = false;

  // A link with ?postcode=, ?kind= and ?open=now searches at once.
  const params = new URLSearchParams(location.search);
  const kind = params.get('kind');
  if (kind && [...kindSelect.options].some((option) => option.value === kind)) kindSelect.value = kind;
  openBox.checked = params.get('open') === 'now';
  const postcode = params.get('postcode');
  if (postcode !== null) {
    input.value = postcode;
    void searchPostcode(postcode);
  }
}
