/**
 * Stale results and 清除结果 in the strict simulator: the host hears the user's edits, added and deleted sheets
 * (never its own sheets), and 清除结果 deletes only the sheets whose ownership mark and content agree.
 */
import fc from 'fast-check';
import { clearResults, listResults, runCheck, watchWorkbook, type WorkbookChange } from '../../src/hosts/excel';
import { installSimulator, type Simulator } from '../sim/sim';
import { emptySheet, modelOf } from '../sim/model';
import { fundSheet, pairingSheet } from '../core/grids';

const workbook = () => installSimulator(modelOf([pairingSheet(), fundSheet({ years: [2023] })]));
const names = (sim: Simulator) => sim.model.sheets.map((s) => s.name);
const settle = () => new Promise((r) => setTimeout(r, 10));

describe('watching the workbook after a check', () => {
  it('hears edits of checked sheets, added and deleted sheets; not the product’s own sheets; nothing after stop', async () => {
    const sim = workbook();
    const r = await runCheck({ lang: 'zh-CN' });
    const heard: WorkbookChange[] = [];
    const stop = await watchWorkbook(Object.values(r.written), (c) => heard.push(c));
    sim.userEdit('测算结果', 5, 5, 1); // the product's sheet: not a change to the checked workbook
    await settle();
    expect(heard).toEqual([]);
    sim.userEdit('资金筹集', 6, 4, 1300);
    sim.userAddSheet('Sheet2');
    sim.userDeleteSheet('结对安排表');
    sim.userDeleteSheet('校验问题');
    await settle();
    expect(heard).toEqual([{ kind: 'edited', sheet: '资金筹集' }, { kind: 'added' }, { kind: 'deleted', sheet: '结对安排表' }]);
    await stop();
    sim.userEdit('资金筹集', 7, 4, 1);
    sim.userAddSheet('Sheet3');
    await settle();
    expect(heard).toHaveLength(3);
    await stop(); // twice is harmless
  });
});

describe('清除结果', () => {
  it('lists and deletes the product’s sheets and their marks, and nothing else', async () => {
    const sim = workbook();
    const user = JSON.stringify(sim.model.sheets.map((s) => s.cells));
    await runCheck({ lang: 'zh-CN' });
    expect(await listResults()).toEqual({ sheets: ['测算结果', '校验问题'], kept: [] });
    expect(names(sim)).toHaveLength(4);
    expect(await clearResults()).toEqual({ sheets: ['测算结果', '校验问题'], kept: [] });
    expect(names(sim)).toEqual(['结对安排表', '资金筹集']);
    expect(JSON.stringify(sim.model.sheets.map((s) => s.cells))).toBe(user);
    expect(sim.model.names).toEqual([]);
    expect(await listResults()).toEqual({ sheets: [], kept: [] });
  });

  it('keeps a user’s own 测算结果 (no mark) and a marked sheet whose content the user replaced', async () => {
    const model = modelOf([pairingSheet(), fundSheet({ years: [2023] })]);
    model.sheets.push({ ...emptySheet('测算结果'), cells: [['我的测算', 1]] });
    const sim = installSimulator(model);
    const r = await runCheck({ lang: 'en-US' });
    expect(r.written.results).toBe('测算结果（校验）');
    sim.userEdit(r.written.issues!, 0, 0, '我的问题清单'); // the user reused the product's 校验问题
    expect(await clearResults()).toEqual({ sheets: ['测算结果（校验）'], kept: ['校验问题'] });
    expect(names(sim)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
    expect(sim.sheet('测算结果')!.cells).toEqual([['我的测算', 1]]);
  });

  it('whatever the user named or typed, deletes exactly the marked sheets whose title is still the product’s', async () => {
    const title = fc.constantFrom('帮扶资金分担测算结果', '帮扶资金校验问题清单', 'Findings', '我的表', 1, null);
    const userSheet = fc.record({ name: fc.constantFrom('测算结果', '校验问题', '测算结果（校验）', 'Sheet1', '汇总'), a1: title });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(userSheet, { selector: (s) => s.name, maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        async (users, editResults, editIssues) => {
          const model = modelOf([pairingSheet(), fundSheet({ years: [2023] })]);
          for (const u of users) model.sheets.push({ ...emptySheet(u.name), cells: [[u.a1, '用户的数据']] });
          const sim = installSimulator(model);
          const r = await runCheck({ lang: 'zh-CN' });
          if (editResults) sim.userEdit(r.written.results!, 0, 0, '改过的标题');
          if (editIssues) sim.userEdit(r.written.issues!, 0, 0, null);
          const before = JSON.stringify(users.map((u) => sim.sheet(u.name)!.cells));
          const done = await clearResults();
          const expected = [editResults ? null : r.written.results, editIssues ? null : r.written.issues].filter(Boolean);
          expect(done.sheets).toEqual(expected);
          expect(JSON.stringify(users.map((u) => sim.sheet(u.name)!.cells))).toBe(before);
          for (const s of expected) expect(sim.sheet(s!)).toBeUndefined();
        },
      ),
      { numRuns: 25 },
    );
  });
});
