/**
 * The step-by-step triage: one question at a time, with back, ending in a referral card for
 * the person's area that can be printed or sent by text. The answers stay in this page's
 * memory only: nothing is stored or sent (the area's list of help is fetched from this site).
 */
import { goBack, referralCard, referralText, runTriage, type ReferralCard, type ServiceSummary, type TriageContent } from '../lib/triage/engine.ts';
import { smsLink } from '../lib/directory/listing.ts';
import { withBase } from '../lib/links.ts';
import { findHelpPath, triageAreaPath, triageToolPath } from '../lib/routes.ts';

interface ToolData extends TriageContent {
  labels: { kinds: Record<string, string>; edsAreas: Record<string, string>; edsLevels: Record<string, string> };
  helpline: string;
}
interface AreaData {
  kinds: Record<string, { total: number; services: ServiceSummary[]; listPath: string }>;
}

const tool = document.querySelector<HTMLElement>('[data-triage-tool]');

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

if (tool) {
  const base = tool.dataset.base ?? '/';
  // The questions and rules come from this site when the tool starts (the page lists them for reading too).
  let loaded: Promise<ToolData> | undefined;
  let data: ToolData;
  const loadTool = () => (loaded ??= fetch(withBase(base, triageToolPath())).then((response) => response.json() as Promise<ToolData>));
  const step = (name: string) => tool.querySelector<HTMLElement>(`[data-step="${name}"]`)!;
  const areaSelect = tool.querySelector<HTMLSelectElement>('#triage-area')!;
  const link = (path: string) => withBase(base, path);
  let answers: number[] = [];
  let areaData: AreaData | undefined;
  let card: ReferralCard | undefined;

  const showStep = (name: 'area' | 'question' | 'card') => {
    for (const candidate of ['area', 'question', 'card']) step(candidate).hidden = candidate !== name;
    if (name !== 'area') step(name).focus();
  };

  const showQuestion = () => {
    const state = runTriage(data, answers);
    if (!state.current) {
      void showCard();
      return;
    }
    const question = data.questions.find((q) => q.id === state.current)!;
    const panel = step('question');
    panel.querySelector('[data-question-count]')!.textContent = `Question ${answers.length + 1}`;
    panel.querySelector('[data-question-ask]')!.textContent = question.ask;
    panel.querySelector('[data-question-why]')!.textContent = `Why: ${question.why}`;
    panel.querySelector('[data-question-how]')!.textContent = `How: ${question.how}`;
    panel.querySelector<HTMLElement>('[data-question-error]')!.hidden = true;
    const list = panel.querySelector('[data-question-answers]')!;
    list.replaceChildren(
      ...question.answers.map((answer, index) => {
        const row = element('div', undefined, { class: 'checkbox' });
        const input = element('input', undefined, { type: 'radio', name: 'triage-answer', id: `triage-answer-${index}`, value: String(index) });
        row.append(input, element('label', answer.label, { for: `triage-answer-${index}` }));
        return row;
      }),
    );
    showStep('question');
  };

  const loadArea = async (): Promise<AreaData | undefined> => {
    try {
      const response = await fetch(link(triageAreaPath(areaSelect.value)));
      return response.ok ? ((await response.json()) as AreaData) : undefined;
    } catch {
      return undefined;
    }
  };

  const showCard = async () => {
    const body = step('card').querySelector('[data-card-body]')!;
    const area = areaSelect.selectedOptions[0]?.textContent ?? '';
    step('card').querySelector('[data-card-area]')!.textContent = `Finding help in ${area}…`;
    body.replaceChildren();
    showStep('card');
    areaData ??= await loadArea();
    const state = runTriage(data, answers);
    card = referralCard(data, state, (kind) => areaData?.kinds[kind] ?? { services: [], total: 0 });
    step('card').querySelector('[data-card-area]')!.textContent = `Help in ${area}.`;
    const parts: HTMLElement[] = [];
    if (card.needs.length === 0) parts.push(element('p', 'No extra help is needed today. Let the person know where to come if anything changes.'));
    for (const need of card.needs) {
      parts.push(element('h3', need.label), element('p', `Say: ${need.say}`));
      const list = element('ul');
      for (const kind of need.kinds) {
        const item = element('li');
        const info = areaData?.kinds[kind.kind];
        item.append(element('strong', data.labels.kinds[kind.kind] ?? kind.kind), document.createTextNode(': '));
        if (kind.services.length === 0) item.append(document.createTextNode(`nothing listed in ${area}. `), element('a', 'See other areas', { href: link(findHelpPath({ kind: kind.kind })) }));
        kind.services.forEach((service, i) => {
          if (i > 0) item.append(document.createTextNode('; '));
          item.append(element('a', service.name, { href: link(service.path) }));
          if (service.phone) item.append(document.createTextNode(`, ${service.phone}`));
        });
        if (info && info.total > kind.services.length) item.append(document.createTextNode(' '), element('a', `(see all ${info.total})`, { href: link(info.listPath) }));
        list.append(item);
      }
      parts.push(list);
      if (need.skills.length) parts.push(element('p', `Skills to work on next: ${need.skills.map((s) => `${data.labels.edsAreas[s.area]} (${data.labels.edsLevels[s.level]})`).join('; ')}.`));
    }
    if (card.barriers.length) {
      parts.push(element('h3', 'What may be holding them back'));
      const list = element('ul');
      for (const barrier of card.barriers) list.append(element('li', `${barrier.label}: ${barrier.say}`));
      parts.push(list);
    }
    body.replaceChildren(...parts);
    const sms = step('card').querySelector<HTMLAnchorElement>('[data-card-sms]')!;
    sms.href = smsLink(referralText(card, data.helpline, (kind) => data.labels.kinds[kind] ?? kind));
  };

  tool.querySelector('[data-triage-start]')!.addEventListener('click', async () => {
    data = await loadTool();
    answers = [];
    areaData = undefined;
    showQuestion();
  });
  tool.querySelector('[data-triage-next]')!.addEventListener('click', () => {
    const chosen = step('question').querySelector<HTMLInputElement>('input[name="triage-answer"]:checked');
    if (!chosen) {
      step('question').querySelector<HTMLElement>('[data-question-error]')!.hidden = false;
      return;
    }
    answers = [...answers, Number(chosen.value)];
    showQuestion();
  });
  tool.querySelector('[data-triage-back]')!.addEventListener('click', () => {
    if (answers.length === 0) showStep('area');
    else {
      answers = goBack(answers);
      showQuestion();
    }
  });
  tool.querySelector('[data-triage-back-from-card]')!.addEventListener('click', () => {
    answers = goBack(answers);
    showQuestion();
  });
  tool.querySelector('[data-triage-restart]')!.addEventListener('click', () => {
    answers = [];
    card = undefined;
    showStep('area');
    areaSelect.focus();
  });
  tool.querySelector('[data-card-print]')!.addEventListener('click', () => {
    document.body.classList.add('printing-card');
    window.print();
    setTimeout(() => document.body.classList.remove('printing-card'), 500);
  });
  tool.hidden = false;
}
