import { currentResult } from './checker.js';
import { h } from './dom.js';
import type { Actions, State } from './state.js';

/** "Write to the hotline": only what the visitor writes and ticks is sent, and only when they press Send. */

const REPLY = ['none', 'phone', 'email'] as const;
const REPLY_LABEL = { none: 'message.replyNone', phone: 'message.replyPhone', email: 'message.replyEmail' } as const;

export function messageSection(state: State, actions: Actions): HTMLElement | null {
  if (!state.help?.messagesOpen) return null;
  const t = state.texts.t.bind(state.texts);
  const heading = h('h2', { id: 'message-heading', tabindex: -1 }, t('message.heading'));
  if (state.outcome === 'sent') {
    return h(
      'section',
      { 'aria-labelledby': 'message-heading', class: 'card', id: 'message' },
      heading,
      h('div', { role: 'status', class: 'sent' }, h('h3', { id: 'message-sent' }, t('message.sentHeading')), h('p', null, t('message.sentText'))),
      h(
        'button',
        {
          type: 'button',
          id: 'message-again',
          onclick: () => {
            state.outcome = null;
            state.message = '';
            actions.render();
            document.getElementById('message-text')?.focus();
          },
        },
        t('message.writeAnother'),
      ),
    );
  }
  const signs = currentResult(state)?.signs ?? [];
  const error = state.outcome ? t(`message.errors.${state.outcome}`) : null;
  return h(
    'section',
    { 'aria-labelledby': 'message-heading', class: 'card', id: 'message' },
    heading,
    h('p', null, t('message.intro')),
    h(
      'form',
      {
        id: 'message-form',
        novalidate: true,
        // Nothing typed may be kept by the browser (form restore, autofill) or sent to a spelling service.
        autocomplete: 'off',
        onsubmit: (event: Event) => {
          event.preventDefault();
          actions.send();
        },
      },
      h('label', { for: 'message-text', class: 'field-label' }, t('message.messageLabel')),
      h('textarea', {
        id: 'message-text',
        rows: 5,
        maxlength: 4000,
        required: true,
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-invalid': state.outcome === 'empty' ? 'true' : undefined,
        value: state.message,
        oninput: (event: Event) => {
          state.message = (event.target as HTMLTextAreaElement).value;
        },
      }),
      h(
        'fieldset',
        null,
        h('legend', null, t('message.replyLegend')),
        REPLY.map((by) =>
          h(
            'label',
            { class: 'answer' },
            h('input', {
              type: 'radio',
              name: 'reply-by',
              id: `reply-${by}`,
              value: by,
              checked: state.replyBy === by,
              onchange: () => {
                state.replyBy = by;
                actions.render();
              },
            }),
            h('span', null, t(REPLY_LABEL[by])),
          ),
        ),
        state.replyBy !== 'none' && [
          h('label', { for: 'reply-to', class: 'field-label' }, t(state.replyBy === 'phone' ? 'message.phoneLabel' : 'message.emailLabel')),
          h('input', {
            id: 'reply-to',
            type: state.replyBy === 'phone' ? 'tel' : 'email',
            autocomplete: 'off',
            spellcheck: 'false',
            maxlength: 254,
            'aria-invalid': state.outcome === 'replyTo' ? 'true' : undefined,
            value: state.replyTo,
            oninput: (event: Event) => {
              state.replyTo = (event.target as HTMLInputElement).value;
            },
          }),
        ],
      ),
      signs.length > 0 &&
        h(
          'fieldset',
          null,
          h('legend', null, t('message.signsLegend')),
          signs.map((sign) =>
            h(
              'label',
              { class: 'answer' },
              h('input', {
                type: 'checkbox',
                id: `include-${sign.id}`,
                checked: state.includeSigns.has(sign.id),
                onchange: (event: Event) => {
                  if ((event.target as HTMLInputElement).checked) state.includeSigns.add(sign.id);
                  else state.includeSigns.delete(sign.id);
                },
              }),
              h('span', null, sign.title),
            ),
          ),
        ),
      h('p', { class: 'hint', id: 'message-what' }, t('message.whatIsSent')),
      error ? h('p', { role: 'alert', class: 'error', id: 'message-error' }, error) : null,
      h(
        'button',
        { type: 'submit', id: 'message-send', class: 'primary', disabled: state.sending, 'aria-describedby': 'message-what' },
        t(state.sending ? 'message.sending' : 'message.send'),
      ),
    ),
  );
}
