/**
 * The public safe-migration page (/help, issue 8): check a job offer, find a hotline, leave quickly.
 * Plain DOM code on purpose (a few kilobytes for an old phone on a slow connection). It stores
 * nothing on the device and adds no history entries: language and country changes redraw in place.
 */
import type { UiLanguage } from '../../core/platform/roles.js';
import type { PublicMessageRequest } from '../../core/prevention/help.js';
import { askedCountry } from './address.js';
import { fetchHelp, sendMessage } from './api.js';
import { checkerSection, currentResult, resultsSection } from './checker.js';
import { contactsSection } from './contacts.js';
import { h } from './dom.js';
import { listenForEscape, quickExit, setExitUrl } from './exit.js';
import { initialLanguage, languageName, loadTexts, UI_LANGUAGES } from './i18n.js';
import { messageSection } from './message.js';
import type { Actions, State } from './state.js';

listenForEscape();

const root = document.getElementById('app') as HTMLElement;
let state: State;
/** Answers that arrive late (a slower earlier request) are ignored. */
let helpRequest = 0;

function header(): HTMLElement {
  const t = state.texts.t.bind(state.texts);
  return h(
    'header',
    { class: 'top' },
    h(
      'div',
      { class: 'exit-box' },
      h('button', { type: 'button', id: 'quick-exit', class: 'exit', 'aria-describedby': 'quick-exit-hint', onclick: quickExit }, t('exit.button')),
      h('p', { id: 'quick-exit-hint', class: 'exit-hint' }, t('exit.hint')),
    ),
    h(
      'div',
      { class: 'language' },
      h('label', { for: 'language' }, t('language')),
      h(
        'select',
        { id: 'language', autocomplete: 'off', onchange: (event: Event) => actions.setLanguage((event.target as HTMLSelectElement).value as UiLanguage) },
        UI_LANGUAGES.map((code) => h('option', { value: code, lang: code, selected: code === state.lang }, languageName(code, code))),
      ),
    ),
  );
}

function render(): void {
  const focused = document.activeElement?.id;
  const scroll = window.scrollY;
  const t = state.texts.t.bind(state.texts);
  document.documentElement.lang = state.texts.shownIn;
  document.title = t('documentTitle');
  root.replaceChildren(
    header(),
    h(
      'main',
      { id: 'main' },
      h(
        'div',
        { class: 'intro' },
        h('h1', null, t('intro.heading')),
        h('p', null, state.help?.intro || t('intro.text')),
        h('p', { class: 'privacy' }, t('intro.privacy')),
      ),
      checkerSection(state, actions),
      resultsSection(state),
      contactsSection(state, actions),
      messageSection(state, actions),
    ),
  );
  if (focused) document.getElementById(focused)?.focus({ preventScroll: true });
  window.scrollTo(0, scroll);
}

async function loadHelp(): Promise<void> {
  const ask = ++helpRequest;
  try {
    const help = await fetchHelp(state.lang, state.country);
    if (ask !== helpRequest) return;
    state.help = help;
    state.country = help.country;
    setExitUrl(help.exitUrl);
  } catch {
    if (ask !== helpRequest) return;
    state.help = null;
  }
  render();
}

const actions: Actions = {
  render,
  setLanguage(lang) {
    state.lang = lang;
    void loadTexts(lang).then((texts) => {
      if (state.lang !== lang) return;
      state.texts = texts;
      render();
      void loadHelp();
    });
  },
  setCountry(country) {
    state.country = country;
    void loadHelp();
  },
  reloadHelp() {
    state.help = undefined;
    render();
    void loadHelp();
  },
  send() {
    if (state.sending) return;
    const message = state.message.trim();
    const replyTo = state.replyTo.trim();
    if (!message) state.outcome = 'empty';
    else if (state.replyBy !== 'none' && !replyTo) state.outcome = 'replyTo';
    else {
      const found = new Set((currentResult(state)?.signs ?? []).map((s) => s.id));
      const body: PublicMessageRequest = {
        lang: state.lang,
        message,
        replyBy: state.replyBy,
        signs: [...state.includeSigns].filter((id) => found.has(id)),
        ...(state.country ? { country: state.country } : {}),
        ...(state.replyBy !== 'none' ? { replyTo } : {}),
      };
      state.sending = true;
      state.outcome = null;
      render();
      void sendMessage(body).then((outcome) => {
        state.sending = false;
        state.outcome = outcome;
        if (outcome === 'sent') {
          state.message = '';
          state.replyTo = '';
          state.includeSigns = new Set();
        }
        render();
        document.getElementById(outcome === 'sent' ? 'message-heading' : 'message-send')?.focus();
      });
      return;
    }
    render();
    document.getElementById(state.outcome === 'empty' ? 'message-text' : 'reply-to')?.focus();
  },
};

async function start(): Promise<void> {
  const lang = initialLanguage();
  state = {
    lang,
    texts: await loadTexts(lang),
    help: undefined,
    country: askedCountry(location.search),
    answers: {},
    offerText: '',
    checked: null,
    message: '',
    replyBy: 'none',
    replyTo: '',
    includeSigns: new Set(),
    sending: false,
    outcome: null,
  };
  render();
  await loadHelp();
}

void start();
