import fc from 'fast-check';
import {
  checkRound,
  DEFAULT_PROFILE,
  renderSummary,
  roundStatus,
  scopeOf,
  toFileResult,
  unreadableReport,
  type Finding,
  type RoundFile,
  type SheetSnapshot,
} from '../../src/core';
import { fundRow, fundSheet, pairingSheet, type Grid } from './grids';
import { run } from './check';

const P = DEFAULT_PROFILE;
const YEARS = [P.years.first, P.years.first + 1];

function file(name: string, sheets: SheetSnapshot[]): RoundFile {
  return { result: toFileResult(run(sheets), name, 'zh-CN'), unreadable: false };
}

function county(name: string, amount?: (town: string, year: number) => number): RoundFile {
  return file(name, [pairingSheet(), fundSheet({ years: YEARS, ...(amount ? { amount } : {}) })]);
}

/** The same county table written in 元 (every amount × 10000, 单位：元). */
function countyYuan(name: string, amount?: (town: string, year: number) => number): RoundFile {
  const sheet = fundSheet({
    years: YEARS,
    ...(amount ? { amount } : {}),
    edit: (rows: Grid) => {
      rows[1][0] = '单位：元';
      for (let r = 5; r < rows.length; r++)
        for (let c = 3; c < 9; c++) if (typeof rows[r][c] === 'number') rows[r][c] = Math.round((rows[r][c] as number) * 10000 * 100) / 100;
    },
  });
  return file(name, [pairingSheet(), sheet]);
}

/** One town office's own submission: only its rows, no 合计 rows. */
function townFile(town: string, amount = P.standard): RoundFile {
  const sheet = fundSheet({
    years: YEARS,
    totals: false,
    amount: () => amount,
    edit: (rows: Grid) => {
      const keep = rows.filter((r, i) => i < 5 || r[1] === town);
      rows.splice(0, rows.length, ...keep);
    },
  });
  return file(`${town}.xlsx`, [sheet]);
}

const conflictKeys = (round: Finding[]) =>
  round.filter((f) => f.code === 'ROUND-CONFLICT').map((f) => (f.code === 'ROUND-CONFLICT' ? `${f.params.town}|${f.params.year}` : ''));

describe('checkRound', () => {
  it('finds nothing in two copies of the same county table', () => {
    expect(checkRound([county('a.xlsx'), county('b.xlsx')], P)).toEqual([]);
  });

  it('does not call 万元 and 元 of the same amount a conflict', () => {
    const a = county('a.xlsx');
    const b = countyYuan('b.xlsx');
    expect(b.result.shares[0].unit).toBe('元');
    expect(checkRound([a, b], P)).toEqual([]);
  });

  it('names both files and both total cells when a town-year differs', () => {
    const town = P.towns[3].name;
    const year = YEARS[1];
    const a = county('a.xlsx');
    const b = county('b.xlsx', (t, y) => (t === town && y === year ? 1800 : P.standard));
    const round = checkRound([a, b], P);
    const conflict = round.filter((f) => f.code === 'ROUND-CONFLICT');
    expect(conflict).toHaveLength(1);
    const f = conflict[0];
    if (f.code !== 'ROUND-CONFLICT') throw new Error('not a conflict');
    const row = fundRow(town, year, P, YEARS[0]);
    expect([f.code, f.severity, f.params.town, f.params.year, f.params.files, f.params.cells]).toEqual([
      'ROUND-CONFLICT',
      'error',
      town,
      year,
      ['a.xlsx', 'b.xlsx'],
      [`资金筹集!D${row}`, `资金筹集!D${row}`],
    ]);
    expect(roundStatus(a, round)).toBe('fix');
  });

  it('reports a conflict exactly for the town-years whose totals differ (any amounts, 万元 or 元)', () => {
    const towns = P.towns.map((t) => t.name);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 100, max: 4000 }), { minLength: towns.length * 2, maxLength: towns.length * 2 }),
        fc.array(fc.integer({ min: 0, max: towns.length * 2 - 1 }), { maxLength: 4 }),
        fc.boolean(),
        (amounts, changed, yuan) => {
          const at = (t: string, y: number) => towns.indexOf(t) * 2 + (y - YEARS[0]);
          const base = (t: string, y: number) => amounts[at(t, y)];
          const other = (t: string, y: number) => (changed.includes(at(t, y)) ? base(t, y) + 1 : base(t, y));
          const round = checkRound([county('a.xlsx', base), (yuan ? countyYuan : county)('b.xlsx', other)], P);
          const want = [...new Set(changed)].map((i) => `${towns[Math.floor(i / 2)]}|${YEARS[0] + (i % 2)}`).sort();
          expect(conflictKeys(round).sort()).toEqual(want);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('adds up town offices’ own files to the plan’s pool, and warns per year when a town is missing', () => {
    const all = P.towns.map((t) => townFile(t.name));
    expect(scopeOf(all[0].result, 'zh-CN')).toBe(P.towns[0].name);
    expect(checkRound(all, P)).toEqual([]);
    const round = checkRound(all.slice(1), P);
    expect(round.map((f) => [f.code, f.severity, f.code === 'ROUND-POOL' ? f.params.year : 0])).toEqual(
      YEARS.map((y) => ['ROUND-POOL', 'warning', y]),
    );
  });

  it('has nothing to say of a single file, and leaves unreadable files out', () => {
    const bad: RoundFile = { result: toFileResult(unreadableReport('damaged'), 'bad.xlsx'), unreadable: true };
    expect(checkRound([county('a.xlsx', () => 1)], P)).toEqual([]);
    expect(checkRound([county('a.xlsx', () => 1), bad], P)).toEqual([]);
    expect(roundStatus(bad, [])).toBe('unreadable');
  });
});

describe('renderSummary', () => {
  it('gives one row per file, every finding with the round’s first, and every file’s shares in its own unit', () => {
    const town = P.towns[0].name;
    const a = county('a.xlsx');
    const b = countyYuan('b.xlsx', (t, y) => (t === town && y === YEARS[0] ? 3000 : P.standard));
    const bad: RoundFile = { result: toFileResult(unreadableReport('xls'), 'old.xls'), unreadable: true };
    const files = [a, b, bad];
    const round = checkRound(files, P);
    const [sFiles, sFindings, sShares] = renderSummary(files, round, 'zh-CN', P);
    expect([sFiles.name, sFindings.name, sShares.name]).toEqual(['文件', '问题', '分担']);
    const body = (rows: typeof sFiles.rows) => rows.slice(2);
    expect(body(sFiles.rows).map((r) => [r[0].v, r[1].v, r[6].v])).toEqual([
      ['a.xlsx', '全县', '需修改'],
      ['b.xlsx', '全县', '需修改'],
      ['old.xls', '', '无法读取'],
    ]);
    const findingCount = files.reduce((n, f) => n + f.result.findings.length, 0);
    expect(body(sFindings.rows)).toHaveLength(round.length + findingCount);
    expect(body(sFindings.rows)[0][2].v).toBe('ROUND-CONFLICT');
    expect(body(sShares.rows)).toHaveLength(a.result.shares.length + b.result.shares.length);
    const units = new Set(body(sShares.rows).map((r) => `${r[0].v}|${r[8].v}`));
    expect([...units].sort()).toEqual(['a.xlsx|万元', 'b.xlsx|元']);
    expect(body(sShares.rows).every((r) => typeof r[3].v === 'number')).toBe(true);
  });

  it('never makes a formula of a file name or a finding (text cells only)', () => {
    const evil = county('=HYPERLINK("x").xlsx', () => 1);
    const [sFiles] = renderSummary([evil], [], 'en-US', P);
    expect(sFiles.rows[2][0]).toEqual({ v: '=HYPERLINK("x").xlsx', style: 'text' });
  });
});
