/**
 * One zip entry inflated as a stream of text (issue 14): fflate's streaming Inflate in small slices, every
 * output chunk counted against a byte budget shared by the whole workbook, decoded as UTF-8 or UTF-16 (by
 * its byte-order mark, or by how `<?xml` is spelled) and handed on. A zip bomb costs at most the budget.
 * An entry read to its end must have the CRC-32 and size the central directory gives, or it is damaged.
 */
import { Inflate } from 'fflate';
import { LimitError } from './xmlscan';
import { crc32, entryData, type ZipEntry } from './zip';

export class DamagedError extends Error {}

/** What a whole read may inflate, counted as it goes. */
export interface Budget {
  inflated: number;
  readonly maxInflated: number;
}

/** Compressed bytes fed per step: a deflate stream expands at most ~1032×, so one step yields ≤ 16 MB. */
const SLICE = 16 * 1024;

/**
 * Inflates a whole deflate stream at once, giving its bytes only when they are exactly `size` bytes long
 * (undefined when longer, shorter or damaged: it never holds more than `size` bytes). The CLI sets node's zlib
 * here (src/cli/zlib-inflater.ts): measured on the 100,000-row fund sheet (25 MB inflated), 30–45 ms against
 * 280 ms for fflate's streaming Inflate, which the page's Web Worker keeps.
 */
export type WholeInflater = (data: Uint8Array, size: number) => Uint8Array | undefined;

let inflateWhole: WholeInflater | undefined;
let crcOf: (data: Uint8Array, previous: number) => number = crc32;

/** Sets a faster inflater and CRC-32 (node's zlib in the CLI); `undefined` goes back to fflate and our own CRC-32. */
export function useInflater(inflate: WholeInflater | undefined, crc?: (data: Uint8Array, previous: number) => number): void {
  inflateWhole = inflate;
  crcOf = crc ?? crc32;
}

/** The inflated bytes of a whole entry are handed on in pieces of this size (views, never copies). */
const OUT_SLICE = 1024 * 1024;

function encodingOf(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  return 'utf-8';
}

/**
 * Inflates `e` from the archive `bytes`, calling `onBytes` with its content as UTF-8 bytes in order (the byte
 * scanner's input, bytescan.ts): UTF-8 as it is, its byte-order mark dropped as a decoder drops it; UTF-16
 * decoded and encoded again as UTF-8 (rare: no office writes it, but it is valid). Throws LimitError / DamagedError.
 */
export function streamPartBytes(bytes: Uint8Array, e: ZipEntry, budget: Budget, onBytes: (chunk: Uint8Array) => void): void {
  let decoder: { decode(b: Uint8Array, o: { stream: boolean }): string } | undefined;
  let utf8: boolean | undefined;
  let head: Uint8Array | undefined;
  const encoder = new TextEncoder();
  inflateEntry(bytes, e, budget, (chunk, final) => {
    if (utf8 === undefined) {
      // The encoding is told by the first four bytes; wait for them.
      head = head ? concat(head, chunk) : chunk;
      if (head.length < 4 && !final) return;
      chunk = head;
      const enc = encodingOf(head);
      utf8 = enc === 'utf-8';
      if (utf8) {
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      } else decoder = new TextDecoder(enc);
    }
    if (utf8) {
      if (chunk.length) onBytes(chunk);
      return;
    }
    const text = decoder!.decode(chunk, { stream: !final });
    if (text) onBytes(encoder.encode(text));
  });
}

const hex = (n: number) => n.toString(16).padStart(8, '0');

/**
 * Entries already inflated whole with the right CRC, per archive (by local header offset): the result workbook
 * (copykeep.ts) checks every entry it copies, and need not inflate again the parts the reader has just read.
 */
const verified = new WeakMap<Uint8Array, Set<number>>();

/** Whether `e` of `bytes` was inflated whole with the right CRC-32 and size. */
export function isVerified(bytes: Uint8Array, e: ZipEntry): boolean {
  return verified.get(bytes)?.has(e.localOffset) ?? false;
}

function markVerified(bytes: Uint8Array, e: ZipEntry): void {
  let set = verified.get(bytes);
  if (!set) verified.set(bytes, (set = new Set()));
  set.add(e.localOffset);
}

/**
 * Inflates `e` from the archive `bytes` chunk by chunk, each counted against the budget; at the end its CRC-32
 * and size must be the central directory's (a bad CRC is a damaged file, never read as if whole). Throws
 * LimitError / DamagedError, or whatever `onChunk` throws (which stops it early, unchecked).
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: Budget, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
  const data = entryData(bytes, e);
  if (!data) throw new DamagedError(`damaged entry ${e.name}`);
  let crc = 0;
  let size = 0;
  const emit = (chunk: Uint8Array, final: boolean) => {
    budget.inflated += chunk.length;
    if (budget.inflated > budget.maxInflated) throw new LimitError('inflated', budget.inflated, budget.maxInflated);
    crc = crcOf(chunk, crc);
    size += chunk.length;
    onChunk(chunk, final);
  };
  const check = () => {
    if (crc !== e.crc) throw new DamagedError(`${e.name}: its CRC-32 is ${hex(crc)}, the zip directory says ${hex(e.crc)}`);
    if (size !== e.size) throw new DamagedError(`${e.name}: ${size} bytes inflated, the zip directory says ${e.size}`);
    markVerified(bytes, e);
  };
  if (e.method === 0) {
    if (data.length === 0) emit(data, true);
    for (let o = 0; o < data.length; o += SLICE) emit(data.subarray(o, Math.min(data.length, o + SLICE)), o + SLICE >= data.length);
    return check();
  }
  if (e.method !== 8) throw new DamagedError(`unsupported compression method ${e.method} in ${e.name}`);
  // The whole entry at once when it says a size that fits the budget and really inflates to it; anything else
  // (longer, shorter, damaged, too large) goes the streaming way below, which counts and fails as it goes.
  const whole = inflateWhole && e.size > 0 && e.size <= budget.maxInflated - budget.inflated ? inflateWhole(data, e.size) : undefined;
  if (whole) {
    for (let o = 0; o < whole.length; o += OUT_SLICE)
      emit(whole.subarray(o, Math.min(whole.length, o + OUT_SLICE)), o + OUT_SLICE >= whole.length);
    return check();
  }
  let failure: unknown;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (failure) return;
    try {
      emit(chunk, final);
      if (final) ended = true;
    } catch (err) {
      failure = err;
    }
  });
  try {
    for (let o = 0; o < data.length && !failure; o += SLICE)
      inflater.push(data.subarray(o, Math.min(data.length, o + SLICE)), o + SLICE >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (err) {
    if (!failure) throw new DamagedError(`cannot inflate ${e.name}: ${(err as Error).message}`);
  }
  if (failure) throw failure;
  if (!ended) throw new DamagedError(`${e.name} ends early`);
  check();
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
