/**
 * 忽略记录: the product's hidden sheet of the findings a user set aside (issue 11, ignores.ts). Written whenever an
 * ignore is in force, or the workbook already had the sheet (so that restoring the last ignore clears it).
 */
import type { CheckReport } from '../report';
import { IGNORES_SHEET, ignoresInForce, ignoresSheetRows } from '../ignores';
import type { OutputSheet } from './grid';

export function renderIgnores(report: Pick<CheckReport, 'findings'>): OutputSheet {
  const rows = ignoresSheetRows(ignoresInForce(report.findings));
  return {
    name: IGNORES_SHEET,
    key: 'ignores',
    rows: rows.map((r, i) => r.map((v) => ({ v, style: i === 0 ? ('header' as const) : ('text' as const) }))),
    widths: [20, 14, 10, 14, 40],
    freezeRows: 1,
    hidden: true,
  };
}

/** Whether a check's outputs include 忽略记录. */
export function writesIgnores(report: Pick<CheckReport, 'findings' | 'ignoreSheet'>): boolean {
  return report.ignoreSheet === true || report.findings.some((f) => f.ignored);
}
