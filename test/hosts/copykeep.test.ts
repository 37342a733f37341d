/**
 * The result workbook keeps the user's workbook whole (DESIGN.md "Host contracts"): on real files with charts,
 * pivot tables, validation, names, comments, styles and VBA, every original part other than the four that list
 * sheets and the style sheet (only appended to, for #,##0.00 amounts) keeps its stored bytes; the product's sheets hold the grid's values; a re-run replaces them; a user's
 * own 测算结果 is never touched; user text is never a formula; files that cannot be edited safely get a new
 * workbook and a reason. Outputs are built by hand (test/fixtures/outputs.ts).
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { RESULTS_TITLE, RESULT_HEADER, RESULT_ROWS, issuesSheet, outputs, resultsSheet } from '../fixtures/outputs';
import {
  FIXTURES,
  REWRITTEN,
  STYLES_PART,
  changedParts,
  changedRaw,
  contentTypeProblems,
  malformedXml,
  reachability,
  sheetNames,
  sheetPart,
  text,
} from '../fixtures/package';
import { richWorkbook } from '../fixtures/rich-workbook';
import { cellXfs, fontsOf, numberStyles, numFmtsOf, otherLists, resolveStyle } from './styles-parts';

const build = (bytes: Uint8Array) => buildResultWorkbook(bytes, outputs(), { fallback: writeNewWorkbook });
const parts = (bytes: Uint8Array) => Object.keys(unzipSync(bytes));

describe.each(FIXTURES)('buildResultWorkbook on $name', (fx) => {
  let input: Uint8Array;
  let once: Awaited<ReturnType<typeof build>>;
  let twice: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    input = await fx.load();
    once = await build(input);
    twice = await build(once.bytes);
  });

  it('keeps a copy: every original part but the four that list sheets and the style sheet keeps its stored bytes', () => {
    expect(parts(input)).toEqual(expect.arrayContaining(fx.carries));
    expect(once.mode).toBe('copy');
    expect(once.reason).toBeUndefined();
    expect(changedRaw(input, once.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
    expect(changedParts(input, once.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
  });

  it('only appends to the style sheet: every cell format, font and number format the file had is unchanged, amounts are #,##0.00', () => {
    const before = text(input, STYLES_PART);
    const after = text(once.bytes, STYLES_PART);
    expect(cellXfs(after).slice(0, cellXfs(before).length)).toEqual(cellXfs(before));
    expect(fontsOf(after).slice(0, fontsOf(before).length)).toEqual(fontsOf(before));
    expect(numFmtsOf(after).slice(0, numFmtsOf(before).length)).toEqual(numFmtsOf(before));
    expect(otherLists(after)).toEqual(otherLists(before));
    const d4 = numberStyles(text(once.bytes, sheetPart(once.bytes, '测算结果'))).get('D4')!;
    expect(resolveStyle(after, d4)!.code).toBe('#,##0.00');
    expect(text(twice.bytes, STYLES_PART)).toBe(after);
  });

  it('appends 测算结果 and 校验问题 after the user’s sheets, marked by hidden defined names', () => {
    const before = sheetNames(input);
    expect(sheetNames(once.bytes)).toEqual([...before, '测算结果', '校验问题']);
    const wb = text(once.bytes, 'xl/workbook.xml');
    expect(wb).toMatch(/<(\w+:)?definedName name="_bangfu_results" hidden="1">'测算结果'!\$A\$1<\/(\w+:)?definedName>/);
    expect(wb).toMatch(/<(\w+:)?definedName name="_bangfu_issues" hidden="1">'校验问题'!\$A\$1<\/(\w+:)?definedName>/);
    expect(once.names).toEqual({ results: '测算结果', issues: '校验问题' });
  });

  it('writes well-formed parts, every part reachable and typed, no dangling relationship', () => {
    expect(malformedXml(once.bytes, (p) => REWRITTEN.has(p) || !parts(input).includes(p))).toEqual([]);
    const { reached, dangling } = reachability(once.bytes);
    expect(dangling).toEqual(reachability(input).dangling);
    const newParts = parts(once.bytes).filter((p) => !parts(input).includes(p));
    expect(newParts.filter((p) => !reached.has(p))).toEqual([]);
    expect(contentTypeProblems(once.bytes)).toEqual(contentTypeProblems(input));
  });

  it('a second run replaces the product’s sheets: one 测算结果, one 校验问题, the user’s parts still identical', () => {
    expect(twice.mode).toBe('copy');
    expect(sheetNames(twice.bytes)).toEqual(sheetNames(once.bytes));
    expect(changedRaw(input, twice.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
    // The old sheets' parts (and their drawing and chart) went with them: as many parts as after one run.
    expect(parts(twice.bytes).sort()).toEqual(parts(once.bytes).sort());
    const { reached } = reachability(twice.bytes);
    expect(parts(twice.bytes).filter((p) => !parts(input).includes(p) && !reached.has(p))).toEqual([]);
    expect(contentTypeProblems(twice.bytes)).toEqual(contentTypeProblems(input));
    const wb = text(twice.bytes, 'xl/workbook.xml');
    expect(wb.match(/_bangfu_results/g)).toHaveLength(1);
    expect(wb.match(/_bangfu_issues/g)).toHaveLength(1);
  });

  it('lists the new sheets in docProps/app.xml when the file lists its sheets there', () => {
    const files = unzipSync(input);
    if (!files['docProps/app.xml'] || !/TitlesOfParts/.test(text(input, 'docProps/app.xml'))) return;
    const app = text(twice.bytes, 'docProps/app.xml');
    for (const n of sheetNames(twice.bytes)) expect(app).toContain(`lpstr>${n}</`);
    expect(app.match(/lpstr>测算结果</g)).toHaveLength(1);
  });
});

describe('the product’s sheets', () => {
  it('hold the grid’s values: numbers as numbers, text as text', async () => {
    const r = await build(await richWorkbook());
    const snap = await readSnapshot(r.bytes);
    if (!snap.ok) throw new Error('unreadable');
    const results = snap.snapshot.sheets.find((s) => s.name === '测算结果')!;
    expect(results.owned).toBe(true);
    expect(results.rows[2]).toEqual(RESULT_HEADER);
    expect(results.rows.slice(3, 6)).toEqual(RESULT_ROWS);
    expect(results.rows[0][0]).toBe(RESULTS_TITLE);
  });

  it('draw 测算结果’s chart as a clustered column chart of its own cells', async () => {
    const r = await build(await richWorkbook());
    const rels = text(r.bytes, `xl/worksheets/_rels/${sheetPart(r.bytes, '测算结果').split('/').pop()}.rels`);
    const drawing = /Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(rels)![1];
    const chart = /Target="\.\.\/charts\/(chart\d+\.xml)"/.exec(text(r.bytes, `xl/drawings/_rels/${drawing}.rels`))![1];
    const xml = text(r.bytes, `xl/charts/${chart}`);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toContain("<c:f>'测算结果'!$A$4:$A$6</c:f>");
    expect(xml.match(/<c:ser>/g)).toHaveLength(4);
    expect(xml).toContain('<c:v>九和镇</c:v>');
  });

  it('write text that looks like a formula as an inline string, never as a formula', async () => {
    const r = await build(await richWorkbook());
    const xml = text(r.bytes, sheetPart(r.bytes, '校验问题'));
    expect(xml).not.toContain('<f>');
    expect(xml).not.toMatch(/<(\w+:)?f[\s>]/);
    expect(xml).toContain('t="inlineStr"><is><t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t></is>');
    expect(xml).toContain('<t>@SUM(A1)</t>');
    expect(xml).toContain('<t>&lt;b&gt;&amp;amp;&lt;/b&gt;</t>');
    expect(xml).toContain('<t>_x005F_x0041_</t>');
    expect(xml).toContain('<t>badchar</t>');
  });

  it('link a finding to its cell with an internal hyperlink (no relationship needed)', async () => {
    const r = await build(await richWorkbook());
    const xml = text(r.bytes, sheetPart(r.bytes, '校验问题'));
    expect(xml).toContain(`<hyperlink ref="E3" location="'资金筹集'!D7" display="资金筹集!D7"/>`);
    expect(unzipSync(r.bytes)[`xl/worksheets/_rels/${sheetPart(r.bytes, '校验问题').split('/').pop()}.rels`]).toBeUndefined();
  });
});

describe('a user’s own sheets', () => {
  it('never replaces a user’s sheet called 测算结果: it stays byte for byte, the product writes under another name', async () => {
    const input = await richWorkbook({ userSheetNamed: '测算结果' });
    const userPart = sheetPart(input, '测算结果');
    const once = await build(input);
    expect(once.names.results).toBe('测算结果（校验）');
    const twice = await build(once.bytes);
    expect(twice.names.results).toBe('测算结果（校验）');
    expect(sheetNames(twice.bytes)).toEqual(['结对安排表', '资金筹集', '测算结果', '透视', '测算结果（校验）', '校验问题']);
    expect(sheetPart(twice.bytes, '测算结果')).toBe(userPart);
    expect(changedRaw(input, twice.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
    const snap = await readSnapshot(twice.bytes);
    if (!snap.ok) throw new Error('unreadable');
    expect(snap.snapshot.sheets.find((s) => s.name === '测算结果')!.rows[0][0]).toBe('这是用户自己的表，不能被覆盖');
  });

  it('replaces the product’s sheet where it stands, so names local to later sheets and the active tab stay right', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('甲').getCell('A1').value = 1;
    const old = wb.addWorksheet('测算结果');
    old.getCell('A1').value = RESULTS_TITLE;
    old.getRow(3).values = RESULT_HEADER;
    old.getCell('A4').value = '旧的结果';
    const later = wb.addWorksheet('乙');
    later.getCell('A1').value = 2;
    later.pageSetup.printArea = 'A1:B2';
    wb.definedNames.add("'测算结果'!$A$1", '_bangfu_results');
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 2, visibility: 'visible' }];
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const oldPart = sheetPart(input, '测算结果');
    const r = await build(input);
    expect(sheetNames(r.bytes)).toEqual(['甲', '测算结果', '乙', '校验问题']);
    const wbXml = text(r.bytes, 'xl/workbook.xml');
    expect(wbXml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="2">&apos;乙&apos;!$A1:$B2</definedName>');
    expect(wbXml).toContain('activeTab="2"');
    expect(wbXml.match(/_bangfu_results/g)).toHaveLength(1);
    expect(unzipSync(r.bytes)[oldPart] === undefined || sheetPart(r.bytes, '测算结果') === oldPart).toBe(true);
    const snap = await readSnapshot(r.bytes);
    if (!snap.ok) throw new Error('unreadable');
    expect(snap.snapshot.sheets.find((s) => s.name === '测算结果')!.rows[0][0]).toBe(RESULTS_TITLE);
    expect(snap.snapshot.sheets.find((s) => s.name === '测算结果')!.rows[3][0]).toBe(RESULT_ROWS[0][0]);
  });

  it('keeps the product’s 规则参数 sheet (which the user edits) when only 测算结果 and 校验问题 are written', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('规则参数').getCell('A1').value = '用户改过的参数';
    wb.definedNames.add("'规则参数'!$A$1", '_bangfu_params');
    const input = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await build(input);
    expect(sheetNames(r.bytes)).toEqual(['规则参数', '测算结果', '校验问题']);
    expect(text(r.bytes, 'xl/workbook.xml')).toContain('name="_bangfu_params"');
    expect(changedRaw(input, r.bytes).filter((p) => !REWRITTEN.has(p))).toEqual([]);
  });

  it('keeps the VBA project of an .xlsm and its macro-enabled workbook type', async () => {
    const input = await richWorkbook({ macro: true });
    const r = await build(input);
    expect(changedRaw(input, r.bytes)).not.toContain('xl/vbaProject.bin');
    expect(text(r.bytes, '[Content_Types].xml')).toContain(
      'PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"',
    );
  });
});

describe('re-running on a result the user has worked in', () => {
  it('drops a calculation chain that names the replaced sheet (Excel rebuilds it), and nothing else', async () => {
    const input = await richWorkbook({ calcChain: true });
    const once = await build(input);
    const id = /<sheet name="测算结果" sheetId="(\d+)"/.exec(text(once.bytes, 'xl/workbook.xml'))![1];
    const files = unzipSync(once.bytes);
    files['xl/calcChain.xml'] = strToU8(text(once.bytes, 'xl/calcChain.xml').replace('</calcChain>', `<c r="D4" i="${id}"/></calcChain>`));
    const edited = zipSync(files as Zippable);
    const twice = await build(edited);
    expect(parts(twice.bytes)).not.toContain('xl/calcChain.xml');
    expect(text(twice.bytes, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(contentTypeProblems(twice.bytes)).toEqual([]);
    expect(reachability(twice.bytes).dangling).toEqual([]);
    expect(changedRaw(input, twice.bytes).filter((p) => !REWRITTEN.has(p) && p !== 'xl/calcChain.xml')).toEqual([]);
  });

  it('a user’s edits elsewhere survive: a chain that does not name the product’s sheets stays byte for byte', async () => {
    const input = await richWorkbook({ calcChain: true });
    const twice = await build((await build(input)).bytes);
    expect(changedRaw(input, twice.bytes)).not.toContain('xl/calcChain.xml');
  });
});

describe('when the copy cannot be kept', () => {
  // (The illegal-character row is left out: writeNewWorkbook does not strip such characters yet.)
  const plain = () => [resultsSheet(), { ...issuesSheet(), rows: issuesSheet().rows.slice(0, -1) }];
  const fallback = (input: Uint8Array) => buildResultWorkbook(input, plain(), { fallback: writeNewWorkbook });
  const zipOf = (files: Record<string, string>) =>
    zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])) as Zippable);

  it('makes a new workbook with only the product’s sheets for a file that is not a zip, and says why', async () => {
    const r = await fallback(new TextEncoder().encode('镇,合计\n龙窝镇,2000'));
    expect(r.mode).toBe('new');
    expect(r.reason).toMatch(/zip/);
    const snap = await readSnapshot(r.bytes);
    if (!snap.ok) throw new Error('unreadable');
    expect(snap.snapshot.sheets.map((s) => s.name)).toEqual(['测算结果', '校验问题']);
  });

  it('falls back for Strict Open XML', async () => {
    const files = unzipSync(await richWorkbook());
    for (const k of Object.keys(files))
      if (k.endsWith('.xml'))
        files[k] = strToU8(
          new TextDecoder()
            .decode(files[k])
            .replace(/http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g, 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
        );
    const r = await fallback(zipSync(files as Zippable));
    expect([r.mode, r.reason]).toEqual(['new', 'the workbook is in Strict Open XML']);
  });

  it('falls back for a password-protected (OLE) file, a binary .xlsb workbook and a locked structure', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await fallback(ole)).reason).toMatch(/OLE/);
    const xlsb = zipOf({
      '[Content_Types].xml':
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>',
      '_rels/.rels':
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>',
      'xl/workbook.bin': 'binary',
    });
    const b = await fallback(xlsb);
    expect([b.mode, b.reason]).toEqual(['new', expect.stringMatching(/xlsb/)]);
    const files = unzipSync(await richWorkbook());
    files['xl/workbook.xml'] = strToU8(
      new TextDecoder().decode(files['xl/workbook.xml']).replace(/<sheets>/, '<workbookProtection lockStructure="1"/><sheets>'),
    );
    const locked = await fallback(zipSync(files as Zippable));
    expect([locked.mode, locked.reason]).toEqual(['new', expect.stringMatching(/protected/)]);
  });

  it('without a fallback given, writes a plain new workbook itself (no ExcelJS), readable, with its marks and chart', async () => {
    const r = await buildResultWorkbook(new Uint8Array([1, 2, 3]), [resultsSheet(), issuesSheet()]);
    expect(r.mode).toBe('new');
    expect(malformedXml(r.bytes)).toEqual([]);
    expect(contentTypeProblems(r.bytes)).toEqual([]);
    expect(parts(r.bytes)).toEqual(expect.arrayContaining(['xl/charts/chart1.xml']));
    const snap = await readSnapshot(r.bytes);
    if (!snap.ok) throw new Error('unreadable');
    expect(snap.snapshot.sheets.map((s) => [s.name, s.owned])).toEqual([
      ['测算结果', true],
      ['校验问题', true],
    ]);
  });
});
