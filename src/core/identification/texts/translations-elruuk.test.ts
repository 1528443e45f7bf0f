import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, INSTRUMENT_IDS, type InstrumentTexts } from '../instrument.js';
import { INSTRUMENTS } from '../instruments/index.js';
import { EL } from './el.js';
import { EN } from './en.js';
import { RU } from './ru.js';
import { UK } from './uk.js';

const LANGUAGES: ReadonlyArray<readonly [string, InstrumentTexts]> = [
  ['el', EL],
  ['ru', RU],
  ['uk', UK],
];

/** Every string of a text set with its path, in a stable order. */
function strings(t: InstrumentTexts): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const id of INSTRUMENT_IDS) {
    out.push([`instruments.${id}.title`, t.instruments[id].title], [`instruments.${id}.description`, t.instruments[id].description]);
  }
  for (const id of DIMENSION_IDS) {
    out.push([`dimensions.${id}.title`, t.dimensions[id].title], [`dimensions.${id}.description`, t.dimensions[id].description]);
  }
  for (const id of INSTRUMENT_IDS) {
    for (const [ind, x] of Object.entries(t.indicators[id]).sort(([a], [b]) => a.localeCompare(b))) {
      for (const field of ['text', 'question', 'guidance'] as const) out.push([`indicators.${id}.${ind}.${field}`, x[field]]);
    }
  }
  return out;
}

describe.each(LANGUAGES)('instrument texts %s', (_lang, texts) => {
  it.each(INSTRUMENT_IDS)('has exactly the indicator keys of English for %s', (id) => {
    const keys = Object.keys(texts.indicators[id]).sort();
    expect(keys).toEqual(Object.keys(EN.indicators[id]).sort());
    const defined = INSTRUMENTS[id].dimensions.flatMap((d) => d.indicators.map((i) => i.id)).sort();
    expect(keys).toEqual(defined);
  });

  it('has the instruments and dimensions of English', () => {
    expect(Object.keys(texts.instruments).sort()).toEqual(Object.keys(EN.instruments).sort());
    expect(Object.keys(texts.dimensions).sort()).toEqual(Object.keys(EN.dimensions).sort());
  });

  it('has no empty string', () => {
    const empty = strings(texts).filter(([, s]) => typeof s !== 'string' || s.trim() === '');
    expect(empty.map(([path]) => path)).toEqual([]);
  });

  it('is translated: fewer than 5% of the strings equal the English', () => {
    const ours = strings(texts);
    const en = new Map(strings(EN));
    expect(ours.length).toBe(en.size);
    const same = ours.filter(([path, s]) => en.get(path) === s);
    expect(same.length / ours.length, same.map(([p]) => p).join(', ')).toBeLessThan(0.05);
  });

  it('keeps the child wording apart from the adult wording', () => {
    for (const [adult, child] of [
      ['adult-labour', 'child-labour'],
      ['adult-sexual', 'child-sexual'],
    ] as const) {
      const a = texts.indicators[adult];
      const c = texts.indicators[child];
      const shared = Object.keys(c).filter((id) => id in a);
      expect(shared.length).toBeGreaterThan(0);
      // Every child question is written for a child; none is the adult question.
      for (const id of shared) expect(c[id]!.question, `${child} ${id}`).not.toBe(a[id]!.question);
    }
  });
});
