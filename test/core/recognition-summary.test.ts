/**
 * The recognition summary (识别情况) in words and in the 校验问题 sheet: every sheet told once with what it was read
 * as, the columns of a wide table told once with all their letters, the block above the findings' header (which
 * stays whole and frozen), links to each sheet's header, user text never a formula — and the product's sheets
 * still found again as its own when the result workbook is checked.
 */
import fc from 'fast-check';
import {
  describeRecognition,
  makeFinding,
  recognitionLines,
  renderIssues,
  renderOutputs,
  type CheckReport,
  type Finding,
  type OutCell,
  type OutputSheet,
} from '../../src/core';
import { checkBytes, resultWriter } from '../../src/hosts/xlsx/check-file';
import { sampleReport } from '../taskpane/report';
import { arbitraryRecognition, countyRecognition, townRecognition, wideColumns } from '../fixtures/recognition';
import { fundSheet, pairingSheet } from './grids';
import { xlsxFromGrids } from '../corpus/from-grid';

const HEADER_ZH = ['序号', '严重程度', '代码', '工作表', '单元格', '说明', '期望', '实际', '方案条款', '依据', '怎么改'];

/** Index of the findings' header row. */
const headerAt = (s: OutputSheet) => s.rows.findIndex((r) => r.map((c) => c.v).join('|') === HEADER_ZH.join('|'));
/** [code, sheet, cell] of each finding row below the header. */
const findingRows = (s: OutputSheet) =>
  s.rows
    .slice(headerAt(s) + 1)
    .filter((r) => typeof r[0]?.v === 'number')
    .map((r) => [r[2].v, r[3].v, r[4].v]);

describe('describeRecognition', () => {
  it('tells each sheet once, what it was read as, and why a sheet was not recognised', () => {
    const d = describeRecognition(countyRecognition(), 'zh-CN');
    expect(d.heading).toBe('识别情况');
    expect(d.sheets.map((s) => [s.sheet, s.recognised])).toEqual([
      ['结对安排表', true],
      ['资金分配表（2021-2025）', true],
      ['说明', false],
    ]);
    expect(d.sheets[1].as).toContain('宽表');
    expect(d.sheets[1].facts).toContain('2021–2025');
    expect(d.sheets[1].facts).toContain('80');
    expect(d.sheets[1].skipped).toHaveLength(2);
    expect(d.sheets[2].facts).toBe('缺少镇名列、金额列（合计、省级、深圳市、河源市…）');
    expect(describeRecognition(countyRecognition(), 'en-US').sheets[2].facts).toMatch(/^missing a town column, amount columns/);
  });

  it('tells a column of a wide table once with every year group’s letter, headers on one line', () => {
    const rec = countyRecognition();
    rec.sheets[1].columns = wideColumns([2021, 2022, 2023]);
    const { columns } = describeRecognition(rec, 'zh-CN').sheets[1];
    expect(columns).toContain('省级 → D、I、N「省级财政资金」');
    expect(columns).toContain('K、P「河源市级 配套」');
    expect(columns.match(/省级 →/g)).toHaveLength(1);
  });

  it('says a town’s own submission is read as that town’s, in both languages', () => {
    expect(describeRecognition(townRecognition('敬梓镇'), 'zh-CN').scope).toContain('敬梓镇报送');
    expect(describeRecognition(townRecognition('敬梓镇'), 'en-US').scope).toContain("敬梓镇's own submission");
    expect(describeRecognition(countyRecognition(), 'en-US').sheets.map((s) => s.as)).toEqual([
      'pairing table',
      'fund sheet (by town) · wide (years as column groups)',
      'not recognised',
    ]);
  });

  it('lists years as a range only when they run on', () => {
    const rec = townRecognition();
    rec.sheets[0].years = [2023, 2021];
    expect(describeRecognition(rec, 'zh-CN').sheets[0].facts).toContain('年度 2021、2023');
    rec.sheets[0].years = [2022, 2021, 2023];
    expect(describeRecognition(rec, 'en-US').sheets[0].facts).toContain('years 2021–2023');
  });

  it('plain lines: one per sheet, indented columns and skipped rows, whatever was read', () => {
    fc.assert(
      fc.property(arbitraryRecognition, fc.constantFrom('zh-CN' as const, 'en-US' as const), (rec, lang) => {
        const lines = recognitionLines(rec, lang);
        const sheetLines = lines.filter((l) => /^ {2}\S/.test(l));
        expect(sheetLines).toHaveLength(rec.sheets.length);
        rec.sheets.forEach((s, i) => expect(sheetLines[i]).toContain(s.sheet));
        const skipped = rec.sheets.reduce((n, s) => n + (s.skipped?.length ?? 0), 0);
        expect(lines.filter((l) => /^ {4}/.test(l)).length).toBe(skipped + rec.sheets.filter((s) => s.columns?.length).length);
      }),
    );
  });
});

describe('校验问题 with 识别情况', () => {
  const withRec = (rec = countyRecognition(), findings?: Finding[]): CheckReport => ({ ...sampleReport(findings), recognition: rec });

  it('puts one row per sheet above the findings: kind, sheet, a link to its header, the facts', () => {
    const s = renderIssues(withRec(), 'zh-CN');
    const h = headerAt(s);
    expect(h).toBe(2 + 1 + 3 + 1);
    expect(s.freezeRows).toBe(h + 1);
    expect(String(s.rows[2][0].v)).toMatch(/^识别情况：/);
    const block = s.rows.slice(3, 6);
    expect(block.map((r) => [r[3].v, r[4].v, r[4].link?.sheet, r[4].link?.cell])).toEqual([
      ['结对安排表', 'A3:E3', '结对安排表', 'A3'],
      ['资金分配表（2021-2025）', 'A3:W4', '资金分配表（2021-2025）', 'A3'],
      ['说明', '', undefined, undefined],
    ]);
    expect(block.map((r) => r[2].style)).toEqual(['text', 'text', 'warning']);
    expect(findingRows(s)).toEqual(findingRows(renderIssues(sampleReport(), 'zh-CN')));
  });

  it('the findings below are the same as without it, for any recognition and findings; every cell from the workbook is text', () => {
    const finding = fc
      .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom('资金筹集', '=HYPERLINK("x")', '结对安排表'))
      .map(([row, col, sheet]) =>
        makeFinding('FUND-SUM', { sheet, row, col }, { town: '龙窝镇', year: 2021 }, { expected: '1', actual: '2' }),
      );
    fc.assert(
      fc.property(arbitraryRecognition, fc.array(finding, { maxLength: 12 }), (rec, findings) => {
        const plain = renderIssues(sampleReport(findings), 'zh-CN');
        const told = renderIssues(withRec(rec, findings), 'zh-CN');
        expect(told.rows.slice(headerAt(told))).toEqual(plain.rows.slice(headerAt(plain)));
        expect(headerAt(told)).toBe(headerAt(plain) + rec.sheets.length + 2);
        expect(told.freezeRows === undefined || told.freezeRows === headerAt(told) + 1).toBe(true);
        const block: OutCell[] = told.rows.slice(2, headerAt(told)).flat();
        for (const c of block) expect(c.v === null || typeof c.v === 'string').toBe(true);
        expect(block.map((c) => c.v)).toEqual(expect.arrayContaining(rec.sheets.map((s) => s.sheet)));
      }),
    );
  });

  it('without a recognition the sheet is as before: the header on row 3, frozen', () => {
    const s = renderIssues(sampleReport(), 'en-US');
    expect([s.rows[2][0].v, s.rows[2][2].v, s.freezeRows]).toEqual(['No.', 'Code', 3]);
  });

  it('in a result workbook, 校验问题 with 识别情况 is still the product’s own: checking it again gives the same findings', async () => {
    const input = new Uint8Array(await xlsxFromGrids([pairingSheet(), fundSheet({ years: [2021] })]));
    const first = await checkBytes(input, 'x.xlsx');
    const report = { ...first.report, recognition: countyRecognition() };
    const once = await resultWriter(input, renderOutputs(report, 'zh-CN'));
    const twice = await resultWriter(once.bytes, renderOutputs(report, 'zh-CN'));
    const again = await checkBytes(twice.bytes, 'x.xlsx');
    expect(twice.mode).toBe('copy');
    expect(again.result.findings.map((f) => [f.code, f.sheet, f.cell])).toEqual(
      first.result.findings.map((f) => [f.code, f.sheet, f.cell]),
    );
  });
});
