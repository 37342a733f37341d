/**
 * The result workbook keeps the user's workbook whole: every original part byte-identical except the parts
 * that list sheets, the product's sheets replaced (not added again) on a re-run, a user's own sheet with the
 * same name never touched, user text never a formula, and a new workbook when the copy cannot be kept.
 */
import { unzipSync } from 'fflate';
import ExcelJS from 'exceljs';
import { renderOutputs, type OutputSheet } from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { richWorkbook } from '../fixtures/rich-workbook';

const LISTING = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'docProps/app.xml']);
const dec = new TextDecoder();

async function outputsFor(bytes: Uint8Array): Promise<OutputSheet[]> {
  const c = await checkBytes(bytes, 'x.xlsx');
  return renderOutputs(c.report, 'zh-CN');
}

async function build(bytes: Uint8Array) {
  return buildResultWorkbook(bytes, await outputsFor(bytes), { fallback: writeNewWorkbook });
}

function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = unzipSync(before);
  const b = unzipSync(after);
  return Object.keys(a).filter((k) => !b[k] || Buffer.compare(Buffer.from(a[k]), Buffer.from(b[k])) !== 0).sort();
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

describe('buildResultWorkbook', () => {
  it('keeps every part of a workbook with a chart, pivot table, data validation and names byte-identical but those that list sheets', async () => {
    const input = await richWorkbook();
    const names = Object.keys(unzipSync(input));
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart77.xml', 'xl/pivotTables/pivotTable77.xml', 'xl/pivotCache/pivotCacheRecords77.xml']));
    const r = await build(input);
    expect(r.mode).toBe('copy');
    expect(changedParts(input, r.bytes).filter((p) => !LISTING.has(p))).toEqual([]);
    expect(await sheetNames(r.bytes)).toEqual(['结对安排表', '资金筹集', '透视', '测算结果', '校验问题']);
    const wbXml = dec.decode(unzipSync(r.bytes)['xl/workbook.xml']);
    expect(wbXml).toContain('<pivotCache cacheId="77"');
    expect(wbXml).toContain('各镇合计');
    expect(wbXml).toMatch(/<definedName name="_bangfu_results" hidden="1">'测算结果'!\$A\$1<\/definedName>/);
  });

  it('writes the shares, the findings with links to their cells, and a chart of 测算结果', async () => {
    const input = await richWorkbook();
    const r = await build(input);
    const snap = await readSnapshot(r.bytes);
    if (!snap.ok) throw new Error('unreadable');
    const results = snap.snapshot.sheets.find((s) => s.name === '测算结果')!;
    expect(results.owned).toBe(true);
    const longwo = results.rows.find((row) => row[0] === '龙窝镇');
    expect(longwo?.slice(0, 9)).toEqual(['龙窝镇', 2021, '万元', 2000, 1200, 600, 200, 40, 160]);
    const files = unzipSync(r.bytes);
    const chart = Object.keys(files).find((k) => /^xl\/charts\/chart\d+\.xml$/.test(k) && k !== 'xl/charts/chart77.xml');
    expect(chart).toBeDefined();
    expect(dec.decode(files[chart!])).toContain("'测算结果'!$C$");
  });

  it('replaces its own sheets on a re-run, leaving exactly one 测算结果 and one 校验问题 and the user’s parts unchanged', async () => {
    const input = await richWorkbook();
    const once = await build(input);
    const twice = await build(once.bytes);
    expect(await sheetNames(twice.bytes)).toEqual(['结对安排表', '资金筹集', '透视', '测算结果', '校验问题']);
    expect(changedParts(input, twice.bytes).filter((p) => !LISTING.has(p))).toEqual([]);
    const parts = Object.keys(unzipSync(twice.bytes));
    expect(parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    expect(parts.filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))).toHaveLength(5);
  });

  it('never replaces a user’s own sheet called 测算结果: the product writes under another name', async () => {
    const input = await richWorkbook({ userSheetNamed: '测算结果' });
    const r = await build(input);
    expect(r.names.results).toBe('测算结果（校验）');
    const again = await build(r.bytes);
    expect(await sheetNames(again.bytes)).toEqual(['结对安排表', '资金筹集', '测算结果', '透视', '测算结果（校验）', '校验问题']);
    const snap = await readSnapshot(again.bytes);
    if (!snap.ok) throw new Error('unreadable');
    expect(snap.snapshot.sheets.find((s) => s.name === '测算结果')!.rows[0][0]).toBe('这是用户自己的表，不能被覆盖');
  });

  it('keeps an .xlsm’s VBA project and its macro-enabled content type', async () => {
    const input = await richWorkbook({ macro: true });
    const r = await build(input);
    const files = unzipSync(r.bytes);
    expect(Buffer.compare(Buffer.from(files['xl/vbaProject.bin']), Buffer.from(unzipSync(input)['xl/vbaProject.bin']))).toBe(0);
    expect(dec.decode(files['[Content_Types].xml'])).toContain('application/vnd.ms-excel.sheet.macroEnabled.main+xml');
  });

  it('writes text that looks like a formula as an inline string, never as a formula', async () => {
    const input = await richWorkbook();
    const outputs: OutputSheet[] = [{ name: '校验问题', key: 'issues', widths: [30], rows: [[{ v: '=HYPERLINK("http://evil.example","点我")' }], [{ v: '+1+1' }], [{ v: '@SUM(A1)' }]] }];
    const r = await buildResultWorkbook(input, outputs, { fallback: writeNewWorkbook });
    const files = unzipSync(r.bytes);
    const part = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).sort().pop()!;
    const xml = dec.decode(files[part]);
    expect(xml).not.toContain('<f>');
    expect(xml).toContain('<is><t>=HYPERLINK(&quot;http://evil.example&quot;,&quot;点我&quot;)</t></is>');
  });

  it('falls back to a new workbook with only the product’s sheets when the input cannot be edited, and says why', async () => {
    const outputs = await outputsFor(await richWorkbook());
    const r = await buildResultWorkbook(new TextEncoder().encode('镇,合计\n龙窝镇,2000'), outputs, { fallback: writeNewWorkbook });
    expect(r.mode).toBe('new');
    expect(r.reason).toMatch(/zip/);
    expect(await sheetNames(r.bytes)).toEqual(['测算结果', '校验问题']);
  });
});
