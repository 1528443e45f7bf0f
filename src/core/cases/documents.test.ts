import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { samplePdf, samplePng, sampleJpeg, sampleWebp, sampleDocx, sampleOdt, zip } from '../../server/testing/sample-files.js';
import { CODE_LISTS } from './codes.js';
import {
  DOCUMENT_MEDIA_TYPES,
  type DocumentMediaType,
  MAX_DOCUMENT_NAME,
  contentMatches,
  documentMediaType,
  documentNameProblem,
  isUtf8Text,
  sniffDocument,
  uploadDocumentQuery,
  fileNameFromHeader,
  zipEntries,
} from './documents.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';

const samples: Record<DocumentMediaType, Buffer> = {
  'application/pdf': samplePdf(),
  'image/jpeg': sampleJpeg(),
  'image/png': samplePng(),
  'image/webp': sampleWebp(),
  'text/plain': Buffer.from('Σημείωση — заметка — shënim\r\nline two\tend\n', 'utf8'),
  [DOCX]: sampleDocx(),
  [ODT]: sampleOdt(),
};

describe('media types', () => {
  it('accepts the seven types, ignoring parameters and case', () => {
    expect(DOCUMENT_MEDIA_TYPES).toHaveLength(7);
    expect(documentMediaType('application/pdf')).toBe('application/pdf');
    expect(documentMediaType('Image/PNG')).toBe('image/png');
    expect(documentMediaType('text/plain; charset=utf-8')).toBe('text/plain');
    for (const t of ['application/json', 'text/html', 'image/svg+xml', 'application/zip', 'application/octet-stream', '', 'pdf', 'application/pdf2'])
      expect(documentMediaType(t), t).toBeUndefined();
    expect(documentMediaType(undefined)).toBeUndefined();
  });

  it('has a category code list for the UI', () => {
    expect(CODE_LISTS['document-category'].ids).toEqual(['identity', 'medical', 'legal', 'consent-form', 'correspondence', 'photo', 'other']);
    expect(CODE_LISTS['document-category'].htcdsField).toBeNull();
  });
});

describe('file names', () => {
  it('accepts ordinary names in any script, up to 255 characters', () => {
    for (const name of ['passport.pdf', 'Паспорт Олена.jpg', 'Διαβατήριο.png', 'letër nga avokati (1).docx', 'a', '.hidden', 'x'.repeat(255), '😀'.repeat(255)])
      expect(documentNameProblem(name), name).toBeUndefined();
  });

  it('refuses empty, over-long, path-like and control-character names', () => {
    const bad: [string, RegExp][] = [
      ['', /empty/],
      ['x'.repeat(256), /255/],
      ['😀'.repeat(256), /255/],
      ['../etc/passwd', /\//],
      ['dir\\file.pdf', /\\/],
      ['a\u0000b.pdf', /control/],
      ['line\nbreak.txt', /control/],
      ['tab\there', /control/],
      ['del\u007f', /control/],
      ['c1\u0085', /control/],
      ['invoice\u202efdp.exe', /bidirectional/],
      ['half\ud800.pdf', /Unicode/],
      ['   ', /blank/],
      ['..', /dots/],
      ['.', /dots/],
    ];
    for (const [name, why] of bad) expect(documentNameProblem(name), JSON.stringify(name)).toMatch(why);
  });

  it('never throws, and refuses every name with a separator or a control character (property)', () => {
    const nasty = fc.constantFrom('/', '\\', '\u0000', '\u0001', '\u001f', '\u007f', '\u009f', '\n', '\r');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), nasty, fc.string({ unit: 'grapheme', maxLength: 40 }), (a, c, b) => {
        expect(documentNameProblem(`${a}${c}${b}`)).toBeDefined();
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const problem = documentNameProblem(s);
        if (problem === undefined) {
          expect([...s].length).toBeGreaterThan(0);
          expect([...s].length).toBeLessThanOrEqual(MAX_DOCUMENT_NAME);
          expect(s).not.toMatch(/[/\\]|\p{Cc}/u);
          // The name survives UTF-8 (it is sealed as UTF-8).
          expect(Buffer.from(s, 'utf8').toString('utf8')).toBe(s);
        }
      }),
    );
  });

  it('the upload query holds the category only; the name comes from its header', () => {
    expect(uploadDocumentQuery.safeParse({ category: 'identity' }).success).toBe(true);
    expect(uploadDocumentQuery.safeParse({ category: 'passport' }).error?.issues[0]?.path).toEqual(['category']);
    expect(uploadDocumentQuery.safeParse({}).error?.issues[0]?.path).toEqual(['category']);
    // A name in the URL is refused: access logs keep URLs.
    expect(uploadDocumentQuery.safeParse({ name: 'a.pdf', category: 'other' }).success).toBe(false);
    expect(fileNameFromHeader(encodeURIComponent('Ολένα Κοβαλένκο – διαβατήριο.pdf'))).toBe('Ολένα Κοβαλένκο – διαβατήριο.pdf');
    expect(fileNameFromHeader('%E0%A4%A')).toBeUndefined();
    expect(fileNameFromHeader(undefined)).toBeUndefined();
    expect(fileNameFromHeader(['a', 'b'])).toBeUndefined();
  });
});

describe('content sniffing', () => {
  it('each sample matches its own type and no other', () => {
    for (const declared of DOCUMENT_MEDIA_TYPES) {
      for (const [actual, bytes] of Object.entries(samples)) {
        expect(contentMatches(declared, bytes), `${actual} declared as ${declared}`).toBe(declared === actual);
      }
    }
    for (const [type, bytes] of Object.entries(samples)) expect(sniffDocument(bytes), type).toBe(type);
  });

  it('refuses empty files and disguised content', () => {
    for (const t of DOCUMENT_MEDIA_TYPES) expect(contentMatches(t, new Uint8Array(0)), t).toBe(false);
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    expect(contentMatches('image/png', html)).toBe(false);
    expect(contentMatches('application/pdf', html)).toBe(false);
    expect(sniffDocument(Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toBeUndefined(); // a Windows executable
    expect(contentMatches('text/plain', Buffer.from('text with a \u0000 NUL'))).toBe(false);
    expect(contentMatches('image/webp', Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVEfmt '))).toBe(false);
  });

  it('tells Word and OpenDocument files from other ZIP archives', () => {
    const plain = zip([{ name: 'readme.txt', data: 'hello' }]);
    expect(zipEntries(plain)?.map((e) => e.name)).toEqual(['readme.txt']);
    expect(contentMatches(DOCX, plain)).toBe(false);
    expect(contentMatches(ODT, plain)).toBe(false);
    // A spreadsheet is OpenDocument, but not text.
    expect(contentMatches(ODT, sampleOdt('x', 'application/vnd.oasis.opendocument.spreadsheet'))).toBe(false);
    // The mimetype entry must come first and be stored, as ODF requires.
    const late = zip([
      { name: 'content.xml', data: '<x/>' },
      { name: 'mimetype', data: ODT, store: true },
    ]);
    expect(contentMatches(ODT, late)).toBe(false);
    const deflated = zip([
      { name: 'mimetype', data: ODT },
      { name: 'content.xml', data: '<x/>' },
    ]);
    expect(contentMatches(ODT, deflated)).toBe(false);
    // A huge stored mimetype entry is no OpenDocument (and no trouble).
    expect(contentMatches(ODT, sampleOdt('x', `${ODT}${' '.repeat(300_000)}`))).toBe(false);
    // Word needs its main part, not only the content-types part.
    expect(contentMatches(DOCX, zip([{ name: '[Content_Types].xml', data: '<Types/>' }]))).toBe(false);
  });

  it('never throws on random, truncated or corrupted content (property)', () => {
    const all = Object.values(samples);
    const check = (bytes: Uint8Array) => {
      for (const t of DOCUMENT_MEDIA_TYPES) expect(typeof contentMatches(t, bytes)).toBe('boolean');
      sniffDocument(bytes);
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        check(b);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.nat(), (bytes, n) => {
        check(bytes.subarray(0, n % (bytes.length + 1)));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (bytes, edits) => {
        const copy = Uint8Array.from(bytes);
        for (const [at, v] of edits) copy[at % copy.length] = v;
        check(copy);
      }),
      { numRuns: 500 },
    );
    // A ZIP's end record pointing anywhere.
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.integer({ min: 0, max: 0xffff }), (size, offset, count) => {
        const z = Buffer.from(sampleDocx());
        z.writeUInt16LE(count, z.length - 12);
        z.writeUInt32LE(size >>> 0, z.length - 10);
        z.writeUInt32LE(offset >>> 0, z.length - 6);
        check(z);
      }),
    );
  });

  it('a type is recognised with junk after its magic bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (tail) => {
        expect(contentMatches('application/pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), tail]))).toBe(true);
        expect(contentMatches('image/png', Buffer.concat([samples['image/png'].subarray(0, 8), tail]))).toBe(true);
        expect(contentMatches('image/jpeg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), tail]))).toBe(true);
      }),
    );
  });
});

describe('UTF-8 text', () => {
  const reference = (bytes: Uint8Array) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return !bytes.includes(0);
    } catch {
      return false;
    }
  };

  it('agrees with a strict decoder on random bytes and on encoded text (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(isUtf8Text(b)).toBe(reference(b));
      }),
      { numRuns: 2000 },
    );
    // Bytes drawn near the edges of the UTF-8 ranges, where overlong forms and surrogates live.
    const edgy = fc.constantFrom(0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
    fc.assert(
      fc.property(fc.array(edgy, { maxLength: 12 }), (a) => {
        expect(isUtf8Text(Uint8Array.from(a))).toBe(reference(Uint8Array.from(a)));
      }),
      {
        numRuns: 5000,
      },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(isUtf8Text(Buffer.from(s, 'utf8'))).toBe(!s.includes('\u0000'));
      }),
    );
  });

  it('refuses overlong forms, surrogates, code points above U+10FFFF and truncated sequences', () => {
    for (const bad of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82], [0x80]])
      expect(isUtf8Text(Uint8Array.from(bad)), bad.join(',')).toBe(false);
    for (const good of [
      [0xc2, 0xa9],
      [0xe2, 0x82, 0xac],
      [0xf0, 0x9f, 0x98, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xef, 0xbb, 0xbf, 0x41],
    ])
      expect(isUtf8Text(Uint8Array.from(good)), good.join(',')).toBe(true);
  });
});
