/**
 * The zip of a tabular package, opened without trusting it: its central directory read by hand,
 * at most MAX_ZIP_ENTRIES entries whose data do not overlap, at most MAX_PACKAGE_FILES CSV and JSON
 * files (nothing else is read) declaring at most MAX_UNZIPPED_BYTES together, each inflated in
 * small slices and stopped as soon as it gives more than it declared. A zip bomb costs one slice.
 * Pure: no I/O.
 */
import { Inflate, strFromU8 } from 'fflate';
import type { ErrorDetail } from '../../platform/schemas.js';
import { MAX_PACKAGE_FILES, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES } from './limits.js';

export interface UnzippedPackage {
  /** The CSV and JSON files, by path. */
  readonly files: Record<string, Uint8Array>;
  /** Why the zip is refused (nothing in `files` then). */
  readonly errors: ErrorDetail[];
  /** The refusal is about size (413). */
  readonly tooLarge?: boolean;
}

interface Entry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  /** Uncompressed size, as the central directory declares it. */
  readonly size: number;
  /** Where the entry's local header starts, its data starts, and its data ends. */
  readonly header: number;
  readonly start: number;
  readonly end: number;
}

class Refusal extends Error {
  constructor(
    readonly detail: ErrorDetail,
    readonly tooLarge = false,
  ) {
    super(detail.message);
  }
}

const refusal = (message: string, file?: string, tooLarge = false) => new Refusal({ ...(file ? { file } : {}), field: '(file)', message }, tooLarge);
const unreadable = () => refusal('not a readable zip file');

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;
/** Compressed bytes given to the inflater at a time: at most ~1,030 times as much (16 MB) comes out of them. */
const SLICE = 16 * 1024;

/** The central directory: how many entries, where. */
function directoryOf(v: DataView): { count: number; offset: number; end: number } {
  const last = v.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (v.getUint32(at, true) !== END) continue;
    let count = v.getUint16(at + 10, true);
    let size = v.getUint32(at + 12, true);
    let offset = v.getUint32(at + 16, true);
    if (count === 0xffff || size === MAX32 || offset === MAX32) {
      // Zip64: the locator before the end record says where the zip64 end record is.
      if (at < 20 || v.getUint32(at - 20, true) !== END64_LOCATOR) throw unreadable();
      const end64 = Number(v.getBigUint64(at - 12, true));
      if (end64 + 56 > at || v.getUint32(end64, true) !== END64) throw unreadable();
      count = Number(v.getBigUint64(end64 + 32, true));
      size = Number(v.getBigUint64(end64 + 40, true));
      offset = Number(v.getBigUint64(end64 + 48, true));
    }
    if (offset + size > at) throw unreadable();
    return { count, offset, end: offset + size };
  }
  throw unreadable();
}

/** Every entry of the central directory, each with where its data is. */
function entriesOf(bytes: Uint8Array): Entry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dir = directoryOf(v);
  if (dir.count > MAX_ZIP_ENTRIES) throw refusal(`more than ${MAX_ZIP_ENTRIES} entries in the zip: a package has a few CSV files`);
  const entries: Entry[] = [];
  let at = dir.offset;
  for (let i = 0; i < dir.count; i++) {
    if (at + 46 > dir.end || v.getUint32(at, true) !== CENTRAL) throw unreadable();
    const flags = v.getUint16(at + 8, true);
    const method = v.getUint16(at + 10, true);
    let packed = v.getUint32(at + 20, true);
    let size = v.getUint32(at + 24, true);
    let header = v.getUint32(at + 42, true);
    const nameLength = v.getUint16(at + 28, true);
    const extra = at + 46 + nameLength;
    const next = extra + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    if (next > dir.end) throw unreadable();
    const name = strFromU8(bytes.subarray(at + 46, extra), !(flags & 0x800));
    if (packed === MAX32 || size === MAX32 || header === MAX32) {
      // Zip64 extra field: the 64-bit values of those that are 0xFFFFFFFF, in this order.
      for (let x = extra; x + 4 <= extra + v.getUint16(at + 30, true); x += 4 + v.getUint16(x + 2, true)) {
        if (v.getUint16(x, true) !== 1) continue;
        let y = x + 4;
        const read = () => {
          const n = Number(v.getBigUint64(y, true));
          y += 8;
          return n;
        };
        if (size === MAX32) size = read();
        if (packed === MAX32) packed = read();
        if (header === MAX32) header = read();
        break;
      }
    }
    if (header + 30 > dir.offset || v.getUint32(header, true) !== LOCAL) throw unreadable();
    const start = header + 30 + v.getUint16(header + 26, true) + v.getUint16(header + 28, true);
    // The data lies before the central directory.
    if (start + packed > dir.offset) throw unreadable();
    entries.push({ name, flags, method, size, header, start, end: start + packed });
    at = next;
  }
  return entries;
}

/** A file of the package: CSV or JSON, not a folder, not hidden, not macOS's __MACOSX. */
const isPackageFile = (name: string) =>
  !name.endsWith('/') && /\.(csv|json)$/i.test(name) && !name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/** An entry's data, inflated slice by slice, refused as soon as it gives more than it declared or than `budget`. */
function contentOf(bytes: Uint8Array, e: Entry, budget: number): Uint8Array {
  const data = bytes.subarray(e.start, e.end);
  const damaged = (n: number) =>
    refusal(`holds ${n < e.size ? 'fewer' : 'more'} bytes than the zip says (${e.size}): the zip is damaged or crafted, and Haven does not read it`, e.name);
  if (e.method === 0) {
    if (data.length !== e.size) throw damaged(data.length);
    return data.slice();
  }
  const out = new Uint8Array(e.size);
  let n = 0;
  const inflater = new Inflate((chunk) => {
    if (n + chunk.length > e.size) throw damaged(n + chunk.length);
    if (n + chunk.length > budget) throw refusal(`the files in the zip are larger than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB together`, e.name, true);
    out.set(chunk, n);
    n += chunk.length;
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) inflater.push(data.subarray(at, at + SLICE), at + SLICE >= data.length);
  } catch (err) {
    if (err instanceof Refusal) throw err;
    throw refusal('could not be decompressed: the zip is damaged', e.name);
  }
  if (n !== e.size) throw damaged(n);
  return out;
}

/** The CSV and JSON files of a zip (nothing else is read), within limits; or why it is refused. */
export function unzipPackage(bytes: Uint8Array): UnzippedPackage {
  try {
    const entries = entriesOf(bytes);
    // No two entries share data: a crafted zip repeats one bomb under many names.
    const byPlace = [...entries].sort((a, b) => a.header - b.header);
    for (let i = 1; i < byPlace.length; i++) {
      const [before, e] = [byPlace[i - 1]!, byPlace[i]!];
      if (e.header < before.end)
        throw refusal(`its data overlaps that of ${before.name} in the zip: the zip is crafted or damaged, and Haven does not read it`, e.name);
    }
    const wanted = entries.filter((e) => isPackageFile(e.name));
    const errors: ErrorDetail[] = [];
    if (wanted.length > MAX_PACKAGE_FILES) errors.push({ field: '(file)', message: `more than ${MAX_PACKAGE_FILES} CSV and JSON files in the zip` });
    const names = new Set<string>();
    let declared = 0;
    for (const e of wanted.slice(0, MAX_PACKAGE_FILES)) {
      if (names.has(e.name)) errors.push({ file: e.name, field: '(file)', message: 'is in the zip twice' });
      names.add(e.name);
      if (e.flags & 1) errors.push({ file: e.name, field: '(file)', message: 'is encrypted: zip the files again without a password' });
      else if (e.method !== 0 && e.method !== 8)
        errors.push({ file: e.name, field: '(file)', message: 'compressed with a method other than deflate: zip the files again' });
      declared += e.size;
    }
    if (declared > MAX_UNZIPPED_BYTES) {
      errors.push({ field: '(file)', message: `the files in the zip are larger than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB together` });
      return { files: {}, errors, tooLarge: true };
    }
    if (errors.length > 0) return { files: {}, errors };
    const files: Record<string, Uint8Array> = {};
    let total = 0;
    for (const e of wanted) {
      const content = contentOf(bytes, e, MAX_UNZIPPED_BYTES - total);
      total += content.length;
      files[e.name] = content;
    }
    return { files, errors: [] };
  } catch (err) {
    if (err instanceof Refusal) return { files: {}, errors: [err.detail], ...(err.tooLarge ? { tooLarge: true } : {}) };
    // A DataView read past the end: offsets pointing outside the zip.
    if (err instanceof RangeError) return { files: {}, errors: [unreadable().detail] };
    throw err;
  }
}
