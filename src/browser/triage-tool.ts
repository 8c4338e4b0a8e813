/**
 * The step-by-step triage, loaded when the champion starts it (src/browser/triage.ts): one
 * question at a time, with back; then a few facts that decide who can use each place (age band,
 * landlord, where they live, benefits) and how soon each need is; then a referral card for the
 * person's area that can be printed or sent by text. The answers stay in this page's memory
 * only: nothing is stored or sent (the area's list of help is fetched from this site).
 */
import { goBack, needUrgencies, runTriage, type TriageContent } from '../lib/triage/engine.ts';
import type { AgeBandId, PersonFacts, UrgencyId } from '../lib/triage/facts.ts';
import { planReferrals, referralSms, type ReferralCardView, type ReferralNationalHelp, type ReferralService } from '../lib/views/referral-card.ts';
import { needs as needTerms } from '../lib/vocabulary/triage-terms.ts';
import { phoneDialString, phoneForDisplay } from '../lib/formats.ts';
import { withBase } from '../lib/links.ts';
import { findHelpPath, triageAreaPath, triageToolPath } from '../lib/routes.ts';
import { setUpReferralShare } from './referral-card.ts';
import { cardText, cardWordsPath, type CardWords } from '../lib/referral/card-words.ts';

interface ToolData extends TriageContent {
  labels: { kinds: Record<string, string>; edsAreas: Record<string, string>; edsLevels: Record<string, string>; organisations: Record<string, string> };
  siteArea: string;
  helpline: string;
  nationalHelp: ReferralNationalHelp[];
}
interface AreaData {
  services: ReferralService[];
  lists: Record<string, { total: number; listPath: string }>;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attributes: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** A phone number as a tel: link that never breaks across lines. */
function phoneLink(number: string): HTMLAnchorElement {
  return element('a', phoneForDisplay(number), { href: `tel:${phoneDialString(number)}`, class: 'card-phone' });
}

/** Sets the tool going on its page, and starts the questions. */
export function startTriage(tool: HTMLElement): void {
  const base = tool.dataset.base ?? '/';
  // The questions and rules come from this site when the tool starts (the page lists them for reading too).
  let loaded: Promise<ToolData> | undefined;
  let data: ToolData;
  const loadTool = () => (loaded ??= fetch(withBase(base, triageToolPath())).then((response) => response.json() as Promise<ToolData>));
  const step = (name: string) => tool.querySelector<HTMLElement>(`[data-step="${name}"]`)!;
  const areaSelect = tool.querySelector<HTMLSelectElement>('#triage-area')!;
  const link = (path: string) => withBase(base, path);
  const urgencyList = tool.querySelector<HTMLElement>('[data-urgency-list]')!;
  const urgencyTerms = JSON.parse(urgencyList.dataset.urgencies ?? '[]') as [UrgencyId, string][];
  let answers: number[] = [];
  let areaData: AreaData | undefined;
  // The card's language: the champion reads the tool in English; the person's card and text message are in the language chosen here.
  const languageSelect = tool.querySelector<HTMLSelectElement>('#card-language')!;
  const cardWords = new Map<string, Promise<CardWords>>();
  const loadWords = (code: string) => {
    let words = cardWords.get(code);
    if (!words) {
      words = fetch(link(cardWordsPath(code))).then((response) => {
        if (!response.ok) throw new Error(`No card words for ${code}`);
        return response.json() as Promise<CardWords>;
      });
      words.catch(() => cardWords.delete(code));
      cardWords.set(code, words);
    }
    return words;
  };
  const cardSection = step('card').querySelector<HTMLElement>('[data-card]')!;
  const fromLine = cardSection.querySelector<HTMLElement>('[data-card-from]')!;
  const englishFrom = [...fromLine.childNodes].map((node) => node.cloneNode(true));
  /** Words for the champion only, inside a card in another language: marked as English. */
  const championOnly = <T extends HTMLElement>(node: T, words: CardWords): T => {
    if (words.lang !== 'en') {
      node.lang = 'en';
      node.dir = 'ltr';
    }
    return node;
  };
  /** The card's own lines (heading, "From …") in its language. */
  const setCardLanguage = (words: CardWords) => {
    if (words.lang === 'en') {
      cardSection.removeAttribute('lang');
      cardSection.removeAttribute('dir');
      fromLine.replaceChildren(...englishFrom.map((node) => node.cloneNode(true)));
    } else {
      cardSection.lang = words.lang;
      cardSection.dir = words.dir;
      const [before, after = ''] = cardText(words, 'card.from', { site: words.siteName }).split('{phone}');
      const [middle, end = ''] = after.split('{hours}');
      fromLine.replaceChildren(
        before ?? '',
        phoneLink(data.helpline),
        middle ?? '',
        element('span', words.helplineHours.text, words.helplineHours.lang === words.lang ? {} : { lang: words.helplineHours.lang }),
        end,
      );
    }
    cardSection.querySelector('#card-heading')!.textContent = words.text['card.heading'];
  };
  const referral = setUpReferralShare(step('card'), tool.dataset.referralPage!);

  const showStep = (name: 'area' | 'question' | 'facts' | 'card') => {
    for (const candidate of ['area', 'question', 'facts', 'card']) step(candidate).hidden = candidate !== name;
    if (name !== 'area') step(name).focus();
  };

  const showQuestion = () => {
    const state = runTriage(data, answers);
    if (!state.current) {
      showFacts();
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

  /** Asks how soon each need is (what the answers said is already ticked), beside the facts the page holds. */
  const showFacts = () => {
    const state = runTriage(data, answers);
    urgencyList.replaceChildren(
      ...needUrgencies(state).map(({ need, urgency }) => {
        const group = element('fieldset', undefined, { class: 'question', 'data-urgency-need': need });
        group.append(element('legend', needTerms.label(need)));
        const row = element('div', undefined, { class: 'checkboxes' });
        for (const [id, label] of urgencyTerms) {
          const box = element('div', undefined, { class: 'checkbox' });
          const input = element('input', undefined, { type: 'radio', name: `urgency-${need}`, id: `urgency-${need}-${id}`, value: id });
          input.checked = id === urgency;
          box.append(input, element('label', label, { for: `urgency-${need}-${id}` }));
          row.append(box);
        }
        group.append(row);
        return group;
      }),
    );
    urgencyList.closest('fieldset')!.hidden = state.needs.length === 0;
    showStep('facts');
  };

  const chosen = (name: string) => step('facts').querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  const yesNo = (value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined);
  const readFacts = (): PersonFacts => {
    const ageBand = chosen('fact-ageBand');
    const rentsFrom = chosen('fact-rentsFrom');
    const livesInArea = yesNo(chosen('fact-livesInArea'));
    const onBenefits = yesNo(chosen('fact-onBenefits'));
    return {
      ...(ageBand ? { ageBand: ageBand as AgeBandId } : {}),
      ...(rentsFrom ? { rentsFrom: rentsFrom === 'none' ? null : rentsFrom } : {}),
      ...(livesInArea !== undefined ? { livesInArea } : {}),
      ...(onBenefits !== undefined ? { onBenefits } : {}),
    };
  };

  const loadArea = async (): Promise<AreaData | undefined> => {
    try {
      const response = await fetch(link(triageAreaPath(areaSelect.value)));
      return response.ok ? ((await response.json()) as AreaData) : undefined;
    } catch {
      return undefined;
    }
  };

  const renderCard = (card: ReferralCardView, area: string, words: CardWords) => {
    const parts: HTMLElement[] = [];
    const stop = words.text['list.stop'];
    if (card.needs.length === 0) parts.push(element('p', words.text['card.none']));
    for (const need of card.needs) {
      const section = element('section', undefined, { 'data-card-need': need.need });
      const heading = element('h3', need.label);
      if (need.urgency === 'this-week') heading.append(' ', element('span', words.text['card.thisWeek'], { class: 'card-urgency' }));
      section.append(heading, championOnly(element('p', `Say: ${need.say}`, { class: 'no-print card-say' }), words));
      if (need.places.length > 0) {
        const list = element('ul', undefined, { class: 'card-places' });
        for (const place of need.places) {
          const item = element('li', undefined, { 'data-card-place': place.id });
          item.append(element('a', place.name, { href: link(place.path), class: 'card-place-name' }));
          if (place.phone) item.append(' ', phoneLink(place.phone));
          const details = [place.kinds.join('; '), place.where, place.when].filter((part): part is string => Boolean(part));
          item.append(element('br'), document.createTextNode(`${details.join(`${stop} `)}${stop}`));
          if (place.check) item.append(element('br'), element('em', place.check));
          list.append(item);
        }
        section.append(list);
      } else if (need.moreLeftOff) {
        section.append(element('p', words.text['card.more']));
      } else if (need.seeAbove.length === 0) {
        const none = element('p', `${cardText(words, 'card.nothing', { area })} `);
        none.append(championOnly(element('a', 'See other areas', { href: link(findHelpPath({ kind: need.kinds[0] })), class: 'no-print' }), words));
        section.append(none);
      }
      if (need.seeAbove.length > 0) section.append(element('p', cardText(words, 'card.also', { places: need.seeAbove.map((p) => p.name).join('; ') })));
      const more = need.kinds.map((kind) => ({ kind, list: areaData?.lists[kind] })).filter((k) => k.list && k.list.total > 0);
      if (more.length > 0) {
        const all = championOnly(element('p', 'See all: ', { class: 'no-print' }), words);
        more.forEach(({ kind, list }, i) => {
          if (i > 0) all.append('; ');
          all.append(element('a', `${data.labels.kinds[kind] ?? kind} (${list!.total})`, { href: link(list!.listPath) }));
        });
        section.append(all);
      }
      for (const item of need.nationalHelp) {
        const national = element('p', `${words.text['card.national']} `, { class: 'card-national' });
        national.append(element('a', item.name, { href: item.link }));
        if (item.phone) national.append(' ', phoneLink(item.phone));
        section.append(national);
      }
      if (need.skills?.length)
        section.append(
          championOnly(
            element('p', `Skills to work on next: ${need.skills.map((s) => `${data.labels.edsAreas[s.area]} (${data.labels.edsLevels[s.level]})`).join('; ')}.`, { class: 'no-print' }),
            words,
          ),
        );
      parts.push(section);
    }
    const state = runTriage(data, answers);
    if (state.barriers.length) {
      const barriers = championOnly(element('section', undefined, { class: 'no-print' }), words);
      barriers.append(element('h3', 'What may be holding them back'));
      const list = element('ul');
      for (const barrier of state.barriers) list.append(element('li', data.barriers.find((b) => b.barrier === barrier)?.say ?? barrier));
      barriers.append(list);
      parts.push(barriers);
    }
    return parts;
  };

  const showCard = async () => {
    const body = step('card').querySelector('[data-card-body]')!;
    const area = areaSelect.selectedOptions[0]?.textContent ?? '';
    const areaLine = step('card').querySelector('[data-card-area]')!;
    areaLine.textContent = '…';
    body.replaceChildren();
    referral.clear();
    showStep('card');
    // The chosen language's words; English if they cannot be fetched (offline without them, say), and a message if neither can.
    let words: CardWords;
    try {
      words = await loadWords(languageSelect.value).catch(() => loadWords('en'));
    } catch {
      areaLine.textContent = 'The card could not be made: check your signal and try again.';
      return;
    }
    setCardLanguage(words);
    areaLine.textContent = cardText(words, 'card.finding', { area });
    areaData ??= await loadArea();
    const state = runTriage(data, answers);
    const needs = needUrgencies(state).map(({ need, urgency }) => ({ need, urgency: (chosen(`urgency-${need}`) || urgency) as UrgencyId }));
    const card = planReferrals(
      { area: areaSelect.value, areaName: area, facts: readFacts(), needs },
      {
        needRules: data.needs,
        services: areaData?.services ?? [],
        nationalHelp: data.nationalHelp,
        names: { organisation: (id) => data.labels.organisations[id] ?? id, siteArea: data.siteArea },
        words,
      },
    );
    step('card').querySelector('[data-card-area]')!.textContent = cardText(words, 'card.area', { area });
    body.replaceChildren(...renderCard(card, area, words));
    referral.update({ needs, barriers: state.barriers }, words);
    const text = referralSms(card, { helpline: data.helpline, words });
    step('card').querySelector('[data-card-sms-text]')!.textContent = text;
    step('card').querySelector<HTMLAnchorElement>('[data-card-sms]')!.href = `sms:?body=${encodeURIComponent(text)}`;
  };

  const start = async () => {
    data = await loadTool();
    answers = [];
    areaData = undefined;
    showQuestion();
  };
  tool.querySelector('[data-triage-start]')!.addEventListener('click', () => void start());
  tool.querySelector('[data-triage-next]')!.addEventListener('click', () => {
    const picked = step('question').querySelector<HTMLInputElement>('input[name="triage-answer"]:checked');
    if (!picked) {
      step('question').querySelector<HTMLElement>('[data-question-error]')!.hidden = false;
      return;
    }
    answers = [...answers, Number(picked.value)];
    showQuestion();
  });
  tool.querySelector('[data-triage-back]')!.addEventListener('click', () => {
    if (answers.length === 0) showStep('area');
    else {
      answers = goBack(answers);
      showQuestion();
    }
  });
  tool.querySelector('[data-facts-back]')!.addEventListener('click', () => {
    answers = goBack(answers);
    showQuestion();
  });
  tool.querySelector('[data-facts-done]')!.addEventListener('click', () => void showCard());
  tool.querySelector('[data-triage-back-from-card]')!.addEventListener('click', () => showStep('facts'));
  tool.querySelector('[data-triage-restart]')!.addEventListener('click', () => {
    answers = [];
    referral.clear();
    for (const input of step('facts').querySelectorAll<HTMLInputElement>('input[name^="fact-"]')) input.checked = input.value === '';
    showStep('area');
    areaSelect.focus();
  });
  tool.querySelector('[data-card-print]')!.addEventListener('click', () => window.print());
  void start();
}
