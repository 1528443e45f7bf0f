import { describe, expect, it } from 'vitest';
import { cyrillicVariant, detectScript, transliterate } from './transliterate.js';

describe('detectScript', () => {
  it('names the script of the letters, ignoring spaces and punctuation', () => {
    expect(detectScript('Olena Kovalenko')).toBe('latin');
    expect(detectScript('Олена Коваленко')).toBe('cyrillic');
    expect(detectScript('Ολένα Κοβαλένκο')).toBe('greek');
    expect(detectScript('Olena Коваленко')).toBe('mixed');
    expect(detectScript('ოლენა')).toBe('other');
    expect(detectScript(' - 42 ')).toBe('none');
  });
});

describe('cyrillicVariant', () => {
  it('recognises the alphabet from its own letters', () => {
    expect(cyrillicVariant('Григорій')).toBe('uk');
    expect(cyrillicVariant('Григорий')).toBe('ru');
    expect(cyrillicVariant('Ђорђевић')).toBe('sr');
    expect(cyrillicVariant('Ўладзімір')).toBe('be');
    expect(cyrillicVariant('Нұрлан Әбдірахманов')).toBe('kk');
  });
});

describe('transliterate', () => {
  it.each([
    ['Олена Коваленко', 'olena kovalenko'],
    ['Ολένα Κοβαλένκο', 'olena kovalenko'],
    ['ΟΛΕΝΑ ΚΟΒΑΛΕΝΚΟ', 'olena kovalenko'],
    ['Григорій', 'hryhorii'],
    ['Григорий', 'grigoriy'],
    ['Юлія Марія', 'yuliia mariia'],
    ['Олексій Їжак Євген Ґанна', 'oleksii yizhak yevhen ganna'],
    ['Щербак', 'shcherbak'],
    ['Ђорђевић Џаферовић Љубица Њего Јован', 'djordjevic dzhaferovic ljubica njego jovan'],
    ['Ѓорѓи Ќосе Ѕвезда', 'gjorgji kjose dzvezda'],
    ['Ўладзімір', 'uladzimir'],
    ['Әлібек Ғани Қасым Ұлан Үміт Өмір Һ Ң', 'alibek gani kasym ulan umit omir h n'],
    ['Αλέξανδρος Παπαδόπουλος', 'alexandros papadopoulos'],
    ['Ευάγγελος Μπακογιάννης', 'evangelos bakogiannis'],
    ['Ευθύμιος Αύγουστος', 'efthymios avgoustos'],
    ['Ναΐς Ντόρα Γκίκας', 'nais dora gikas'],
    ['Ševčenko Żółkiewski Łukasz Straße Øster Đurić Æsa Şahin Ilıca', 'shevchenko zolkiewski lukasz strasse oster djuric aesa sahin ilica'],
  ])('%s → %s', (input, expected) => {
    expect(transliterate(input)).toBe(expected);
  });

  it('reads Greek by pronunciation in phonetic mode and drops Latin marks plainly', () => {
    expect(transliterate('Αικατερίνη Παπαδοπούλου Μπουμπουλίνα Ντίνος', { mode: 'phonetic' })).toBe('ekaterini papadopulu bumbulina dinos');
    expect(transliterate('Οικονόμου Ευάγγελος', { mode: 'phonetic' })).toBe('ikonomu evangelos');
    expect(transliterate('Ševčenko Žuk', { mode: 'phonetic' })).toBe('sevcenko zuk');
  });

  it('leaves lower-case ASCII unchanged', () => {
    expect(transliterate('olena kovalenko')).toBe('olena kovalenko');
  });
});
