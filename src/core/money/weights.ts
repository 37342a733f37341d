/**
 * Exact rationals for the factor method of 四（十一） (筹集资金…结合各镇面积、人口、行政村数量、脱贫人口以及美丽乡村风貌带、
 * 高速公路沿线等因素统筹使用): weights and factor values are read as the decimals Excel shows (15 significant
 * digits) and kept as bigint fractions, so a coefficient is never a binary-float approximation; `splitByWeights`
 * turns coefficients into 分 that add up to the whole.
 */
import { excelDigits } from './decimal';
import { splitByIntegers } from './split';
import { toHalfWidth } from './text';

/** An exact fraction `num / den`, always in lowest terms with `den > 0`. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

const abs = (a: bigint) => (a < 0n ? -a : a);

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `rational(3n, 6n)` → { num: 1n, den: 2n }. Throws on a zero denominator (a programming error, not input). */
export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('zero denominator');
  const s = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (s * num) / g, den: (s * den) / g };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * A number or a decimal string, exactly: a number is read as Excel shows it (15 significant digits), so 0.1 is 1/10;
 * text may use full-width digits, thousands separators and a trailing % ("30%" → 3/10). Null when it is not a number.
 * `parseRational(0.3)` → 3/10; `parseRational('1,200.5')` → 2401/2; `parseRational('待定')` → null.
 */
export function parseRational(x: number | string): Rational | null {
  let s: string;
  let percent = false;
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) return null;
    s = Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : excelDigits(x);
  } else {
    s = toHalfWidth(x).replace(/[\s\u00A0\u200B-\u200D\u2060\uFEFF]/g, '');
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?%?$/.test(s)) s = s.replace(/,/g, '');
    if (s.endsWith('%')) {
      percent = true;
      s = s.slice(0, -1);
    }
  }
  const m = DECIMAL.exec(s);
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  const exp = (m[4] ? Number(m[4]) : 0) - frac.length - (percent ? 2 : 0);
  if (!Number.isFinite(exp) || Math.abs(exp) > 400) return null;
  const digits = BigInt(int + frac || '0') * (m[1] === '-' ? -1n : 1n);
  return exp >= 0 ? rational(digits * 10n ** BigInt(exp)) : rational(digits, 10n ** BigInt(-exp));
}

export function addR(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function mulR(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

/** a / b; throws when b is zero (callers check first). */
export function divR(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den, a.den * b.num);
}

export function sumR(xs: readonly Rational[]): Rational {
  return xs.reduce(addR, ZERO);
}

/** -1, 0 or 1 as a < b, a = b, a > b. */
export function compareR(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/**
 * Decimal text of `r`: with `places`, rounded half away from zero to exactly that many decimals
 * (`formatRational(rational(1n, 3n), 6)` → "0.333333"); without, the exact decimal when it terminates
 * (3/8 → "0.375", 30 → "30"), else 15 decimals rounded.
 */
export function formatRational(r: Rational, places?: number): string {
  let p = places;
  if (p === undefined) {
    let d = r.den;
    let twos = 0;
    let fives = 0;
    while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
    while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
    p = d === 1n ? Math.max(twos, fives) : 15;
  }
  const scale = 10n ** BigInt(p);
  const mag = abs(r.num) * scale;
  let q = mag / r.den;
  if ((mag % r.den) * 2n >= r.den) q += 1n;
  const digits = q.toString().padStart(p + 1, '0');
  const body = p > 0 ? `${digits.slice(0, digits.length - p)}.${digits.slice(digits.length - p)}` : digits;
  return r.num < 0n && q !== 0n ? `-${body}` : body;
}

/**
 * Splits `total` 分 in proportion to exact `weights` (each ≥ 0, not all 0) by largest remainder: every part is
 * within 1 分 of its exact quotient, the parts add up to `total` exactly, and equal remainders go to the first.
 * `splitByWeights(100n, [rational(1n, 3n), rational(1n, 3n), rational(1n, 3n)])` → [34n, 33n, 33n].
 */
export function splitByWeights(total: bigint, weights: readonly Rational[]): bigint[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => w.num < 0n)) throw new RangeError('weights must not be negative');
  // On a common denominator the weights are integers; then it is the integer largest-remainder split.
  let lcm = 1n;
  for (const w of weights) lcm = (lcm / gcd(lcm, w.den)) * w.den;
  const ints = weights.map((w) => w.num * (lcm / w.den));
  const sum = ints.reduce((a, b) => a + b, 0n);
  if (sum <= 0n) throw new RangeError('weights must add up to more than 0');
  return splitByIntegers(total, ints, sum);
}
