/** Telling data rows from total rows and notes below a table. */
import type { Profile } from '../profile';
import { cellText, normaliseName } from './text';
import type { SheetView } from './view';

export type RowKind =
  { kind: 'empty' } | { kind: 'note' } | { kind: 'total'; level: 'total' | 'subtotal'; label: string; col: number } | { kind: 'data' };

const NOTE = /^(注|备注|说明|填表|制表|审核|负责人|联系人|填报)/;

/**
 * RULES.md: rows whose town cell, or first non-empty cell (often 序号, or a merged cell across the first
 * columns), is 合计, 总计 or 小计 are total rows; never counted as towns.
 */
export function classifyRow(view: SheetView, row: number, townCol: number, profile: Profile, width: number): RowKind {
  const total = (t: string) => {
    const n = normaliseName(t).replace(/[:：]$/, '');
    if (profile.aliases.subtotalRows.includes(n)) return 'subtotal' as const;
    if (profile.aliases.totalRows.includes(n)) return 'total' as const;
    return null;
  };
  const townText = cellText(view.shown(row, townCol));
  const t1 = total(townText);
  if (t1) return { kind: 'total', level: t1, label: normaliseName(townText), col: townCol };
  const hasTown = normaliseName(townText) !== '';
  // The label of a total row sits in the first text cell (序号, or a merged cell across the first columns),
  // which need not be the first column: the columns may come in any order.
  let first = '';
  for (let c = 1; c <= width; c++) {
    const v = view.raw(row, c);
    if (typeof v !== 'string' || !v.trim()) continue;
    if (!first) first = v.trim();
    if (hasTown && c > townCol) break;
    const t2 = total(v);
    if (t2) return { kind: 'total', level: t2, label: normaliseName(v), col: c };
    if (!hasTown) break;
  }
  if (!hasTown) return first || rowHasValue(view, row, width) ? { kind: 'note' } : { kind: 'empty' };
  if (NOTE.test(normaliseName(townText))) return { kind: 'note' };
  return { kind: 'data' };
}

function rowHasValue(view: SheetView, row: number, width: number): boolean {
  for (let c = 1; c <= width; c++) {
    const v = view.raw(row, c);
    if (v !== null && v !== '') return true;
  }
  return false;
}
