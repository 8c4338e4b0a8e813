/**
 * The "Share your work" form: checks what was typed, writes the case study file, and opens
 * GitHub's "create new file" page with it filled in (or lets the partner copy or download it).
 * Without JavaScript the form stays hidden and the page explains how to add the file by hand.
 */
import { caseStudyFile, caseStudyFileName, type CaseStudyInput } from '../lib/contributions/case-study-file.ts';
import { checkCaseStudyInput, type FormProblem } from '../lib/contributions/case-study-form-rules.ts';
import { newFileUrl } from '../lib/links.ts';

const form = document.querySelector<HTMLFormElement>('form[data-case-study-form]');
const summary = document.querySelector<HTMLElement>('[data-error-summary]');
const result = document.querySelector<HTMLElement>('[data-result]');

function value(id: string): string {
  return (document.getElementById(id) as HTMLInputElement | null)?.value ?? '';
}
function checked(name: string): string[] {
  return [...document.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]:checked`)].map((input) => input.value);
}

function readForm(): CaseStudyInput {
  const namesPeople = (document.querySelector<HTMLInputElement>('input[name="names-people"]:checked')?.value ?? 'no') === 'yes';
  return {
    title: value('title'),
    summary: value('summary'),
    organisation: value('organisation'),
    places: value('places')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    date: value('date'),
    period: value('period'),
    cs: checked('cs'),
    themes: checked('themes'),
    audiences: checked('audiences'),
    outcomes: [1, 2, 3].map((n) => ({
      label: value(`outcome-${n}-label`),
      value: value(`outcome-${n}-value`).trim() === '' ? Number.NaN : Number(value(`outcome-${n}-value`).replace(/,/g, '')),
      unit: value(`outcome-${n}-unit`),
    })),
    source: { title: value('source-title'), publisher: value('source-publisher'), url: value('source-url'), date: value('source-date') },
    consent: { namesPeople, recordedOn: namesPeople ? value('consent-date') : undefined, recordedBy: namesPeople ? value('consent-team') : undefined },
    body: value('body'),
  };
}

function lengthProblems(): FormProblem[] {
  return [...form!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[maxlength], textarea[maxlength]')]
    .filter((input) => input.value.trim().length > input.maxLength)
    .map((input) => ({ field: input.id, message: `${document.querySelector(`label[for="${input.id}"]`)?.textContent ?? 'This'} must be ${input.maxLength} characters or fewer` }));
}

function showProblems(problems: FormProblem[]): void {
  for (const old of form!.querySelectorAll('.field-error')) old.remove();
  for (const old of form!.querySelectorAll('[aria-invalid]')) old.removeAttribute('aria-invalid');
  const list = summary!.querySelector('ul')!;
  list.replaceChildren();
  for (const problem of problems) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${problem.field}`;
    link.textContent = problem.message;
    item.append(link);
    list.append(item);
    const field = document.getElementById(problem.field);
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      const message = document.createElement('p');
      message.className = 'field-error';
      message.id = `${problem.field}-error`;
      message.textContent = problem.message;
      (field.tagName === 'FIELDSET' ? field.querySelector('legend')! : field).insertAdjacentElement(field.tagName === 'FIELDSET' ? 'afterend' : 'beforebegin', message);
    }
  }
  summary!.hidden = problems.length === 0;
  if (problems.length) summary!.focus();
}

function showResult(input: CaseStudyInput): void {
  const text = caseStudyFile(input);
  const name = caseStudyFileName(input.title);
  result!.querySelector('[data-result-name]')!.textContent = `content/case-studies/${name}`;
  (result!.querySelector('[data-result-text]') as HTMLTextAreaElement).value = text;
  (result!.querySelector('[data-result-github]') as HTMLAnchorElement).href = newFileUrl({ url: form!.dataset.repository!, branch: form!.dataset.branch! }, 'content/case-studies', name, text);
  const download = result!.querySelector('[data-result-download]') as HTMLAnchorElement;
  download.href = URL.createObjectURL(new Blob([text], { type: 'text/markdown' }));
  download.download = name;
  result!.hidden = false;
  result!.focus();
}

/** Fills the list of organisations, which is fetched rather than built into the page (there can be hundreds). */
async function loadOrganisations(select: HTMLSelectElement): Promise<void> {
  try {
    const response = await fetch(select.dataset.organisations!);
    if (!response.ok) throw new Error(String(response.status));
    const organisations = (await response.json()) as { id: string; name: string }[];
    select.append(...organisations.map((o) => new Option(o.name, o.id)));
  } catch {
    select.options[0]!.text = 'The list could not be loaded. Reload the page to try again.';
  }
}

if (form && summary && result) {
  form.hidden = false;
  // The form works: say so, and put away the ways to send a case study without it.
  document.querySelector<HTMLElement>('[data-form-intro]')!.hidden = false;
  document.querySelector<HTMLElement>('[data-no-form]')!.hidden = true;
  void loadOrganisations(form.querySelector<HTMLSelectElement>('select[data-organisations]')!);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const input = readForm();
    const problems = [...checkCaseStudyInput(input), ...lengthProblems()];
    showProblems(problems);
    result.hidden = true;
    if (problems.length === 0) showResult(input);
  });
  result.querySelector('[data-result-copy]')?.addEventListener('click', async () => {
    const status = result.querySelector('[data-result-status]')!;
    try {
      await navigator.clipboard.writeText((result.querySelector('[data-result-text]') as HTMLTextAreaElement).value);
      status.textContent = 'Copied. Paste it into a new file on GitHub.';
    } catch {
      (result.querySelector('[data-result-text]') as HTMLTextAreaElement).select();
      status.textContent = 'Your browser did not let us copy. The text is selected: copy it yourself.';
    }
  });
}
