/**
 * Which plan town a name stands for (附件). Short forms and old names are suggested, never applied silently
 * (RULES.md PAIR-TOWN-UNKNOWN: 紫城 → 紫城镇, 附城镇 → 紫城镇; 临江镇 and 古竹镇 are outside the plan).
 */
import type { Profile, Town } from '../profile';
import { normaliseName, townVariant } from '../recognise/vocabulary';
import { memoTextBy } from '../recognise/text-memo';

export type TownMatch =
  { kind: 'plan'; town: Town; index: number } | { kind: 'unknown'; name: string; suggestion?: string; outside?: boolean; note?: string };

const INDEX = new WeakMap<Profile, Map<string, number>>();

/** Plan towns by name, built once per profile (a what-if profile may have thousands of towns). */
function townIndex(profile: Profile): Map<string, number> {
  let m = INDEX.get(profile);
  if (!m) {
    m = new Map(profile.towns.map((t, i) => [t.name, i]));
    INDEX.set(profile, m);
  }
  return m;
}

export function resolveTown(name: string, profile: Profile): TownMatch {
  const n = normaliseName(name);
  const index = townIndex(profile).get(n);
  if (index !== undefined) return { kind: 'plan', town: profile.towns[index], index };
  const withSuffix = n.endsWith('镇') ? n : `${n}镇`;
  // Why a town of the area is outside the plan is the profile's note (临江镇: 已划归河源江东新区…), never wording here.
  const outside = profile.outsideTowns.find((o) => o.name === n || o.name === withSuffix);
  if (outside) return { kind: 'unknown', name: n, outside: true, note: outside.note };
  const alias = aliasOf(profile, n) ?? aliasOf(profile, withSuffix);
  if (alias) return { kind: 'unknown', name: n, suggestion: alias };
  const short = profile.towns.find((t) => t.name === withSuffix || t.name.replace(/镇$/, '') === n.replace(/(镇|乡|街道)$/, ''));
  if (short) return { kind: 'unknown', name: n, suggestion: short.name };
  return { kind: 'unknown', name: n };
}

/** The unknown-town params shared by PAIR-TOWN-UNKNOWN and FUND-TOWN-UNKNOWN. */
export function unknownTownParams(m: Extract<TownMatch, { kind: 'unknown' }>): {
  town: string;
  suggestion?: string;
  outside?: boolean;
  note?: string;
} {
  return {
    town: m.name,
    ...(m.suggestion ? { suggestion: m.suggestion } : {}),
    ...(m.outside ? { outside: true } : {}),
    ...(m.note ? { note: m.note } : {}),
  };
}

/**
 * A fund row's town (issue 10, 6): the plan town, or the plan town a name written another way stands for
 * (「紫金县龙窝镇」, 「敬梓」, 「紫城镇（原附城镇）」) with `variant` set, so that it is read with a FUND-TOWN-VARIANT info
 * instead of an unknown town followed by a missing one.
 */
export const resolveFundTown = memoTextBy(resolveFundTownOnce);

function resolveFundTownOnce(name: string, profile: Profile): TownMatch | { kind: 'plan'; town: Town; index: number; variant: true } {
  const m = resolveTown(name, profile);
  if (m.kind === 'plan' || m.outside) return m;
  // An old name alone (附城镇) stays a suggestion: it is another town's name, not this one written another way.
  if (aliasOf(profile, m.name) || aliasOf(profile, `${m.name}镇`)) return m;
  const v = townVariant(name, profile);
  if (!v) return m;
  const index = profile.towns.findIndex((t) => t.name === v);
  return { kind: 'plan', town: profile.towns[index], index, variant: true };
}

/** The plan town an alias stands for; a name such as "toString" is no alias (never Object.prototype's). */
function aliasOf(profile: Profile, name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(profile.townAliases, name) ? profile.townAliases[name] : undefined;
}
