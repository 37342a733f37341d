/**
 * A worksheet's rows as most producers write them, read by comparing bytes (issue 14): the reader's fast path.
 * `<row …><c …><f …>…</f><v>…</v><is><t …>…</t></is></c>…</row>`, every element with the <sheetData>'s prefix,
 * no namespace declarations, no comments, CDATA or nested markup in the text. Measured on the 100,000-row fund
 * sheet, the tokenizer's events (a call per start tag, text and end tag, its name table and namespace stack)
 * cost ~350 ms of a cold ~500 ms read; a plain loop over the same bytes ~50 ms.
 *
 * A row is first read whole into positions (`RowScan.row`); only a row read to its end is used, so anything
 * else — a comment, an entity in a reference, a rich text run, a row cut by the end of a chunk — leaves the
 * row to the tokenizer, which reads it as it reads everything. Reading the positions into values is the
 * reader's (reader.ts), with the same code as its events, so both ways give the same cells.
 */

import { ascii, bytesAt } from './bytescan';
import { cellRefAt, digitsAt } from './xlsxnum';

/** The cell types a fast row may hold (an unknown or escaped t leaves the row to the tokenizer). */
export const CELL_TYPES = ['n', 's', 'str', 'inlineStr', 'b', 'e', 'd'] as const;

const CODES = CELL_TYPES.map(ascii);

/** Per cell: reference row and column (-1: none). */
const REF = 2;
/** Per cell: type, <v> text start and end (-1: no <v>), <f> (0/1), inline text start and end (-1: no <is>). */
const INT = 6;

export class RowScan {
  /** The row's r (-1: none). */
  rowNumber = -1;
  cells = 0;
  refs = new Float64Array(REF * 256);
  ints = new Int32Array(INT * 256);
  // The attributes last read: where r and t are (-1: absent), and whether the tag closed itself.
  private rAt = -1;
  private rEnd = -1;
  private tAt = -1;
  private tEnd = -1;
  private self = false;

  /**
   * @param px the bytes of the prefix and its colon of the elements (empty without a prefix)
   * @param maxText the longest text held (characters); a longer text is left to the tokenizer, which refuses it
   */
  constructor(
    private readonly px: Uint8Array,
    private readonly maxText: number,
  ) {}

  cellRow(i: number): number {
    return this.refs[i * REF];
  }
  cellCol(i: number): number {
    return this.refs[i * REF + 1];
  }
  /** CELL_TYPES index. */
  type(i: number): number {
    return this.ints[i * INT];
  }
  vStart(i: number): number {
    return this.ints[i * INT + 1];
  }
  vEnd(i: number): number {
    return this.ints[i * INT + 2];
  }
  hasF(i: number): boolean {
    return this.ints[i * INT + 3] === 1;
  }
  isStart(i: number): number {
    return this.ints[i * INT + 4];
  }
  isEnd(i: number): number {
    return this.ints[i * INT + 5];
  }

  /**
   * Reads the row whose start tag is at p (b[p] is '<'); returns the index after it, or -1 when it is not a
   * row of this form, or not all in b.
   */
  row(b: Uint8Array, p: number): number {
    const n = b.length;
    let i = this.name(b, p, ROW);
    if (i < 0) return -1;
    i = this.attrs(b, i, n);
    if (i < 0) return -1;
    this.cells = 0;
    this.rowNumber = -1;
    if (this.rAt >= 0) {
      const r = digitsAt(b, this.rAt, this.rEnd);
      if (r < 1) return -1;
      this.rowNumber = r;
    }
    if (this.self) return i;
    for (;;) {
      while (i < n && b[i] !== 0x3c) i++;
      if (i + 1 >= n) return -1;
      if (b[i + 1] === 0x2f) return this.end(b, i, ROW);
      const c = this.cell(b, i, n);
      if (c < 0) return -1;
      i = c;
    }
  }

  /** A <c> at p and all its content; returns the index after it, or -1. */
  private cell(b: Uint8Array, p: number, n: number): number {
    let i = this.name(b, p, C);
    if (i < 0) return -1;
    i = this.attrs(b, i, n);
    if (i < 0) return -1;
    const k = this.cells;
    if ((k + 1) * INT > this.ints.length) this.grow();
    const refs = this.refs;
    const ints = this.ints;
    if (this.rAt >= 0) {
      if (!cellRefAt(b, this.rAt, this.rEnd, refs, k * REF)) return -1;
    } else refs[k * REF] = -1;
    let type = 0;
    if (this.tAt >= 0) {
      type = typeCode(b, this.tAt, this.tEnd);
      if (type < 0) return -1;
    }
    const o = k * INT;
    ints[o] = type;
    ints[o + 1] = -1;
    ints[o + 2] = -1;
    ints[o + 3] = 0;
    ints[o + 4] = -1;
    ints[o + 5] = -1;
    if (!this.self) {
      // <f>, <v> and <is>, each at most once, in any order; then </c>.
      for (;;) {
        while (i < n && b[i] !== 0x3c) i++;
        if (i + 1 >= n) return -1;
        if (b[i + 1] === 0x2f) {
          i = this.end(b, i, C);
          if (i < 0) return -1;
          break;
        }
        let e = this.name(b, i, V);
        if (e >= 0) {
          if (ints[o + 1] >= 0 || b[e] !== 0x3e) return -1;
          const t = this.text(b, e + 1, n);
          if (t < 0) return -1;
          ints[o + 1] = e + 1;
          ints[o + 2] = t;
          i = this.end(b, t, V);
        } else if ((e = this.name(b, i, F)) >= 0) {
          if (ints[o + 3] === 1) return -1;
          e = this.attrs(b, e, n);
          if (e < 0) return -1;
          ints[o + 3] = 1;
          if (this.self) i = e;
          else {
            const t = this.text(b, e, n);
            i = t < 0 ? -1 : this.end(b, t, F);
          }
        } else if ((e = this.name(b, i, IS)) >= 0) {
          if (ints[o + 4] >= 0 || b[e] !== 0x3e) return -1;
          // <is><t …>text</t></is>
          const j = this.plainT(b, e + 1, n);
          if (j < 0) return -1;
          ints[o + 4] = this.textStart;
          ints[o + 5] = this.textEnd;
          i = this.end(b, j, IS);
        } else return -1;
        if (i < 0) return -1;
      }
    }
    this.cells = k + 1;
    return i;
  }

  /** The text of the `<t>` read last (an inline string's, or the string item `si`'s). */
  textStart = 0;
  textEnd = 0;

  /**
   * A shared string item as Excel writes it, `<si><t …>text</t></si>`, at p: its text's place in
   * `textStart`/`textEnd`; the index after it, or -1 (rich text, phonetic runs and all else: the tokenizer's).
   */
  si(b: Uint8Array, p: number): number {
    const n = b.length;
    const i = this.name(b, p, SI);
    if (i < 0 || b[i] !== 0x3e) return -1;
    const j = this.plainT(b, i + 1, n);
    return j < 0 ? -1 : this.end(b, j, SI);
  }

  /**
   * `<t …>text</t>` at p (its '<'), text without markup: its place in `textStart`/`textEnd`; the index after
   * `</t>`, or -1.
   */
  private plainT(b: Uint8Array, p: number, n: number): number {
    let j = this.name(b, p, T);
    if (j < 0) return -1;
    j = this.attrs(b, j, n);
    if (j < 0 || this.self) return -1;
    const t = this.text(b, j, n);
    if (t < 0) return -1;
    this.textStart = j;
    this.textEnd = t;
    return this.end(b, t, T);
  }

  /** After '<' at p: the prefix and `name`, then a character that ends a name; the index after the name, or -1. */
  private name(b: Uint8Array, p: number, name: Uint8Array): number {
    const px = this.px;
    // Every read below within b (a read past its end costs the optimised code).
    if (p + 1 + px.length + name.length >= b.length || b[p] !== 0x3c) return -1;
    let i = p + 1;
    for (let k = 0; k < px.length; k++) if (b[i++] !== px[k]) return -1;
    for (let k = 0; k < name.length; k++) if (b[i++] !== name[k]) return -1;
    const c = b[i];
    return c === 0x3e || c === 0x20 || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d ? i : -1;
  }

  /** `</` prefix name `>` at p; the index after it, or -1. */
  private end(b: Uint8Array, p: number, name: Uint8Array): number {
    const px = this.px;
    if (p + 2 + px.length + name.length >= b.length || b[p] !== 0x3c || b[p + 1] !== 0x2f) return -1;
    let i = p + 2;
    for (let k = 0; k < px.length; k++) if (b[i++] !== px[k]) return -1;
    for (let k = 0; k < name.length; k++) if (b[i++] !== name[k]) return -1;
    return b[i] === 0x3e ? i + 1 : -1;
  }

  /** Text from p to the next '<' (no '<' within reach, or too long: -1); its end. */
  private text(b: Uint8Array, p: number, n: number): number {
    let i = p;
    while (i < n && b[i] !== 0x3c) i++;
    if (i >= n || i - p > this.maxText) return -1;
    return i;
  }

  /**
   * A start tag's attributes from p (just after its name) to its end: where r and t are; no namespace
   * declaration, every value quoted, no '<' in a value. The index after '>' or '/>', or -1.
   */
  private attrs(b: Uint8Array, p: number, n: number): number {
    this.rAt = this.tAt = -1;
    let i = p;
    for (;;) {
      let c = 0;
      while (i < n && ((c = b[i]) === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)) i++;
      if (i + 1 >= n) return -1;
      if (c === 0x3e) {
        this.self = false;
        return i + 1;
      }
      if (c === 0x2f) {
        if (b[i + 1] !== 0x3e) return -1;
        this.self = true;
        return i + 2;
      }
      const a = i;
      while (i < n) {
        c = b[i];
        if (c === 0x20 || c === 0x2f || c === 0x3e || c === 0x3d || c === 0x09 || c === 0x0a || c === 0x0d) break;
        i++;
      }
      const len = i - a;
      if (len === 0 || c !== 0x3d || i + 1 >= n) return -1;
      if (len >= 5 && b[a] === 0x78 && b[a + 1] === 0x6d && b[a + 2] === 0x6c && b[a + 3] === 0x6e && b[a + 4] === 0x73) return -1;
      const q = b[i + 1];
      if (q !== 0x22 && q !== 0x27) return -1;
      const v = i + 2;
      i = v;
      while (i < n && b[i] !== q) {
        if (b[i] === 0x3c) return -1;
        i++;
      }
      if (i >= n) return -1;
      if (len === 1 && b[a] === 0x72 && this.rAt < 0) {
        this.rAt = v;
        this.rEnd = i;
      } else if (len === 1 && b[a] === 0x74 && this.tAt < 0) {
        this.tAt = v;
        this.tEnd = i;
      }
      i++;
    }
  }

  private grow(): void {
    const refs = new Float64Array(this.refs.length * 2);
    refs.set(this.refs);
    this.refs = refs;
    const ints = new Int32Array(this.ints.length * 2);
    ints.set(this.ints);
    this.ints = ints;
  }
}

const ROW = ascii('row');
const C = ascii('c');
const V = ascii('v');
const F = ascii('f');
const IS = ascii('is');
const T = ascii('t');
const SI = ascii('si');

/** The CELL_TYPES index of the type written in b[s, e), or -1. */
function typeCode(b: Uint8Array, s: number, e: number): number {
  for (let k = 0; k < CODES.length; k++) if (CODES[k].length === e - s && bytesAt(b, s, CODES[k])) return k;
  return -1;
}
