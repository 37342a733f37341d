/**
 * Which findings the pane lists: a severity choice and a text search over code, town, sheet and cell.
 * Grouping keeps the report's order,
 * which is already severity, then sheet order, then row.
 */
import {
  explainRule,
  findingRuleName,
  formatFinding,
  type Finding,
  type Lang,
  type Profile,
  type RuleExplained,
  type Severity,
} from '../core';

export type SeverityFilter = Severity | 'all';

/** A finding with its sentence, formatted once per language. */
export interface ListedFinding {
  finding: Finding;
  message: string;
  /** The rule's short name, shown first (issue 11). */
  rule: string;
  /** The rule's plan sentence and fix, for the 「依据」 disclosure. */
  explained: RuleExplained;
  /** Findings of one cause share it (the engine's group id). */
  group?: string;
}

export interface SheetGroup {
  /** '' for workbook-wide findings. */
  sheet: string;
  items: ListedFinding[];
  /** Matching findings on this sheet, listed or not: the same count as the severity heading's (issue 11). */
  count: number;
}

export interface SeverityGroup {
  severity: Severity;
  /** Findings of this severity after filtering (some may not be listed: see `listed`). */
  count: number;
  sheets: SheetGroup[];
}

export function listFindings(findings: readonly Finding[], lang: Lang, profile?: Pick<Profile, 'county' | 'city'>): ListedFinding[] {
  return findings.map((finding) => ({
    finding,
    message: formatFinding(finding, lang, profile),
    rule: findingRuleName(finding, lang, profile),
    explained: explainRule(finding.code, lang),
    ...(finding.group ? { group: finding.group } : {}),
  }));
}

/** Lower-case, no spaces: '资金 筹集' finds 资金筹集 and 'fund-share' finds FUND-SHARE. */
function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, '');
}

export function matches(item: ListedFinding, severity: SeverityFilter, query: string): boolean {
  const f = item.finding;
  if (severity !== 'all' && f.severity !== severity) return false;
  const q = fold(query);
  if (!q) return true;
  const params = f.params as { town?: unknown };
  const town = typeof params.town === 'string' ? params.town : '';
  const hay = fold([f.code, f.sheet, f.cell, `${f.sheet}!${f.cell}`, town].join('\n'));
  return hay.includes(q);
}

/**
 * Groups the matching findings by severity, then by sheet (in order of first appearance). At most `limit`
 * findings are placed in groups (the rest are only counted: the 校验问题 sheet has the full list).
 */
export function groupFindings(
  items: readonly ListedFinding[],
  severity: SeverityFilter,
  query: string,
  limit: number,
): { groups: SeverityGroup[]; matched: number; listed: number } {
  const groups = new Map<Severity, SeverityGroup>();
  let matched = 0;
  let listed = 0;
  for (const item of items) {
    if (!matches(item, severity, query)) continue;
    matched++;
    const sev = item.finding.severity;
    let g = groups.get(sev);
    if (!g) {
      g = { severity: sev, count: 0, sheets: [] };
      groups.set(sev, g);
    }
    g.count++;
    let sg = g.sheets.find((s) => s.sheet === item.finding.sheet);
    if (!sg) {
      sg = { sheet: item.finding.sheet, items: [], count: 0 };
      g.sheets.push(sg);
    }
    sg.count++;
    if (listed >= limit) continue;
    listed++;
    sg.items.push(item);
  }
  const order: Severity[] = ['error', 'warning', 'info'];
  const found = order.flatMap((s) => (groups.has(s) ? [groups.get(s)!] : []));
  for (const g of found) g.sheets = g.sheets.filter((s) => s.items.length > 0);
  return { groups: found, matched, listed };
}
