/**
 * Splitting an amount by ratio so that the parts always add up to the whole — 四（十一）: 省 : 深圳 : 河源 = 6 : 3 : 1,
 * then 河源市 : 紫金县 = 2 : 8. Each step is a largest-remainder split; equal remainders go to the part listed first.
 */
import type { Profile } from '../profile';

const WEIGHTS = new WeakMap<readonly number[], bigint[] & { sum: bigint }>();

/** The ratios as bigints with their sum, cached per ratio array (the profile's arrays are long-lived). */
function weightsOf(ratios: readonly number[]): bigint[] & { sum: bigint } {
  let w = WEIGHTS.get(ratios);
  if (!w) {
    const arr = ratios.map((r) => BigInt(r)) as bigint[] & { sum: bigint };
    arr.sum = arr.reduce((a, b) => a + b, 0n);
    w = arr;
    WEIGHTS.set(ratios, w);
  }
  return w;
}

/**
 * Splits `total` 分 into parts proportional to `ratios`; the parts add up to `total` exactly.
 * `splitByRatio(10n, [6, 3, 1])` → [6n, 3n, 1n]; `splitByRatio(1n, [6, 3, 1])` → [1n, 0n, 0n].
 */
export function splitByRatio(total: bigint, ratios: readonly number[]): bigint[] {
  if (ratios.length === 0) return [];
  const weights = weightsOf(ratios);
  return splitByIntegers(total, weights, weights.sum);
}

/**
 * The largest-remainder split every other split is made of: `total` 分 in proportion to non-negative integer
 * `weights` adding up to `sum` (> 0); the parts add up to `total`, each within 1 分 of its exact quotient, and
 * equal remainders go to the part listed first.
 */
export function splitByIntegers(total: bigint, weights: readonly bigint[], sum: bigint): bigint[] {
  if (sum <= 0n) throw new RangeError('ratios must add up to more than 0');
  const neg = total < 0n;
  const mag = neg ? -total : total;
  // Amounts in 分 times small ratios stay far below 2^53: exact in doubles, and ~10× cheaper than bigint division.
  if (mag <= (sum <= 1024n ? 2n ** 43n : sum <= 1n << 20n ? 2n ** 33n : -1n)) return splitSafe(Number(mag), weights, Number(sum), neg);
  const n = weights.length;
  const parts: bigint[] = new Array(n);
  const rems: bigint[] = new Array(n);
  let left = mag;
  for (let i = 0; i < n; i++) {
    const x = mag * weights[i];
    parts[i] = x / sum;
    rems[i] = x % sum;
    left -= parts[i];
  }
  // The `left` largest remainders get 1 分 each; equal remainders go to the part listed first.
  for (; left > 0n; left--) {
    let best = -1;
    for (let i = 0; i < n; i++) if (rems[i] >= 0n && (best < 0 || rems[i] > rems[best])) best = i;
    if (best < 0) break;
    parts[best] += 1n;
    rems[best] = -1n;
  }
  if (neg) for (let i = 0; i < n; i++) parts[i] = -parts[i];
  return parts;
}

/** splitByIntegers on doubles: every product `mag × weight` is below 2^53, so each step is exact. */
function splitSafe(mag: number, weights: readonly bigint[], sum: number, neg: boolean): bigint[] {
  const n = weights.length;
  const parts: number[] = new Array(n);
  splitNumbers(mag, weights, sum, parts);
  const out: bigint[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = BigInt(neg ? -parts[i] : parts[i]);
  return out;
}

/** The largest-remainder split of a non-negative `mag` on doubles into `parts` (mag × each weight must stay below 2^53). */
function splitNumbers(mag: number, weights: readonly (bigint | number)[], sum: number, parts: number[]): void {
  const n = weights.length;
  const rems: number[] = new Array(n);
  let left = mag;
  for (let i = 0; i < n; i++) {
    const x = mag * Number(weights[i]);
    const r = x % sum;
    parts[i] = (x - r) / sum;
    rems[i] = r;
    left -= parts[i];
  }
  for (; left > 0; left--) {
    let best = -1;
    for (let i = 0; i < n; i++) if (rems[i] >= 0 && (best < 0 || rems[i] > rems[best])) best = i;
    if (best < 0) break;
    parts[best] += 1;
    rems[best] = -1;
  }
}

/** The five shares of one amount, in 分. `heyuan` = `heyuanCity` + `county`; the first three add up to the total. */
export interface Shares {
  total: bigint;
  province: bigint;
  shenzhen: bigint;
  heyuan: bigint;
  heyuanCity: bigint;
  county: bigint;
}

/** The two-step split of RULES.md. */
export function splitShares(total: bigint, profile: Pick<Profile, 'sources' | 'localSplit'>): Shares {
  // The check splits a row's pool and then keeps that very split for its shares: the last answer is remembered
  // (Shares are never changed by their users).
  if (total === last.total && profile.sources === last.sources && profile.localSplit === last.localSplit) return last.shares;
  const shares = splitSharesOnce(total, profile);
  last.total = total;
  last.sources = profile.sources;
  last.localSplit = profile.localSplit;
  last.shares = shares;
  return shares;
}

const last: { total: bigint; sources: unknown; localSplit: unknown; shares: Shares } = {
  total: -1n,
  sources: undefined,
  localSplit: undefined,
  shares: { total: 0n, province: 0n, shenzhen: 0n, heyuan: 0n, heyuanCity: 0n, county: 0n },
};

function splitSharesOnce(total: bigint, profile: Pick<Profile, 'sources' | 'localSplit'>): Shares {
  // Below 2^53 / the ratios' sum the split is exact on doubles (sharesOfNumber): one conversion in, five out, instead
  // of bigint arithmetic per part. A negative total splits as its magnitude, negated (as splitByIntegers does).
  const neg = total < 0n;
  const mag = neg ? -total : total;
  if (mag <= MAX_SAFE_N && sharesOfNumber(Number(mag), profile, SCRATCH)) {
    const s = neg ? -1 : 1;
    return {
      total,
      province: BigInt(s * SCRATCH[0]),
      shenzhen: BigInt(s * SCRATCH[1]),
      heyuan: BigInt(s * SCRATCH[2]),
      heyuanCity: BigInt(s * SCRATCH[3]),
      county: BigInt(s * SCRATCH[4]),
    };
  }
  return splitSharesBigint(total, profile);
}

const MAX_SAFE_N = BigInt(Number.MAX_SAFE_INTEGER);
const SCRATCH = [0, 0, 0, 0, 0];

/** splitShares by splitByRatio on bigints (any amount, any number of sources); the same figures as the fast path. */
export function splitSharesBigint(total: bigint, profile: Pick<Profile, 'sources' | 'localSplit'>): Shares {
  const [province, shenzhen, heyuan] = splitByRatio(total, ratiosOf(profile.sources));
  const [heyuanCity, county] = splitByRatio(heyuan, ratiosOf(profile.localSplit));
  return { total, province, shenzhen, heyuan, heyuanCity, county };
}

const RATIOS = new WeakMap<readonly { ratio: number }[], number[]>();

function ratiosOf(parts: readonly { ratio: number }[]): number[] {
  let r = RATIOS.get(parts);
  if (!r) {
    r = parts.map((p) => p.ratio);
    RATIOS.set(parts, r);
  }
  return r;
}

/** 河源市's part split 市级 : 县级 (the profile's local split). */
export function splitLocal(heyuan: bigint, profile: Pick<Profile, 'localSplit'>): bigint[] {
  return splitByRatio(heyuan, ratiosOf(profile.localSplit));
}

/** A profile's two splits as numbers, for splitting on doubles (sharesOfNumber). */
interface NumberSplit {
  sources: number[];
  sumS: number;
  local: number[];
  sumL: number;
  /** The largest magnitude split exactly on doubles. */
  safe: number;
  /** The profile's local split the entry was made for (the entry is keyed by its sources). */
  of: object;
}

const NUMBER_SPLITS = new WeakMap<object, NumberSplit>();

function numberSplitOf(profile: Pick<Profile, 'sources' | 'localSplit'>): NumberSplit {
  let s = NUMBER_SPLITS.get(profile.sources);
  if (!s || s.of !== profile.localSplit) {
    const sources = profile.sources.map((p) => p.ratio);
    const local = profile.localSplit.map((p) => p.ratio);
    const sumS = sources.reduce((a, b) => a + b, 0);
    const sumL = local.reduce((a, b) => a + b, 0);
    const ok = [...sources, ...local].every((r) => Number.isSafeInteger(r) && r >= 0) && sumS > 0 && sumL > 0;
    const safe = ok ? Math.floor(Number.MAX_SAFE_INTEGER / Math.max(sumS, sumL)) : -1;
    s = { sources, sumS, local, sumL, safe, of: profile.localSplit };
    NUMBER_SPLITS.set(profile.sources, s);
  }
  return s;
}

/**
 * splitShares of a non-negative whole number of 分 on doubles, into `out` as [province, shenzhen, heyuan,
 * heyuanCity, county] — the same figures as splitShares, without a bigint; false (out untouched) when `total`
 * is too large to split exactly this way. For loops that try many totals (diagnose.ts).
 */
export function sharesOfNumber(total: number, profile: Pick<Profile, 'sources' | 'localSplit'>, out: number[]): boolean {
  const s = numberSplitOf(profile);
  if (!(total >= 0 && total <= s.safe) || s.sources.length !== 3 || s.local.length !== 2) return false;
  const src = [0, 0, 0];
  splitNumbers(total, s.sources, s.sumS, src);
  const loc = [0, 0];
  splitNumbers(src[2], s.local, s.sumL, loc);
  out[0] = src[0];
  out[1] = src[1];
  out[2] = src[2];
  out[3] = loc[0];
  out[4] = loc[1];
  return true;
}
