/**
 * The Excel host trusts the product's mark only with the content (issue 14, item 7), in the strict simulator:
 * a forged mark on the fund sheet leaves it read and checked and never deleted; old results the user renamed
 * to keep them stay, unchecked; the product's own sheets are replaced as before.
 */
import fc from 'fast-check';
import { runCheck } from '../../src/hosts/excel';
import type { OwnedSheetKey } from '../../src/core';
import { installSimulator, type Simulator } from '../sim/sim';
import { modelOf } from '../sim/model';
import { fundSheet, pairingSheet } from '../core/grids';

/** A fund workbook with one wrong share: findings on the fund sheet. */
const model = () => modelOf([pairingSheet(), fundSheet({ years: [2023], edit: (rows) => (rows[5][5] = 999) })]);
const tuples = (r: Awaited<ReturnType<typeof runCheck>>) => r.findings.map((f) => [f.code, f.sheet, f.cell]);
const names = (sim: Simulator) => sim.model.sheets.map((s) => s.name);
const cellsOf = (sim: Simulator, sheet: string) => JSON.stringify(sim.sheet(sheet)!.cells);
const markOf = (sim: Simulator, key: OwnedSheetKey) => sim.model.names.find((n) => n.name === `_bangfu_${key}`)?.formula;

let plain: unknown[][];
beforeAll(async () => {
  installSimulator(model());
  plain = tuples(await runCheck({ lang: 'zh-CN' }));
  expect(plain.some(([code, sheet]) => String(code).startsWith('FUND-') && sheet === '资金筹集')).toBe(true);
});

describe('a forged mark', () => {
  it('on any user sheet, of any key: the sheet is still read and checked, never deleted, and the mark moves to the product’s sheet', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<OwnedSheetKey>('results', 'issues', 'params'),
        fc.constantFrom('资金筹集', '结对安排表'),
        async (key, target) => {
          const m = model();
          m.names.push({ name: `_bangfu_${key}`, formula: `='${target}'!$A$1`, visible: false });
          const sim = installSimulator(m);
          const user = cellsOf(sim, target);
          const r = await runCheck({ lang: 'zh-CN' });
          expect(tuples(r)).toEqual(plain);
          expect(names(sim)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
          expect(cellsOf(sim, target)).toBe(user);
          expect(markOf(sim, 'results')).toBe("='测算结果'!$A$1");
          expect(markOf(sim, 'issues')).toBe("='校验问题'!$A$1");
          if (key === 'params') expect(markOf(sim, 'params')).toBe(`='${target}'!$A$1`);
          // A re-run replaces the product's sheets only.
          const again = await runCheck({ lang: 'zh-CN' });
          expect(tuples(again)).toEqual(plain);
          expect(names(sim)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
        },
      ),
      { numRuns: 6 },
    );
  });
});

describe('old results renamed by the user to keep them', () => {
  it('are kept and not checked; the new results are written beside them, and a re-run replaces only those', async () => {
    const sim = installSimulator(model());
    await runCheck({ lang: 'zh-CN' });
    // Excel renames the sheet and the mark follows it.
    sim.model.sheets.find((s) => s.name === '测算结果')!.name = '2023年测算结果';
    for (const n of sim.model.names) n.formula = n.formula.replace("'测算结果'!", "'2023年测算结果'!");
    const kept = cellsOf(sim, '2023年测算结果');
    const r = await runCheck({ lang: 'zh-CN' });
    expect(tuples(r)).toEqual(plain);
    expect(names(sim)).toEqual(['结对安排表', '资金筹集', '2023年测算结果', '测算结果', '校验问题']);
    expect(cellsOf(sim, '2023年测算结果')).toBe(kept);
    expect(markOf(sim, 'results')).toBe("='测算结果'!$A$1");
    const again = await runCheck({ lang: 'zh-CN' });
    expect(tuples(again)).toEqual(plain);
    expect(names(sim)).toEqual(['结对安排表', '资金筹集', '2023年测算结果', '测算结果', '校验问题']);
    expect(cellsOf(sim, '2023年测算结果')).toBe(kept);
  });
});
