/**
 * The simulator's calculation: only the product's own formula, `=IF(COUNT(X)=0,"",SUM(X))` over areas of the same
 * sheet (src/core/render/formula.ts), evaluated as Excel does — blank until one cell of X holds a number, else the
 * sum of X's numbers, formulas in X evaluated first. Any other formula (text Excel made into one) is left as it is.
 */
import type { SimSheet, SimValue } from './model';

const PRODUCT = /^=IF\(COUNT\(([A-Z0-9:,]+)\)=0,"",SUM\(\1\)\)$/;

const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const cellOf = (a: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return { r: Number(m[2]) - 1, c: col(m[1]) - 1 };
};
const addr = (r: number, c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
};

/** Recomputes every product formula of `s` into its cells (null while blank). */
export function calculate(s: SimSheet): void {
  const done = new Map<string, SimValue>();
  const value = (a: string, seen: Set<string>): SimValue => {
    const f = s.formulas[a];
    const m = f === undefined ? null : PRODUCT.exec(f);
    const { r, c } = cellOf(a);
    if (!m) return s.cells[r]?.[c] ?? null;
    if (done.has(a)) return done.get(a)!;
    if (seen.has(a)) return { error: '#CIRC!' };
    seen.add(a);
    const numbers: number[] = [];
    for (const area of m[1].split(',')) {
      const [from, to = from] = area.split(':').map(cellOf);
      for (let i = from.r; i <= to.r; i++)
        for (let j = from.c; j <= to.c; j++) {
          const v = value(addr(i, j), seen);
          if (typeof v === 'number') numbers.push(v);
        }
    }
    const result = numbers.length ? numbers.reduce((x, y) => x + y, 0) : null;
    done.set(a, result);
    (s.cells[r] ??= [])[c] = result;
    return result;
  };
  for (const a of Object.keys(s.formulas)) value(a, new Set());
}
