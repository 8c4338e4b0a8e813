/**
 * The step-by-step triage on /champions/triage/. The page lists every question for reading
 * without JavaScript; this shows the tool, fills its list of areas, and loads the tool
 * (src/browser/triage-tool.ts) only when the champion starts, so the page itself stays light.
 */
const tool = document.querySelector<HTMLElement>('[data-triage-tool]');

if (tool) {
  const start = tool.querySelector<HTMLButtonElement>('[data-triage-start]')!;
  const load = () => {
    start.removeEventListener('click', load);
    void import('./triage-tool.ts').then(({ startTriage }) => startTriage(tool));
  };
  start.addEventListener('click', load);
  fillAreas(tool.querySelector<HTMLSelectElement>('#triage-area')!);
  tool.hidden = false;
}

/**
 * The area list comes from a small file, as on the search page (src/pages/search/areas.json.ts):
 * on a large directory the names would fill the page. Offline, the kit holds the file.
 */
function fillAreas(select: HTMLSelectElement): void {
  void fetch(select.dataset.areasFile ?? '')
    .then((response) => (response.ok ? (response.json() as Promise<[string, string][]>) : []))
    .catch(() => [] as [string, string][])
    .then((areas) => select.append(...areas.map(([id, name]) => new Option(name, id))));
}
