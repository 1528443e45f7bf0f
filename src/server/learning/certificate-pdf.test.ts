import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfContent } from '../rights/pdf-text.js';
import { certificatePdf } from './certificate-pdf.js';

/** The text lines a PDF page shows, in drawing order: x, baseline (from the bottom) and font size. */
function lines(pdf: Buffer): { x: number; y: number; size: number }[] {
  const raw = pdf.toString('latin1');
  const out: { x: number; y: number; size: number }[] = [];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    let text: string;
    try {
      text = zlib.inflateSync(pdf.subarray(start, raw.indexOf('endstream', start))).toString('latin1');
    } catch {
      continue;
    }
    for (const t of text.matchAll(/1 0 0 1 ([\d.]+) ([\d.]+) Tm\s*\/F\d+ ([\d.]+) Tf/g)) out.push({ x: Number(t[1]), y: Number(t[2]), size: Number(t[3]) });
  }
  return out;
}

const pages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('the certificate PDF', () => {
  it('fits the longest name, title and organisation on one page, above the code and the address', async () => {
    const longest = {
      code: 'HVN-7K3P-Q9XD-M2WA',
      learnerName: 'Αλέξανδρος Παπαδόπουλος-Χριστοδουλόπουλος Ιωάννης Κωνσταντίνος '.repeat(4).slice(0, 200),
      courseTitle: 'Выявление предполагаемых жертв торговли людьми: признаки, беседа, направление и безопасность '.repeat(3).slice(0, 200),
      organisation: 'Национальный центр по предупреждению торговли людьми и оказанию помощи пострадавшим '.repeat(3).slice(0, 200),
      issuedAt: new Date('2026-03-01T10:00:00Z'),
    };
    const url = 'https://haven.example.org/certificates/HVN-7K3P-Q9XD-M2WA';
    const pdf = await certificatePdf(longest, 'ru', url);
    expect(pages(pdf)).toBe(1);
    const all = lines(pdf);
    // The foot starts with the label of the code, on the left margin in 10 pt.
    const footStart = all.findIndex((l) => l.x === 64 && l.size === 10);
    expect(footStart).toBeGreaterThan(0);
    const body = all.slice(0, footStart);
    const footTop = Math.max(...all.slice(footStart).map((l) => l.y)) + 10;
    expect(Math.min(...body.map((l) => l.y))).toBeGreaterThan(footTop);
    // Nothing is cut: every word is there (Greek and Cyrillic alike).
    const text = pdfContent(pdf).text.replace(/\s+/g, ' ');
    for (const word of ['Χριστοδουλόπουλος', 'Выявление', 'пострадавшим', 'HVN-7K3P-Q9XD-M2WA']) expect(text).toContain(word);
    expect(text.replace(/\s+/g, '')).toContain(url);
  });

  it('keeps the usual sizes for usual names', async () => {
    const pdf = await certificatePdf(
      {
        code: 'HVN-7K3P-Q9XD-M2WA',
        learnerName: 'Олена Коваленко',
        courseTitle: 'Identifying presumed victims',
        organisation: 'La Strada',
        issuedAt: new Date(),
      },
      'en',
      'https://haven.example.org/certificates/HVN-7K3P-Q9XD-M2WA',
    );
    expect(pages(pdf)).toBe(1);
    expect(
      lines(pdf)
        .slice(0, 3)
        .map((l) => l.size),
    ).toEqual([28, 13, 24]);
  });
});
