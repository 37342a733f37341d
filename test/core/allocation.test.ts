/**
 * The factor method of 四（十一）: a 因素表 laid out as the county lays it out (title, header, 16 town rows, a 权重
 * row), fund sheets from checkFund, and checkAllocation on top.
 */
import {
  DEFAULT_PROFILE,
  causeOf,
  fenToNumber,
  formatFen,
  formatCents,
  type CellValue,
  type Profile,
  type SheetSnapshot,
} from '../../src/core';
import { checkAllocation, checkFund } from '../../src/core/checks';
import { recogniseWorkbook } from '../../src/core/recognise';
import { fundRow, fundSheet, type Grid } from './grids';

const P = DEFAULT_PROFILE;
const Y = P.years.first;
const SHEET = '因素表';
const FIRST = 3; // first town row
const WEIGHT_ROW = FIRST + P.towns.length;

/** 面积 / 户籍人口 / 行政村数 / 脱贫人口 / 美丽乡村风貌带 (是/否) / 沿高速 (km) of town i. */
function values(i: number): CellValue[] {
  return [120 + 13.5 * i, 30000 + 1700 * i, 12 + (i % 7), 800 + 45 * i, i % 2 ? '是' : '否', i % 3 === 0 ? 12.5 : 0];
}

function factorSheet(
  opts: { weights?: CellValue[] | null; edit?: (rows: Grid) => void; value?: (i: number) => CellValue[] } = {},
): SheetSnapshot {
  const rows: Grid = [
    ['紫金县驻镇帮镇扶村资金分配因素表', null, null, null, null, null, null],
    ['镇', '面积', '户籍人口', '行政村数', '脱贫人口', '美丽乡村风貌带', '沿高速'],
  ];
  P.towns.forEach((t, i) => rows.push([t.name, ...(opts.value ?? values)(i)]));
  if (opts.weights !== null) rows.push(['权重', ...(opts.weights ?? [0.3, 0.3, 0.1, 0.2, 0.05, 0.05])]);
  opts.edit?.(rows);
  return { name: SHEET, rows, merges: [{ top: 1, left: 1, bottom: 1, right: 7 }] };
}

function run(sheets: SheetSnapshot[], profile: Profile = P) {
  const rec = recogniseWorkbook({ sheets }, profile);
  const funds = rec.funds.map((table) => ({ table, lines: checkFund(table, profile).lines }));
  return checkAllocation(rec.records, funds, profile);
}

const tuples = (r: ReturnType<typeof run>, code?: string) =>
  r.findings.filter((f) => !code || f.code === code).map((f) => [f.code, f.sheet, f.cell]);
const rowOf = (town: string) => FIRST + P.towns.findIndex((t) => t.name === town);

/** A fund sheet whose towns get exactly the factor-method amounts. */
function matchingFund(amountOf: (town: string) => bigint, edit?: (rows: Grid) => void): SheetSnapshot {
  return fundSheet({ amount: (town) => fenToNumber(amountOf(town), '万元'), totals: false, ...(edit ? { edit } : {}) });
}

describe('checkAllocation (四（十一） factor method)', () => {
  it('says nothing without a factor sheet', () => {
    expect(run([fundSheet()])).toEqual({ findings: [] });
  });

  it('splits the pool exactly by the coefficients, and each town amount into its four shares', () => {
    const r = run([factorSheet()]);
    expect(r.findings).toEqual([]);
    const a = r.allocation!;
    expect(a.pool).toBe(BigInt(P.towns.length) * BigInt(P.standard) * 1_000_000n);
    expect(a.weights).toEqual({ area: '0.3', population: '0.3', villages: '0.1', lifted: '0.2', scenic: '0.05', expressway: '0.05' });
    expect(a.lines.map((l) => l.town)).toEqual(P.towns.map((t) => t.name));
    expect(a.lines.reduce((s, l) => s + l.amount, 0n)).toBe(a.pool);
    expect(new Set(a.lines.map((l) => l.amount)).size).toBeGreaterThan(1);
    for (const l of a.lines) {
      expect(l.shares.total).toBe(l.amount);
      expect(l.shares.province + l.shares.shenzhen + l.shares.heyuanCity + l.shares.county).toBe(l.amount);
      expect(l.score).toMatch(/^0\.\d{6}$/);
    }
  });

  it('gives every town the standard when every town has the same factors', () => {
    const r = run([factorSheet({ value: () => [100, 20000, 10, 500, '是', 8] })]);
    expect(r.allocation!.lines.map((l) => [l.score, l.amount])).toEqual(P.towns.map(() => ['0.062500', BigInt(P.standard) * 1_000_000n]));
    expect(run([factorSheet({ value: () => [100, 20000, 10, 500, '是', 8] }), fundSheet()]).findings).toEqual([]);
  });

  it('reads weights typed as percentages, as 30% text or as 30 adding up to 100', () => {
    for (const w of [
      ['30%', '30%', '10%', '20%', '5%', '5%'],
      [30, 30, 10, 20, 5, 5],
    ]) {
      const r = run([factorSheet({ weights: w })]);
      expect(r.findings).toEqual([]);
      expect(r.allocation!.weights.area).toBe('0.3');
    }
  });

  it('ALLOC-WEIGHTS on the weight row when the weights add up to 0.9, and no what-if', () => {
    const r = run([factorSheet({ weights: [0.3, 0.3, 0.1, 0.1, 0.05, 0.05] }), fundSheet()]);
    expect(tuples(r)).toEqual([['ALLOC-WEIGHTS', SHEET, `B${WEIGHT_ROW}:G${WEIGHT_ROW}`]]);
    expect([r.findings[0].expected, r.findings[0].actual, r.findings[0].severity]).toEqual(['1', '0.9', 'error']);
    expect(r.allocation).toBeUndefined();
    const pct = run([factorSheet({ weights: [30, 30, 10, 10, 5, 5] })]);
    expect(pct.findings.map((f) => [f.code, f.expected, f.actual])).toEqual([['ALLOC-WEIGHTS', '100%', '90%']]);
  });

  it('ALLOC-WEIGHTS on a weight cell that is not a number', () => {
    const r = run([factorSheet({ weights: [0.3, '待定', 0.1, 0.2, 0.05, 0.05] })]);
    expect(tuples(r)).toEqual([['ALLOC-WEIGHTS', SHEET, `C${WEIGHT_ROW}`]]);
  });

  it('ALLOC-NO-WEIGHTS (info) when neither the sheet nor the profile gives weights; weights from the profile otherwise', () => {
    const none = run([factorSheet({ weights: null }), fundSheet()]);
    expect(tuples(none)).toEqual([['ALLOC-NO-WEIGHTS', SHEET, '']]);
    // The template's 权重 row, left blank for the planner, is no weights too (not weights adding up to 0).
    expect(tuples(run([factorSheet({ weights: [null, '', null, null, null, null] }), fundSheet()]))).toEqual([
      ['ALLOC-NO-WEIGHTS', SHEET, ''],
    ]);
    expect(none.findings[0].severity).toBe('info');
    expect(none.allocation).toBeUndefined();

    const weights = { area: 0.3, population: 0.3, villages: 0.1, lifted: 0.2, scenic: 0.05, expressway: 0.05 };
    const fromProfile = run([factorSheet({ weights: null })], { ...P, weights });
    expect(fromProfile.findings).toEqual([]);
    expect(fromProfile.allocation!.lines).toEqual(run([factorSheet()]).allocation!.lines);

    const bad = run([factorSheet({ weights: null })], { ...P, weights: { ...weights, area: 0.2 } });
    expect(tuples(bad)).toEqual([['ALLOC-WEIGHTS', SHEET, '']]);
  });

  it('ALLOC-FACTOR-MISSING on a blank, text or error factor cell, and on the town column for a town with no row', () => {
    const r = run([
      factorSheet({
        edit: (rows) => {
          rows[rowOf('九和镇') - 1][1] = null;
          rows[rowOf('苏区镇') - 1][3] = '不详';
          rows[rowOf('敬梓镇') - 1][4] = { error: '#REF!' };
          rows.splice(rowOf('瓦溪镇') - 1, 1);
        },
      }),
    ]);
    expect(tuples(r)).toEqual([
      ['ALLOC-FACTOR-MISSING', SHEET, `B${rowOf('九和镇')}`],
      ['ALLOC-FACTOR-MISSING', SHEET, `D${rowOf('苏区镇')}`],
      ['ALLOC-FACTOR-MISSING', SHEET, `E${rowOf('敬梓镇')}`],
      ['ALLOC-FACTOR-MISSING', SHEET, `A${FIRST}:A${FIRST + P.towns.length - 2}`],
    ]);
    // Missing values count as 0; the pool is still split exactly.
    const a = r.allocation!;
    expect(a.lines.reduce((s, l) => s + l.amount, 0n)).toBe(a.pool);
    expect(a.lines.find((l) => l.town === '瓦溪镇')!.amount).toBe(0n);
  });

  it('reads 是/否 and kilometres, skips towns outside the plan, and lets an all-zero factor contribute nothing', () => {
    const clean = run([factorSheet()]);
    const withOutside = run([factorSheet({ edit: (rows) => rows.splice(WEIGHT_ROW - 1, 0, ['临江镇', 300, 90000, 30, 2000, '是', 40]) })]);
    expect(withOutside.findings).toEqual([]);
    expect(withOutside.allocation!.lines).toEqual(clean.allocation!.lines);

    const noExpressway = run([factorSheet({ value: (i) => [...values(i).slice(0, 5), '否'] })]);
    expect(noExpressway.findings).toEqual([]);
    expect(noExpressway.allocation!.lines.reduce((s, l) => s + l.amount, 0n)).toBe(noExpressway.allocation!.pool);
  });

  it('ALLOC-DEVIATION on the total cell of a fund row that differs from the what-if by more than the tolerance', () => {
    const what = run([factorSheet()]).allocation!;
    const amountOf = (town: string) => what.lines.find((l) => l.town === town)!.amount;
    const same = run([factorSheet(), matchingFund(amountOf)]);
    expect(same.findings).toEqual([]);
    expect(same.allocation!.lines[0].submitted).toHaveLength(P.years.last - Y + 1);

    const tol = BigInt(Math.round(P.allocation.tolerance * 1e6));
    const off = run([factorSheet(), matchingFund((t) => amountOf(t) + (t === '龙窝镇' ? tol + 1n : t === '九和镇' ? tol : 0n))]);
    const rows = P.years.last - Y + 1;
    // Off by a hair: one warning a year naming the town, no town warning (that needs allocTolerance, 10 % of its amount).
    expect(tuples(off)).toEqual(
      Array.from({ length: rows }, (_, k) => ['ALLOC-DEVIATION', '资金筹集', `D${fundRow('龙窝镇', Y + k, P, Y, false)}`]),
    );
    expect(off.findings[0].params).toMatchObject({ town: '', year: Y, towns: 1, largest: ['龙窝镇 +0.01'] });
    expect(new Set(off.findings.map(causeOf)).size).toBe(rows);
  });

  it('ALLOC-DEVIATION: one group a year; a town on its own only beyond allocTolerance of its what-if amount', () => {
    const what = run([factorSheet()]).allocation!;
    const amountOf = (town: string) => what.lines.find((l) => l.town === town)!.amount;
    const bump = (t: string) => (t === '龙窝镇' ? (amountOf(t) * 15n) / 100n : t === '九和镇' ? (amountOf(t) * 5n) / 100n : 0n);
    const off = run([factorSheet(), matchingFund((t) => amountOf(t) + bump(t))]);
    const rows = P.years.last - Y + 1;
    const row = (town: string, k: number) => fundRow(town, Y + k, P, Y, false);
    expect(tuples(off)).toEqual(
      Array.from({ length: rows }, (_, k) => [
        ['ALLOC-DEVIATION', '资金筹集', `D${row('龙窝镇', k)}:D${row('九和镇', k)}`],
        ['ALLOC-DEVIATION', '资金筹集', `D${row('龙窝镇', k)}`],
      ]).flat(),
    );
    const town = off.findings.find((f) => (f.params as { town?: string }).town === '龙窝镇')!;
    expect([town.expected, town.actual]).toEqual([
      formatCents(amountOf('龙窝镇'), '万元'),
      formatCents(amountOf('龙窝镇') + bump('龙窝镇'), '万元'),
    ]);
    expect(town.expected).toMatch(/^\d+\.\d{2}$/);
    expect(new Set(off.findings.map(causeOf)).size).toBe(rows);
    // A wider allocTolerance keeps the town off its own line.
    const wide = { ...P, allocation: { ...P.allocation, allocTolerance: 0.2 } };
    expect(
      run([factorSheet(), matchingFund((t) => amountOf(t) + bump(t))], wide).findings.filter(
        (f) => (f.params as { town?: string }).town === '龙窝镇',
      ),
    ).toEqual([]);
  });

  it('compares a fund sheet in 元 in 分, and shows the amounts in 元', () => {
    const what = run([factorSheet()]).allocation!;
    const amountOf = (town: string) => what.lines.find((l) => l.town === town)!.amount;
    // `bump` 分 off 龙窝镇's whole row (its total and every part by the plan's ratios), so the row itself adds up.
    const parts = (bump: bigint) => [bump, (bump * 6n) / 10n, (bump * 3n) / 10n, bump / 10n, bump / 50n, (bump * 2n) / 25n];
    const inYuan = (bump: bigint) => (rows: Grid) => {
      rows[1][0] = '单位：元';
      for (let r = 5; r < rows.length; r++) {
        for (let c = 3; c < 9; c++) {
          const v = rows[r][c];
          if (typeof v === 'number')
            rows[r][c] = Number(formatFen(BigInt(Math.round(v * 1e6)) + (r === 5 ? parts(bump)[c - 3] : 0n), '元'));
        }
      }
    };
    expect(run([factorSheet(), matchingFund(amountOf, inYuan(0n))]).findings).toEqual([]);
    const off = run([factorSheet(), matchingFund(amountOf, inYuan(-1_000_000n))]);
    expect(off.findings.map((f) => [f.code, f.cell, f.params])).toEqual([
      ['ALLOC-DEVIATION', 'D6', { town: '', year: Y, tolerance: '0.01', unit: '元', towns: 1, largest: ['龙窝镇 −10000.00'] }],
    ]);
  });
});
