/**
 * Numbers and cell references parsed straight from a worksheet's bytes (issue 14: no string per cell), for
 * the common spellings only; anything else is left to the string parsers of reader.ts, which stay the
 * definition. A number read here is the very double `Number(text)` gives: its digits (below 2^53) and a power
 * of ten up to 10^22 are both exact doubles, so one multiplication or division rounds once, correctly — the
 * same correctly rounded result as Number's (Clinger's fast path). test/hosts/xlsxnum.test.ts checks it
 * against Number on random decimal strings.
 */

const POW10 = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));
const TWO_53 = 2 ** 53;

/**
 * `Number(text)` of the ASCII bytes b[start, end) when they spell a plain decimal — an optional sign, digits
 * with an optional point, an optional exponent — whose value this can compute exactly; NaN otherwise (the
 * caller then decodes the text and asks Number). Never NaN for a number it could have read: only "not here".
 */
export function decimalAt(b: Uint8Array, start: number, end: number): number {
  let i = start;
  let neg = false;
  if (i < end && (b[i] === 0x2d || b[i] === 0x2b)) neg = b[i++] === 0x2d;
  let w = 0;
  let exp = 0;
  let digits = false;
  let c = 0;
  while (i < end && (c = b[i] - 0x30) >= 0 && c <= 9) {
    w = w * 10 + c;
    if (w >= TWO_53) return NaN;
    digits = true;
    i++;
  }
  if (i < end && b[i] === 0x2e) {
    i++;
    while (i < end && (c = b[i] - 0x30) >= 0 && c <= 9) {
      w = w * 10 + c;
      if (w >= TWO_53) return NaN;
      exp--;
      digits = true;
      i++;
    }
  }
  if (!digits) return NaN;
  if (i < end && (b[i] === 0x65 || b[i] === 0x45)) {
    i++;
    let eneg = false;
    if (i < end && (b[i] === 0x2d || b[i] === 0x2b)) eneg = b[i++] === 0x2d;
    let e = 0;
    const from = i;
    while (i < end && (c = b[i] - 0x30) >= 0 && c <= 9) {
      e = e * 10 + c;
      if (e > 9999) return NaN;
      i++;
    }
    if (i === from) return NaN;
    exp += eneg ? -e : e;
  }
  if (i !== end) return NaN;
  let v: number;
  if (w === 0) v = 0;
  else if (exp === 0) v = w;
  else if (exp > 0 && exp <= 22) v = w * POW10[exp];
  else if (exp < 0 && exp >= -22) v = w / POW10[-exp];
  else return NaN;
  return neg ? -v : v;
}

/**
 * The unsigned integer spelled by the ASCII digits b[start, end) (1 to 15 of them, nothing else), or -1: a
 * row number as `Number(text)` reads it when it is plain digits.
 */
export function digitsAt(b: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = b[i] - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * A cell reference "B12" / "$B$12" in b[start, end) as `out[at]` row and `out[at + 1]` column, when it is letters
 * then plain digits; false otherwise (the caller then parses the decoded text, which decides what it is).
 */
export function cellRefAt(b: Uint8Array, start: number, end: number, out: Float64Array, at = 0): boolean {
  let i = start;
  if (i < end && b[i] === 0x24) i++;
  let col = 0;
  const letters = i;
  for (; i < end; i++) {
    const c = b[i];
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else break;
    if (col > 1e7) return false;
  }
  if (i === letters) return false;
  if (i < end && b[i] === 0x24) i++;
  const row = digitsAt(b, i, end);
  if (row <= 0) return false;
  out[at] = row;
  out[at + 1] = col;
  return true;
}
