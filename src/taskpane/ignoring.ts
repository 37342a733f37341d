/**
 * 忽略 / 恢复 in the pane (issue 11): which ignores are in force after the user sets an entry aside or restores it.
 * An entry of a group stands for every finding of that cause on its sheet (the pane may list fewer cells than the
 * group has); findings that may not be ignored (core/ignores.ts canIgnore) are never set aside.
 */
import { canIgnore, ignoreKey, ignoreOf, ignoresInForce, mergeIgnores, type Finding, type Ignore } from '../core';

/** The findings an entry stands for: its own, and the rest of its group on the same sheet. */
export function entryFindings(findings: readonly Finding[], items: readonly { finding: Finding }[]): Finding[] {
  const own = new Set(items.map((i) => i.finding));
  const groups = new Set(items.flatMap((i) => (i.finding.group ? [`${i.finding.group}\n${i.finding.sheet}`] : [])));
  return findings.filter((f) => own.has(f) || (f.group !== undefined && groups.has(`${f.group}\n${f.sheet}`)));
}

/** The ignores in force once the entry's open findings are set aside with `reason`, and how many were. */
export function withIgnored(
  findings: readonly Finding[],
  items: readonly { finding: Finding }[],
  reason: string,
): { ignores: Ignore[]; count: number } {
  const added = entryFindings(findings, items)
    .filter((f) => !f.ignored && canIgnore(f))
    .map((f) => ignoreOf(f, reason));
  return { ignores: mergeIgnores(ignoresInForce(findings), added), count: added.length };
}

/** The ignores in force once the entry's ignored findings count again, and how many do. */
export function withRestored(findings: readonly Finding[], items: readonly { finding: Finding }[]): { ignores: Ignore[]; count: number } {
  const restored = new Set(items.filter((i) => i.finding.ignored).map((i) => ignoreKey(i.finding)));
  const ignores = ignoresInForce(findings).filter((i) => !restored.has(ignoreKey(i)));
  return { ignores, count: restored.size };
}
