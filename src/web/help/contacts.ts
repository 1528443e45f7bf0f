import type { PublicContact } from '../../core/prevention/help.js';
import { h } from './dom.js';
import { languageName, regionName } from './i18n.js';
import type { Actions, State } from './state.js';

/** The hotlines and help contacts of the visitor's country. */

function telHref(number: string): string {
  return `tel:${number.replace(/[^+\d]/g, '')}`;
}

function contactItem(state: State, contact: PublicContact, prefix: string, index: number): HTMLElement {
  const t = state.texts.t.bind(state.texts);
  const headingId = `${prefix}-contact-${index}`;
  const link = (href: string, text: string) => h('a', { href, rel: 'noreferrer' }, text);
  return h(
    'li',
    { class: 'contact', 'aria-labelledby': headingId },
    h('h3', { id: headingId }, contact.name),
    contact.organisation && contact.organisation !== contact.name ? h('p', { class: 'organisation' }, contact.organisation) : null,
    contact.alwaysOpen ? h('p', { class: 'badge' }, t('contacts.alwaysOpen')) : null,
    h(
      'dl',
      null,
      contact.phones.length > 0 && [
        h('dt', null, t('contacts.phone')),
        contact.phones.map((p) => h('dd', null, link(telHref(p.number), p.number), p.description ? ` (${p.description})` : '')),
      ],
      contact.email && [h('dt', null, t('contacts.email')), h('dd', null, link(`mailto:${contact.email}`, contact.email))],
      contact.url &&
        /^https?:\/\//i.test(contact.url) && [h('dt', null, t('contacts.website')), h('dd', null, link(contact.url, contact.url.replace(/^https?:\/\//i, '')))],
      contact.hours && [h('dt', null, t('contacts.hours')), h('dd', null, contact.hours)],
      contact.languages.length > 0 && [
        h('dt', null, t('contacts.languages')),
        h('dd', null, contact.languages.map((l) => languageName(l, state.lang, false)).join(', ')),
      ],
    ),
  );
}

export function contactList(state: State, contacts: readonly PublicContact[], prefix: string): HTMLElement {
  return h(
    'ul',
    { class: 'contacts' },
    contacts.map((c, i) => contactItem(state, c, prefix, i)),
  );
}

export function contactsSection(state: State, actions: Actions): HTMLElement {
  const t = state.texts.t.bind(state.texts);
  const help = state.help;
  // The country shown is always in the menu (a preview link may ask for one the page does not cover yet).
  const shown = state.country ?? help?.country ?? null;
  const countries = help ? [...new Set([...help.countries, ...(shown ? [shown] : [])])] : [];
  return h(
    'section',
    { 'aria-labelledby': 'contacts-heading', class: 'card', id: 'contacts' },
    h('h2', { id: 'contacts-heading', tabindex: -1 }, t('contacts.heading')),
    countries.length > 0 &&
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'country', class: 'field-label' }, t('contacts.country')),
        h(
          'select',
          { id: 'country', autocomplete: 'off', onchange: (event: Event) => actions.setCountry((event.target as HTMLSelectElement).value) },
          countries
            .map((code) => ({ code, name: regionName(code, state.lang) }))
            .sort((a, b) => a.name.localeCompare(b.name, state.lang))
            .map(({ code, name }) => h('option', { value: code, selected: code === shown }, name)),
        ),
      ),
    help === undefined
      ? h('p', { role: 'status' }, t('contacts.loading'))
      : help === null
        ? h(
            'div',
            { role: 'alert' },
            h('p', null, t('contacts.loadFailed')),
            h('button', { type: 'button', id: 'contacts-retry', onclick: () => actions.reloadHelp() }, t('contacts.retry')),
          )
        : [
            help.countryNote ? h('p', { class: 'note' }, help.countryNote) : null,
            help.contacts.length === 0 ? h('p', null, t('contacts.none')) : contactList(state, help.contacts, 'all'),
          ],
  );
}
