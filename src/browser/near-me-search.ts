/**
 * The near-me search, loaded by the near-me page's small script (./near-me.ts) when someone is
 * about to search, so the page costs little before. It finds the nearest help to a postcode or to the person's
 * own location, nearest first, 10 at a time. The postcode's district file and the places near it
 * come from this site; the distances are worked out here. The position from "Use my location"
 * is never sent anywhere and never put in the page's address (a postcode is, so a champion can
 * send the link). Without JavaScript the page says so and links to the area lists. Each result
 * gets "Add to your shortlist" (src/browser/shortlist-button.ts, loaded with the first results).
 * Its words are in the page's language: the page says the few it needs before a search (the error
 * prefix, and what to do when the search does not work), and the rest come with the first search
 * from the words file the page names (data-words: src/lib/near/near-words.ts writes it), so they
 * cost the page nothing before.
 */
import { describeOpenState, openStateAt, weekdayOf } from '../lib/directory/open-state.ts';
import type { LatLng } from '../lib/near/distance.ts';
import { NearbySearch } from '../lib/near/nearby-search.ts';
import { PAGE_SIZE, type NearFilters, type NearResult } from '../lib/near/nearest.ts';
import { nearPlacesCellPath, nearPlacesIndexPath } from '../lib/near/paths.ts';
import { decodeCell, decodeIndex, type PlacesIndex } from '../lib/near/places-data.ts';
import { fill, milesAway, otherPlacesWords, resultsStatus, type NearWords } from '../lib/near/words.ts';
import shortlistButtonsUrl from './shortlist-button.ts?worker&url';
import { readDistrictFile, postcodeDistrictUrl, type Coordinates } from '../lib/postcodes/district-file.ts';
import { normalisePostcode, postcodeDistrict } from '../lib/postcodes/postcode.ts';

/** What the page's small script asks of the search once it has loaded. */
export interface NearMeSearch {
  /** The form was sent: search from its postcode (or from the location again, with the new filters). */
  submit(): void;
  /** "Use my location" was pressed. */
  locate(): void;
}

export function startNearMe(form: HTMLFormElement): NearMeSearch {
  /** The rest of the script's words, once the first search has fetched them. */
  let words = {} as NearWords;
  const base = form.dataset.base ?? '/';
  const example = form.dataset.example ?? '';
  const siteArea = form.dataset.siteArea ?? '';
  const input = form.querySelector<HTMLInputElement>('input[name="postcode"]')!;
  const kindSelect = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
  const openBox = form.querySelector<HTMLInputElement>('input[name="open"]')!;
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
  let wordsFile: Promise<unknown> | undefined;
  const loadWords = async () => {
    words = (await (wordsFile ??= fetchJson(form.dataset.words!))) as NearWords;
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
      hidden.textContent = `${form.dataset.error} `;
      fieldError.replaceChildren(hidden, message);
      fieldError.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', 'postcode-hint postcode-error');
    }
    document.title = `${form.dataset.error} ${title}`;
    summary.hidden = false;
    summary.focus();
  };
  const notWorking = () => showError(form.dataset.notWorking!, '#areas');

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
    link.href = `${base}${words.prefix}${result.listing.path.slice(1)}`;
    link.textContent = result.listing.name;
    heading.append(link);
    const where = document.createElement('p');
    const distance = document.createElement('strong');
    distance.textContent = milesAway(result.miles, words);
    const area = areaLinks.get(result.place.area)?.textContent?.trim();
    where.append(`${result.place.name}${area && !result.place.name.includes(area) ? `, ${area}` : ''}: `, distance);
    item.append(heading, where);
    const open = document.createElement('p');
    if (result.place.hours.length > 0) {
      const state = openStateAt(result.place.hours, now);
      open.className = `open-now ${state.open ? 'is-open' : 'is-closed'}`;
      open.textContent = describeOpenState(state, weekdayOf(now), words.openNow);
    } else open.textContent = words.noTimes;
    item.append(open);
    const others = otherPlacesWords(result.listing.placeCount, words);
    if (others) {
      const also = document.createElement('p');
      also.className = 'meta';
      also.textContent = others;
      item.append(also);
    }
    // A place for "Add to your shortlist": the buttons' script (loaded with the first results) fills it in, with its words in the page's language.
    item.insertAdjacentHTML('beforeend', '<p class="no-print" data-shortlist hidden></p>');
    (item.lastElementChild as HTMLElement).dataset.shortlistWords = JSON.stringify(words.shortlist);
    shortlistButtons ??= document.head.appendChild(Object.assign(document.createElement('script'), { type: 'module', src: shortlistButtonsUrl }));
    return item;
  };

  /** Where to find help that has no distance: the list of the kind chosen, or of the nearest place's area. */
  const showNoPlace = (nearest: NearResult | undefined) => {
    const option = kindOption();
    const area = nearest ? areaLinks.get(nearest.place.area) : undefined;
    const link = document.createElement('a');
    const kind = option?.textContent!.trim();
    const areaName = area?.textContent!.trim();
    let message: string;
    if (option) {
      link.href = option.dataset.path!;
      link.textContent = fill(words.noPlaceKindLink, { kind: kind! });
      message = words.noPlaceKind;
    } else if (area) {
      link.href = area.href;
      link.textContent = fill(words.noPlaceAreaLink, { area: areaName! });
      message = fill(words.noPlaceArea, { area: areaName! });
    } else {
      link.href = '#areas';
      link.textContent = words.chooseArea;
      message = words.noPlaceNone;
    }
    // The message's words around the link, in the language's own order.
    const [before = '', after = ''] = message.split('{link}');
    noPlace.replaceChildren(before, link, after);
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
    status.textContent = resultsStatus({ shown: search.shown, more: found.more, postcode: search.postcode, kindLabel: kindOption()?.textContent?.trim(), openNow: openBox.checked }, words);
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
    try {
      // The words and the index of places at once: the index is needed next.
      await Promise.all([loadWords(), loadIndex()]);
    } catch {
      return notWorking();
    }
    if (!text.trim()) return showError(fill(example ? words.emptyLike : words.empty, { example }));
    if (!postcode) return showError(fill(example ? words.partialLike : words.partial, { example }));
    input.value = postcode;
    clearError();
    status.textContent = fill(words.finding, { postcode });
    let point: Coordinates | undefined;
    try {
      const district = postcodeDistrict(postcode);
      // Only districts the site has a file for are fetched: the rest are not near.
      if ((await loadIndex()).districts.includes(district)) point = (await loadDistrict(district)).get(postcode);
    } catch {
      return notWorking();
    }
    if (!point) return showError(fill(words.notFound, { postcode, area: siteArea }));
    await searchFrom(point, postcode);
  };

  const submit = () => {
    // An empty box after "Use my location" searches from the location again, with the new filters.
    if (!input.value.trim() && current && current.postcode === undefined) void searchFrom(current.point, undefined);
    else void searchPostcode(input.value);
  };

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

  const findLocation = () => {
    clearError();
    void loadWords().then(() => {
      status.textContent = words.locating;
      navigator.geolocation.getCurrentPosition(
        (position) => {
          input.value = '';
          void searchFrom({ latitude: position.coords.latitude, longitude: position.coords.longitude }, undefined);
        },
        (problem) => showError(problem.code === problem.PERMISSION_DENIED ? words.denied : words.noLocation),
        { maximumAge: 300_000, timeout: 20_000 },
      );
    }, notWorking);
  };

  // Someone is about to search: fetch the words now, so they are there when the search starts.
  void loadWords().catch(() => undefined);

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
  return { submit, locate: findLocation };
}
