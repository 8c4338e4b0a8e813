/**
 * Instant filtering for a list, when JavaScript is on. Without it the list is whole, and the
 * "browse by" links lead to static filtered pages, so nothing is lost.
 *
 * Markup: a <form data-filter-form hidden> of <select name="facet"> controls, a list whose
 * items carry data-facet-<name>="value value", and an element with data-filter-count. The form's
 * data-filter-count-words says the count in the page's language: "Showing {shown} of {total} services."
 */
function setUp(form: HTMLFormElement): void {
  const list = document.getElementById(form.dataset.filterFor ?? '');
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  if (!list) return;
  const items = [...list.querySelectorAll<HTMLElement>('[data-filter-item]')];
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const countWords = form.dataset.filterCountWords ?? '{shown} / {total}';
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const wanted = params.get(select.name);
    if (wanted && [...select.options].some((option) => option.value === wanted)) select.value = wanted;
  }

  const apply = (announce: boolean) => {
    let shown = 0;
    for (const item of items) {
      const match = selects.every((select) => !select.value || (item.dataset[`facet${select.name[0]!.toUpperCase()}${select.name.slice(1)}`] ?? '').split(' ').includes(select.value));
      item.hidden = !match;
      if (match) shown++;
    }
    if (count && announce) count.textContent = countWords.replace('{shown}', String(shown)).replace('{total}', String(items.length));
    const query = new URLSearchParams();
    for (const select of selects) if (select.value) query.set(select.name, select.value);
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  form.addEventListener('change', () => apply(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  form.addEventListener('reset', () => setTimeout(() => apply(true)));
  form.hidden = false;
  apply(selects.some((select) => select.value));
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-form]')) setUp(form);
