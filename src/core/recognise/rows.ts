/** Telling data rows from total rows and notes below a table. */
import type { Profile } from '../profile';
import { cellText, normaliseName } from './text';
import type { SheetView } from './view';

export type RowKind = { kind: 'empty' } | { kind: 'note' } | { kind: 'total'; level: 'total' | 'subtotal'; label: string; col: number } | { kind: 'data' };

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
  let first = '';
  let firstCol = 0;
  for (let c = 1; c <= width; c++) {
    const t = cellText(view.raw(row, c)).trim();
    if (t) {
      first = t;
      firstCol = c;
      break;
    }
  }
  if (!first) return { kind: 'empty' };
  const t2 = firstCol <= townCol ? total(first) : null;
  if (t2) return { kind: 'total', level: t2, label: normaliseName(first), col: firstCol };
  if (!normaliseName(townText)) return NOTE.test(first) || firstCol < townCol || firstCol > townCol ? { kind: 'note' } : { kind: 'empty' };
  if (NOTE.test(normaliseName(townText))) return { kind: 'note' };
  return { kind: 'data' };
}
