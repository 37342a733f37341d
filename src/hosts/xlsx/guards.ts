/**
 * Guards that run before a workbook is parsed, so that no file can exhaust memory or time (issue 7):
 * a file-size limit, a limit on the zip's entry count and uncompressed size (checked both as declared and
 * while actually inflating, so a zip that lies about its sizes is caught), and a limit on the cell count.
 * Pure of fs and DOM: the CLI and the page's Web Worker both use it.
 */
import { Inflate } from 'fflate';
import { entryData, listZip } from './zip';

export { listZip } from './zip';

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most entries in the zip. */
  maxEntries: number;
  /** Largest total uncompressed size of all entries, in bytes. */
  maxUncompressedBytes: number;
  /** Most cells over all worksheets. */
  maxCells: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxCells: 1_000_000,
};

export type GuardResult =
  { ok: true; entries: number; uncompressed: number; cells: number } | { ok: false; limit: keyof ReadLimits | 'zip'; detail: string };

/** Counts `<c ` / `<c>` cell tags in worksheet XML, across chunk boundaries. */
class CellCounter {
  count = 0;
  private tail = 0; // 0: nothing, 1: saw '<', 2: saw '<c'
  push(chunk: Uint8Array): void {
    let t = this.tail;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i];
      if (t === 2) {
        if (b === 0x20 || b === 0x3e || b === 0x2f) this.count++;
        t = b === 0x3c ? 1 : 0;
      } else if (t === 1) t = b === 0x63 ? 2 : b === 0x3c ? 1 : 0;
      else if (b === 0x3c) t = 1;
    }
    this.tail = t;
  }
}

/**
 * Checks a workbook's bytes against the limits. Inflates every deflated entry once, streaming, and stops
 * as soon as a limit is passed, so a zip bomb costs at most `maxUncompressedBytes` of work.
 */
export function guardWorkbook(bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): GuardResult {
  if (bytes.length > limits.maxFileBytes) return { ok: false, limit: 'maxFileBytes', detail: `${bytes.length} > ${limits.maxFileBytes}` };
  const entries = listZip(bytes);
  if (typeof entries === 'string') return { ok: false, limit: 'zip', detail: entries };
  if (entries.length > limits.maxEntries) return { ok: false, limit: 'maxEntries', detail: `${entries.length} > ${limits.maxEntries}` };
  const declared = entries.reduce((a, e) => a + e.size, 0);
  if (declared > limits.maxUncompressedBytes)
    return { ok: false, limit: 'maxUncompressedBytes', detail: `${declared} > ${limits.maxUncompressedBytes}` };
  let total = 0;
  let cells = 0;
  for (const e of entries) {
    const data = entryData(bytes, e);
    if (!data) return { ok: false, limit: 'zip', detail: `damaged entry ${e.name}` };
    const isSheet = /^xl[/\\]worksheets[/\\][^/\\]+\.xml$/i.test(e.name);
    const counter = isSheet ? new CellCounter() : undefined;
    if (e.method === 0) {
      total += data.length;
      counter?.push(data);
    } else if (e.method === 8) {
      let over: GuardResult | undefined;
      const inflater = new Inflate((chunk) => {
        if (over) return;
        total += chunk.length;
        counter?.push(chunk);
        if (total > limits.maxUncompressedBytes)
          over = { ok: false, limit: 'maxUncompressedBytes', detail: `> ${limits.maxUncompressedBytes} (inflated)` };
        else if (counter && cells + counter.count > limits.maxCells)
          over = { ok: false, limit: 'maxCells', detail: `> ${limits.maxCells}` };
      });
      try {
        // Feed in slices so that a limit stops the work early.
        for (let o = 0; o < data.length && !over; o += 65536)
          inflater.push(data.subarray(o, Math.min(data.length, o + 65536)), o + 65536 >= data.length);
      } catch (err) {
        return { ok: false, limit: 'zip', detail: `cannot inflate ${e.name}: ${(err as Error).message}` };
      }
      if (over) return over;
    } else {
      return { ok: false, limit: 'zip', detail: `unsupported compression method ${e.method} in ${e.name}` };
    }
    if (counter) {
      cells += counter.count;
      if (cells > limits.maxCells) return { ok: false, limit: 'maxCells', detail: `${cells} > ${limits.maxCells}` };
    }
  }
  return { ok: true, entries: entries.length, uncompressed: total, cells };
}
