/**
 * A WebAssembly SIMD kernel for the inner loop of all-pairs linkage: |a ∧ b|
 * of one key against a run of consecutive keys, 128 bits at a time
 * (v128.and, i8x16.popcnt). The module is assembled here, byte by byte, for
 * the key length at hand (the loop over a key's 128-bit chunks is unrolled
 * and the chunks of `a` stay in registers), so there is no build step and no
 * dependency. Runs in Node and in browsers with WebAssembly SIMD (all current
 * ones); `wasmKernel()` returns undefined where it cannot be instantiated, and
 * callers fall back to the JavaScript kernel.
 *
 * Exported function: count(aPtr, bPtr, n, outPtr): for x in [0, n): stores
 * |key(aPtr) ∧ key(bPtr + x·stride)| as an i32 at outPtr + 4x. Keys are
 * `chunks` × 16 bytes, contiguous.
 */

const SIMD = 0xfd;

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const section = (id: number, body: number[]) => [id, ...uleb(body.length), ...body];
const str = (s: string) => [...uleb(s.length), ...[...s].map((c) => c.charCodeAt(0))];
const vec = (items: number[][]) => [...uleb(items.length), ...items.flat()];

// opcodes
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const i32c = (v: number) => [0x41, ...sleb(v)];
const I32_ADD = 0x6a;
const I32_GE_U = 0x4f;
const v128load = (offset: number) => [SIMD, 0x00, 0x04, ...uleb(offset)];
const V128_AND = [SIMD, ...uleb(0x4e)];
const POPCNT = [SIMD, ...uleb(0x62)];
const I8_ADD = [SIMD, ...uleb(0x6e)];
const EXTADD8 = [SIMD, ...uleb(0x7d)]; // i16x8.extadd_pairwise_i8x16_u
const EXTADD16 = [SIMD, ...uleb(0x7f)]; // i32x4.extadd_pairwise_i16x8_u
const lane = (l: number) => [SIMD, ...uleb(0x1b), l]; // i32x4.extract_lane

/** The module's bytes for keys of `chunks` 128-bit chunks (1..31). */
export function kernelBytes(chunks: number): Uint8Array<ArrayBuffer> {
  if (!Number.isInteger(chunks) || chunks < 1 || chunks > 31) throw new Error('1 to 31 chunks of 128 bits');
  const stride = chunks * 16;
  // params: 0 aPtr, 1 bPtr, 2 n, 3 outPtr; locals: 4 x (i32), 5 acc (v128), 6.. a's chunks (v128)
  const X = 4;
  const ACC = 5;
  const A = 6;
  const body: number[] = [];
  for (let c = 0; c < chunks; c++) body.push(...get(0), ...v128load(16 * c), ...set(A + c));
  body.push(0x02, 0x40, 0x03, 0x40); // block, loop
  body.push(...get(X), ...get(2), I32_GE_U, 0x0d, 1); // if x >= n: break
  for (let c = 0; c < chunks; c++) {
    body.push(...get(1), ...v128load(16 * c), ...get(A + c), ...V128_AND, ...POPCNT);
    if (c > 0) body.push(...I8_ADD);
  }
  body.push(...EXTADD8, ...EXTADD16, ...set(ACC));
  body.push(...get(3));
  body.push(...get(ACC), ...lane(0), ...get(ACC), ...lane(1), I32_ADD, ...get(ACC), ...lane(2), I32_ADD, ...get(ACC), ...lane(3), I32_ADD);
  body.push(0x36, 0x02, 0x00); // i32.store
  body.push(...get(3), ...i32c(4), I32_ADD, ...set(3));
  body.push(...get(1), ...i32c(stride), I32_ADD, ...set(1));
  body.push(...get(X), ...i32c(1), I32_ADD, ...set(X));
  body.push(0x0c, 0, 0x0b, 0x0b, 0x0b); // br loop; end loop; end block; end func
  const locals = vec([
    [1, 0x7f],
    [1 + chunks, 0x7b],
  ]);
  const func = [...locals, ...body];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vec([[0x60, 4, 0x7f, 0x7f, 0x7f, 0x7f, 0]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, 1]])),
    ...section(
      7,
      vec([
        [...str('count'), 0x00, 0],
        [...str('memory'), 0x02, 0],
      ]),
    ),
    ...section(10, vec([[...uleb(func.length), ...func]])),
  ];
  return Uint8Array.from(bytes);
}

export interface WasmKernel {
  readonly chunks: number;
  /** |a ∧ b_x| for x in [0, n): `b` holds n keys from key `from` on. Counts are written to `out[0..n)`. */
  count(a: Uint32Array, aOffsetWords: number, bOffsetKeys: number, n: number, out: Int32Array): void;
  /** Copies a set of keys into the module's memory (replacing the previous one). */
  load(b: Uint32Array): void;
}

/**
 * The little of the WebAssembly API this kernel uses, typed here: the server build's type library
 * (ES2023, no DOM) does not declare the WebAssembly global, though Node and browsers have it.
 */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { readonly exports: Record<string, unknown> };
}
const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** A kernel for keys of `words` 32-bit words (a multiple of 4), or undefined without WebAssembly SIMD. */
export function wasmKernel(words: number): WasmKernel | undefined {
  if (words % 4 !== 0 || words / 4 > 31 || !wasm) return undefined;
  const chunks = words / 4;
  let instance: { readonly exports: Record<string, unknown> };
  try {
    instance = new wasm.Instance(new wasm.Module(kernelBytes(chunks)));
  } catch {
    return undefined;
  }
  const memory = instance.exports.memory as WasmMemory;
  const count = instance.exports.count as (a: number, b: number, n: number, out: number) => void;
  const keyBytes = words * 4;
  let bBytes = 0;
  const OUT_KEYS = 65536;
  const ensure = (bytes: number) => {
    const have = memory.buffer.byteLength;
    if (bytes > have) memory.grow(Math.ceil((bytes - have) / 65536));
  };
  return {
    chunks,
    load(b) {
      // layout: [a key][out: OUT_KEYS i32][b keys]
      bBytes = b.byteLength;
      ensure(keyBytes + OUT_KEYS * 4 + bBytes);
      new Uint32Array(memory.buffer, keyBytes + OUT_KEYS * 4, b.length).set(b);
    },
    count(a, aOffsetWords, bOffsetKeys, n, out) {
      const mem32 = new Uint32Array(memory.buffer);
      mem32.set(a.subarray(aOffsetWords, aOffsetWords + words), 0);
      for (let done = 0; done < n; done += OUT_KEYS) {
        const m = Math.min(OUT_KEYS, n - done);
        count(0, keyBytes + OUT_KEYS * 4 + (bOffsetKeys + done) * keyBytes, m, keyBytes);
        out.set(new Int32Array(memory.buffer, keyBytes, m), done);
      }
    },
  };
}
