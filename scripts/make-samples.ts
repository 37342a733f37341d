/**
 * Makes the bundled sample workbooks (npm run samples): a clean Zijin workbook laid out as a county office
 * would, and one with the mistakes a clerk meets, with the list of those mistakes beside it; the county's table
 * laid out wide (years as column groups) and a town's own submission (龙窝镇, one sheet, amounts in 元).
 * Usage: npx tsx scripts/make-samples.ts [outDir]   (default assets/samples)
 */
import { promises as fs } from 'fs';
import path from 'path';
import { DEFAULT_PROFILE, checkWorkbook, type CellValue, type SheetSnapshot } from '../src/core';
import { fundRow, fundSheet, pairingSheet, recomputeTotals } from '../test/core/grids';
import { xlsxFromGrids } from '../test/corpus/from-grid';
import { townSubmissionSheet, wideSheet } from './sample-layouts';

const P = DEFAULT_PROFILE;
const Y = P.years.first;

/** One sheet for one year, without a year column: the year is in the title (资金分配表). */
function allocationSheet(year: number): SheetSnapshot {
  const base = fundSheet({ years: [year] });
  const rows = base.rows.map((r) => [...r.slice(0, 2), ...r.slice(3)]);
  rows[0] = [`紫金县${year}年驻镇帮镇扶村资金分配表`];
  return {
    name: `资金分配${year}`,
    rows,
    merges: (base.merges ?? [])
      .filter((m) => m.left !== 3)
      .map((m) =>
        m.left > 3 ? { ...m, left: m.left - 1, right: m.right - 1 } : m.right >= 3 && m.top === 1 ? { ...m, right: m.right - 1 } : m,
      ),
  };
}

export function cleanSheets(): SheetSnapshot[] {
  return [pairingSheet(), fundSheet(), allocationSheet(P.years.last)];
}

interface Seeded {
  code: string;
  sheet: string;
  cell: string;
  what: string;
}

export function mistakeSheets(): { sheets: SheetSnapshot[]; seeded: Seeded[] } {
  const seeded: Seeded[] = [];
  const prow = (town: string) => 4 + P.towns.findIndex((t) => t.name === town);
  const pairing = pairingSheet({
    edit: (rows) => {
      rows[prow('紫城镇') - 1][1] = '紫城';
      rows[prow('蓝塘镇') - 1][2] = '巩固提升镇';
      rows.push([17, '临江镇', '重点帮扶镇', '市检察院', '市中医院']);
    },
  });
  seeded.push({ code: 'PAIR-TOWN-UNKNOWN', sheet: '结对安排表', cell: `B${prow('紫城镇')}`, what: '镇名写成简称“紫城”' });
  seeded.push({ code: 'PAIR-TYPE-MISMATCH', sheet: '结对安排表', cell: `C${prow('蓝塘镇')}`, what: '蓝塘镇类型写错' });
  seeded.push({ code: 'PAIR-TOWN-UNKNOWN', sheet: '结对安排表', cell: 'B20', what: '临江镇不在方案范围' });

  const set = (rows: CellValue[][], town: string, year: number, col: string, v: CellValue) =>
    (rows[fundRow(town, year) - 1][col.charCodeAt(0) - 65] = v);
  const cell = (town: string, year: number, col: string) => `${col}${fundRow(town, year)}`;
  const fund = fundSheet({
    edit: (rows) => {
      set(rows, '龙窝镇', Y, 'E', 1300); // 省级 not 60 % (the 合计 2000 is right: the one cell to fix is 省级)
      set(rows, '九和镇', Y, 'E', '1,200'); // a text amount that is a number
      set(rows, '九和镇', Y, 'F', '６００'); // full-width text number, right value
      set(rows, '中坝镇', Y, 'E', '待定'); // not a number
      set(rows, '凤安镇', Y + 1, 'H', 100); // 河源 split not 2:8, two cells changed: one finding on the row
      set(rows, '凤安镇', Y + 1, 'I', 100);
      set(rows, '柏埔镇', Y + 2, 'B', '黄塘镇'); // the same town twice in a year (柏埔镇 then missing)
      set(rows, '南岭镇', Y + 3, 'I', -160); // negative
      set(rows, '上义镇', Y + 3, 'C', P.years.last + 1); // a year outside the plan
      set(rows, '瓦溪镇', Y + 4, 'D', { error: '#REF!' });
      recomputeTotals(rows); // the office's 合计 rows are SUM formulas…
      rows[fundRow('瓦溪镇', Y + 1)][3] = 31000; // …but one was typed over: a wrong 合计 row
    },
  });
  seeded.push({ code: 'FUND-SHARE', sheet: '资金筹集', cell: cell('龙窝镇', Y, 'E'), what: '省级资金不是合计的 60%' });
  seeded.push({ code: 'FUND-TEXT-NUMBER', sheet: '资金筹集', cell: cell('九和镇', Y, 'E'), what: '以文本保存的数字“1,200”' });
  seeded.push({ code: 'FUND-TEXT-NUMBER', sheet: '资金筹集', cell: cell('九和镇', Y, 'F'), what: '全角数字“６００”' });
  seeded.push({ code: 'FUND-NOT-NUMBER', sheet: '资金筹集', cell: cell('中坝镇', Y, 'E'), what: '金额写成“待定”' });
  seeded.push({
    code: 'FUND-LOCAL-SPLIT',
    sheet: '资金筹集',
    cell: `${cell('凤安镇', Y + 1, 'H')}:${cell('凤安镇', Y + 1, 'I')}`,
    what: '市级:县级 不是 2:8（两格都改过，指向整行）',
  });
  seeded.push({ code: 'FUND-ROW-DUPLICATE', sheet: '资金筹集', cell: cell('柏埔镇', Y + 2, 'B'), what: '同一镇同一年度填了两行' });
  seeded.push({
    code: 'FUND-ROW-MISSING',
    sheet: '资金筹集',
    cell: `B${fundRow(P.towns[0].name, Y + 2)}:B${fundRow(P.towns[P.towns.length - 1].name, Y + 2)}`,
    what: '柏埔镇缺少该年度的行',
  });
  seeded.push({ code: 'FUND-NEGATIVE', sheet: '资金筹集', cell: cell('南岭镇', Y + 3, 'I'), what: '负数金额' });
  seeded.push({ code: 'FUND-YEAR-RANGE', sheet: '资金筹集', cell: cell('上义镇', Y + 3, 'C'), what: '年度超出 2021—2025' });
  seeded.push({ code: 'WB-CELL-ERROR', sheet: '资金筹集', cell: cell('瓦溪镇', Y + 4, 'D'), what: '#REF! 错误值' });
  seeded.push({ code: 'FUND-TOTAL-ROW', sheet: '资金筹集', cell: `D${fundRow('瓦溪镇', Y + 1) + 1}`, what: '合计行不等于本年度各镇之和' });
  return { sheets: [pairing, fund], seeded };
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'assets', 'samples');
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, '紫金县帮扶资金-示例.xlsx'), await xlsxFromGrids(cleanSheets()));
  const { sheets, seeded } = mistakeSheets();
  await fs.writeFile(path.join(dir, '紫金县帮扶资金-错误示例.xlsx'), await xlsxFromGrids(sheets));
  await fs.writeFile(path.join(dir, '错误示例.expected.json'), `${JSON.stringify(seeded, null, 2)}\n`);
  await fs.writeFile(path.join(dir, '紫金县帮扶资金-宽表示例.xlsx'), await xlsxFromGrids([pairingSheet(), wideSheet()]));
  await fs.writeFile(path.join(dir, '龙窝镇帮扶资金报送-示例.xlsx'), await xlsxFromGrids([townSubmissionSheet()]));
  // A self-check, so a changed layout cannot silently stop showing its mistakes.
  const found = new Set(checkWorkbook({ sheets }).findings.map((f) => `${f.code}|${f.sheet}|${f.cell}`));
  const lost = seeded.filter((s) => !found.has(`${s.code}|${s.sheet}|${s.cell}`));
  if (lost.length) throw new Error(`seeded mistakes not found: ${JSON.stringify(lost)}`);
  process.stdout.write(`samples written to ${dir}\n`);
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exit(1);
  });
}
