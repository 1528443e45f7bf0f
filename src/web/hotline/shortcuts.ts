/**
 * The keyboard shortcuts of the hotline screens. Alt combinations match the physical key (the
 * `code` of the event), so that they work whatever the keyboard layout, and on a Mac where
 * Option+1 types "¡".
 */
import type { HotkeyItem } from '@mantine/hooks';
import { type Channel, OPERATOR_CHANNELS } from '../../core/hotline/contact.js';

const physical = { usePhysicalKeys: true } as const;

export interface Shortcut {
  /** As `useHotkeys` reads it. */
  readonly hotkey: string;
  /** As `aria-keyshortcuts` names it. */
  readonly aria: string;
  /** As shown to the user. */
  readonly keys: string;
}

export const SAVE: readonly Shortcut[] = [
  { hotkey: 'mod+Enter', aria: 'Control+Enter', keys: 'Ctrl+Enter' },
  { hotkey: 'alt+s', aria: 'Alt+S', keys: 'Alt+S' },
];
export const NEW_CONTACT: Shortcut = { hotkey: 'alt+n', aria: 'Alt+N', keys: 'Alt+N' };
export const TIMER_TOGGLE: Shortcut = { hotkey: 'alt+p', aria: 'Alt+P', keys: 'Alt+P' };

/** Alt+1 … Alt+6: the channels in their order. */
export const CHANNEL_SHORTCUTS: readonly (Shortcut & { channel: Channel })[] = OPERATOR_CHANNELS.map((channel, i) => ({
  channel,
  hotkey: `alt+Digit${i + 1}`,
  aria: `Alt+${i + 1}`,
  keys: `Alt+${i + 1}`,
}));

export const ariaKeys = (shortcuts: readonly Shortcut[]) => shortcuts.map((s) => s.aria).join(' ');

/** Which hotkeys need the physical key (the Alt ones) rather than the character typed. */
const optionsOf = (s: Shortcut) => (s.hotkey.startsWith('alt+') ? physical : undefined);

/** One hotkey item for Mantine's `useHotkeys` / `getHotkeyHandler`. */
export function hotkey(shortcut: Shortcut, run: () => void): HotkeyItem {
  const options = optionsOf(shortcut);
  return options ? [shortcut.hotkey, run, options] : [shortcut.hotkey, run];
}

export interface FormActions {
  save: () => void;
  channel: (channel: Channel) => void;
  toggleTimer: () => void;
}

/** The shortcuts of the contact form: save, choose the channel, pause or resume the timer. */
export function formHotkeys(actions: FormActions): HotkeyItem[] {
  return [
    ...SAVE.map((s) => hotkey(s, actions.save)),
    ...CHANNEL_SHORTCUTS.map((s) => hotkey(s, () => actions.channel(s.channel))),
    hotkey(TIMER_TOGGLE, actions.toggleTimer),
  ];
}

/**
 * A plain Enter in a one-line field (a reason that matched nothing, a radio button): in the
 * contact forms it does not send the form half done; Ctrl+Enter does.
 */
export function isPlainEnterInField(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; target: EventTarget | null }): boolean {
  return (
    event.key === 'Enter' &&
    !event.ctrlKey &&
    !event.metaKey &&
    !event.altKey &&
    typeof HTMLInputElement !== 'undefined' &&
    event.target instanceof HTMLInputElement
  );
}
