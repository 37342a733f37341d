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
  const parts = weights.map((w) => (mag * w) / sum);
  let left = mag - parts.reduce((a, b) => a + b, 0n);
  if (left === 0n) return neg ? parts.map((p) => -p) : parts;
  const rems = weights.map((w, i) => ({ i, rem: (mag * w) % sum }));
  // Largest remainder first; a stable sort keeps the profile's order for ties.
  rems.sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of rems) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return neg ? parts.map((p) => -p) : parts;
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
