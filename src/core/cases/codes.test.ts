import { describe, expect, it } from 'vitest';
import { CODE_LISTS, codeLocaleKeys, ISIC_SECTIONS, LABOUR_SECTOR } from './codes.js';

describe('code lists', () => {
  it('every list has unique kebab-case ids and an HTCDS entry for each id', () => {
    for (const [name, list] of Object.entries(CODE_LISTS)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(new Set(list.ids).size, name).toBe(list.ids.length);
      for (const id of list.ids) {
        expect(id, name).toMatch(/^[a-z]+(-[a-z]+)*$/);
        expect(Object.hasOwn(list.htcds, id), `${name}.${id}`).toBe(true);
      }
      expect(Object.keys(list.htcds)).toEqual([...list.ids]);
    }
  });

  it('no HTCDS value is mapped twice within a list', () => {
    for (const [name, list] of Object.entries(CODE_LISTS)) {
      const values = Object.values(list.htcds).filter((v): v is string => v !== null);
      expect(new Set(values).size, name).toBe(values.length);
    }
  });

  it('the labour sectors are the 21 ISIC Rev.4 sections A–U in order', () => {
    expect(LABOUR_SECTOR.ids.map((id) => ISIC_SECTIONS[id].section).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    for (const id of LABOUR_SECTOR.ids) expect(LABOUR_SECTOR.htcds[id]?.startsWith(`${ISIC_SECTIONS[id].section}_`)).toBe(true);
  });

  it('lists every locale key the translators need', () => {
    const keys = codeLocaleKeys();
    expect(keys).toContain('gender.transgender-feminine');
    expect(keys).toContain('closure-reason.goals-achieved');
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Object.values(CODE_LISTS).reduce((n, l) => n + l.ids.length, 0));
  });

  it('keeps the lists the issue names', () => {
    expect(CODE_LISTS['case-status'].ids).toEqual(['active', 'follow-up', 'closed', 'closed-referred']);
    expect(CODE_LISTS['trafficking-status'].ids).toEqual(['possible', 'actual', 'not-a-victim']);
    expect(CODE_LISTS.gender.ids).toEqual(['feminine', 'masculine', 'transgender-feminine', 'transgender-masculine', 'non-conforming', 'unspecified']);
    expect(CODE_LISTS['exploitation-form'].ids).toHaveLength(9);
    expect(CODE_LISTS['control-method'].ids).toHaveLength(17);
  });
});
