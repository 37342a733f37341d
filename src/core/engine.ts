/**
 * The engine's entry: snapshot → recognise → check → report (DESIGN.md "One engine, three fronts").
 * Pure and synchronous; every front calls `checkWorkbook` and renders its `CheckReport`.
 */
import { makeFinding, summarise, type Finding, type FindingParams, type UnreadableReason } from './findings';
import { toA1 } from './a1';
import { formatFen } from './money';
import { findingRuleName, wordFinding, type Lang } from './messages';
import { DEFAULT_PROFILE, type Profile } from './profile';
import type { CheckReport, FileResult, JsonFinding } from './report';
import type { Recognition, SheetRecognition } from './recognition';
import type { WorkbookSnapshot } from './types';
import { SEVERITY_ORDER } from './types';
import { recogniseWorkbook } from './recognise';
import { CHECKS, allocationResult, fundResults, makeContext, scopeOf } from './checks';
import { computeShares } from './shares';
import { assignGroups } from './groups';
import { parseDate, todayYmd, type Ymd } from './dates';
import { profileFromWorkbook } from './profile/sheet';
import { pushAll } from './push-all';
import { applyIgnores, findIgnoresSheet, ignoresFromSheet, mergeIgnores, type Ignore } from './ignores';

export interface CheckOptions {
  /** The profile to check against; the built-in Zijin 2021–2025 profile by default. A 规则参数 sheet overrides it. */
  profile?: Profile;
  /** Where `profile` came from, for the result's `profile` field. */
  profileSource?: 'default' | 'file';
  /** The check date of the time-based rules (rotation, meetings) when the profile sets none; today by default. */
  today?: Ymd;
  /** Findings set aside (`--ignore`), on top of those the workbook's own 忽略记录 sheet carries (ignores.ts). */
  ignores?: readonly Ignore[];
  /** `ignores` is the whole list (the page after 忽略 / 恢复): the workbook's own 忽略记录 is not added to it. */
  ignoresOnly?: boolean;
}

/** Checks one workbook. Never throws on any snapshot: bad input becomes findings. */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckReport {
  const base = options.profile ?? DEFAULT_PROFILE;
  const sheetOrder = snapshot.sheets.map((s) => s.name);
  // A 规则参数 sheet in the workbook overrides the profile value by value (DESIGN.md "The profile").
  const params = profileFromWorkbook(snapshot, base);
  const profile = params.profile;
  const checked = params.sheet ? { sheets: snapshot.sheets.filter((s) => s.name !== params.sheet) } : snapshot;
  const rec = recogniseWorkbook(checked, profile);
  const ignoreSheet = findIgnoresSheet(snapshot);
  const checkDate = (profile.checkDate ? parseDate(profile.checkDate) : null) ?? options.today ?? todayYmd();
  const scope = scopeOf(rec, profile);
  const ctx = makeContext({ rec, profile, checkDate, scope, sheets: checked.sheets });
  const findings: Finding[] = [...params.findings];
  // The registry (checks/all.ts): every rule group has one shape, and the engine knows none of them by name.
  for (const check of CHECKS) pushAll(findings, check.run(ctx));
  const allocation = allocationResult(ctx);
  const sheets = params.sheet ? [{ sheet: params.sheet, as: 'params' as const }, ...rec.summary] : rec.summary;
  const recognition: Recognition = { scope, sheets: orderBySheet(sheets, sheetOrder) };
  return {
    profile,
    findings: applyIgnores(
      assignGroups(sortFindings(dedupe(findings), sheetOrder)),
      mergeIgnores(ignoreSheet && !options.ignoresOnly ? ignoresFromSheet(ignoreSheet) : [], options.ignores ?? []),
    ),
    shares: computeShares(fundResults(ctx), profile),
    ...(allocation.allocation ? { allocation: allocation.allocation } : {}),
    sheetOrder,
    profileSource: params.sheet ? 'sheet' : (options.profileSource ?? 'default'),
    recognition,
    ...(ignoreSheet ? { ignoreSheet: true } : {}),
  };
}

function orderBySheet(sheets: readonly SheetRecognition[], order: readonly string[]): SheetRecognition[] {
  const at = new Map(order.map((n, i) => [n, i]));
  return sheets
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (at.get(a.s.sheet) ?? 0) - (at.get(b.s.sheet) ?? 0) || a.i - b.i)
    .map((x) => x.s);
}

/** The same code on the same cell said twice (a merged cell read from several rows) is said once. */
export function dedupe(findings: readonly Finding[]): Finding[] {
  // Looked up code → sheet → cell, in maps of the finding's own strings: no key string is made per finding (200,000
  // findings). A cell's first finding is held alone; a list is made only when a second one comes (rare).
  const seen = new Map<string, Map<string, Map<string, Finding | Finding[]>>>();
  const same = (a: Finding, b: Finding) =>
    a.expected === b.expected && a.actual === b.actual && JSON.stringify(a.params) === JSON.stringify(b.params);
  const out: Finding[] = [];
  for (const f of findings) {
    if (!f.cell) {
      out.push(f);
      continue;
    }
    let bySheet = seen.get(f.code);
    if (!bySheet) seen.set(f.code, (bySheet = new Map()));
    let cells = bySheet.get(f.sheet);
    if (!cells) bySheet.set(f.sheet, (cells = new Map()));
    const prior = cells.get(f.cell);
    if (!prior) {
      cells.set(f.cell, f);
      out.push(f);
      continue;
    }
    const list = Array.isArray(prior) ? prior : [prior];
    if (list.some((p) => same(p, f))) continue;
    list.push(f);
    if (list !== prior) cells.set(f.cell, list);
    out.push(f);
  }
  return out;
}

/** The report for a file that could not be read at all (WB-UNREADABLE). */
export function unreadableReport(
  reason: UnreadableReason,
  detail?: string,
  profile: Profile = DEFAULT_PROFILE,
  limit?: Pick<FindingParams['WB-UNREADABLE'], 'limit' | 'size' | 'max'>,
): CheckReport {
  return {
    profile,
    findings: [makeFinding('WB-UNREADABLE', null, { reason, ...(detail ? { detail } : {}), ...limit })],
    shares: [],
    sheetOrder: [],
    profileSource: 'default',
  };
}

/** Severity, then sheet order, then row, then column (RULES.md: 校验问题 "sorted by severity then sheet order"). */
export function sortFindings(findings: readonly Finding[], sheetOrder: readonly string[]): Finding[] {
  const sheetIndex = new Map(sheetOrder.map((n, i) => [n, i]));
  // Each finding's sort keys are worked out once, into flat arrays; the sort moves indices (200,000 findings).
  const n = findings.length;
  const sev = new Float64Array(n);
  const sh = new Float64Array(n);
  const row = new Float64Array(n);
  const col = new Float64Array(n);
  const order: number[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const f = findings[i];
    sev[i] = SEVERITY_ORDER.indexOf(f.severity);
    sh[i] = f.sheet === '' ? -1 : (sheetIndex.get(f.sheet) ?? sheetOrder.length);
    row[i] = f.row;
    col[i] = f.col;
    order[i] = i;
  }
  order.sort((a, b) => sev[a] - sev[b] || sh[a] - sh[b] || row[a] - row[b] || col[a] - col[b] || a - b);
  const out: Finding[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = findings[order[i]];
  return out;
}

/**
 * One finding of the JSON result. Keys in this order: code, severity, sheet, cell, clause, message, expected,
 * actual, group?, rule, ignored?, unreadable? (the --json text depends on it). The optional keys are assigned,
 * not spread from a fresh object each (200,000 findings).
 */
function jsonFinding(f: Finding, lang: Lang, profile: Profile, keep: boolean): JsonFinding {
  const j: JsonFinding = {
    code: f.code,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    clause: f.clause,
    message: wordFinding(f, lang, profile, keep),
    expected: f.expected ?? '',
    actual: f.actual ?? '',
  };
  if (f.group) j.group = f.group;
  j.rule = findingRuleName(f, lang, profile);
  if (f.ignored) j.ignored = { reason: f.ignored.reason };
  // Why a file could not be read, for scripts reading --json (the sentence is in `message`).
  if (f.code === 'WB-UNREADABLE') {
    const unreadable: NonNullable<JsonFinding['unreadable']> = { reason: f.params.reason };
    if (f.params.limit) unreadable.limit = f.params.limit;
    j.unreadable = unreadable;
  }
  return j;
}

/**
 * The JSON object of RULES.md "One result, three fronts" for one file. `keepWording: false` when no result sheet
 * will be rendered from this report (messages/index.ts wordFinding).
 */
export function toFileResult(report: CheckReport, file: string, lang: Lang = 'zh-CN', keepWording = true): FileResult {
  return {
    file,
    profile: report.profile.id,
    summary: summarise(report.findings),
    findings: report.findings.map((f) => jsonFinding(f, lang, report.profile, keepWording)),
    shares: report.shares.map((s) => ({
      town: s.town,
      year: s.year,
      unit: s.unit,
      total: formatFen(s.computed.total, s.unit),
      province: formatFen(s.computed.province, s.unit),
      shenzhen: formatFen(s.computed.shenzhen, s.unit),
      heyuan: formatFen(s.computed.heyuan, s.unit),
      heyuanCity: formatFen(s.computed.heyuanCity, s.unit),
      county: formatFen(s.computed.county, s.unit),
      sheet: s.sheet,
      cell: s.cell ?? toA1(s.row, 1),
    })),
    ...(report.recognition ? { recognition: report.recognition } : {}),
  };
}
