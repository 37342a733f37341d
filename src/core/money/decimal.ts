/**
 * Exact money: amounts are integer 分 (0.01 元) held in a bigint. RULES.md: "Reading a cell's number into 分:
 * take the number as Excel shows it to 15 significant digits, then round half away from zero (Excel's ROUND)."
 */

export type Unit = '元' | '万元' | '亿元';
export const UNITS: readonly Unit[] = ['元', '万元', '亿元'];

/** Power of ten of 分 in one unit: 1 元 = 10² 分, 1 万元 = 10⁶ 分, 1 亿元 = 10¹⁰ 分. */
const FEN_EXP: Record<Unit, number> = { 元: 2, 万元: 6, 亿元: 10 };

export function fenPerUnit(unit: Unit): bigint {
  return 10n ** BigInt(FEN_EXP[unit]);
}

/** A decimal number as sign, digits and a power of ten: value = sign × digits × 10^exp. */
interface Dec {
  neg: boolean;
  digits: bigint;
  exp: number;
}

const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Parses a plain decimal string ("-12.5", "1e3", ".5"); null when it is not one. */
function parseDec(s: string): Dec | null {
  const m = DECIMAL.exec(s.trim());
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  const exp = (m[4] ? Number(m[4]) : 0) - frac.length;
  if (!Number.isFinite(exp) || Math.abs(exp) > 400) return null;
  return { neg: m[1] === '-', digits: BigInt((int + frac).replace(/^0+(?=\d)/, '') || '0'), exp };
}

/** Rounds `d × 10^shift` to an integer, half away from zero. */
function scaleRound(d: Dec, shift: number): bigint {
  const e = d.exp + shift;
  let mag: bigint;
  if (e >= 0) {
    mag = d.digits * 10n ** BigInt(e);
  } else {
    const div = 10n ** BigInt(-e);
    const q = d.digits / div;
    const r = d.digits % div;
    mag = r * 2n >= div ? q + 1n : q;
  }
  return d.neg ? -mag : mag;
}

/** The number as Excel shows it: 15 significant digits (so 0.1 + 0.2 reads as 0.3). */
export function excelDigits(x: number): string {
  return x.toPrecision(15);
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];
const POW10N = POW10.map((_, i) => 10n ** BigInt(i));

/** A cell's number in `unit` → 分. Null for NaN or ±Infinity, or a number too large to be money. */
export function numberToFen(x: number, unit: Unit): bigint | null {
  if (!Number.isFinite(x)) return null;
  const e = FEN_EXP[unit];
  // Fast path: x is the double nearest a decimal with at most `e` places and under 15 digits, which is
  // then exactly what Excel shows, so no string round trip is needed (most amounts: 2000, 1200.02).
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return BigInt(x) * POW10N[e];
  const k2 = Math.round(x * 100);
  if (e >= 2 && Math.abs(k2) < 1e15 && k2 / 100 === x) return BigInt(k2) * POW10N[e - 2];
  const pe = POW10[e];
  const ke = Math.round(x * pe);
  if (Math.abs(ke) < 1e15 && ke / pe === x) return BigInt(ke);
  const d = parseDec(excelDigits(x));
  if (!d) return null;
  return scaleRound(d, FEN_EXP[unit]);
}

/** A decimal string in `unit` ("1200.5") → 分, rounded half away from zero. Null when not a decimal. */
export function decimalToFen(s: string, unit: Unit): bigint | null {
  const d = parseDec(s);
  return d ? scaleRound(d, FEN_EXP[unit]) : null;
}

/**
 * Excel's ROUND(x, digits): half away from zero, on the number as Excel shows it (15 significant digits).
 * `roundExcel(1.005, 2)` → 1.01, `roundExcel(2.675, 2)` → 2.68, `roundExcel(-0.5, 0)` → -1.
 */
export function roundExcel(x: number, digits = 0): number {
  if (!Number.isFinite(x)) return x;
  const d = parseDec(excelDigits(x));
  if (!d) return x;
  const n = scaleRound(d, digits);
  const r = Number(`${n}e${-digits}`);
  return Object.is(r, -0) ? 0 : r;
}

/**
 * 分 → an exact decimal string in `unit`, with at least `minDecimals` decimals and more only when the amount
 * needs them: `formatFen(20000000000n, '万元')` → "2000.00"; an amount of 1200.006 万元 → "1200.006".
 */
export function formatFen(fen: bigint, unit: Unit, minDecimals = 2): string {
  if (minDecimals !== 2) return formatFenOnce(fen, unit, minDecimals);
  // Amounts repeat (2000.00, 1200.00, 600.00 … in every row): each distinct one is written once (a bounded cache).
  const cache = FORMATTED[unit];
  let s = cache.get(fen);
  if (s === undefined) {
    s = formatFenOnce(fen, unit, 2);
    if (cache.size >= 4096) cache.clear();
    cache.set(fen, s);
  }
  return s;
}

const FORMATTED: Record<Unit, Map<bigint, string>> = { 元: new Map(), 万元: new Map(), 亿元: new Map() };

function formatFenOnce(fen: bigint, unit: Unit, minDecimals: number): string {
  // Below 2^53 分 the digits are exact on doubles, and ~4× cheaper than bigint strings (100,000 shares × 6 amounts).
  if (fen <= MAX_SAFE_FEN && fen >= -MAX_SAFE_FEN) return formatFenNumber(Number(fen), unit, minDecimals);
  return formatFenBigint(fen, unit, minDecimals);
}

const MAX_SAFE_FEN = BigInt(Number.MAX_SAFE_INTEGER);

/** formatFen of a whole number of 分 with |fen| ≤ 2^53 − 1, on doubles (every step exact). */
export function formatFenNumber(fen: number, unit: Unit, minDecimals = 2): string {
  const exp = FEN_EXP[unit];
  const neg = fen < 0;
  const mag = neg ? -fen : fen;
  let frac = mag % POW10[exp];
  const int = (mag - frac) / POW10[exp];
  let digits = exp;
  while (digits > minDecimals && frac % 10 === 0) {
    frac /= 10;
    digits--;
  }
  let f = digits ? String(frac).padStart(digits, '0') : '';
  if (f.length < minDecimals) f = f.padEnd(minDecimals, '0');
  const body = f.length ? `${int}.${f}` : String(int);
  return neg && mag !== 0 ? `-${body}` : body;
}

/** formatFen of any amount, on bigint strings. */
export function formatFenBigint(fen: bigint, unit: Unit, minDecimals = 2): string {
  const exp = FEN_EXP[unit];
  const neg = fen < 0n;
  const mag = (neg ? -fen : fen).toString().padStart(exp + 1, '0');
  const int = mag.slice(0, mag.length - exp);
  let frac = mag.slice(mag.length - exp);
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (frac.length < minDecimals) frac = frac.padEnd(minDecimals, '0');
  const body = frac.length ? `${int}.${frac}` : int;
  return neg && fen !== 0n ? `-${body}` : body;
}

/** 分 → a JS number in `unit`, for charts and for writing numeric cells (display only, never summed). */
export function fenToNumber(fen: bigint, unit: Unit): number {
  return Number(formatFen(fen, unit, 0));
}

/** Converts an amount between units exactly (分 are the same whatever the unit; this is for thresholds). */
export function unitFen(amount: number, unit: Unit): bigint {
  const f = numberToFen(amount, unit);
  if (f === null) throw new RangeError(`not a finite amount: ${amount}`);
  return f;
}

export function absFen(a: bigint): bigint {
  return a < 0n ? -a : a;
}
