/**
 * The sheets of issue 6, recognised by content like the others: 工作队名册 (二（一）, 四（十二）), 村集体经济 (三（八）),
 * 会议记录 (四（九）) and the allocation factors (因素表, 四（十一）). Rows keep every cell's sheet and address.
 */
import type { Profile } from '../profile';
import type { CellValue, Located } from '../types';
import { findHeader, type ColumnDictionary, type HeaderColumn } from './header';
import { classifyRow } from './rows';
import { cellText, normaliseName } from './vocabulary';
import type { SheetView } from './view';

export type RecordKind = 'team' | 'village' | 'meeting' | 'factor';

export interface RecordRow {
  row: number;
  cells: Record<string, Located<CellValue> | undefined>;
}

export interface RecordTable {
  kind: RecordKind;
  sheet: string;
  columns: Record<string, HeaderColumn<string> | undefined>;
  rows: RecordRow[];
  /** The factor sheet's 权重 row, when it has one. */
  weightRow?: RecordRow;
}

function dictionaries(p: Profile): Record<RecordKind, { dict: ColumnDictionary<string>; required: string[][] }> {
  const a = p.sheetAliases;
  return {
    team: {
      dict: {
        town: p.aliases.town,
        name: a.name,
        role: a.role,
        party: a.party,
        rank: a.rank,
        staff: a.staff,
        since: a.since,
        category: a.category,
        unit: a.unit,
        post: a.post,
        village: a.village,
      },
      required: [['town'], ['name'], ['role', 'party']],
    },
    village: {
      dict: { town: p.aliases.town, village: a.village, villageType: a.villageType, year: p.aliases.year, income: a.income },
      required: [['village'], ['income', 'villageType']],
    },
    meeting: {
      dict: { unit: a.unit, date: a.date, meetingType: a.meetingType, topic: a.topic },
      required: [['unit'], ['date'], ['meetingType']],
    },
    factor: { dict: { town: p.aliases.town, ...a.factors }, required: [['town']] },
  };
}

export function recogniseRecords(view: SheetView, profile: Profile): RecordTable | null {
  const dicts = dictionaries(profile);
  let best: { kind: RecordKind; score: number; header: NonNullable<ReturnType<typeof findHeader<string>>> } | null = null;
  for (const kind of ['team', 'village', 'meeting', 'factor'] as RecordKind[]) {
    const { dict, required } = dicts[kind];
    const header = findHeader(view, dict, { minScore: 2 });
    if (!header) continue;
    if (!required.every((any) => any.some((k) => header.keys.has(k)))) continue;
    if (kind === 'factor' && Object.keys(profile.sheetAliases.factors).filter((k) => header.keys.has(k)).length < 2) continue;
    if (!best || header.keys.size > best.score) best = { kind, score: header.keys.size, header };
  }
  if (!best) return null;
  const columns: Record<string, HeaderColumn<string> | undefined> = {};
  for (const c of best.header.columns) columns[c.key] ??= c;
  const sheet = view.sheet.name;
  const anchor = columns.town?.col ?? columns.unit?.col ?? columns.village?.col ?? 1;
  const rows: RecordRow[] = [];
  let weightRow: RecordRow | undefined;
  for (const r of view.rowNumbers(best.header.bottom + 1)) {
    const kind = classifyRow(view, r, anchor, profile, Infinity);
    const first = normaliseName(cellText(view.shown(r, anchor)));
    const isWeight = best.kind === 'factor' && profile.sheetAliases.weightRow.includes(first);
    if (!isWeight && kind.kind !== 'data') continue;
    const cells: RecordRow['cells'] = {};
    for (const [key, col] of Object.entries(columns)) {
      if (!col) continue;
      const m = view.mergeAt(r, col.col);
      const raw = view.shown(r, col.col);
      cells[key] = { value: raw, raw, ref: m ? { sheet, row: m.top, col: m.left } : { sheet, row: r, col: col.col } };
    }
    if (isWeight) weightRow = { row: r, cells };
    else rows.push({ row: r, cells });
  }
  return { kind: best.kind, sheet, columns, rows, ...(weightRow ? { weightRow } : {}) };
}

export const textOf = (c: Located<CellValue> | undefined): string => normaliseName(cellText(c?.raw ?? null));
