/** Builds the simulator's model from a real .xlsx (Node: ExcelJS through the product's own reader). */
import ExcelJS from 'exceljs';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { toA1 } from '../../src/core';
import { emptySheet, type SimModel } from './model';

export async function loadXlsx(bytes: Uint8Array, options: { displayLanguage?: string } = {}): Promise<SimModel> {
  const read = await readSnapshot(bytes);
  if (!read.ok) throw new Error(`unreadable workbook: ${read.reason} ${read.detail ?? ''}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model.map((n) => ({
    name: n.name,
    formula: `=${n.ranges[0]}`,
    visible: !n.name.startsWith('_'),
  }));
  return {
    displayLanguage: options.displayLanguage ?? 'zh-CN',
    names,
    sheets: read.snapshot.sheets.map((s) => ({
      ...emptySheet(s.name),
      visibility: s.state === 'hidden' ? 'Hidden' : s.state === 'veryHidden' ? 'VeryHidden' : 'Visible',
      cells: s.rows.map((r) => [...r]),
      merges: (s.merges ?? []).map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
    })),
  };
}
