import { describe, expect, it } from 'vitest';
import { displayName, fullName, nameScript, primaryName, scorePercent, scriptOf } from './names.js';

describe('names', () => {
  it('detects the script of what is typed', () => {
    expect(scriptOf('Олена Коваленко')).toBe('cyrillic');
    expect(scriptOf('Ελένη Παπαδοπούλου')).toBe('greek');
    expect(scriptOf('Ševčenko')).toBe('latin');
    expect(scriptOf('Olena Коваленко')).toBe('other');
    expect(scriptOf('阿明')).toBe('other');
    expect(scriptOf(' - ')).toBeUndefined();
  });

  it('shows the first legal name first', () => {
    const names = [
      { given: 'Lena', family: '', kind: 'nickname' },
      { given: 'Олена', family: 'Коваленко', kind: 'legal' },
    ];
    expect(primaryName(names)?.given).toBe('Олена');
    expect(displayName(names)).toBe('Олена Коваленко');
    expect(displayName([{ given: '', family: 'Hoxha', kind: 'alias' }])).toBe('Hoxha');
    expect(displayName([])).toBe('');
    expect(fullName({ given: 'Arta', family: '' })).toBe('Arta');
  });

  it('keeps a recorded script and detects a missing one', () => {
    expect(nameScript({ given: 'Olena', family: 'K', script: 'cyrillic' })).toBe('cyrillic');
    expect(nameScript({ given: 'Νίκος', family: '' })).toBe('greek');
  });

  it('turns a score into a percentage within 0–100', () => {
    expect(scorePercent(0.914)).toBe(91);
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-1)).toBe(0);
  });
});
