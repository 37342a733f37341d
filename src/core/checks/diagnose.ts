/**
 * Which cell of a fund row is wrong — 四（十一）. A row that follows the plan is fixed by one number, its pool:
 * the total, its 6 : 3 : 1 split and the 2 : 8 split of 河源市's part. When the row's amounts disagree, each cell
 * in turn is supposed wrong (with the totals above it either typed, or =SUM formulas that Excel moved with it);
 * the cells left must agree on one pool, and the value that pool gives the supposed cell must make the row right.
 * When exactly one cell explains the row, that cell is the finding and its expected value is the one to type.
 *
 * Example: 合计 2000, 省级 1300, 深圳市 600, 河源市 200 → 省级 is wrong, expected 1200 (not 合计 2100).
 * Example: 合计 =SUM 2100, 省级 1300, 深圳市 600, 河源市 200 → 深圳市 : 河源市 = 3 : 1 show a pool of 2000, so 省级 → 1200.
 */
import type { AmountKey } from '../findings';
import { sharesOfNumber, splitShares, type Shares } from '../money';
import type { Profile } from '../profile';
import { absDiff } from './amounts';
import { heyuanOf, isRowError, rowIssues, type RowValues } from './fund-row';

export type Diagnosis =
  /** One cell explains the row: type `expected` into `key`; `follows` are =SUM totals that move with it. */
  | { kind: 'cell'; key: AmountKey; expected: bigint; follows: AmountKey[]; fixed: Partial<Record<AmountKey, bigint>> }
  /** No single cell explains the row (or several do equally): the cells to look at. */
  | { kind: 'row'; candidates: AmountKey[] };

const KEYS: readonly AmountKey[] = ['total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county'];
const MAX_WINDOW = 60n;
/** Where each amount is in sharesOfNumber's figures (-1: the total itself). */
const SHARE_INDEX: Record<AmountKey, number> = { total: -1, province: 0, shenzhen: 1, heyuan: 2, heyuanCity: 3, county: 4 };

/** A recent row's amounts and its diagnosis. */
interface Recent {
  tol: bigint;
  others: bigint;
  heyuanColumn: boolean;
  values: Partial<Record<AmountKey, bigint>>;
  d: Diagnosis;
}

/** How many recent rows are compared before the key is made (a formula's cycle of 7 amounts fits). */
const RECENT = 8;

const REMEMBERED = new WeakMap<Profile, { rows: Map<string, Diagnosis>; asked: number; hits: number; recent: Recent[]; next: number }>();

/**
 * Diagnoses a row whose arithmetic fails (rowIssues has an error); `tol` in 分. The diagnosis depends on the row's
 * amounts only, so rows with the same amounts (a wrong formula filled down a column) are diagnosed once per profile
 * (a bounded cache; the answer is shared and must not be changed).
 */
export function diagnoseRow(r: RowValues, profile: Profile, tol: bigint): Diagnosis {
  let memo = REMEMBERED.get(profile);
  if (!memo) {
    memo = { rows: new Map(), asked: 0, hits: 0, recent: [], next: 0 };
    REMEMBERED.set(profile, memo);
  }
  const v = r.values;
  // The last few rows' answers, compared value by value (no key string): a wrong formula filled down repeats a row
  // or a short cycle of rows.
  const recent = memo.recent;
  for (let i = 0; i < recent.length; i++) {
    const q = recent[i];
    const w = q.values;
    if (
      q.tol === tol &&
      q.others === r.others &&
      q.heyuanColumn === r.heyuanColumn &&
      w.total === v.total &&
      w.province === v.province &&
      w.shenzhen === v.shenzhen &&
      w.heyuan === v.heyuan &&
      w.heyuanCity === v.heyuanCity &&
      w.county === v.county
    ) {
      memo.asked++;
      memo.hits++;
      return q.d;
    }
  }
  // Rows that are all different (each wrong by its own amount) would only pay for the key: after 2,000 rows with
  // fewer than 1 in 10 seen before, the profile's rows are diagnosed afresh without asking.
  if (memo.asked >= 2000 && memo.hits * 10 < memo.asked) return diagnoseRowFresh(r, profile, tol);
  const key = `${tol}|${r.others}|${r.heyuanColumn ? 1 : 0}|${v.total}|${v.province}|${v.shenzhen}|${v.heyuan}|${v.heyuanCity}|${v.county}`;
  memo.asked++;
  let d = memo.rows.get(key);
  if (d) memo.hits++;
  else {
    d = diagnoseRowFresh(r, profile, tol);
    if (memo.rows.size >= 4096) memo.rows.clear();
    memo.rows.set(key, d);
  }
  // A copy of the values: the caller's object is its own to change.
  const entry: Recent = { tol, others: r.others, heyuanColumn: r.heyuanColumn, values: { ...v }, d };
  if (recent.length < RECENT) recent.push(entry);
  else recent[memo.next] = entry;
  memo.next = (memo.next + 1) % RECENT;
  return d;
}

/** diagnoseRow, worked out afresh. */
export function diagnoseRowFresh(r: RowValues, profile: Profile, tol: bigint): Diagnosis {
  const present = KEYS.filter((k) => r.values[k] !== undefined);
  const weights = fractions(profile);
  const found: Hit[] = [];

  for (const x of present) {
    const ancestors = ancestorsOf(x, r).filter((a) => r.values[a] !== undefined);
    for (const follows of subsetsOf(ancestors)) {
      const kept = present.filter((k) => k !== x && !follows.includes(k));
      if (kept.length === 0) continue;
      const hit = tryHypothesis(r, x, follows, kept, weights, profile, tol);
      if (hit) {
        found.push({ key: x, follows, ...hit });
        break;
      }
    }
  }

  // The best explanation leaves the other cells exactly as the pool gives them; then the total is trusted over a
  // part (the county decides the town's amount); then a pool at the plan's standard.
  const least = found.reduce((m, h) => (h.residual < m ? h.residual : m), found[0]?.residual ?? 0n);
  let pick = found.filter((h) => h.residual === least);
  if (pick.length > 1) pick = preferred(pick, (h) => h.key !== 'total');
  if (pick.length > 1) {
    const standard = standardFen(profile);
    pick = preferred(pick, (h) => h.pool === standard);
  }
  if (pick.length === 1) {
    const h = pick[0];
    return { kind: 'cell', key: h.key, expected: h.expected, follows: h.follows, fixed: h.fixed };
  }
  const candidates = found.length
    ? found.map((h) => h.key)
    : [
        ...new Set(
          rowIssues(r, profile, tol)
            .filter(isRowError)
            .flatMap((i): AmountKey[] => (i.key === 'heyuan' && r.values.heyuan === undefined ? ['heyuanCity', 'county'] : [i.key])),
        ),
      ];
  return { kind: 'row', candidates: KEYS.filter((k) => candidates.includes(k)) };
}

interface Hit {
  key: AmountKey;
  expected: bigint;
  follows: AmountKey[];
  fixed: Partial<Record<AmountKey, bigint>>;
  pool: bigint;
  /** How far the cells left as they are lie from the pool's figures, in 分 (0: exactly). */
  residual: bigint;
}

function preferred<T>(xs: T[], p: (x: T) => boolean): T[] {
  const ys = xs.filter(p);
  return ys.length ? ys : xs;
}

function standardFen(profile: Profile): bigint {
  // profile.standard is in 万元: 1 万元 = 1 000 000 分.
  return BigInt(Math.round(profile.standard * 100)) * 10000n;
}

/** The =SUM totals above a cell: 合计 over every part, 河源市 over 市级 and 县级. */
function ancestorsOf(k: AmountKey, r: RowValues): AmountKey[] {
  if (k === 'total') return [];
  if (k === 'heyuanCity' || k === 'county') return r.values.heyuan !== undefined ? ['heyuan', 'total'] : ['total'];
  return ['total'];
}

const SUBSETS = new Map<string, AmountKey[][]>();

/** The subsets of a cell's =SUM ancestors, smallest first: a handful of lists, made once (shared, never changed). */
function subsetsOf(xs: readonly AmountKey[]): AmountKey[][] {
  const k = xs.join('|');
  let s = SUBSETS.get(k);
  if (!s) {
    s = subsets(xs);
    SUBSETS.set(k, s);
  }
  return s;
}

function subsets<T>(xs: readonly T[]): T[][] {
  let out: T[][] = [[]];
  for (const x of xs) out = [...out, ...out.map((s) => [...s, x])];
  return out.sort((a, b) => a.length - b.length);
}

/** Each amount's share of the pool as num / den (den: the product of both ratio sums). */
interface Fractions {
  den: bigint;
  num: Record<AmountKey, bigint>;
}

const FRACTIONS = new WeakMap<Profile, Fractions>();

/** The profile's fractions, worked out once per profile (as the remembered rows are: a profile is never changed). */
function fractions(profile: Profile): Fractions {
  let w = FRACTIONS.get(profile);
  if (!w) {
    w = fractionsOf(profile);
    FRACTIONS.set(profile, w);
  }
  return w;
}

function fractionsOf(profile: Profile): Fractions {
  const [rp, rs, rh] = profile.sources.map((s) => BigInt(s.ratio));
  const [rc, rk] = profile.localSplit.map((s) => BigInt(s.ratio));
  const sumS = rp + rs + rh;
  const sumL = rc + rk;
  return {
    den: sumS * sumL,
    num: { total: sumS * sumL, province: rp * sumL, shenzhen: rs * sumL, heyuan: rh * sumL, heyuanCity: rh * rc, county: rh * rk },
  };
}

function consistent(k: AmountKey, s: Shares): bigint {
  return s[k];
}

/** Supposes `x` wrong and `follows` moved with it; returns the value to type when that explains the row. */
function tryHypothesis(
  r: RowValues,
  x: AmountKey,
  follows: AmountKey[],
  kept: AmountKey[],
  w: Fractions,
  profile: Profile,
  tol: bigint,
): Omit<Hit, 'key' | 'follows'> | undefined {
  const obs = r.values;
  for (const pool of poolCandidates(r, kept, w, profile)) {
    const s = splitShares(pool, profile);
    if (kept.some((k) => k !== 'total' && absDiff(obs[k]!, consistent(k, s)) > tol)) continue;
    const residual = kept.reduce((a, k) => a + (k === 'total' ? 0n : absDiff(obs[k]!, consistent(k, s))), 0n);
    for (const v of valuesFor(x, pool, s, r, kept)) {
      const delta = obs[x]! - v;
      if (absDiff(delta, 0n) <= tol) continue;
      // Copied key by key (a spread with a computed key makes a slow object, and this runs for every hypothesis).
      const fixed: Partial<Record<AmountKey, bigint>> = {};
      for (const k of KEYS) if (obs[k] !== undefined) fixed[k] = obs[k];
      fixed[x] = v;
      for (const f of follows) fixed[f] = obs[f]! - delta;
      const again = rowIssues({ values: fixed, others: r.others, heyuanColumn: r.heyuanColumn }, profile, tol);
      if (!again.some(isRowError)) return { expected: v, fixed, pool, residual };
    }
  }
  return undefined;
}

/** The value a supposed-wrong cell should hold: its share of the pool, or what balances the sum it belongs to. */
function valuesFor(x: AmountKey, pool: bigint, s: Shares, r: RowValues, kept: AmountKey[]): bigint[] {
  const v = r.values;
  const out: bigint[] = [];
  const has = (k: AmountKey) => kept.includes(k);
  if (x === 'total') {
    out.push(r.others ? pool + r.others : pool);
    const hy = heyuanOf(r);
    if (v.province !== undefined && v.shenzhen !== undefined && hy !== undefined) out.push(v.province + v.shenzhen + hy + r.others);
  } else {
    out.push(consistent(x, s));
    if ((x === 'province' || x === 'shenzhen' || x === 'heyuan') && has('total')) {
      const hy = x === 'heyuan' ? 0n : heyuanOf(r);
      const others = (['province', 'shenzhen'] as const).filter((k) => k !== x).reduce((a, k) => a + (v[k] ?? 0n), 0n);
      if (hy !== undefined) out.push(v.total! - r.others - others - hy, v.total! - others - hy);
    }
    if ((x === 'heyuanCity' || x === 'county') && has('heyuan')) {
      const other = x === 'heyuanCity' ? v.county : v.heyuanCity;
      if (other !== undefined) out.push(v.heyuan! - other);
    }
  }
  // Each value once, in order (a handful: no Set of bigints per hypothesis).
  const once: bigint[] = [];
  for (const x of out) if (!once.includes(x)) once.push(x);
  return once;
}

/** Pools the kept cells agree on: the total itself when kept; else the exact pools near their ratio estimate, roundest first. */
function poolCandidates(r: RowValues, kept: AmountKey[], w: Fractions, profile: Profile): bigint[] {
  const v = r.values;
  if (kept.includes('total')) return r.others ? [v.total!, v.total! - r.others] : [v.total!];
  let sumObs = 0n;
  let sumNum = 0n;
  for (const k of kept) {
    sumObs += v[k]!;
    sumNum += w.num[k];
  }
  if (sumNum === 0n) return [];
  const est = divRound(sumObs * w.den, sumNum);
  let span = (BigInt(kept.length) * w.den) / sumNum + 2n;
  if (span > MAX_WINDOW) span = MAX_WINDOW;
  const exact: bigint[] = [];
  let exactly = true;
  // Number.isSafeInteger(Number(x)), compared on the bigint (no conversion per cell).
  for (const k of kept) if (v[k]! > MAX_SAFE || v[k]! < -MAX_SAFE) exactly = false;
  // Each share lies within 2 分 of its exact fraction of the pool (largest-remainder splits, two steps), so only
  // the pools near the tightest kept share can match: a handful instead of the whole window.
  let lo = est - span;
  let hi = est + span;
  const tight = kept.reduce((b, k) => (w.num[k] > w.num[b] ? k : b), kept[0]);
  const num = w.num[tight];
  if (num > 0n) {
    const x = v[tight]! * w.den;
    const near = 2n * w.den;
    const from = ceilDiv(x - near, num);
    const to = floorDiv(x + near, num);
    if (from > lo) lo = from;
    if (to < hi) hi = to;
  }
  if (exactly && lo >= 0n && hi <= MAX_SAFE) exactPoolsNumber(Number(lo), Number(hi), kept, v, profile, exact);
  else exactPoolsBigint(lo, hi, kept, v, profile, exact);
  exact.sort((a, b) => zeros(b) - zeros(a) || Number(absDiff(a, est) - absDiff(b, est)));
  // The three best and the estimate, each once (exact's pools are distinct): no Set of bigints per call.
  const out = exact.length > 3 ? exact.slice(0, 3) : exact;
  if (!out.includes(est)) out.push(est);
  return out;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Pushes onto `out` the pools lo … hi whose split gives each kept cell exactly its value (the plain rule, on bigints). */
export function exactPoolsBigint(
  lo: bigint,
  hi: bigint,
  kept: readonly AmountKey[],
  v: Partial<Record<AmountKey, bigint>>,
  profile: Profile,
  out: bigint[],
): void {
  for (let t = lo; t <= hi; t++) {
    const s = splitShares(t, profile);
    if (kept.every((k) => consistent(k, s) === v[k])) out.push(t);
  }
}

/**
 * exactPoolsBigint for 0 ≤ lo … hi ≤ 2^53 − 1 with safe-integer kept values: the pools counted on doubles and split
 * on doubles where that is exact (every real amount), the same figures with no bigint made per pool tried.
 */
export function exactPoolsNumber(
  lo: number,
  hi: number,
  kept: readonly AmountKey[],
  v: Partial<Record<AmountKey, bigint>>,
  profile: Profile,
  out: bigint[],
): void {
  const n = kept.length;
  const at: number[] = new Array(n);
  const want: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    at[i] = SHARE_INDEX[kept[i]];
    want[i] = Number(v[kept[i]]!);
  }
  const got = [0, 0, 0, 0, 0];
  for (let t = lo; t <= hi; t++) {
    if (sharesOfNumber(t, profile, got)) {
      let same = true;
      for (let i = 0; i < n && same; i++) same = (at[i] < 0 ? t : got[at[i]]) === want[i];
      if (same) out.push(BigInt(t));
      continue;
    }
    exactPoolsBigint(BigInt(t), BigInt(t), kept, v, profile, out);
  }
}

/** ⌊a / b⌋ and ⌈a / b⌉ for b > 0 (bigint division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a > 0n ? q + 1n : q;
}

function divRound(a: bigint, b: bigint): bigint {
  const q = a / b;
  const rem = a % b;
  if (2n * (rem < 0n ? -rem : rem) >= (b < 0n ? -b : b)) return q + (a < 0n !== b < 0n ? -1n : 1n);
  return q;
}

/** Trailing decimal zeros: amounts people type are round in their unit. */
function zeros(n: bigint): number {
  if (n === 0n) return 99;
  let z = 0;
  let m = n < 0n ? -n : n;
  while (m % 10n === 0n) {
    m /= 10n;
    z++;
  }
  return z;
}
