/**
 * Whose submission a workbook is (RULES.md "Additions", issue 10, 10): when every fund row names the same one
 * plan town, it is that town office's own submission; a table with two or more towns is a county table.
 */
import type { Profile } from '../profile';
import type { Scope } from '../recognition';
import type { Recognised } from '../recognise/tables';
import { resolveFundTown } from './towns';

export function scopeOf(rec: Recognised, profile: Profile): Scope {
  const towns = new Set<string>();
  for (const t of rec.funds) {
    for (const e of t.entries) {
      if (e.kind !== 'row' || !e.townValue) continue;
      const m = resolveFundTown(e.townValue, profile);
      towns.add(m.kind === 'plan' ? m.town.name : e.townValue);
      if (towns.size > 1) return { kind: 'county' };
    }
  }
  if (towns.size === 1 && rec.pairing.length === 0) {
    const [town] = towns;
    if (profile.towns.some((t) => t.name === town)) return { kind: 'town', town };
  }
  return { kind: 'county' };
}
