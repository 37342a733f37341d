/**
 * 忽略 / 恢复 in the pane and on the page (issue 11): which ignores are in force after the user sets an entry aside
 * or restores it. An entry of a group stands for every finding of that cause on its sheet (a list may show fewer
 * cells than the group has); findings that may not be ignored (core/ignores.ts canIgnore) are never set aside.
 * Works on the engine's findings (pane) and on the JSON result's (page) alike.
 */
import { canIgnore, ignoreKey, ignoreOf, mergeIgnores, type Ignore } from '../core';

/** What an ignore needs of a finding, in the engine's or the JSON result's shape. */
export interface Ignorable {
  code: string;
  sheet: string;
  cell: string;
  actual?: string;
  group?: string;
  ignored?: { reason: string };
}

/** The ignores a list of findings has in force (those marked ignored). */
export function ignoresOf(findings: readonly Ignorable[]): Ignore[] {
  return findings.filter((f) => f.ignored).map((f) => ignoreOf(f, f.ignored!.reason));
}

/** The findings an entry stands for: its own, and the rest of its group on the same sheet. */
export function entryFindings<F extends Ignorable>(findings: readonly F[], items: readonly { finding: Ignorable }[]): F[] {
  const own = new Set(items.map((i) => ignoreKey(i.finding)));
  const groups = new Set(items.flatMap((i) => (i.finding.group ? [`${i.finding.group}\n${i.finding.sheet}`] : [])));
  return findings.filter((f) => own.has(ignoreKey(f)) || (f.group !== undefined && groups.has(`${f.group}\n${f.sheet}`)));
}

/** The ignores in force once the entry's open findings are set aside with `reason`, and how many were. */
export function withIgnored(
  findings: readonly Ignorable[],
  items: readonly { finding: Ignorable }[],
  reason: string,
): { ignores: Ignore[]; count: number } {
  const added = entryFindings(findings, items)
    .filter((f) => !f.ignored && canIgnore(f))
    .map((f) => ignoreOf(f, reason));
  return { ignores: mergeIgnores(ignoresOf(findings), added), count: added.length };
}

/** The ignores in force once the entry's ignored findings count again, and how many do. */
export function withRestored(
  findings: readonly Ignorable[],
  items: readonly { finding: Ignorable }[],
): { ignores: Ignore[]; count: number } {
  const restored = new Set(items.filter((i) => i.finding.ignored).map((i) => ignoreKey(i.finding)));
  const ignores = ignoresOf(findings).filter((i) => !restored.has(ignoreKey(i)));
  return { ignores, count: restored.size };
}
