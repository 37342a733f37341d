/**
 * Findings as CSV for Excel and WPS: UTF-8 with a BOM (so Chinese opens correctly), quotes doubled, and any
 * text cell starting with =, +, -, @, a tab or a carriage return neutralised with a leading apostrophe so that a
 * spreadsheet can never run it as a formula (CSV injection). A plain number (「-120.00」, 「1,200.50」) is not text:
 * it stays a number that Excel and WPS read as one (issue 12).
 */

import { ui, type FileResult, type Lang } from '../core';

/** A decimal number as the catalogs write amounts: optional sign, digits (with thousands commas), optional decimals. */
const PLAIN_NUMBER = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

export function csvCell(v: string | number): string {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s) && !PLAIN_NUMBER.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function findingsCsv(results: readonly FileResult[], lang: Lang): string {
  const t = ui(lang);
  // 忽略原因: an ignored finding (issue 11) keeps its row, with the user's reason in the last column.
  const header = [
    t.colFile,
    t.colSeverity,
    t.colCode,
    t.colSheet,
    t.colCell,
    t.colMessage,
    t.colExpected,
    t.colActual,
    t.colClause,
    t.colReason,
  ];
  const lines = [header.map(csvCell).join(',')];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(
        [r.file, t.severity[f.severity], f.code, f.sheet, f.cell, f.message, f.expected, f.actual, f.clause, f.ignored?.reason ?? '']
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
