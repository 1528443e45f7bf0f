import { getHotkeyHandler } from '@mantine/hooks';
import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '../../core/hotline/contact.js';
import { CHANNEL_SHORTCUTS, ariaKeys, formHotkeys, SAVE } from './shortcuts.js';

interface Key {
  key: string;
  code: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
}

function press(k: Key) {
  const event = { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, preventDefault: vi.fn(), ...k };
  return event as unknown as KeyboardEvent & { preventDefault: ReturnType<typeof vi.fn> };
}

function setUp() {
  const save = vi.fn();
  const channels: Channel[] = [];
  const toggleTimer = vi.fn();
  const handle = getHotkeyHandler(formHotkeys({ save, channel: (c) => channels.push(c), toggleTimer }));
  return { save, channels, toggleTimer, handle };
}

describe('the contact form shortcuts', () => {
  it('save with Ctrl+Enter (Cmd+Enter on a Mac) and Alt+S, and keep the browser from acting on them', () => {
    const { save, handle } = setUp();
    const ctrlEnter = press({ key: 'Enter', code: 'Enter', ctrlKey: true });
    handle(ctrlEnter);
    handle(press({ key: 'Enter', code: 'Enter', metaKey: true }));
    handle(press({ key: 's', code: 'KeyS', altKey: true }));
    handle(press({ key: 'ß', code: 'KeyS', altKey: true }));
    expect(save).toHaveBeenCalledTimes(4);
    expect(ctrlEnter.preventDefault).toHaveBeenCalled();
  });

  it('do not save on a plain Enter (a new line in the summary) nor on a plain S', () => {
    const { save, handle } = setUp();
    handle(press({ key: 'Enter', code: 'Enter' }));
    handle(press({ key: 's', code: 'KeyS' }));
    handle(press({ key: 'Enter', code: 'Enter', shiftKey: true }));
    expect(save).not.toHaveBeenCalled();
  });

  it('pick the channel with Alt+1 … Alt+6 by the physical key, whatever character the layout gives', () => {
    const { channels, handle } = setUp();
    handle(press({ key: '2', code: 'Digit2', altKey: true }));
    // Option+1 on a Mac types "¡".
    handle(press({ key: '¡', code: 'Digit1', altKey: true }));
    handle(press({ key: '6', code: 'Digit6', altKey: true }));
    handle(press({ key: '7', code: 'Digit7', altKey: true }));
    handle(press({ key: '3', code: 'Digit3' }));
    expect(channels).toEqual(['chat', 'phone', 'walk-in']);
  });

  it('pause or resume the timer with Alt+P', () => {
    const { toggleTimer, save, handle } = setUp();
    handle(press({ key: 'π', code: 'KeyP', altKey: true }));
    expect(toggleTimer).toHaveBeenCalledTimes(1);
    expect(save).not.toHaveBeenCalled();
  });

  it('name the keys for assistive technology', () => {
    expect(ariaKeys(SAVE)).toBe('Control+Enter Alt+S');
    expect(CHANNEL_SHORTCUTS.map((s) => s.keys)).toEqual(['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4', 'Alt+5', 'Alt+6']);
  });
});
