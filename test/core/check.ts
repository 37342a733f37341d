/** Runs the engine on sheets and returns findings as [code, sheet, cell] tuples (wording is not asserted). */
import { checkWorkbook, type CheckReport, type Profile, type SheetSnapshot } from '../../src/core';

export function run(sheets: SheetSnapshot[], profile?: Profile): CheckReport {
  return checkWorkbook({ sheets }, profile ? { profile } : {});
}

export function tuples(report: CheckReport, code?: string): [string, string, string][] {
  return report.findings.filter((f) => !code || f.code === code).map((f) => [f.code, f.sheet, f.cell]);
}

export function codes(report: CheckReport): string[] {
  return [...new Set(report.findings.map((f) => f.code))].sort();
}
