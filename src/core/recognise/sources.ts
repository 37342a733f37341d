/**
 * The pool by source (资金筹集情况表, issue 10, 11): sources as rows (省级 / 深圳市 / 河源市级 / 紫金县级 / 合计),
 * years as columns, no towns — the plan's 6 : 3 : 1 in its most literal form (四（十一）).
 */
import type { AmountKey } from '../findings';
import type { Unit } from '../money';
import type { Profile } from '../profile';
import { readAmount } from './amount';
import type { SourceRow, SourceTable } from './tables';
import { cellText, columnMeaning, normaliseLabel, readYear, totalLabel, unitInLabel, unitInLine } from './vocabulary';
import type { SheetView } from './view';

/** The table when the sheet is one: a header row with two or more years, and three or more source rows below. */
export function readSources(view: SheetView, profile: Profile): SourceTable | null {
  const sheet = view.sheet.name;
  let unit: Unit | undefined;
  for (const r of view.rowNumbers(1, 20)) {
    const cells = view.cellsOf(r);
    for (const c of cells) if (typeof c.value === 'string') unit ??= unitInLine(c.value) ?? undefined;
    const yearCols = new Map<number, number>();
    let totalCol: number | undefined;
    for (const c of cells) {
      const y = readYear(c.value);
      const near = y !== null && y >= profile.years.first - 10 && y <= profile.years.last + 10;
      if (near && !yearCols.has(y)) yearCols.set(y, c.col);
      else if (typeof c.value === 'string' && totalLabel(c.value, profile)) totalCol ??= c.col;
      if (typeof c.value === 'string') unit ??= unitInLabel(c.value);
    }
    if (yearCols.size < 2) continue;
    const firstYearCol = Math.min(...yearCols.values());
    const rows: SourceRow[] = [];
    const keys = new Set<AmountKey>();
    const u: Unit = unit ?? '万元';
    for (const rr of view.rowNumbers(r + 1)) {
      const label = view.cellsOf(rr).find((c) => c.col < firstYearCol && typeof c.value === 'string' && normaliseLabel(c.value));
      if (!label) continue;
      const text = cellText(label.value);
      const key = totalLabel(text, profile) ? 'total' : columnMeaning(text, profile);
      if (!key || key === 'ambiguous') continue;
      keys.add(key);
      const years = new Map<number, ReturnType<typeof cellAt>>();
      const cellAt = (col: number) => {
        const raw = view.raw(rr, col);
        return { ref: { sheet, row: rr, col }, raw, unit: u, read: readAmount(raw, u) };
      };
      for (const [y, col] of yearCols) years.set(y, cellAt(col));
      rows.push({
        key,
        row: rr,
        label: { value: text.trim(), ref: { sheet, row: rr, col: label.col }, raw: label.value },
        years,
        ...(totalCol ? { total: cellAt(totalCol) } : {}),
      });
    }
    const sources = [...keys].filter((k) => k !== 'total');
    if (sources.length < 3) continue;
    return { sheet, headerRow: r, unit: u, yearCols, ...(totalCol ? { totalCol } : {}), rows };
  }
  return null;
}
