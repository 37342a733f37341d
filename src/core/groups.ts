/**
 * One entry per cause (issue 11): findings of the same code and the same cause — the same column wrong by the same
 * rule, a year's deviations, the same missing rows — share a `group` id. The JSON keeps every finding; the fronts
 * show a group as one entry 「同一问题，共 N 处」 that opens to its cells.
 */
import type { Finding } from './findings';

/** What makes two findings one cause. */
export function causeOf(f: Finding): string {
  const base = `${f.code}|${f.severity}|${f.sheet}`;
  const p = f.params as { candidates?: unknown; year?: unknown };
  if (p.candidates) return `${base}|row`;
  switch (f.code) {
    case 'ALLOC-DEVIATION':
      return `${f.code}|${p.year ?? ''}`;
    case 'VILLAGE-INCOME':
      // Before 2025 (info): one note per town and year, all of one cause — villages not yet above the target.
      return f.severity === 'info' ? base : `${base}|${p.year ?? ''}`;
    case 'FUND-ROW-MISSING':
      return `${base}|${p.year ?? ''}`;
    default:
      return f.col > 0 ? `${base}|c${f.col}` : base;
  }
}

/**
 * Gives each finding its group id ('g1', 'g2' … in order of first appearance); keeps the order. The findings
 * are given their id in place (the engine's own, fresh from one check): copying 100,000 of them cost ~50 MB.
 */
export function assignGroups(findings: Finding[]): Finding[] {
  const ids = new Map<string, string>();
  const causes: CauseCache = new Map();
  for (const f of findings) {
    const k = cachedCause(f, causes);
    let id = ids.get(k);
    if (!id) {
      id = `g${ids.size + 1}`;
      ids.set(k, id);
    }
    (f as { group?: string }).group = id;
  }
  return findings;
}

/** causeOf's keys by code → severity → sheet → slot (-1: a row's candidates; else the column, 0 for none). */
type CauseCache = Map<string, Map<string, Map<string, Map<number, string>>>>;

/**
 * causeOf, with the key of the causes that depend only on code, severity, sheet and column made once per such
 * cause and looked up in maps of the finding's own strings, not built as a new string per finding (200,000 findings).
 */
function cachedCause(f: Finding, cache: CauseCache): string {
  const p = f.params as { candidates?: unknown };
  if (!p.candidates && (f.code === 'ALLOC-DEVIATION' || f.code === 'VILLAGE-INCOME' || f.code === 'FUND-ROW-MISSING')) return causeOf(f);
  const slot = p.candidates ? -1 : f.col > 0 ? f.col : 0;
  let bySeverity = cache.get(f.code);
  if (!bySeverity) cache.set(f.code, (bySeverity = new Map()));
  let bySheet = bySeverity.get(f.severity);
  if (!bySheet) bySeverity.set(f.severity, (bySheet = new Map()));
  let bySlot = bySheet.get(f.sheet);
  if (!bySlot) bySheet.set(f.sheet, (bySlot = new Map()));
  let k = bySlot.get(slot);
  if (k === undefined) bySlot.set(slot, (k = causeOf(f)));
  return k;
}

/** Items of one group, in their order. */
export interface Grouped<T> {
  group: string;
  items: T[];
}

/**
 * Collects items into their groups, in order of each group's first item. Items without a group stand alone.
 * Works on engine findings and on JSON findings alike.
 */
export function collectGroups<T extends { group?: string }>(items: readonly T[]): Grouped<T>[] {
  const out: Grouped<T>[] = [];
  const at = new Map<string, Grouped<T>>();
  items.forEach((item, i) => {
    const key = item.group ?? `#${i}`;
    let g = at.get(key);
    if (!g) {
      g = { group: key, items: [] };
      at.set(key, g);
      out.push(g);
    }
    g.items.push(item);
  });
  return out;
}
