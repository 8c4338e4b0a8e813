/**
 * The "Add to your shortlist" buttons on listing pages, lists of help and near-me results. Each
 * place for one is an empty element with data-shortlist, hidden until this runs (the shortlist
 * needs JavaScript). The listing is the one whose page the item's heading links to, or the page
 * itself on a listing's own page (listingIdFromPath), so long lists carry no extra ids. Pressed,
 * the button adds the listing to the shortlist kept in this browser (src/lib/shortlist/list.ts),
 * says so and shows a link to the shortlist page; pressed again, it takes it off. Nothing is sent
 * anywhere. Kept small: every list of help carries it. Places added later (near-me results) get
 * a button too. It is built as a file of its own (ShortlistButton.astro and near-me.ts load it
 * by its address), so it must import only what it needs.
 */
import { readShortlist, SHORTLIST_MAX, toggleListing, writeShortlist } from '../lib/shortlist/list.ts';
import { listingIdFromPath, SHORTLIST_PAGE } from '../lib/shortlist/paths.ts';

let store: Storage | undefined;
try {
  store = localStorage;
} catch {
  // Storage is blocked (some private windows): the buttons stay hidden.
}
const shows: (() => void)[] = [];

// The words come from the page, in its language (ShortlistButton.astro writes them on the first button); English otherwise.
let words = {
  add: 'Add to your shortlist',
  remove: 'Remove from your shortlist',
  see: 'See your shortlist',
  full: 'Your shortlist is full.',
  added: 'Added to your shortlist.',
  removed: 'Taken off your shortlist.',
};
try {
  const given = document.querySelector<HTMLElement>('[data-shortlist-words]')?.dataset.shortlistWords;
  if (given) words = { ...words, ...(JSON.parse(given) as Partial<typeof words>) };
} catch {
  // Keep the English words.
}

function addButtons(saved: Storage) {
  for (const box of document.querySelectorAll<HTMLElement>('[data-shortlist]:empty')) {
    const item = box.closest('li');
    const id = listingIdFromPath(item ? (item.querySelector<HTMLAnchorElement>('h2 a')?.pathname ?? '') : location.pathname);
    if (!id) continue;
    box.innerHTML = `<button type="button" class="button secondary"></button> <span role="status"></span> <a href="${import.meta.env.BASE_URL.replace(/\/$/, '')}${SHORTLIST_PAGE}"></a>`;
    const [button, status, link] = box.children as unknown as HTMLElement[];
    link!.textContent = words.see;
    // The listing's name, for screen readers: its heading in the list, or its page's heading.
    const name = (item?.querySelector('h2') ?? document.querySelector('h1'))?.textContent?.trim();
    const show = (said = '') => {
      const on = readShortlist(saved).includes(id);
      const text = on ? words.remove : words.add;
      button!.textContent = text;
      button!.setAttribute('aria-label', `${text}: ${name}`);
      status!.textContent = said;
      link!.hidden = !on;
    };
    button!.onclick = () => {
      const list = readShortlist(saved);
      const adding = !list.includes(id);
      if (adding && list.length >= SHORTLIST_MAX) return show(words.full);
      writeShortlist(saved, toggleListing(list, id));
      show(adding ? words.added : words.removed);
    };
    show();
    shows.push(show);
    box.hidden = false;
  }
}

if (store) {
  const saved = store;
  addButtons(saved);
  // Near-me results come later: they get buttons as they appear.
  new MutationObserver(() => addButtons(saved)).observe(document.body, { childList: true, subtree: true });
  // The list may change in another tab, or on the shortlist page before "Back": show it as it is now.
  for (const event of ['storage', 'pageshow']) addEventListener(event, () => shows.forEach((show) => show()));
}
