import type { UiLanguage } from '../../core/platform/roles.js';
import type { OfferAnswer, PublicHelp, SignId } from '../../core/prevention/help.js';
import type { SendOutcome } from './api.js';
import type { Texts } from './i18n.js';

/** Everything the page shows, kept in memory only (never on the device, never in the address). */
export interface State {
  lang: UiLanguage;
  texts: Texts;
  /** The network's data for the chosen country: undefined while loading, null when it failed. */
  help: PublicHelp | null | undefined;
  country: string | null;
  answers: Partial<Record<SignId, OfferAnswer>>;
  offerText: string;
  /** What was checked (the form as it was when the visitor pressed "Check"), or null before. */
  checked: { answers: Partial<Record<SignId, OfferAnswer>>; text: string } | null;
  message: string;
  replyBy: 'none' | 'phone' | 'email';
  replyTo: string;
  includeSigns: Set<SignId>;
  sending: boolean;
  outcome: SendOutcome | 'empty' | 'replyTo' | null;
}

export interface Actions {
  /** Draws the page again from the state, keeping the focus and the scroll position. */
  render(): void;
  setLanguage(lang: UiLanguage): void;
  setCountry(country: string): void;
  reloadHelp(): void;
  send(): void;
}
