import { z } from 'zod';
import { DOCUMENT_CATEGORY } from './codes.js';
import type { DocumentView } from './views.js';

/**
 * Files on a case (scans of identity papers, medical letters, signed consent forms, photos):
 * which kinds are accepted, how big, how they are named, and whether the bytes really are of the
 * kind they claim. Pure: no Node APIs, so the web app can check a file before sending it.
 *
 * The declared media type is checked against the content itself (magic bytes), so that a file is
 * stored, and later served, only as what it is: an HTML page or a script uploaded as "image/png"
 * is refused.
 */

export const DOCUMENT_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;
export type DocumentMediaType = (typeof DOCUMENT_MEDIA_TYPES)[number];

/** The largest file accepted: 20 MB. */
export const MAX_DOCUMENT_SIZE = 20 * 1024 * 1024;

/** The longest file name, in characters (code points). */
export const MAX_DOCUMENT_NAME = 255;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ODT = 'application/vnd.oasis.opendocument.text';

/** The media type of a Content-Type header value (lower case, without parameters) if it is an accepted one. */
export function documentMediaType(contentType: string | undefined): DocumentMediaType | undefined {
  const essence = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return (DOCUMENT_MEDIA_TYPES as readonly string[]).includes(essence) ? (essence as DocumentMediaType) : undefined;
}

// ---- names ----

/** C0 and C1 control characters and DEL. */
const CONTROL = /\p{Cc}/u;
/** Half of a surrogate pair without the other half: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Bidirectional embeddings, overrides and isolates: they make "gpj.exe" look like "exe.jpg". */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

/** Why a file name is refused, or undefined when it is fine. */
export function documentNameProblem(name: string): string | undefined {
  const length = [...name].length;
  if (length < 1) return 'must not be empty';
  if (length > MAX_DOCUMENT_NAME) return `must be at most ${MAX_DOCUMENT_NAME} characters`;
  if (LONE_SURROGATE.test(name)) return 'must be valid Unicode text';
  if (name.includes('/') || name.includes('\\')) return 'must not contain / or \\';
  if (CONTROL.test(name)) return 'must not contain control characters';
  if (BIDI_CONTROL.test(name)) return 'must not contain bidirectional control characters';
  if (name.trim() === '') return 'must not be blank';
  if (/^\.+$/.test(name)) return 'must not be only dots';
  return undefined;
}

export const documentName = z.string().superRefine((name, ctx) => {
  const problem = documentNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const documentCategory = z.enum(DOCUMENT_CATEGORY.ids);
export type DocumentCategory = z.infer<typeof documentCategory>;

/**
 * The upload's query: the category only. The file name travels in the `X-File-Name` header
 * (percent-encoded UTF-8), not in the URL, which proxies and servers write to their access logs:
 * a name like "Maria_Petrova_passport.pdf" is personal data.
 */
export const uploadDocumentQuery = z.strictObject({ category: documentCategory });
export const FILE_NAME_HEADER = 'x-file-name';

/** The file name from the header's value, or undefined when absent or not valid percent-encoding. */
export function fileNameFromHeader(value: string | string[] | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/** A document as the API answers it (`DocumentView`, without the content). */
export const documentView = z.strictObject({
  id: z.uuid(),
  caseId: z.uuid(),
  name: z.string(),
  category: documentCategory,
  mediaType: z.enum(DOCUMENT_MEDIA_TYPES),
  size: z.int().min(1).max(MAX_DOCUMENT_SIZE),
  uploadedBy: z.uuid().nullable(),
  uploadedAt: z.iso.datetime(),
}) satisfies z.ZodType<DocumentView>;

// ---- content ----

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((b, i) => bytes[at + i] === b);
}

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');

/**
 * Whether the bytes are valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF)
 * without U+0000. Written out rather than with TextDecoder: no copy of a 20 MB file as a string.
 */
export function isUtf8Text(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      if (b === 0) return false;
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return false;
    if (i + need >= n) return false; // truncated sequence
    const second = bytes[i + 1] as number;
    if (second < lo || second > hi) return false;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

// ---- ZIP containers (docx, odt) ----

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly localOffset: number;
  readonly compressedSize: number;
}

const u16 = (b: Uint8Array, at: number) => (b[at] as number) | ((b[at + 1] as number) << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const latin = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/** The most entries read from a ZIP's central directory. */
const MAX_ZIP_ENTRIES = 10_000;

/** The entries of a ZIP file's central directory, or undefined when the bytes are not a well-formed ZIP. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return undefined;
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65535.
  let eocd = -1;
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = u16(bytes, eocd + 10);
  const size = u32(bytes, eocd + 12);
  const offset = u32(bytes, eocd + 16);
  if (count === 0 || count > MAX_ZIP_ENTRIES || offset + size > eocd) return undefined;
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || u32(bytes, at) !== 0x02014b50) return undefined;
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size || localOffset + 30 > offset) return undefined;
    // Only short names matter here; a long one is kept empty rather than spread into a huge call.
    entries.push({ name: nameLength <= 1024 ? latin(bytes, at + 46, at + 46 + nameLength) : '', method, localOffset, compressedSize });
    at = end;
  }
  return entries;
}

/** The stored (uncompressed) content of an entry, read from its local header; undefined if it is compressed or out of bounds. */
function storedContent(bytes: Uint8Array, e: ZipEntry): Uint8Array | undefined {
  if (e.method !== 0 || u32(bytes, e.localOffset) !== 0x04034b50) return undefined;
  const start = e.localOffset + 30 + u16(bytes, e.localOffset + 26) + u16(bytes, e.localOffset + 28);
  if (start + e.compressedSize > bytes.length) return undefined;
  return bytes.subarray(start, start + e.compressedSize);
}

/** Office Open XML word-processing document: a ZIP with its content-types part and the main document part. */
function isDocx(bytes: Uint8Array): boolean {
  const names = new Set(zipEntries(bytes)?.map((e) => e.name) ?? []);
  return names.has('[Content_Types].xml') && names.has('word/document.xml');
}

/** OpenDocument text: a ZIP whose first entry is `mimetype`, stored uncompressed, naming the type (ODF 1.2 §3.3), and a content part. */
function isOdt(bytes: Uint8Array): boolean {
  const entries = zipEntries(bytes);
  const first = entries?.find((e) => e.localOffset === 0);
  if (!entries || first?.name !== 'mimetype') return false;
  const content = storedContent(bytes, first);
  return content?.length === ODT.length && latin(content, 0, content.length) === ODT && entries.some((e) => e.name === 'content.xml');
}

const CHECKS: Record<DocumentMediaType, (bytes: Uint8Array) => boolean> = {
  'application/pdf': (b) => startsWith(b, PDF),
  'image/jpeg': (b) => startsWith(b, JPEG),
  'image/png': (b) => startsWith(b, PNG),
  'image/webp': (b) => startsWith(b, RIFF) && startsWith(b, WEBP, 8),
  'text/plain': isUtf8Text,
  [DOCX]: isDocx,
  [ODT]: isOdt,
};

/** Whether the content is of the declared type. */
export function contentMatches(declared: DocumentMediaType, bytes: Uint8Array): boolean {
  return bytes.length > 0 && CHECKS[declared](bytes);
}

/** The accepted type the content is, binary formats first (a text file is the fallback); undefined when none. */
export function sniffDocument(bytes: Uint8Array): DocumentMediaType | undefined {
  const order: DocumentMediaType[] = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp', ODT, DOCX, 'text/plain'];
  return order.find((t) => contentMatches(t, bytes));
}
