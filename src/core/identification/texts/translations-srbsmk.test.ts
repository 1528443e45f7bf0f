import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, INSTRUMENT_IDS, type InstrumentTexts } from '../instrument.js';
import { BS } from './bs.js';
import { EN } from './en.js';
import { MK } from './mk.js';
import { SR } from './sr.js';

const LANGUAGES: ReadonlyArray<readonly [string, InstrumentTexts, RegExp]> = [
  // Serbian and Bosnian in Latin script, Macedonian in Cyrillic: no letter of the other script.
  ['sr', SR, /[\u0400-\u04FF]/],
  ['bs', BS, /[\u0400-\u04FF]/],
  ['mk', MK, /[A-Za-z]/],
];

/** Every string of a text set, with a stable path, in a stable order. */
function strings(t: InstrumentTexts): Array<[path: string, value: string]> {
  const out: Array<[string, string]> = [];
  for (const id of INSTRUMENT_IDS) {
    out.push([`instruments.${id}.title`, t.instruments[id].title], [`instruments.${id}.description`, t.instruments[id].description]);
  }
  for (const id of DIMENSION_IDS) {
    out.push([`dimensions.${id}.title`, t.dimensions[id].title], [`dimensions.${id}.description`, t.dimensions[id].description]);
  }
  for (const id of INSTRUMENT_IDS) {
    for (const [ind, x] of Object.entries(t.indicators[id])) {
      out.push([`${id}.${ind}.text`, x.text], [`${id}.${ind}.question`, x.question], [`${id}.${ind}.guidance`, x.guidance]);
    }
  }
  return out;
}

const english = new Map(strings(EN));

describe.each(LANGUAGES)('instrument texts in %s', (_lang, texts, otherScript) => {
  it('has exactly the instruments, dimensions and indicators of English, for every instrument', () => {
    expect(Object.keys(texts.instruments).sort()).toEqual(Object.keys(EN.instruments).sort());
    expect(Object.keys(texts.dimensions).sort()).toEqual(Object.keys(EN.dimensions).sort());
    for (const id of INSTRUMENT_IDS) {
      expect(Object.keys(texts.indicators[id]).sort(), id).toEqual(Object.keys(EN.indicators[id]).sort());
    }
  });

  it('has no empty string and writes in its own script', () => {
    for (const [path, value] of strings(texts)) {
      expect(value.trim(), path).not.toBe('');
      expect(value, path).not.toMatch(otherScript);
    }
  });

  it('equals English in fewer than 5% of its strings', () => {
    const all = strings(texts);
    const same = all.filter(([path, value]) => english.get(path) === value);
    expect(same.length / all.length).toBeLessThan(0.05);
  });

  it('words children questions apart from adult questions', () => {
    const adult = texts.indicators['adult-labour'];
    const child = texts.indicators['child-labour'];
    const shared = Object.keys(child).filter((id) => id in adult);
    const same = shared.filter((id) => child[id]!.question === adult[id]!.question);
    expect(same).toEqual([]);
  });
});

describe('Serbian and Bosnian', () => {
  it('are each written for their own standard, not copies of each other', () => {
    const sr = strings(SR);
    const bs = new Map(strings(BS));
    const same = sr.filter(([path, value]) => bs.get(path) === value);
    expect(same.length / sr.length).toBeLessThan(0.2);
  });
});
