/** A1 addresses: `toA1(3, 28)` → `'AB3'`; `parseA1('AB3')` → `{ row: 3, col: 28 }`. */

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function toA1(row: number, col: number): string {
  return `${colToLetters(col)}${row}`;
}

/** A range `A1:C3`, or a single cell when both corners agree. */
export function toA1Range(top: number, left: number, bottom: number, right: number): string {
  const a = toA1(top, left);
  const b = toA1(bottom, right);
  return a === b ? a : `${a}:${b}`;
}

export function parseA1(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: lettersToCol(m[1]) };
}

/** Quotes a sheet name for a formula or hyperlink target when it needs it: `'资金 筹集'!A1`. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
