/**
 * bangfu-check --template FILE.xlsx: a blank workbook a county office starts from. It opens in ExcelJS, the
 * check recognises every sheet by content (pairing, fund, 因素表, 工作队名册, 村集体经济, 会议记录), its pairing
 * rows are the annex, its 规则参数 sheet reads back as the default profile, and an existing file is never overwritten.
 */
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { runMain } from './run-main';
import { DEFAULT_PROFILE, readParamsSheet } from '../../src/core';
import { recogniseWorkbook } from '../../src/core/recognise';
import { readFileSnapshot } from '../../src/hosts/xlsx/read';
import { fundSheet, pairingSheet } from '../core/grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const P = DEFAULT_PROFILE;
let dir: string;

const run = runMain;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-template-'));
});

afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('bangfu-check --template', () => {
  it('writes a blank workbook that ExcelJS opens, with the pairing rows of the annex', async () => {
    const file = path.join(dir, '模板.xlsx');
    const r = await run(['--template', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已写出空白模板：${file}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '填表说明',
      '结对安排表',
      '资金筹集',
      '因素表',
      '工作队名册',
      '村集体经济',
      '会议记录',
      '规则参数',
    ]);
    // None is marked as the product's own output: a check reads every one of them.
    expect(wb.definedNames.model).toEqual([]);
    const pairing = wb.getWorksheet('结对安排表')!;
    const rows = P.towns.map((_, i) => [2, 3, 4, 5].map((c) => pairing.getCell(4 + i, c).value));
    expect(rows).toEqual(P.towns.map((t) => [t.name, P.typeLabels[t.type][0], t.lead, t.members.join('、')]));
    expect(pairing.getCell(4 + P.towns.length, 2).value).toBeNull();
  });

  it('is recognised by the check: pairing and fund sheets found, no PAIR-* finding', async () => {
    const file = path.join(dir, 'check-me.xlsx');
    const r = await run(['--template', file, '--json', '--fail-on', 'never', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('已写出空白模板');
    const [result] = r.json();
    const codes = result.findings.map((f) => f.code);
    expect(codes).not.toContain('WB-NO-PAIRING');
    expect(codes).not.toContain('WB-NO-FUND');
    expect(codes.filter((c) => c.startsWith('PAIR-'))).toEqual([]);
    expect(codes.filter((c) => c.endsWith('-HEADER'))).toEqual([]);
    // A blank template is nothing to correct: no error, no warning; the blank 权重 row only means "no weights yet".
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(codes).toContain('ALLOC-NO-WEIGHTS');
  });

  it('lays out the four record sheets so they are found by content, the 权重 row blank', async () => {
    const file = path.join(dir, 'records.xlsx');
    expect((await run(['--template', file])).code).toBe(0);
    const read = await readFileSnapshot(file);
    if (!read.ok) throw new Error(read.detail);
    const found = recogniseWorkbook(read.snapshot, P);
    expect(found.pairing.map((t) => t.sheet)).toEqual(['结对安排表']);
    expect(found.funds.map((t) => t.sheet)).toEqual(['资金筹集']);
    expect(found.problems).toEqual([]);
    expect(found.records.map((t) => [t.kind, t.sheet])).toEqual([
      ['factor', '因素表'],
      ['team', '工作队名册'],
      ['village', '村集体经济'],
      ['meeting', '会议记录'],
    ]);
    const factor = found.records[0];
    // Every factor of the profile is a column, one row per plan town, and a 权重 row with no weight in it.
    expect(Object.keys(P.sheetAliases.factors).every((k) => factor.columns[k])).toBe(true);
    expect(factor.rows.map((row) => row.cells.town?.raw)).toEqual(P.towns.map((t) => t.name));
    expect(factor.weightRow).toBeDefined();
    expect(Object.keys(P.sheetAliases.factors).map((k) => factor.weightRow!.cells[k]?.raw ?? null)).toEqual(
      Object.keys(P.sheetAliases.factors).map(() => null),
    );
    const team = found.records[1];
    expect(Object.keys(team.columns).sort()).toEqual([
      'category',
      'name',
      'party',
      'post',
      'rank',
      'role',
      'since',
      'staff',
      'town',
      'unit',
      'village',
    ]);
    expect(team.rows).toEqual([]);
    expect(Object.keys(found.records[2].columns).sort()).toEqual(['income', 'town', 'village', 'villageType', 'year']);
    expect(Object.keys(found.records[3].columns).sort()).toEqual(['date', 'meetingType', 'topic', 'unit']);
  });

  it('prefills 规则参数 with the profile’s values: read back, it is the default profile, with no PARAM-INVALID', async () => {
    const file = path.join(dir, 'params.xlsx');
    expect((await run(['--template', file])).code).toBe(0);
    const read = await readFileSnapshot(file);
    if (!read.ok) throw new Error(read.detail);
    const sheet = read.snapshot.sheets.find((s) => s.name === '规则参数')!;
    const back = readParamsSheet(sheet, P);
    expect(back.findings).toEqual([]);
    expect(back.profile).toEqual(P);
    const standard = sheet.rows.find((r) => r[1] === 'standard');
    expect(standard?.[2]).toBe(P.standard);
  });

  it('refuses to overwrite an existing file, in zh-CN, with exit code 2', async () => {
    const file = path.join(dir, 'existing.xlsx');
    const before = await xlsxFromGrids([pairingSheet(), fundSheet()]);
    await fs.writeFile(file, before);
    const r = await run(['--template', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`“${file}”已存在，不会覆盖`);
    expect(r.stdout).toBe('');
    expect(Buffer.compare(await fs.readFile(file), Buffer.from(before))).toBe(0);
  });
});
