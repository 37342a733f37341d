/**
 * The limits on what a read may cost, so that no file can exhaust memory or time (issues 7 and 14). They are
 * counted by the streaming reader (reader.ts) on what it really reads — bytes inflated, cells stored, text
 * held — never guessed beforehand. Pure of fs and DOM: the CLI and the page's Web Worker both use them.
 */

export interface ReadLimits {
  /** Largest file accepted, in bytes. */
  maxFileBytes: number;
  /** Most entries in the zip. */
  maxEntries: number;
  /** Most bytes inflated over all the parts read. */
  maxUncompressedBytes: number;
  /** Most cells holding a value over all worksheets (and most shared strings). */
  maxCells: number;
  /** Longest text (one string item, one tag) held while reading, in characters. */
  maxTextChars?: number;
  /** Most merged areas over all worksheets. */
  maxMerges?: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 10_000,
  maxUncompressedBytes: 400 * 1024 * 1024,
  maxCells: 3_000_000,
  maxTextChars: 4 * 1024 * 1024,
  maxMerges: 100_000,
};
