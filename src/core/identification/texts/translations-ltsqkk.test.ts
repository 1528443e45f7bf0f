import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, INSTRUMENT_IDS, type InstrumentTexts } from '../instrument.js';
import { INSTRUMENTS } from '../instruments/index.js';
import { EN } from './en.js';
import { KK } from './kk.js';
import { LT } from './lt.js';
import { SQ } from './sq.js';

const LANGUAGES: readonly (readonly [string, InstrumentTexts])[] = [
  ['lt', LT],
  ['sq', SQ],
  ['kk', KK],
];

/** Every string of a text set, in a fixed order, paired with its place. */
function strings(t: InstrumentTexts): [string, string][] {
  const out: [string, string][] = [];
  for (const id of INSTRUMENT_IDS)
    out.push([`instruments.${id}.title`, t.instruments[id].title], [`instruments.${id}.description`, t.instruments[id].description]);
  for (const id of DIMENSION_IDS) out.push([`dimensions.${id}.title`, t.dimensions[id].title], [`dimensions.${id}.description`, t.dimensions[id].description]);
  for (const id of INSTRUMENT_IDS)
    for (const [ind, x] of Object.entries(t.indicators[id]))
      out.push([`${id}.${ind}.text`, x.text], [`${id}.${ind}.question`, x.question], [`${id}.${ind}.guidance`, x.guidance]);
  return out;
}

describe.each(LANGUAGES)('instrument texts in %s', (_lang, texts) => {
  it('names every instrument and dimension, as in English', () => {
    expect(Object.keys(texts.instruments).sort()).toEqual(Object.keys(EN.instruments).sort());
    expect(Object.keys(texts.dimensions).sort()).toEqual(Object.keys(EN.dimensions).sort());
  });

  it.each(INSTRUMENT_IDS)('has exactly the indicator keys of English for %s, each with text, question and guidance', (id) => {
    const ids = INSTRUMENTS[id].dimensions.flatMap((d) => d.indicators.map((i) => i.id));
    expect(Object.keys(texts.indicators[id]).sort()).toEqual(Object.keys(EN.indicators[id]).sort());
    expect(Object.keys(texts.indicators[id]).sort()).toEqual([...ids].sort());
    for (const [indId, t] of Object.entries(texts.indicators[id])) {
      expect(Object.keys(t).sort(), indId).toEqual(['guidance', 'question', 'text']);
      expect(t.question.includes('?'), `${id} ${indId} question`).toBe(true);
    }
  });

  it('has no empty string', () => {
    for (const [place, s] of strings(texts)) expect(s.trim(), place).not.toBe('');
  });

  it('differs from English in more than 95% of strings', () => {
    const en = new Map(strings(EN));
    const all = strings(texts);
    const same = all.filter(([place, s]) => en.get(place) === s).map(([place]) => place);
    expect(all.length).toBe(en.size);
    expect(same.length / all.length, same.join(', ')).toBeLessThan(0.05);
  });

  it('asks children in other words than adults', () => {
    for (const [child, adult] of [
      ['child-labour', 'adult-labour'],
      ['child-sexual', 'adult-sexual'],
    ] as const) {
      for (const [indId, t] of Object.entries(texts.indicators[child])) {
        const a = texts.indicators[adult][indId];
        if (a) expect(t.question, `${child} ${indId}`).not.toBe(a.question);
      }
    }
  });
});
