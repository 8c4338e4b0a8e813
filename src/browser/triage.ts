/**
 * The step-by-step triage on /champions/triage/. The page lists every question for reading
 * without JavaScript; this shows the tool, and loads it (src/browser/triage-tool.ts) only when
 * the champion starts, so the page itself stays light.
 */
const tool = document.querySelector<HTMLElement>('[data-triage-tool]');

if (tool) {
  const start = tool.querySelector<HTMLButtonElement>('[data-triage-start]')!;
  const load = () => {
    start.removeEventListener('click', load);
    void import('./triage-tool.ts').then(({ startTriage }) => startTriage(tool));
  };
  start.addEventListener('click', load);
  tool.hidden = false;
}
