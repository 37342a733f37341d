/**
 * Engine speed: check a fund sheet of N rows (a what-if profile with N/5 towns × 5 years, so every row is a
 * real town-year), best of several runs, in the compiled engine (lib/core) as the CLI runs it.
 */
import type * as Core from '../src/core';

type CoreModule = typeof Core;

export interface EngineFigure {
  rows: number;
  bestMs: number;
  medianMs: number;
  findings: number;
  shares: number;
}

function fundSheet(core: CoreModule, profile: Core.Profile): Core.SheetSnapshot {
  const rows: Core.CellValue[][] = [['资金筹集表'], ['单位：万元'], ['镇', '年度', '合计', '省级', '深圳市', '市级', '县级']];
  const s = core.splitShares(core.numberToFen(profile.standard, '万元')!, profile);
  const v = [s.total, s.province, s.shenzhen, s.heyuanCity, s.county].map((f) => core.fenToNumber(f, '万元'));
  for (let y = profile.years.first; y <= profile.years.last; y++) for (const t of profile.towns) rows.push([t.name, y, ...v]);
  return { name: '资金筹集', rows };
}

export function benchEngine(core: CoreModule, rows: number, runs = 5): EngineFigure {
  const base = core.DEFAULT_PROFILE;
  const years = base.years.last - base.years.first + 1;
  const profile: Core.Profile = {
    ...base,
    towns: Array.from({ length: Math.ceil(rows / years) }, (_, i) => ({ ...base.towns[i % base.towns.length], name: `测试${i}镇` })),
  };
  const sheet = fundSheet(core, profile);
  const times: number[] = [];
  let report: Core.CheckReport | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    report = core.checkWorkbook({ sheets: [sheet] }, { profile });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    rows,
    bestMs: times[0],
    medianMs: times[Math.floor(times.length / 2)],
    findings: report!.findings.length,
    shares: report!.shares.length,
  };
}

/**
 * Sparse sheets (issue 10): the engine on a sheet whose only cell is XFD1048576, beside one whose only cell is A1.
 * Reading only what exists, the two cost the same (ratio ≈ 1), never rows × used width.
 */
export function benchFarCell(core: CoreModule, runs = 21): { farMs: number; nearMs: number; ratio: number } {
  const sheetWith = (row: number, col: number): Core.SheetSnapshot => {
    const rows: Core.CellValue[][] = [];
    rows[row - 1] = [];
    rows[row - 1][col - 1] = '备注';
    return { name: '备注', rows };
  };
  const median = (make: () => Core.SheetSnapshot) => {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const sheet = make(); // a fresh snapshot each run: nothing cached between runs
      const t = performance.now();
      core.checkWorkbook({ sheets: [sheet] });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
  };
  median(() => sheetWith(1, 1)); // warm up
  const nearMs = median(() => sheetWith(1, 1));
  const farMs = median(() => sheetWith(1048576, 16384));
  return { farMs, nearMs, ratio: farMs / nearMs };
}
