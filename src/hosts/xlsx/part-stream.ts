/**
 * One zip entry inflated as a stream of text (issue 14): fflate's streaming Inflate in small slices, every
 * output chunk counted against a byte budget shared by the whole workbook, decoded as UTF-8 or UTF-16 (by
 * its byte-order mark, or by how `<?xml` is spelled) and handed on. A zip bomb costs at most the budget.
 */
import { Inflate } from 'fflate';
import { LimitError } from './xmlscan';
import { entryData, type ZipEntry } from './zip';

export class DamagedError extends Error {}

/** What a whole read may inflate, counted as it goes. */
export interface Budget {
  inflated: number;
  readonly maxInflated: number;
}

/** Compressed bytes fed per step: a deflate stream expands at most ~1032×, so one step yields ≤ 16 MB. */
const SLICE = 16 * 1024;

function encodingOf(b: Uint8Array): string {
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  if (b[0] === 0x3c && b[1] === 0x00 && b[2] === 0x3f && b[3] === 0x00) return 'utf-16le';
  if (b[0] === 0x00 && b[1] === 0x3c && b[2] === 0x00 && b[3] === 0x3f) return 'utf-16be';
  return 'utf-8';
}

/** Inflates `e` from the archive `bytes`, calling `onText` with its decoded text in order. Throws LimitError / DamagedError. */
export function streamPart(bytes: Uint8Array, e: ZipEntry, budget: Budget, onText: (s: string) => void): void {
  const data = entryData(bytes, e);
  if (!data) throw new DamagedError(`damaged entry ${e.name}`);
  let decoder: { decode(b: Uint8Array, o: { stream: boolean }): string } | undefined;
  let head: Uint8Array | undefined;
  const emit = (chunk: Uint8Array, final: boolean) => {
    budget.inflated += chunk.length;
    if (budget.inflated > budget.maxInflated) throw new LimitError('inflated', budget.inflated, budget.maxInflated);
    if (!decoder) {
      // The encoding is told by the first four bytes; wait for them.
      head = head ? concat(head, chunk) : chunk;
      if (head.length < 4 && !final) return;
      chunk = head;
      decoder = new TextDecoder(encodingOf(head));
    }
    const text = decoder.decode(chunk, { stream: !final });
    if (text) onText(text);
  };
  if (e.method === 0) {
    if (data.length === 0) emit(data, true);
    for (let o = 0; o < data.length; o += SLICE) emit(data.subarray(o, Math.min(data.length, o + SLICE)), o + SLICE >= data.length);
    return;
  }
  if (e.method !== 8) throw new DamagedError(`unsupported compression method ${e.method} in ${e.name}`);
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
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
