/**
 * The streaming reader (src/hosts/xlsx/reader.ts) on what producers really write: namespace prefixes, CDATA,
 * entities, BOMs and UTF-16, rich and phonetic text, formulas with and without results, 1904 dates, merges,
 * sheet states, the product's marks — and the limits, counted on what is really read. Values are asserted as
 * [cell, value] pairs of the cells that exist (the rows are sparse).
 */
import fc from 'fast-check';
import ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot } from '../../src/core';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { readWorkbook, type ReadOutcome } from '../../src/hosts/xlsx/reader';
import { XmlError, XmlScanner, type XmlElement } from '../../src/hosts/xlsx/xmlscan';
import { rawXlsx, sheetXml, utf16, MAIN } from './xlsx-parts';

const colName = (c: number): string => (c > 26 ? colName(Math.floor((c - 1) / 26)) : '') + String.fromCharCode(65 + ((c - 1) % 26));

/** The cells that exist, as [A1 reference, value] pairs in row order. */
function cells(sheet: SheetSnapshot): [string, CellValue][] {
  const out: [string, CellValue][] = [];
  sheet.rows.forEach((row, r) => row.forEach((v, c) => out.push([`${colName(c + 1)}${r + 1}`, v])));
  return out;
}

function read(bytes: Uint8Array, limits = DEFAULT_LIMITS): Extract<ReadOutcome, { ok: true }>['snapshot'] {
  const r = readWorkbook(bytes, limits);
  if (!r.ok) throw new Error(`unreadable: ${r.reason} ${r.detail ?? ''}`);
  return r.snapshot;
}

const failure = (bytes: Uint8Array, limits = DEFAULT_LIMITS) => {
  const r = readWorkbook(bytes, limits);
  return r.ok ? 'read' : r.reason;
};

describe('the streaming reader', () => {
  it('resolves namespaces by URI: a workbook written with an x: prefix reads like one without', () => {
    const sst = `<x:sst xmlns:x="${MAIN}"><x:si><x:t>镇</x:t></x:si></x:sst>`;
    const data = '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12.5</x:v></x:c></x:row>';
    const s = read(rawXlsx({ prefix: 'x', sheets: [{ name: '资金', xml: sheetXml(data, '', 'x:') }], sharedStrings: sst }));
    expect(cells(s.sheets[0])).toEqual([
      ['A1', '镇'],
      ['B1', 12.5],
    ]);
  });

  it('does not take an element of another namespace for a cell', () => {
    const data = `<row r="1"><c r="A1"><v>1</v></c><o:c xmlns:o="urn:other" r="B1"><o:v>2</o:v></o:c></row>`;
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] })).sheets[0])).toEqual([['A1', 1]]);
  });

  it('reads CDATA, predefined and numeric entities, and Excel _xHHHH_ escapes', () => {
    const sst = `<sst xmlns="${MAIN}"><si><t><![CDATA[a<b & c]]></t></si><si><t>&#x4E2D;&#22269;&amp;&lt;&gt;&quot;&apos;</t></si><si><t>line_x000D_</t></si></sst>`;
    const data = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }], sharedStrings: sst })).sheets[0])).toEqual([
      ['A1', 'a<b & c'],
      ['B1', '中国&<>"\''],
      ['C1', 'line\r'],
    ]);
  });

  it('reads a literal CR LF or CR as LF, but a CR written as &#13; (or _x000D_) as CR', () => {
    const sst = `<sst xmlns="${MAIN}"><si><t>甲&#13;&#10;乙</t></si><si><t>丙\r\n丁\r戊</t></si></sst>`;
    const data =
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>' +
      '<c r="C1" t="inlineStr"><is><t>a&#xD;b\r\nc</t></is></c><c r="D1" t="str"><f>A1</f><v>x&#13;y_x000D_z</v></c></row>';
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }], sharedStrings: sst })).sheets[0])).toEqual([
      ['A1', '甲\r\n乙'],
      ['B1', '丙\n丁\n戊'],
      ['C1', 'a\rb\nc'],
      ['D1', 'x\ry\rz'],
    ]);
  });

  it('reads rich text runs but not the phonetic guide', () => {
    const sst = `<sst xmlns="${MAIN}"><si><r><rPr><b/></rPr><t>古</t></r><r><t xml:space="preserve">竹镇 </t></r><rPh sb="0" eb="1"><t>コ</t></rPh></si></sst>`;
    const data = '<row r="2"><c r="C2" t="s"><v>0</v></c><c r="D2" t="inlineStr"><is><r><t>内</t></r><r><t>联</t></r></is></c></row>';
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }], sharedStrings: sst })).sheets[0])).toEqual([
      ['C2', '古竹镇 '],
      ['D2', '内联'],
    ]);
  });

  it.each([
    ['UTF-8 with a BOM', (s: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)])],
    ['UTF-16LE', (s: string) => utf16(s.replace('UTF-8', 'UTF-16'))],
    ['UTF-16BE', (s: string) => utf16(s.replace('UTF-8', 'UTF-16'), true)],
  ])('reads parts in %s', (_, encode) => {
    const data = '<row r="1"><c r="A1" t="inlineStr"><is><t>紫金县</t></is></c><c r="B1"><v>3</v></c></row>';
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: encode(sheetXml(data)) }] })).sheets[0])).toEqual([
      ['A1', '紫金县'],
      ['B1', 3],
    ]);
  });

  it('refuses a DTD (no entity can expand) as a damaged file', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`;
    expect(failure(rawXlsx({ sheets: [{ name: 'S', xml }] }))).toBe('damaged');
  });

  it('gives cached results, booleans, errors and ISO dates; a formula without a result is #UNCALCULATED', () => {
    const data =
      '<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>1+1</f></c><c r="C1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>' +
      '<c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><v>#DIV/0!</v></c><c r="F1" t="d"><v>2024-03-01T00:00:00</v></c>' +
      '<c r="G1" t="str"><f>A1</f></c><c r="H1" s="3"/><c r="I1" t="s"/></row>';
    const s = read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] }));
    expect(cells(s.sheets[0])).toEqual([
      ['A1', 2],
      ['B1', { error: '#UNCALCULATED' }],
      ['C1', 'ab'],
      ['D1', true],
      ['E1', { error: '#DIV/0!' }],
      ['F1', 45352],
      ['G1', { error: '#UNCALCULATED' }],
    ]);
  });

  it('reads a formula whose cached result is the empty string (<v></v>, as Excel writes ="" results) as a blank cell', () => {
    const data =
      '<row r="1"><c r="A1" t="str"><f>IF(COUNT(B1:C1)=0,"",SUM(B1:C1))</f><v></v></c><c r="B1" t="str"><f>""</f><v/></c>' +
      '<c r="C1" t="str"><f>A2</f></c><c r="D1"><v>5</v></c></row>';
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] })).sheets[0])).toEqual([
      ['C1', { error: '#UNCALCULATED' }],
      ['D1', 5],
    ]);
  });

  it('counts ISO dates from 1904 in a 1904 workbook, and numbers stay as written', () => {
    const data = '<row r="1"><c r="A1" t="d"><v>2024-03-01</v></c><c r="B1" s="1"><v>43890</v></c></row>';
    expect(cells(read(rawXlsx({ date1904: true, sheets: [{ name: 'S', xml: sheetXml(data) }] })).sheets[0])).toEqual([
      ['A1', 45352 - 1462],
      ['B1', 43890],
    ]);
  });

  it('places cells without a reference one after another, and rows without a number after the last', () => {
    const data =
      '<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>';
    expect(cells(read(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] })).sheets[0])).toEqual([
      ['A1', 1],
      ['B1', 2],
      ['C4', 3],
      ['D4', 4],
      ['A5', 5],
    ]);
  });

  it('keeps a merged area value at its top-left only, and reads the merges', () => {
    const data =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>9</v></c></row><row r="2"><c r="A2"><v>9</v></c><c r="C2"><v>2</v></c></row>';
    const s = read(
      rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data, '<mergeCells count="1"><mergeCell ref="A1:B2"/></mergeCells>') }] }),
    );
    expect(cells(s.sheets[0])).toEqual([
      ['A1', 1],
      ['C2', 2],
    ]);
    expect(s.sheets[0].merges).toEqual([{ top: 1, left: 1, bottom: 2, right: 2 }]);
  });

  it('reads sheet states; a sheet is the product’s by its content, never by a mark alone; no other defined name is read', () => {
    const mark = (key: string, sheet: string) => `<definedName name="_bangfu_${key}" hidden="1">'${sheet}'!$A$1</definedName>`;
    const names = `<definedNames>${mark('results', '测算结果')}${mark('issues', 'S')}${mark('params', '规则参数')}<definedName name="Print_Area" localSheetId="0">S!$A$1:$XFD$1048576</definedName></definedNames>`;
    const row = (r: number, ...v: string[]) =>
      `<row r="${r}">${v.map((x, i) => `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${x}</t></is></c>`).join('')}</row>`;
    const results = sheetXml(row(1, '帮扶资金分担测算结果') + row(2, '单位：万元') + row(3, '镇', '年度', '单位', '合计'));
    const params = sheetXml(row(1, '校验规则参数：紫金县') + row(3, '参数', '键', '值', '说明'));
    const s = read(
      rawXlsx({
        definedNames: names,
        sheets: [
          // A forged 校验问题 mark on a fund sheet: still checked.
          { name: 'S', xml: sheetXml(row(1, '资金筹集表') + row(3, '镇', '年度', '合计')) },
          { name: '测算结果', xml: results, state: 'hidden' },
          // Old results renamed, without a mark: the product's output all the same.
          { name: '2024年测算结果', xml: results },
          { name: 'V', xml: sheetXml(''), state: 'veryHidden' },
          // 规则参数 is the user's settings unless the product's mark is on it.
          { name: '规则参数', xml: params },
          { name: '参数（用户）', xml: params },
        ],
      }),
    );
    expect(s.sheets.map((x) => [x.name, x.state, x.owned ?? false])).toEqual([
      ['S', 'visible', false],
      ['测算结果', 'hidden', true],
      ['2024年测算结果', 'visible', true],
      ['V', 'veryHidden', false],
      ['规则参数', 'visible', true],
      ['参数（用户）', 'visible', false],
    ]);
  });

  it('costs one cell for a cell at XFD1048576, with <col>, <dimension> and data validations never expanded', () => {
    const xml = `<worksheet xmlns="${MAIN}"><dimension ref="A1:XFD1048576"/><cols><col min="9" max="300000000" width="9"/></cols><sheetData><row r="1048576"><c r="XFD1048576"><v>7</v></c></row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="D1:H1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations></worksheet>`;
    // maxCells 1: the read would fail as too large if anything were expanded into cells (speed: npm run bench).
    const s = read(rawXlsx({ sheets: [{ name: 'S', xml }] }), { ...DEFAULT_LIMITS, maxCells: 1 });
    expect(cells(s.sheets[0])).toEqual([['XFD1048576', 7]]);
  });

  it.each([
    ['a row beyond the grid', '<row r="100000000"><c><v>1</v></c></row>'],
    ['a column beyond the grid', '<row r="1"><c r="XFE1"><v>1</v></c></row>'],
    ['a cell reference that is not one', '<row r="1"><c r="1A"><v>1</v></c></row>'],
  ])('calls %s damaged', (_, data) => {
    expect(failure(rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] }))).toBe('damaged');
  });

  it('counts the cells it stores, whatever whitespace separates the tag name, and stops at the limit', () => {
    const ws = [' ', '\t', '\n', '\r\n'];
    const data = Array.from({ length: 40 }, (_, i) => `<row r="${i + 1}"><c${ws[i % 4]}r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const book = rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] });
    expect(failure(book, { ...DEFAULT_LIMITS, maxCells: 39 })).toBe('too-large');
    expect(cells(read(book, { ...DEFAULT_LIMITS, maxCells: 40 }).sheets[0])).toHaveLength(40);
  });

  it('stops inflating at the byte budget, whatever the zip declares', () => {
    const data = `<row r="1"><c r="A1" t="inlineStr"><is><t>${'x'.repeat(200_000)}</t></is></c></row>`;
    const book = rawXlsx({ sheets: [{ name: 'S', xml: sheetXml(data) }] });
    expect(failure(book, { ...DEFAULT_LIMITS, maxUncompressedBytes: 100_000 })).toBe('too-large');
    expect(failure(book, { ...DEFAULT_LIMITS, maxTextChars: 50_000 })).toBe('too-large');
    expect(failure(book)).toBe('read');
  });

  it('reads stored (uncompressed) entries like deflated ones', () => {
    const data = '<row r="1"><c r="A1"><v>5</v></c></row>';
    expect(cells(read(rawXlsx({ level: 0, sheets: [{ name: 'S', xml: sheetXml(data) }] })).sheets[0])).toEqual([['A1', 5]]);
  });
});

describe('the tokenizer', () => {
  it('gives the same events however the text is cut into chunks', () => {
    const xml = `<?xml version="1.0"?><!-- c --><a:r xmlns:a="urn:a" xmlns="urn:d"><b x='1' y="&lt;2&gt;"/><a:t>x&amp;y<![CDATA[<z>]]>中&#x6587;</a:t ><c/><a:c></a:c\n></a:r>`;
    const events = (parts: string[]) => {
      const out: string[] = [];
      const h = {
        wantText: true,
        open: (el: XmlElement) => out.push(`<${el.uri}|${el.local} ${el.attrs.join(',')}`),
        close: (uri: string, local: string) => out.push(`</${uri}|${local}`),
        text: (s: string) => out.push(`"${s}`),
      };
      const sc = new XmlScanner(h);
      parts.forEach((p) => sc.feed(p));
      sc.end();
      // Adjacent text events join (a cut may split one text run in two).
      return out.reduce<string[]>((acc, e) => {
        if (e.startsWith('"') && acc.length && acc[acc.length - 1].startsWith('"')) acc[acc.length - 1] += e.slice(1);
        else acc.push(e);
        return acc;
      }, []);
    };
    const whole = events([xml]);
    expect(whole).toContain('"x&y<z>中文');
    expect(whole).toContain('<urn:d|b x,1,y,<2>');
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: xml.length - 1 }), { maxLength: 12 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), xml.length];
        expect(events(at.slice(1).map((e, i) => xml.slice(at[i], e)))).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
  it('refuses an end tag that does not name the open element, however close the names are', () => {
    const run = (xml: string) => {
      const sc = new XmlScanner({ wantText: false, open: () => undefined, close: () => undefined, text: () => undefined });
      sc.feed(xml);
      sc.end();
    };
    for (const bad of ['<a><v></vv></a>', '<a><vv></v></a>', '<a><v></v x></a>', '<x:a xmlns:x="u"></a>', '<a></a></a>'])
      expect(() => run(bad)).toThrow(XmlError);
    expect(() => run('<a><v></v \t></a>')).not.toThrow();
  });
});

describe('the reader against ExcelJS-written workbooks', () => {
  const value = fc.oneof(
    fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0),
    fc.constantFrom('古竹镇', 'a<b>&"c\'', ' 前后空格 ', '中\n文'),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }).filter((x) => !Object.is(x, -0)),
    fc.boolean(),
    fc.constantFrom({ error: '#N/A' }, { error: '#DIV/0!' }, { error: '#REF!' }),
  );
  const grid = fc.array(fc.array(fc.option(value, { nil: null, freq: 3 }), { maxLength: 8 }), { maxLength: 12 });

  it('reads back every value written, shared or inline strings alike', async () => {
    await fc.assert(
      fc.asyncProperty(grid, fc.boolean(), async (rows, inline) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet('数据');
        rows.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
          }),
        );
        const bytes = new Uint8Array((await wb.xlsx.writeBuffer({ useSharedStrings: !inline } as ExcelJS.XlsxWriteOptions)) as ArrayBuffer);
        const expected: [string, CellValue][] = [];
        rows.forEach((row, r) => row.forEach((v, c) => v !== null && expected.push([`${colName(c + 1)}${r + 1}`, v])));
        expect(cells(read(bytes).sheets[0])).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});
