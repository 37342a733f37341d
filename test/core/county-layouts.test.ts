/**
 * Issue 3's "done when", at the engine: a workbook laid out as a county office might lay it out, unlike the
 * repo's own samples — one sheet per year named 2021年度…, towns in another order, 乡镇 / 资金总额 / 省财政 /
 * 深圳市资金 / 河源市 (合计, 市级, 县级) headers, 单位 at the right of the title row, notes under the table —
 * gives no error when clean, every town-year's exact shares, and each seeded mistake on its own cell only.
 */
import {
  DEFAULT_PROFILE,
  splitShares,
  numberToFen,
  fenToNumber,
  formatFen,
  type CellValue,
  type MergeArea,
  type SheetSnapshot,
} from '../../src/core';
import { run, tuples } from './check';

const P = DEFAULT_PROFILE;
const years = Array.from({ length: P.years.last - P.years.first + 1 }, (_, i) => P.years.first + i);
// Towns in reverse plan order, with amounts that differ by town (only the yearly pool is fixed).
const towns = [...P.towns].reverse();
const amountOf = (i: number) => P.standard + (i % 2 === 0 ? 150 : -150);

function yearSheet(year: number, edit?: (rows: CellValue[][]) => void): SheetSnapshot {
  const rows: CellValue[][] = [
    [`紫金县${year}年驻镇帮镇扶村资金安排表`, null, null, null, null, null, null, '单位：万元'],
    ['序号', '乡镇', '资金总额', '省财政', '深圳市资金', '河源市', null, null],
    [null, null, null, null, null, '合计', '市级', '县级'],
  ];
  const sum = [0n, 0n, 0n, 0n, 0n, 0n];
  towns.forEach((t, i) => {
    const s = splitShares(numberToFen(amountOf(i), '万元')!, P);
    const parts = [s.total, s.province, s.shenzhen, s.heyuan, s.heyuanCity, s.county];
    parts.forEach((v, k) => (sum[k] += v));
    rows.push([i + 1, t.name, ...parts.map((f) => fenToNumber(f, '万元'))]);
  });
  rows.push(['合计', null, ...sum.map((f) => fenToNumber(f, '万元'))]);
  rows.push(['注：市级、县级为河源市配套资金。']);
  if (edit) {
    edit(rows);
    // The 合计 row is a formula in the office's workbook: it follows the edited cells.
    for (let c = 2; c < 8; c++) {
      const total = rows.slice(3, 3 + towns.length).reduce((a, r) => a + (typeof r[c] === 'number' ? (r[c] as number) : 0), 0);
      if (typeof rows[19][c] === 'number' && rows.slice(3, 19).every((r) => typeof r[c] === 'number'))
        rows[19][c] = Math.round(total * 100) / 100;
    }
  }
  const merges: MergeArea[] = [
    { top: 1, left: 1, bottom: 1, right: 7 },
    { top: 2, left: 1, bottom: 3, right: 1 },
    { top: 2, left: 2, bottom: 3, right: 2 },
    { top: 2, left: 3, bottom: 3, right: 3 },
    { top: 2, left: 4, bottom: 3, right: 4 },
    { top: 2, left: 5, bottom: 3, right: 5 },
    { top: 2, left: 6, bottom: 2, right: 8 },
    { top: 20, left: 1, bottom: 20, right: 2 },
  ];
  return { name: `${year}年度`, rows, merges };
}

function pairing(): SheetSnapshot {
  const rows: CellValue[][] = [['附件'], ['紫金县驻镇帮镇扶村结对安排表'], ['被帮扶镇', '序号', '帮扶类型', '牵头单位', '成员单位']];
  P.towns.forEach((t, i) => rows.push([t.name, i + 1, P.typeLabels[t.type][0], t.lead, t.members.join('\n')]));
  return { name: '附件 结对安排', rows };
}

const rowOf = (town: string) => 4 + towns.findIndex((t) => t.name === town);

describe('a county office’s own layout', () => {
  it('gives no finding on the clean workbook and all 80 town-years exactly', () => {
    const r = run([pairing(), ...years.map((y) => yearSheet(y))]);
    expect(r.findings).toEqual([]);
    expect(r.shares).toHaveLength(P.towns.length * years.length);
    for (const s of r.shares) {
      const i = towns.findIndex((t) => t.name === s.town);
      const want = splitShares(numberToFen(amountOf(i), '万元')!, P);
      expect(s.computed).toEqual(want);
      expect(s.sheet).toBe(`${s.year}年度`);
    }
    // Plan order, then year.
    expect(r.shares.map((s) => `${s.town}${s.year}`).slice(0, 2)).toEqual([
      `${P.towns[0].name}${years[0]}`,
      `${P.towns[0].name}${years[1]}`,
    ]);
  });

  it('finds each seeded mistake on its cell, and no error on the rows that have none', () => {
    const [y1, y2, y3, y4] = years;
    const wrongTotal = yearSheet(y4);
    (wrongTotal.rows[19] as CellValue[])[2] = 31000;
    const r = run([
      pairing(),
      yearSheet(y1, (rows) => (rows[rowOf('蓝塘镇') - 1][3] = 1300)),
      yearSheet(y2, (rows) => (rows[rowOf('紫城镇') - 1][1] = '紫城')),
      yearSheet(y3, (rows) => (rows[rowOf('好义镇') - 1][4] = fullWidth(String(rows[rowOf('好义镇') - 1][4])))),
      wrongTotal,
      yearSheet(years[4], (rows) => {
        const r = rows[rowOf('凤安镇') - 1];
        r[6] = (r[5] as number) / 2;
        r[7] = (r[5] as number) / 2;
      }),
    ]);
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.sheet, f.cell]);
    const langtang = rowOf('蓝塘镇');
    const fengan = rowOf('凤安镇');
    expect(errors).toEqual([
      ['FUND-SHARE', `${y1}年度`, `D${langtang}`],
      ['FUND-TOTAL-ROW', `${y4}年度`, 'C20'],
      ['FUND-LOCAL-SPLIT', `${years[4]}年度`, `G${fengan}:H${fengan}`],
    ]);
    const share = r.findings.find((f) => f.code === 'FUND-SHARE')!;
    expect([share.expected, share.actual]).toEqual([
      formatFen(splitShares(numberToFen(amountOf(towns.findIndex((t) => t.name === '蓝塘镇')), '万元')!, P).province, '万元'),
      '1300.00',
    ]);
    // 「紫城」 is read as 紫城镇 with an info (issue 10, 6): never an unknown town followed by a missing one.
    expect(tuples(r, 'FUND-TOWN-VARIANT')).toEqual([['FUND-TOWN-VARIANT', `${y2}年度`, `B${rowOf('紫城镇')}`]]);
    expect(tuples(r, 'FUND-ROW-MISSING')).toEqual([]);
    const notes = r.findings.filter((f) => f.severity !== 'error').map((f) => [f.code, f.sheet]);
    expect(notes).toEqual(
      expect.arrayContaining([
        ['FUND-TOWN-VARIANT', `${y2}年度`],
        ['FUND-TEXT-NUMBER', `${y3}年度`],
      ]),
    );
  });
});

function fullWidth(s: string): string {
  return s.replace(/[0-9.]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
