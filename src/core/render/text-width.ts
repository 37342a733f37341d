/**
 * How wide text shows in a cell, in Excel's column-width units (the width of a digit): CJK and full-width
 * characters count two. Used to fit column widths (results.ts) and the height of rows whose text wraps.
 * The wide ranges: U+1100–115F, U+2E80–A4CF, U+AC00–D7A3, U+F900–FAFF, U+FE30–FE4F, U+FF00–FF60, U+FFE0–FFE6.
 */
const wide = (c: number): boolean =>
  c >= 0x2e80
    ? c <= 0xa4cf ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
    : c >= 0x1100 && c <= 0x115f;

/**
 * Display width of `s`, counted no further than `cap` (a long message need not be counted to its end). A character
 * beyond the BMP (a surrogate pair) counts one, as does a lone surrogate; read by char codes, without a string per
 * character (issue 14: 600,000 money texts and 200,000 messages are measured for --out).
 */
export function textWidth(s: string, cap = Infinity): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      w += 1;
    } else w += wide(c) ? 2 : 1;
    if (w >= cap) break;
  }
  return w;
}
