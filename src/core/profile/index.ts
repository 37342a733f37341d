/** The profile: the plan's parameters, schema-checked. Zijin 2021–2025 is the default. */
import { profileSchema, type Profile } from './schema';
import { ZIJIN_PROFILE } from './zijin';
import { mergeDeep } from './merge';

export * from './schema';
export { ZIJIN_PROFILE } from './zijin';
export * from './sheet';

export const DEFAULT_PROFILE: Profile = ZIJIN_PROFILE;

export interface ProfileIssue {
  /** Dotted path of the bad value, e.g. `years.first` or `towns.3.name`. */
  path: string;
  message: string;
}

/** Parses a profile override: the override is merged over the default, then the whole is schema-checked. */
export function parseProfile(
  input: unknown,
  base: Profile = DEFAULT_PROFILE,
): { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'not an object' }] };
  }
  const merged = mergeDeep(base, input as Record<string, unknown>);
  const r = profileSchema().safeParse(merged);
  if (r.success) return { ok: true, profile: r.data };
  return {
    ok: false,
    issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}

/** The plan town a name stands for, by exact name (after normalising spaces). */
export function findTown(profile: Profile, name: string): Profile['towns'][number] | undefined {
  return profile.towns.find((t) => t.name === name);
}
