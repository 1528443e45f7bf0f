import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lessonBlocks } from './blocks.js';

describe('lessonBlocks', () => {
  it('splits paragraphs at blank lines and gathers "- " lines into lists', () => {
    const text = 'First line\nsame paragraph\n\nSigns:\n- no documents\n- debt to the employer\n\n\nLast <b>words</b>';
    expect(lessonBlocks(text)).toEqual([
      { kind: 'paragraph', text: 'First line\nsame paragraph' },
      { kind: 'paragraph', text: 'Signs:' },
      { kind: 'list', items: ['no documents', 'debt to the employer'] },
      { kind: 'paragraph', text: 'Last <b>words</b>' },
    ]);
  });

  it('ends a list where a plain line follows, and a paragraph where a list starts', () => {
    expect(lessonBlocks('Intro\n- a\n- b\nAfter')).toEqual([
      { kind: 'paragraph', text: 'Intro' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'paragraph', text: 'After' },
    ]);
  });

  it('treats Windows line ends like others, and gives nothing for blank text', () => {
    expect(lessonBlocks('a\r\n\r\n- b')).toEqual([
      { kind: 'paragraph', text: 'a' },
      { kind: 'list', items: ['b'] },
    ]);
    expect(lessonBlocks('  \n\n ')).toEqual([]);
    expect(lessonBlocks('- ')).toEqual([]);
  });

  it('keeps every word of the text, in order, and no block is empty', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(''), fc.constant('- item'), fc.string({ maxLength: 20 }))), (lines) => {
        const text = lines.join('\n');
        const blocks = lessonBlocks(text);
        const words = (s: string) => s.split(/\s+/).filter((w) => w && w !== '-');
        const out = blocks.flatMap((b) => (b.kind === 'paragraph' ? words(b.text) : b.items.flatMap(words)));
        const expected = text
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .flatMap((l) => words(l.trim().replace(/^- /, '')));
        expect(out).toEqual(expected);
        for (const b of blocks) expect(b.kind === 'paragraph' ? b.text.length : b.items.length).toBeGreaterThan(0);
      }),
    );
  });
});
