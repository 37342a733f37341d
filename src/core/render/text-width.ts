/**
 * How wide text shows in a cell, in Excel's column-width units (the width of a digit): CJK and full-width
 * characters count two. Used to fit column widths (results.ts) and the height of rows whose text wraps.
 */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Display width of `s`, counted no further than `cap` (a long message need not be counted to its end). */
export function textWidth(s: string, cap = Infinity): number {
  let w = 0;
  for (const ch of s) {
    w += WIDE.test(ch) ? 2 : 1;
    if (w >= cap) break;
  }
  return w;
}
