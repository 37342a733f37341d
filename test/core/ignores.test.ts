/**
 * Ignores (issue 11): a finding set aside with a reason leaves the counts, stays in the result with its reason,
 * travels in the workbook's 忽略记录 sheet, and comes back when its cell's value changes.
 */
import fc from 'fast-check';
import {
  IGNORES_SHEET,
  applyIgnores,
  checkWorkbook,
  ignoreOf,
  ignoresFromSheet,
  ignoresSheetRows,
  parseIgnoreList,
  renderOutputs,
  summarise,
  toFileResult,
  unreadableReport,
  type CheckReport,
  type Finding,
  type SheetSnapshot,
} from '../../src/core';
import { fundRow, fundSheet, pairingSheet, type Grid } from './grids';

const Y = 2021;
const row = fundRow('龙窝镇', Y);
/** 龙窝镇 2021: 省级 (column E) typed 1300 instead of 1200; one error on E. */
const wrongProvince = (rows: Grid) => (rows[row - 1][4] = 1300);
const sheets = (edit: (rows: Grid) => unknown = wrongProvince): SheetSnapshot[] => [pairingSheet(), fundSheet({ years: [Y, Y + 1], edit })];
const check = (s: SheetSnapshot[], ignores = [] as ReturnType<typeof ignoreOf>[]): CheckReport => checkWorkbook({ sheets: s }, { ignores });

/** The 忽略记录 sheet as a host reads it back: marked as the product's, its rows as text. */
const ignoresSheet = (report: CheckReport, owned = true): SheetSnapshot => ({
  name: IGNORES_SHEET,
  rows: ignoresSheetRows(report.findings.filter((f) => f.ignored).map((f) => ignoreOf(f, f.ignored!.reason))),
  state: 'hidden',
  ...(owned ? { owned: true } : {}),
});

describe('ignores', () => {
  const base = check(sheets());
  const target = base.findings.find((f) => f.severity === 'error')!;

  it('an ignored error leaves the counts, keeps its place in the JSON with the reason, and is counted in summary.ignored', () => {
    const r = check(sheets(), [ignoreOf(target, '省里已批准调整')]);
    const before = summarise(base.findings);
    expect(summarise(r.findings)).toEqual({ ...before, errors: before.errors - 1, ignored: 1 });
    const json = toFileResult(r, 'x.xlsx');
    const hit = json.findings.filter((f) => f.ignored);
    expect(hit.map((f) => [f.code, f.sheet, f.cell, f.ignored!.reason])).toEqual([
      [target.code, target.sheet, target.cell, '省里已批准调整'],
    ]);
    expect(json.summary.ignored).toBe(1);
    expect(json.findings).toHaveLength(base.findings.length);
  });

  it('lapses when the cell’s value changes: the finding comes back, not ignored', () => {
    const ignore = ignoreOf(target, '已核实');
    const changed = check(
      sheets((rows) => (rows[row - 1][4] = 1310)),
      [ignore],
    );
    const again = changed.findings.find((f) => f.code === target.code && f.cell === target.cell);
    expect(again).toBeDefined();
    expect(again!.ignored).toBeUndefined();
    expect(summarise(changed.findings).ignored).toBe(0);
  });

  it('a row no single cell explains (实际 lists its candidates’ values) lapses when any of them changes', () => {
    const both = (h: number, i: number) => (rows: Grid) => {
      rows[row - 1][7] = h;
      rows[row - 1][8] = i;
    };
    const first = check(sheets(both(50, 170)));
    const rowFinding = first.findings.find((f) => f.severity === 'error' && f.cell.includes(':'))!;
    expect(rowFinding.actual).toBe('200.00 / 50.00 / 170.00');
    const ignore = ignoreOf(rowFinding, '待核实');
    expect(check(sheets(both(50, 170)), [ignore]).findings.find((f) => f.cell === rowFinding.cell)!.ignored).toEqual({ reason: '待核实' });
    expect(check(sheets(both(50, 171)), [ignore]).findings.find((f) => f.cell === rowFinding.cell)!.ignored).toBeUndefined();
  });

  it('travels in the product’s hidden 忽略记录 sheet: written with the outputs, read back from the workbook', () => {
    const r = check(sheets(), [ignoreOf(target, '已核实')]);
    const outs = renderOutputs(r, 'zh-CN');
    const rec = outs.find((o) => o.key === 'ignores');
    expect(rec).toMatchObject({ name: IGNORES_SHEET, hidden: true });
    // Every value is text (never a formula), header first.
    expect(rec!.rows.slice(1).map((cells) => cells.map((c) => c.v))).toEqual([
      [target.code, target.sheet, target.cell, target.actual ?? '', '已核实'],
    ]);
    const again = check([...sheets(), ignoresSheet(r)]);
    expect(again.findings.filter((f) => f.ignored).map((f) => [f.code, f.cell])).toEqual([[target.code, target.cell]]);
    expect(again.ignoreSheet).toBe(true);
    // Restoring the last ignore rewrites 忽略记录 empty rather than leaving the old one behind.
    const restored = { ...again, findings: again.findings.map((f) => ({ ...f, ignored: undefined }) as Finding) };
    const emptied = renderOutputs(restored, 'zh-CN').find((o) => o.key === 'ignores');
    expect(emptied!.rows).toHaveLength(1);
  });

  it('ignoresOnly (the page after 忽略 / 恢复): the list given replaces the workbook’s 忽略记录, so a restore sticks', () => {
    const two = () => sheets((rows) => ((rows[row - 1][4] = 1300), (rows[fundRow('九和镇', Y) - 1][4] = 1250)));
    const found = check(two()).findings;
    const [first, other] = [found.find((f) => f.cell === target.cell)!, found.find((f) => f.cell !== target.cell)!];
    expect([first, other].map((f) => f.code)).toEqual(['FUND-SHARE', 'FUND-SHARE']);
    const withSheet = [...two(), ignoresSheet(check(two(), [ignoreOf(first, '已核实')]))];
    const ignored = (r: CheckReport) => r.findings.filter((f) => f.ignored).map((f) => f.cell);
    expect(ignored(checkWorkbook({ sheets: withSheet }))).toEqual([first.cell]);
    expect(ignored(checkWorkbook({ sheets: withSheet }, { ignores: [ignoreOf(other, '另一个')] }))).toEqual([first.cell, other.cell]);
    expect(ignored(checkWorkbook({ sheets: withSheet }, { ignores: [ignoreOf(other, '另一个')], ignoresOnly: true }))).toEqual([
      other.cell,
    ]);
    const none = checkWorkbook({ sheets: withSheet }, { ignores: [], ignoresOnly: true });
    expect(ignored(none)).toEqual([]);
    expect(none.ignoreSheet).toBe(true);
  });

  it('a sheet called 忽略记录 that is not the product’s (no mark) sets nothing aside and is checked like any sheet', () => {
    const r = check(sheets(), [ignoreOf(target, '已核实')]);
    const again = check([...sheets(), ignoresSheet(r, false)]);
    expect(again.findings.some((f) => f.ignored)).toBe(false);
  });

  it('a marked sheet whose header was changed is not trusted', () => {
    const r = check(sheets(), [ignoreOf(target, '已核实')]);
    const forged = ignoresSheet(r);
    const rows = forged.rows.map((x) => [...x]);
    rows[0][4] = '备注';
    expect(check([...sheets(), { ...forged, rows }]).findings.some((f) => f.ignored)).toBe(false);
  });

  it('校验问题 lists ignored findings apart, with their reason, after the open ones', () => {
    const r = check(sheets(), [ignoreOf(target, '已与财政局核对')]);
    const issues = renderOutputs(r, 'zh-CN').find((o) => o.key === 'issues')!;
    const text = issues.rows.map((cells) => cells.map((c) => c.v));
    const heading = text.findIndex((cells) => cells[0] === '已忽略（1）');
    expect(heading).toBeGreaterThan(0);
    const rows = text.slice(heading).filter((cells) => cells.includes('已与财政局核对'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(target.cell);
    // The open findings above the heading do not include the ignored one.
    const above = text.slice(0, heading).filter((cells) => cells[2] === target.code && cells[4] === target.cell);
    expect(above).toHaveLength(0);
  });

  it('never sets aside what could not be read: WB-UNREADABLE and uncalculated formulas stay errors', () => {
    const s: SheetSnapshot[] = [pairingSheet(), fundSheet({ years: [Y], edit: (rows) => (rows[row - 1][3] = { error: '#UNCALCULATED' }) })];
    const all = check(s).findings;
    expect(all.map((f) => f.code)).toContain('FUND-UNCALCULATED');
    const r = check(
      s,
      all.map((f) => ignoreOf(f, '都忽略')),
    );
    expect(r.findings.filter((f) => !f.ignored).map((f) => f.code)).toEqual(['FUND-UNCALCULATED']);
    const unread = unreadableReport('damaged', 'x');
    const f = unread.findings[0];
    expect(applyIgnores(unread.findings, [ignoreOf(f, '忽略')])[0].ignored).toBeUndefined();
  });

  it('any subset of findings ignored: the counts drop by exactly that subset, by severity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }),
        (townAt, off, pick) => {
          const towns = [
            '龙窝镇',
            '瓦溪镇',
            '敬梓镇',
            '上义镇',
            '苏区镇',
            '黄塘镇',
            '九和镇',
            '好义镇',
            '水墩镇',
            '南岭镇',
            '柏埔镇',
            '中坝镇',
            '凤安镇',
            '义容镇',
            '蓝塘镇',
            '琴江镇',
          ];
          const r0 = fundRow(towns[townAt], Y);
          const s = [
            pairingSheet(),
            fundSheet({
              years: [Y],
              edit: (rows) => {
                rows[r0 - 1][4] = Number(rows[r0 - 1][4]) + off * 10;
                rows[r0 - 1][5] = Number(rows[r0 - 1][5]) - off;
              },
            }),
          ];
          const all = check(s).findings;
          const chosen = all.filter((f, i) => pick[i % pick.length] && f.code !== 'FUND-UNCALCULATED');
          const r = check(
            s,
            chosen.map((f) => ignoreOf(f, 'x')),
          );
          const sum = summarise(r.findings);
          const want = summarise(all);
          const by = (sev: string) => chosen.filter((f) => f.severity === sev).length;
          expect(sum).toEqual({
            errors: want.errors - by('error'),
            warnings: want.warnings - by('warning'),
            infos: want.infos - by('info'),
            ignored: chosen.length,
          });
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('--ignore lists', () => {
  it('accepts a finding copied from --json with a reason added (extra fields dropped)', () => {
    const f = toFileResult(check(sheets()), 'x.xlsx').findings[0];
    const r = parseIgnoreList([{ ...f, reason: ' 已核实 ' }]);
    expect(r).toEqual({ ok: true, ignores: [{ code: f.code, sheet: f.sheet, cell: f.cell, actual: f.actual, reason: '已核实' }] });
  });

  it.each([
    [{ code: 'FUND-SHARE', sheet: 's', cell: 'E6', actual: '1' }, 0, 'reason'],
    [{ code: 'FUND-SHARE', sheet: 's', cell: 'E6', actual: 1300, reason: 'r' }, 0, 'actual'],
    [{ code: 'FUND-SHARE', sheet: 's', cell: 'E6', actual: '1', reason: '   ' }, 0, 'reason'],
    [{ code: 'FUND-SHARE', sheet: 's', cell: 'E6', actual: '1', reason: '理'.repeat(201) }, 0, 'reason'],
  ])('names the entry and field at fault: %j', (entry, index, field) => {
    expect(parseIgnoreList([entry])).toEqual({ ok: false, problem: { index, field } });
  });

  it('a list that is not an array is refused as a whole', () => {
    expect(parseIgnoreList({ code: 'x' })).toEqual({ ok: false, problem: { index: -1, field: '' } });
  });

  it('rows of 忽略记录 without a code or a reason are passed over; numbers read back as text', () => {
    const rows = ignoresSheetRows([{ code: 'FUND-SHARE', sheet: '资金', cell: 'E6', actual: '1300.00', reason: '已核实' }]);
    const got = ignoresFromSheet({
      rows: [...rows, ['', 's', 'A1', '', 'r'], ['FUND-SUM', 's', 'B2', 5, null], ['FUND-SUM', 's', 'B2', 5, 'ok']],
    });
    expect(got.map((i) => [i.code, i.cell, i.actual, i.reason])).toEqual([
      ['FUND-SHARE', 'E6', '1300.00', '已核实'],
      ['FUND-SUM', 'B2', '5', 'ok'],
    ]);
  });
});
