import type { OfferAnswer, SignId } from '../../core/prevention/help.js';
import { checkOffer, SIGNS } from '../../core/prevention/job-offer/index.js';
import { contactList } from './contacts.js';
import { h } from './dom.js';
import type { Actions, State } from './state.js';

const ANSWERS: readonly OfferAnswer[] = ['yes', 'no', 'unsure'];
const ANSWER_LABEL: Record<OfferAnswer, string> = { yes: 'check.yes', no: 'check.no', unsure: 'check.unsure' };

/** The result of the check as the page shows it, in the current language. */
export function currentResult(state: State) {
  if (!state.checked) return null;
  const t = state.texts.t.bind(state.texts);
  return checkOffer(state.checked, (id) => ({ title: t(`signs.${id}.title`), explanation: t(`signs.${id}.explanation`), check: t(`signs.${id}.check`) }));
}

function question(state: State, id: SignId): HTMLElement {
  const t = state.texts.t.bind(state.texts);
  return h(
    'fieldset',
    { class: 'question' },
    h('legend', null, t(`signs.${id}.question`)),
    h(
      'div',
      { class: 'answers' },
      ANSWERS.map((answer) =>
        h(
          'label',
          { class: 'answer' },
          h('input', {
            type: 'radio',
            name: `q-${id}`,
            id: `q-${id}-${answer}`,
            value: answer,
            checked: state.answers[id] === answer,
            onchange: () => {
              state.answers[id] = answer;
            },
          }),
          h('span', null, t(ANSWER_LABEL[answer])),
        ),
      ),
    ),
  );
}

export function checkerSection(state: State, actions: Actions): HTMLElement {
  const t = state.texts.t.bind(state.texts);
  return h(
    'section',
    { 'aria-labelledby': 'check-heading', class: 'card' },
    h('h2', { id: 'check-heading' }, t('check.heading')),
    h('p', null, t('check.intro')),
    h(
      'form',
      {
        id: 'check-form',
        novalidate: true,
        // Nothing typed may be kept by the browser (form restore, autofill) or sent to a spelling service.
        autocomplete: 'off',
        onsubmit: (event: Event) => {
          event.preventDefault();
          state.checked = { answers: { ...state.answers }, text: state.offerText };
          state.includeSigns = new Set();
          actions.render();
          document.getElementById('results-heading')?.focus();
        },
      },
      h(
        'div',
        { role: 'group', 'aria-label': t('check.questions') },
        SIGNS.map((id) => question(state, id)),
      ),
      h('label', { for: 'offer-text', class: 'field-label' }, t('check.textLabel')),
      h('p', { id: 'offer-text-hint', class: 'hint' }, t('check.textHint')),
      h('textarea', {
        id: 'offer-text',
        rows: 6,
        maxlength: 20000,
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': 'offer-text-hint',
        value: state.offerText,
        oninput: (event: Event) => {
          state.offerText = (event.target as HTMLTextAreaElement).value;
        },
      }),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit', id: 'check-submit', class: 'primary' }, t('check.submit')),
        h(
          'button',
          {
            type: 'button',
            id: 'check-reset',
            onclick: () => {
              state.answers = {};
              state.offerText = '';
              state.checked = null;
              state.includeSigns = new Set();
              actions.render();
              document.getElementById('check-heading')?.scrollIntoView();
            },
          },
          t('check.reset'),
        ),
      ),
    ),
  );
}

export function resultsSection(state: State): HTMLElement | null {
  const result = currentResult(state);
  if (!result || !state.checked) return null;
  const t = state.texts.t.bind(state.texts);
  const nothing = !state.checked.text.trim() && Object.keys(state.checked.answers).length === 0;
  const advice = state.help?.advice || t('results.adviceDefault');
  return h(
    'section',
    { 'aria-labelledby': 'results-heading', class: 'card results', id: 'results' },
    h('h2', { id: 'results-heading', tabindex: -1 }, t('results.heading')),
    nothing
      ? h('p', null, t('results.empty'))
      : result.signs.length === 0
        ? h('p', null, t('results.none'))
        : h('p', { class: 'count' }, t('results.count', { count: result.signs.length })),
    result.signs.length > 0 &&
      h(
        'ul',
        { class: 'signs' },
        result.signs.map((sign) =>
          h(
            'li',
            { class: 'sign' },
            h('h3', null, sign.title),
            sign.from !== 'text' && h('p', { class: 'from' }, t('results.fromAnswer')),
            sign.evidence.length > 0 &&
              h(
                'p',
                { class: 'evidence' },
                `${t('results.evidence')} `,
                sign.evidence.flatMap((e, i) => [i > 0 ? ', ' : '', h('q', { lang: '' }, e)]),
              ),
            h('p', null, h('strong', null, `${t('results.why')}: `), sign.explanation),
            h('p', null, h('strong', null, `${t('results.whatToCheck')}: `), sign.check),
          ),
        ),
      ),
    result.unsure.length > 0 && [
      h('h3', null, t('results.unsureHeading')),
      h(
        'ul',
        { class: 'unsure' },
        result.unsure.map((u) => h('li', null, h('strong', null, u.title), ' ', u.check)),
      ),
    ],
    h('h3', null, t('results.adviceHeading')),
    h('p', { class: 'advice' }, advice),
    h('h3', null, t('results.whomToAsk')),
    state.help && state.help.contacts.length > 0 ? contactList(state, state.help.contacts.slice(0, 3), 'ask') : null,
    h('p', null, h('button', { type: 'button', class: 'link', onclick: () => document.getElementById('contacts-heading')?.focus() }, t('results.seeContacts'))),
  );
}
