import zlib from 'node:zlib';

/**
 * For tests: the text of a PDF as a reader would copy it, and the fonts it embeds. Just enough of
 * PDF for the reports Haven writes (pdfkit, embedded TrueType fonts as Type0/Identity-H with a
 * ToUnicode map, Flate streams): each glyph code of each shown string is mapped back to Unicode
 * through the ToUnicode map of the font in use, so a name whose letters were dropped, replaced by
 * a fallback glyph or mis-encoded does not come out.
 */

interface PdfObject {
  readonly dict: string;
  readonly stream: Buffer | undefined;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const out = new Map<number, PdfObject>();
  const re = /(\d+) 0 obj\b([\s\S]*?)\bendobj/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[2] ?? '';
    const at = body.indexOf('stream');
    if (at < 0) {
      out.set(Number(m[1]), { dict: body, stream: undefined });
      continue;
    }
    const dict = body.slice(0, at);
    let start = at + 'stream'.length;
    if (body[start] === '\r') start++;
    if (body[start] === '\n') start++;
    // The stream is exactly /Length bytes: its data may itself end with a newline byte, which
    // trimming the end-of-line before `endstream` would cut (compressed data does, now and then).
    const length = /\/Length (\d+)(?!\d| \d+ R)/.exec(dict);
    const end = length ? start + Number(length[1]) : body.lastIndexOf('endstream');
    let raw = Buffer.from(length ? body.slice(start, end) : body.slice(start, end).replace(/\r?\n$/, ''), 'latin1');
    if (/\/FlateDecode/.test(dict)) raw = zlib.inflateSync(raw);
    out.set(Number(m[1]), { dict, stream: raw });
  }
  return out;
}

function utf16be(hex: string): string {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return s;
}

/** A ToUnicode CMap: glyph code (hex, upper case) → text. */
function parseCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set((m[1] ?? '').toUpperCase(), utf16be(m[2] ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)/g)) {
      const width = (m[1] ?? '').length;
      const lo = Number.parseInt(m[1] ?? '0', 16);
      const hi = Number.parseInt(m[2] ?? '0', 16);
      const dst = m[3] ?? '';
      const key = (n: number) => n.toString(16).toUpperCase().padStart(width, '0');
      if (dst.startsWith('[')) {
        const items = [...dst.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => utf16be(x[1] ?? ''));
        for (const [i, t] of items.entries()) map.set(key(lo + i), t);
      } else {
        const base = dst.slice(1, -1);
        const first = Number.parseInt(base.slice(-4), 16);
        for (let n = lo; n <= hi; n++) map.set(key(n), utf16be(base.slice(0, -4)) + String.fromCharCode(first + n - lo));
      }
    }
  }
  return map;
}

export interface PdfContent {
  /** The text of every page, one line per text object. */
  readonly text: string;
  /** The base names of the embedded fonts (e.g. "ABCDEF+DejaVuSans"). */
  readonly embeddedFonts: readonly string[];
  readonly pages: number;
}

export function pdfContent(pdf: Buffer): PdfContent {
  const objs = objects(pdf);
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : undefined;
  };
  // Resource name (F1, F2, ...) → the font's Unicode map.
  const cmaps = new Map<string, Map<string, string>>();
  const embeddedFonts: string[] = [];
  for (const o of objs.values()) {
    for (const m of o.dict.matchAll(/\/(F\d+)\s+(\d+) 0 R/g)) {
      const font = objs.get(Number(m[2]));
      const toUnicode = font ? ref(font.dict, 'ToUnicode') : undefined;
      const stream = toUnicode !== undefined ? objs.get(toUnicode)?.stream : undefined;
      if (stream && !cmaps.has(m[1] ?? '')) cmaps.set(m[1] ?? '', parseCMap(stream.toString('latin1')));
    }
    if (/\/Type\s*\/FontDescriptor/.test(o.dict) && /\/FontFile2\s+\d+ 0 R/.test(o.dict)) {
      const name = /\/FontName\s*\/([^\s/>]+)/.exec(o.dict);
      if (name?.[1]) embeddedFonts.push(name[1]);
    }
  }
  const pageObjs = [...objs.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  const lines: string[] = [];
  for (const page of pageObjs) {
    const contents = ref(page.dict, 'Contents');
    const stream = contents !== undefined ? objs.get(contents)?.stream : undefined;
    if (!stream) continue;
    const ops = stream.toString('latin1');
    let font: Map<string, string> | undefined;
    let line = '';
    for (const m of ops.matchAll(/\/(F\d+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\bET\b/g)) {
      if (m[1]) font = cmaps.get(m[1]);
      else if (m[0] === 'ET') {
        if (line) lines.push(line);
        line = '';
      } else {
        const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1] ?? '') : [m[3] ?? ''];
        for (const hex of hexes) {
          for (let i = 0; i + 4 <= hex.length; i += 4) line += font?.get(hex.slice(i, i + 4).toUpperCase()) ?? '\ufffd';
        }
      }
    }
    if (line) lines.push(line);
  }
  return { text: lines.join('\n'), embeddedFonts, pages: pageObjs.length };
}
