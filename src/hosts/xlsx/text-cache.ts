/**
 * The same text read once (issue 14): a sheet's inline strings repeat — a town's name on each of its years, a unit,
 * a note — and each was decoded (TextDecoder, line ends, entities, `_x…_`) into a string of its own. A small
 * direct-mapped cache keyed by the bytes gives the string already made for the same bytes: no decoding and no new
 * string, and the engine's memos keyed by text see one string. The key bytes are copied into one pool (no
 * allocation per text); a slot is overwritten by the next text that hashes to it. Texts over 48 bytes are not kept.
 */
const SLOTS = 1024;
const MAX_KEY = 48;

export class TextCache {
  private readonly pool = new Uint8Array(SLOTS * MAX_KEY);
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly texts: string[] = new Array<string>(SLOTS).fill('');

  /** @param decode the text of b[start, end), as the reader makes it */
  constructor(private readonly decode: (b: Uint8Array, start: number, end: number) => string) {}

  text(b: Uint8Array, start: number, end: number): string {
    const len = end - start;
    if (len > MAX_KEY) return this.decode(b, start, end);
    let h = len;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + b[i]) | 0;
    const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    const pool = this.pool;
    const at = slot * MAX_KEY;
    if (this.lengths[slot] === len) {
      let i = 0;
      while (i < len && pool[at + i] === b[start + i]) i++;
      if (i === len) return this.texts[slot];
    }
    const text = this.decode(b, start, end);
    for (let i = 0; i < len; i++) pool[at + i] = b[start + i];
    this.lengths[slot] = len;
    this.texts[slot] = text;
    return text;
  }
}
