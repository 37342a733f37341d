/**
 * 忽略 / 恢复 in the open workbook, against the strict simulator (issue 11): the pane's ignores are saved at once in
 * the product's hidden 忽略记录 sheet (marked, every value text, never a formula), a re-check reads them back and
 * keeps the findings ignored, a changed cell value brings its finding back, 恢复 empties the record, and 清除结果
 * keeps it.
 */
import fc from 'fast-check';
import {
  applyIgnores,
  canIgnore,
  IGNORES_HEADER,
  ignoreOf,
  ignoresInForce,
  summarise,
  type CheckReport,
  type Finding,
  type Ignore,
} from '../../src/core';
import { clearResults, listResults, runCheck, saveIgnores } from '../../src/hosts/excel';
import { sheetOfReference } from '../../src/hosts/excel/read';
import { installSimulator, type Simulator } from '../sim/sim';
import { modelOf } from '../sim/model';
import { fundRow, fundSheet, pairingSheet } from '../core/grids';

const MAX_ROWS = 2000;
const tuple = (f: Finding) => [f.code, f.sheet, f.cell];
const ignoredTuples = (r: CheckReport) => r.findings.filter((f) => f.ignored).map(tuple);

/** A workbook with mistakes: 紫城 by its short name, 龙窝镇 2021 省级 1300 (FUND-SHARE at E6), and one more row off. */
function workbook(extra: { town: string; year: number; col: number; value: number }[] = []): Simulator {
  const pairing = pairingSheet({ edit: (rows) => void (rows[5][1] = '紫城') });
  const fund = fundSheet({
    edit: (rows) => {
      rows[fundRow('龙窝镇', 2021) - 1][4] = 1300;
      for (const e of extra) rows[fundRow(e.town, e.year) - 1][e.col] = e.value;
    },
  });
  return installSimulator(modelOf([pairing, fund]));
}

/** Marks `ignores` on the pane's last result and saves them, as the pane does. */
async function ignore(report: CheckReport, ignores: Ignore[]): Promise<CheckReport> {
  const next = { ...report, findings: applyIgnores(report.findings, ignores) };
  await saveIgnores({ report: next, lang: 'zh-CN', maxRows: MAX_ROWS });
  return next;
}

function ignoresSheet(sim: Simulator) {
  const name = sim.model.names.find((n) => n.name === '_bangfu_ignores');
  expect(name).toBeDefined();
  const sheet = sim.sheet(sheetOfReference(name!.formula)!);
  expect(sheet).toBeDefined();
  return sheet!;
}

describe('忽略 in the open workbook', () => {
  it('writes 忽略记录 hidden with the finding’s row as text; a re-check keeps it ignored; a changed value brings it back', async () => {
    const sim = workbook();
    const first = await runCheck({ lang: 'zh-CN' });
    const share = first.findings.find((f) => f.code === 'FUND-SHARE' && f.cell === 'E6')!;
    expect(share).toBeDefined();
    expect(first.findings.some((f) => f.ignored)).toBe(false);
    const before = summarise(first.findings);
    const userCells = JSON.stringify(['结对安排表', '资金筹集'].map((n) => sim.sheet(n)!.cells));

    const reason = '=HYPERLINK("x") 县里已确认'; // a reason that looks like a formula stays text
    await ignore(first, [ignoreOf(share, reason)]);
    const sheet = ignoresSheet(sim);
    expect(sheet.name).toBe('忽略记录');
    expect(sheet.visibility).toBe('Hidden');
    expect(sheet.cells).toEqual([[...IGNORES_HEADER], ['FUND-SHARE', '资金筹集', 'E6', share.actual, reason]]);
    expect(sheet.formulas).toEqual({});
    sheet.cells.forEach((row, r) => row.forEach((_, c) => expect(sheet.formats[`${r},${c}`]).toBe('@')));
    // 校验问题 was rewritten with the ignored finding in a section of its own.
    const issues = sim.sheet('校验问题')!.cells.flat();
    expect(issues).toContain('已忽略（1）');
    expect(issues).toContain(reason);
    expect(JSON.stringify(['结对安排表', '资金筹集'].map((n) => sim.sheet(n)!.cells))).toBe(userCells);

    const again = await runCheck({ lang: 'zh-CN' });
    expect(ignoredTuples(again)).toEqual([['FUND-SHARE', '资金筹集', 'E6']]);
    expect(again.findings.find((f) => f.ignored)!.ignored).toEqual({ reason });
    const after = summarise(again.findings);
    expect(after.ignored).toBe(1);
    expect(after.errors).toBe(before.errors - 1);
    expect(sim.model.sheets.filter((s) => s.name.startsWith('忽略记录'))).toHaveLength(1);
    expect(ignoresSheet(sim).visibility).toBe('Hidden');
    expect(again.written.ignores).toBe('忽略记录');

    // The clerk changes E6 (still wrong, another value): the ignore lapses and the finding is back.
    sim.userEdit('资金筹集', 5, 4, 1250);
    const changed = await runCheck({ lang: 'zh-CN' });
    const back = changed.findings.find((f) => f.code === 'FUND-SHARE' && f.cell === 'E6')!;
    expect(back).toBeDefined();
    expect(back.ignored).toBeUndefined();
    expect(summarise(changed.findings).ignored).toBe(0);
    expect(ignoresSheet(sim).cells).toEqual([[...IGNORES_HEADER]]);
  });

  it('恢复 empties the record: the next check lists the finding again', async () => {
    const sim = workbook();
    const first = await runCheck({ lang: 'en-US' });
    const share = first.findings.find((f) => f.code === 'FUND-SHARE')!;
    const ignored = await ignore(first, [ignoreOf(share, 'checked with the county')]);
    expect(ignoresSheet(sim).cells).toHaveLength(2);
    await ignore(ignored, []);
    expect(ignoresSheet(sim).cells).toEqual([[...IGNORES_HEADER]]);
    expect(ignoresSheet(sim).visibility).toBe('Hidden');
    const again = await runCheck({ lang: 'en-US' });
    expect(ignoredTuples(again)).toEqual([]);
    expect(again.findings.map(tuple)).toContainEqual(['FUND-SHARE', '资金筹集', 'E6']);
  });

  it('清除结果 deletes 测算结果 and 校验问题 but keeps 忽略记录, whose ignores the next check applies', async () => {
    const sim = workbook();
    const first = await runCheck({ lang: 'zh-CN' });
    await ignore(first, [
      ignoreOf(
        first.findings.find((f) => f.code === 'FUND-SHARE')!,
        '已核实',
      ),
    ]);
    expect(await listResults()).toEqual({ sheets: ['测算结果', '校验问题'], kept: [] });
    expect(await clearResults()).toEqual({ sheets: ['测算结果', '校验问题'], kept: [] });
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '忽略记录']);
    expect(sim.model.names.map((n) => n.name)).toEqual(['_bangfu_ignores']);
    const again = await runCheck({ lang: 'zh-CN' });
    expect(ignoredTuples(again)).toEqual([['FUND-SHARE', '资金筹集', 'E6']]);
  });

  it('a hidden 忽略记录 without the product’s mark is the user’s sheet: never read as ignores, never replaced', async () => {
    const sim = workbook();
    const first = await runCheck({ lang: 'zh-CN' });
    const share = first.findings.find((f) => f.code === 'FUND-SHARE')!;
    const forged = [[...IGNORES_HEADER], ['FUND-SHARE', '资金筹集', 'E6', share.actual ?? '', '不是本产品写的']];
    sim.model.sheets.push({ ...sim.model.sheets[0], name: '忽略记录', visibility: 'Hidden', cells: forged, formats: {}, formulas: {} });
    const again = await runCheck({ lang: 'zh-CN' });
    expect(ignoredTuples(again)).toEqual([]);
    await ignore(again, [ignoreOf(share, '已核实')]);
    expect(sim.sheet('忽略记录')!.cells).toEqual(forged);
    expect(ignoresSheet(sim).name).toBe('忽略记录（校验）');
    expect(ignoredTuples(await runCheck({ lang: 'zh-CN' }))).toEqual([['FUND-SHARE', '资金筹集', 'E6']]);
  });

  it('whichever findings are ignored, a re-check marks exactly those, with their reasons', async () => {
    const towns = ['龙窝镇', '古竹镇', '临江镇', '柏埔镇'];
    const edit = fc.record({
      town: fc.constantFrom(...towns),
      year: fc.constantFrom(2022, 2023, 2024),
      col: fc.constantFrom(4, 5, 6),
      value: fc.integer({ min: 1, max: 5000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { maxLength: 3 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), async (edits, picks) => {
        workbook(edits);
        const first = await runCheck({ lang: 'zh-CN' });
        const chosen = first.findings.filter((f, i) => canIgnore(f) && picks[i % picks.length]);
        const reasons = chosen.map((f, i) => ignoreOf(f, `原因 ${i} ${f.code}`));
        const saved = await ignore(first, reasons);
        expect(ignoresInForce(saved.findings)).toHaveLength(
          new Set(reasons.map((r) => JSON.stringify([r.code, r.sheet, r.cell, r.actual]))).size,
        );
        const again = await runCheck({ lang: 'zh-CN' });
        expect(again.findings.map(tuple)).toEqual(first.findings.map(tuple));
        expect(again.findings.map((f) => f.ignored?.reason ?? null)).toEqual(saved.findings.map((f) => f.ignored?.reason ?? null));
        const s = summarise(again.findings);
        expect(s.errors + s.warnings + s.infos + s.ignored).toBe(again.findings.length);
      }),
      { numRuns: 12 },
    );
  });
});
