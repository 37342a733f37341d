/** Reading the pairing table (结对安排表, 附件) into typed rows. */
import type { Profile } from '../profile';
import type { CellRef, Located } from '../types';
import type { HeaderMatch } from './header';
import { classifyRow } from './rows';
import type { PairingKey, PairingRow, PairingTable } from './tables';
import { cellText, normaliseLabel, normaliseName } from './vocabulary';
import { toA1 } from '../a1';
import type { SkippedRows } from '../recognition';
import type { SheetView } from './view';

export function readPairing(view: SheetView, header: HeaderMatch<PairingKey>, profile: Profile): PairingTable {
  const columns: PairingTable['columns'] = {};
  for (const c of header.columns) if (!columns[c.key]) columns[c.key] = c;
  const townCol = columns.town!.col;
  const sheet = view.sheet.name;
  const rows: PairingRow[] = [];
  const located = (row: number, key: PairingKey): Located<string> | undefined => {
    const col = columns[key]?.col;
    if (!col) return undefined;
    const m = view.mergeAt(row, col);
    const ref: CellRef = m ? { sheet, row: m.top, col: m.left } : { sheet, row, col };
    const raw = view.shown(row, col);
    return { value: key === 'town' ? normaliseName(cellText(raw)) : cellText(raw).trim(), ref, raw };
  };
  const skipped: SkippedRows[] = [];
  const headerLabels = new Set([normaliseLabel(columns.town!.label), ...profile.aliases.town.map(normaliseLabel)]);
  for (const r of view.rowNumbers(header.bottom + 1)) {
    const kind = classifyRow(view, r, townCol, profile, Infinity);
    if (kind.kind !== 'data') {
      if (kind.kind !== 'empty') skipped.push({ rows: toA1(r, 1), why: kind.kind === 'total' ? 'total' : 'note' });
      continue;
    }
    const town = located(r, 'town')!;
    // The header repeated halfway down, as on the annex's second page.
    if (headerLabels.has(normaliseLabel(town.value))) {
      skipped.push({ rows: toA1(r, 1), why: 'header-repeated' });
      continue;
    }
    const type = located(r, 'type');
    const lead = located(r, 'lead');
    const members = located(r, 'members');
    rows.push({ row: r, town, ...(type ? { type } : {}), ...(lead ? { lead } : {}), ...(members ? { members } : {}) });
  }
  return { sheet, headerTop: header.top, headerBottom: header.bottom, columns, rows, skipped };
}
