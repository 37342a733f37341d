/**
 * The Excel host against the strict simulator: at most 4 syncs for a usual workbook, no request over 5 MB, the
 * user's cells unchanged, re-runs idempotent, a user's own 测算结果 untouched, user text never a formula,
 * and Excel's refusals turned into clear errors.
 */
import { DEFAULT_PROFILE, readParamsSheet, renderTemplate, type SheetSnapshot } from '../../src/core';
import { HostError, insertParams, insertTemplate, runCheck, selectCell } from '../../src/hosts/excel';
import fc from 'fast-check';
import { calculate } from '../sim/formulas';
import { installSimulator, PAYLOAD_LIMIT, type Simulator } from '../sim/sim';
import { emptySheet, type SimModel } from '../sim/model';
import { fundRow, fundSheet, pairingSheet, sharesOf } from '../core/grids';

const P = DEFAULT_PROFILE;
const Y = P.years.first;

function modelOf(sheets: SheetSnapshot[]): SimModel {
  return {
    displayLanguage: 'zh-CN',
    names: [],
    sheets: sheets.map((s) => ({
      ...emptySheet(s.name),
      cells: s.rows.map((r) => [...r]),
      merges: (s.merges ?? []).map((m) => `${String.fromCharCode(64 + m.left)}${m.top}:${String.fromCharCode(64 + m.right)}${m.bottom}`),
    })),
  };
}

function install(model: SimModel): Simulator {
  return installSimulator(model);
}

const userCells = (sim: Simulator, names: string[]) => JSON.stringify(names.map((n) => sim.sheet(n)!.cells));

describe('the strict simulator', () => {
  it('refuses to read a property that was not loaded and synced', async () => {
    const sim = install(modelOf([pairingSheet()]));
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('结对安排表');
      expect(() => ws.name).toThrow(/load/);
      ws.load('name');
      expect(() => ws.name).toThrow(/load/);
      await ctx.sync();
      expect(ws.name).toBe('结对安排表');
      const missing = ctx.workbook.worksheets.getItemOrNullObject('没有这张表');
      missing.load('name');
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it('makes text starting with = a formula unless the cell is formatted as text', async () => {
    const sim = install(modelOf([pairingSheet()]));
    await sim.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('结对安排表');
      ws.getRange('H1').values = [['=1+1']];
      const r = ws.getRange('H2');
      r.numberFormat = [['@']];
      r.values = [['=1+1']];
      await ctx.sync();
    });
    expect(sim.sheet('结对安排表')!.formulas).toEqual({ H1: '=1+1' });
  });
});

describe('the Excel host', () => {
  it('checks a five-year fund sheet in at most 4 syncs, no request over 5 MB (big sheets: excel-read-size.test.ts)', async () => {
    const small = install(modelOf([pairingSheet(), fundSheet({ years: [Y, Y + 1, Y + 2, Y + 3, Y + 4], totals: true })]));
    const a = await runCheck({ lang: 'zh-CN' });
    expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(a.shares).toHaveLength(80);
    expect(small.syncs).toBeLessThanOrEqual(4);
    expect(small.largestRequest).toBeLessThan(PAYLOAD_LIMIT);
  });

  it('leaves every user cell unchanged, and a re-run replaces its sheets instead of adding more', async () => {
    const sheets = [pairingSheet(), fundSheet({ years: [Y], edit: (rows) => (rows[fundRow('龙窝镇', Y) - 1][4] = 1300) })];
    const sim = install(modelOf(sheets));
    const before = userCells(sim, ['结对安排表', '资金筹集']);
    await runCheck({ lang: 'zh-CN' });
    const first = JSON.stringify([sim.sheet('测算结果')!.cells, sim.sheet('校验问题')!.cells]);
    await runCheck({ lang: 'zh-CN' });
    expect(userCells(sim, ['结对安排表', '资金筹集'])).toBe(before);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '测算结果', '校验问题']);
    expect(JSON.stringify([sim.sheet('测算结果')!.cells, sim.sheet('校验问题')!.cells])).toBe(first);
    expect(sim.model.names.map((n) => [n.name, n.visible])).toEqual([
      ['_bangfu_results', false],
      ['_bangfu_issues', false],
    ]);
    const issues = sim.sheet('校验问题')!;
    const row = issues.cells.findIndex((r) => r[2] === 'FUND-SHARE');
    expect(issues.hyperlinks[`E${row + 1}`]).toBe(`'资金筹集'!E${fundRow('龙窝镇', Y)}`);
    expect(sim.sheet('测算结果')!.charts).toHaveLength(1);
    // 说明 wraps in its column (Excel fits the rows' heights).
    expect(issues.wrapped?.[`F${row + 1}`]).toBe(true);
    expect(issues.wrapped?.[`C${row + 1}`]).toBeUndefined();
  });

  it('never touches a user’s own sheet called 测算结果: it writes 测算结果（校验） and says so', async () => {
    const own = { ...emptySheet('测算结果'), cells: [['我的测算', 1]] };
    const model = modelOf([pairingSheet(), fundSheet({ years: [Y] })]);
    model.sheets.push(own);
    const sim = install(model);
    const r = await runCheck({ lang: 'zh-CN' });
    await runCheck({ lang: 'zh-CN' });
    expect(r.written.results).toBe('测算结果（校验）');
    expect(sim.sheet('测算结果')!.cells).toEqual([['我的测算', 1]]);
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '测算结果', '测算结果（校验）', '校验问题']);
  });

  it('writes =HYPERLINK(...) typed in a town cell into 校验问题 as text, never as a formula', async () => {
    const sim = install(
      modelOf([pairingSheet({ edit: (rows) => (rows[5][1] = '=HYPERLINK("http://evil.example","点我")') }), fundSheet({ years: [Y] })]),
    );
    await runCheck({ lang: 'zh-CN' });
    const issues = sim.sheet('校验问题')!;
    expect(issues.formulas).toEqual({});
    expect(sim.sheet('测算结果')!.formulas).toEqual({});
    expect(issues.cells.some((r) => r.some((v) => typeof v === 'string' && v.includes('=HYPERLINK("http://evil.example","点我")')))).toBe(
      true,
    );
  });

  it('turns cell-editing mode and a protected workbook into clear errors, and writes nothing', async () => {
    const sim = install(modelOf([pairingSheet(), fundSheet({ years: [Y] })]));
    sim.excelApi = '1.10'; // before delayForCellEdit
    sim.editingMode = true;
    const e = await runCheck({ lang: 'zh-CN' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HostError);
    expect((e as HostError).key).toBe('cellEditing');
    expect((e as HostError).userMessage('zh-CN')).toContain('正在编辑单元格');
    sim.editingMode = false;
    sim.workbookProtected = true;
    const p = await runCheck({ lang: 'en-US' }).catch((x: unknown) => x);
    expect((p as HostError).key).toBe('protected');
    expect((p as HostError).userMessage('en-US')).toContain('protected');
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集']);
  });

  it('selects a finding’s cell, activating its sheet', async () => {
    const sim = install(modelOf([pairingSheet(), fundSheet({ years: [Y] })]));
    await selectCell('资金筹集', 'E6');
    expect(sim.selection).toEqual({ sheet: '资金筹集', address: 'E6' });
    expect(sim.active).toBe('资金筹集');
    await selectCell('结对安排表', 'B4:B19');
    expect(sim.selection).toEqual({ sheet: '结对安排表', address: 'B4:B19' });
  });
});

describe('新建模板', () => {
  const TEMPLATE = renderTemplate(P).map((s) => s.name);

  it('inserts a pairing table prefilled from the annex and a fund sheet whose formulas total what a clerk fills in, never over a sheet', async () => {
    const model: SimModel = { displayLanguage: 'zh-CN', names: [], sheets: [emptySheet('Sheet1')] };
    const sim = install(model);
    const r = await insertTemplate({ lang: 'zh-CN' });
    expect(r).toEqual({ inserted: TEMPLATE, skipped: [] });
    // 填表说明 comes first and is what the clerk sees.
    expect(sim.active).toBe('填表说明');
    const towns = sim
      .sheet('结对安排表')!
      .cells.slice(3)
      .map((row) => row[1]);
    expect(towns).toEqual(P.towns.map((t) => t.name));
    // Fill only 省级, 深圳市, 市级 and 县级 as a clerk would; 河源市, 合计 and each year's 合计 row are formulas.
    const fund = sim.sheet('资金筹集')!;
    fund.cells.forEach((row, i) => {
      if (i < 5 || typeof row[1] !== 'string') return;
      const [, province, shenzhen, , city, county] = sharesOf(P.standard);
      Object.assign(row, { 4: province, 5: shenzhen, 7: city, 8: county });
    });
    const report = await runCheck({ lang: 'zh-CN' });
    expect(report.findings.filter((f) => /^(PAIR|FUND|WB)-/.test(f.code))).toEqual([]);
    expect(report.shares).toHaveLength(P.towns.length * (P.years.last - P.years.first + 1));
    const totals = fund.cells.filter((row) => row[0] === '合计').map((row) => row.slice(2, 9));
    expect(totals).toEqual(
      Array.from({ length: P.years.last - P.years.first + 1 }, (_, i) => [P.years.first + i, ...sharesOf(P.standard * P.towns.length)]),
    );
    expect(await insertTemplate({ lang: 'zh-CN' })).toEqual({ inserted: [], skipped: TEMPLATE });
  });

  it('writes 合计 = 省级 + 深圳市 + 河源市, 河源市 = 市级 + 县级 and each year’s column totals as formulas, whatever is filled in', async () => {
    const sim = install({ displayLanguage: 'zh-CN', names: [], sheets: [] });
    await insertTemplate({ lang: 'zh-CN' });
    const fund = sim.sheet('资金筹集')!;
    const townRows = fund.cells.map((row, i) => (i >= 5 && typeof row[1] === 'string' ? i : -1)).filter((i) => i >= 0);
    const amount = fc.option(
      fc.integer({ min: 0, max: 900_000 }).map((n) => n / 100),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount, amount, amount), { minLength: townRows.length, maxLength: townRows.length }),
        (filled) => {
          townRows.forEach((r, k) => Object.assign(fund.cells[r], { 4: filled[k][0], 5: filled[k][1], 7: filled[k][2], 8: filled[k][3] }));
          calculate(fund);
          const sum = (xs: (number | null)[]) => (xs.some((x) => x !== null) ? xs.reduce<number>((a, x) => a + (x ?? 0), 0) : null);
          const close = (a: unknown, b: number | null) => (b === null ? a === null : typeof a === 'number' && Math.abs(a - b) < 1e-6);
          let first = townRows[0];
          fund.cells.forEach((row, i) => {
            if (townRows.includes(i)) {
              expect(close(row[6], sum([row[7] as number | null, row[8] as number | null]))).toBe(true);
              expect(close(row[3], sum([row[4], row[5], row[6]] as (number | null)[]))).toBe(true);
            } else if (i >= 5 && row[0] === '合计') {
              for (const c of [3, 4, 5, 6, 7, 8]) {
                const column = fund.cells.slice(first, i).map((x) => x[c] as number | null);
                expect(close(row[c], sum(column))).toBe(true);
              }
              first = i + 1;
            }
          });
        },
      ),
      { numRuns: 20 },
    );
    // The formulas are the product's own, and only in the fund sheet's 合计 and 河源市 cells.
    expect(Object.keys(fund.formulas).length).toBe(townRows.length * 2 + (P.years.last - P.years.first + 1) * 6);
    for (const name of TEMPLATE.filter((n) => n !== '资金筹集')) expect(sim.sheet(name)!.formulas).toEqual({});
  });

  it('adds dropdowns for 镇, 帮扶类型, 年度 and 是/否 from the profile, with a warning for other text', async () => {
    const sim = install({ displayLanguage: 'zh-CN', names: [], sheets: [] });
    await insertTemplate({ lang: 'zh-CN' });
    const towns = P.towns.map((t) => t.name).join(',');
    const years = Array.from({ length: P.years.last - P.years.first + 1 }, (_, i) => P.years.first + i).join(',');
    const lists = (name: string) => sim.sheet(name)!.validations!.map((v) => [v.range, v.source, v.inCellDropDown, v.alert]);
    const last = 3 + P.towns.length;
    expect(lists('结对安排表')).toEqual([
      [`B4:B${last}`, towns, true, '不在列表中'],
      [`C4:C${last}`, '重点帮扶镇,巩固提升镇', true, '不在列表中'],
    ]);
    expect(lists('资金筹集').slice(0, 4)).toEqual([
      [`B6:B${5 + P.towns.length}`, towns, true, '不在列表中'],
      [`C6:C${5 + P.towns.length}`, years, true, '不在列表中'],
      [`B${7 + P.towns.length}:B${6 + 2 * P.towns.length}`, towns, true, '不在列表中'],
      [`C${7 + P.towns.length}:C${6 + 2 * P.towns.length}`, years, true, '不在列表中'],
    ]);
    expect(lists('因素表').map((v) => [v[0], v[1]])).toEqual([
      [`A4:A${last}`, towns],
      [`F4:F${last}`, '是,否'],
      [`G4:G${last}`, '是,否'],
    ]);
    expect(lists('村集体经济').map((v) => v[1])).toEqual([towns, years]);
    expect(lists('工作队名册').map((v) => v[1])).toEqual([towns]);
  });

  it('inserts the template without dropdowns in an Excel before ExcelApi 1.8, formulas and all', async () => {
    const sim = install({ displayLanguage: 'zh-CN', names: [], sheets: [] });
    sim.excelApi = '1.7';
    expect((await insertTemplate({ lang: 'zh-CN' })).inserted).toEqual(TEMPLATE);
    for (const name of TEMPLATE) expect(sim.sheet(name)!.validations ?? []).toEqual([]);
    expect(Object.keys(sim.sheet('资金筹集')!.formulas).length).toBeGreaterThan(0);
  });

  it('inserts every template sheet, in order, the record sheets with the profile’s column names, none marked as the product’s', async () => {
    const sim = install({ displayLanguage: 'zh-CN', names: [], sheets: [emptySheet('Sheet1')] });
    await insertTemplate({ lang: 'zh-CN' });
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['Sheet1', ...TEMPLATE]);
    expect(TEMPLATE).toEqual(['填表说明', '结对安排表', '资金筹集', '因素表', '工作队名册', '村集体经济', '会议记录', '规则参数']);
    expect(sim.sheet('因素表')!.cells[2]).toEqual([
      '镇',
      '面积（平方公里）',
      '户籍人口',
      '行政村数',
      '脱贫人口',
      '美丽乡村风貌带',
      '沿高速',
    ]);
    expect(
      sim
        .sheet('因素表')!
        .cells.slice(3)
        .map((r) => r[0]),
    ).toEqual([...P.towns.map((t) => t.name), '权重']);
    expect(sim.sheet('工作队名册')!.cells[2]).toEqual([
      '镇',
      '姓名',
      '队内职务',
      '政治面貌',
      '职级',
      '编制',
      '派驻日期',
      '人员类别',
      '所属单位',
      '镇任职',
      '驻村',
    ]);
    expect(sim.sheet('村集体经济')!.cells[2]).toEqual(['镇', '村', '村类型', '年度', '集体经济收入（万元）']);
    expect(sim.sheet('会议记录')!.cells[2]).toEqual(['单位', '日期', '会议类型', '议题']);
    expect(sim.model.names).toEqual([]);
  });

  it('skips the sheets whose names are taken, and leaves every other sheet’s cells unchanged', async () => {
    const own = { ...emptySheet('会议记录'), cells: [['我的会议', '=不是公式']] };
    const model = modelOf([pairingSheet(), fundSheet({ years: [Y] })]);
    model.sheets.push(own, { ...emptySheet('Sheet1'), cells: [[1, '备注']] });
    const sim = install(model);
    const before = userCells(sim, ['结对安排表', '资金筹集', '会议记录', 'Sheet1']);
    const r = await insertTemplate({ lang: 'zh-CN' });
    expect(r.skipped).toEqual(['结对安排表', '资金筹集', '会议记录']);
    expect(r.inserted).toEqual(TEMPLATE.filter((n) => !r.skipped.includes(n)));
    expect(userCells(sim, ['结对安排表', '资金筹集', '会议记录', 'Sheet1'])).toBe(before);
    expect(sim.active).toBe('填表说明');
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '会议记录', 'Sheet1', ...r.inserted]);
  });
});

describe('插入规则参数表', () => {
  /** The simulated sheet as a snapshot, to read it back as the engine does. */
  const snapshotOf = (sim: Simulator, name: string): SheetSnapshot => ({
    name,
    rows: sim.sheet(name)!.cells.map((r) => r.map((v) => (v === '' ? null : v))),
  });

  it('inserts only 规则参数, prefilled with the default values, and activates it; no mark of the product’s sheets', async () => {
    const model = modelOf([pairingSheet(), fundSheet({ years: [Y] })]);
    const sim = install(model);
    const before = userCells(sim, ['结对安排表', '资金筹集']);
    expect(await insertParams({ lang: 'zh-CN' })).toEqual({ inserted: ['规则参数'], skipped: [] });
    expect(sim.model.sheets.map((s) => s.name)).toEqual(['结对安排表', '资金筹集', '规则参数']);
    expect(sim.active).toBe('规则参数');
    expect(sim.model.names).toEqual([]);
    expect(userCells(sim, ['结对安排表', '资金筹集'])).toBe(before);
    const params = sim.sheet('规则参数')!;
    expect(params.formulas).toEqual({});
    expect(params.cells.find((r) => r[1] === 'standard')?.[2]).toBe(P.standard);
    const back = readParamsSheet(snapshotOf(sim, '规则参数'), P);
    expect(back.findings).toEqual([]);
    expect(back.profile).toEqual(P);
  });

  it('never inserts over a sheet called 规则参数', async () => {
    const own = { ...emptySheet('规则参数'), cells: [['我的参数', 1]] };
    const sim = install({ displayLanguage: 'zh-CN', names: [], sheets: [own] });
    expect(await insertParams({ lang: 'zh-CN' })).toEqual({ inserted: [], skipped: ['规则参数'] });
    expect(sim.sheet('规则参数')!.cells).toEqual([['我的参数', 1]]);
    expect(sim.model.sheets).toHaveLength(1);
  });
});
