/**
 * Reading the open workbook into a snapshot in a constant number of syncs: one to learn the sheets and the
 * workbook's names, one for every sheet's used range (values, value types) and merged areas together.
 */
import {
  ownedKeyOfName,
  parseA1,
  type CellValue,
  type MergeArea,
  type OwnedSheetKey,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../core';

export interface ReadState {
  snapshot: WorkbookSnapshot;
  /** The product's sheets found through their hidden names: key → sheet name. */
  owned: Map<OwnedSheetKey, string>;
}

/** `'测算结果'!$A$1` or `=测算结果!$A$1` → 测算结果. */
export function sheetOfReference(ref: string): string | undefined {
  const m = /^=?(?:'((?:[^']|'')+)'|([^!]+))!/.exec(ref.trim());
  return m ? (m[1] ?? m[2]).replace(/''/g, "'") : undefined;
}

function mergeAreas(address: string): MergeArea[] {
  const out: MergeArea[] = [];
  for (const part of address.split(',')) {
    const local = part.slice(part.lastIndexOf('!') + 1);
    const [a, b] = local.split(':');
    const p = parseA1(a.replace(/\$/g, ''));
    const q = parseA1((b ?? a).replace(/\$/g, ''));
    if (p && q) out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}

export async function readWorkbook(context: Excel.RequestContext): Promise<ReadState> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const names = context.workbook.names;
  names.load('items/name,items/formula');
  await context.sync(); // 1

  const owned = new Map<OwnedSheetKey, string>();
  for (const n of names.items) {
    const key = ownedKeyOfName(n.name);
    const sheet = key ? sheetOfReference(n.formula) : undefined;
    if (key && sheet) owned.set(key, sheet);
  }
  const ownedNames = new Set(owned.values());
  const reads = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('values,valueTypes,address');
    const merges = used.getMergedAreasOrNullObject();
    merges.load('address');
    return { ws, used, merges };
  });
  await context.sync(); // 2

  const out: SheetSnapshot[] = reads.map(({ ws, used, merges }) => {
    const rows: CellValue[][] = [];
    if (!used.isNullObject) {
      // The used range may start below A1: place it where it is.
      const start = parseA1(
        used.address
          .slice(used.address.lastIndexOf('!') + 1)
          .split(':')[0]
          .replace(/\$/g, ''),
      ) ?? { row: 1, col: 1 };
      for (let r = 0; r < start.row - 1; r++) rows.push([]);
      used.values.forEach((row, i) => {
        const types = used.valueTypes[i];
        const cells: CellValue[] = Array(start.col - 1).fill(null);
        row.forEach((v, j) => cells.push(types[j] === 'Empty' ? null : types[j] === 'Error' ? { error: String(v) } : (v as CellValue)));
        rows.push(cells);
      });
    }
    const state = ws.visibility === 'Hidden' ? 'hidden' : ws.visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
    return {
      name: ws.name,
      rows,
      merges: merges.isNullObject ? [] : mergeAreas(merges.address),
      state,
      ...(ownedNames.has(ws.name) ? { owned: true } : {}),
    };
  });
  return { snapshot: { sheets: out }, owned };
}
