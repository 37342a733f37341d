/**
 * The workbooks written from nothing (write-new.ts, issue 14: our own writer, no ExcelJS) read back as written
 * through the project's reader: every text and number of every sheet of the blank template (both languages), the
 * 汇总 workbook and a new result workbook, with sheet order and hidden state; any text — starting with =, +, -, @,
 * holding control characters, carriage returns, `_x0041_`, XML's special characters, very long — comes back as
 * exactly the text written (characters XML cannot hold dropped, cut at Excel's 32,767), and is never a formula.
 * The parts are well-formed XML with their elements in the order the OOXML schema's sequences demand (the
 * ECMA-376 XSDs are not vendored here: the sequences below are copied from them).
 */
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { promises as fs } from 'fs';
import path from 'path';
import {
  checkRound,
  DEFAULT_PROFILE,
  LANGS,
  renderOutputs,
  renderSummary,
  renderTemplate,
  type CellValue,
  type OutCell,
  type OutputSheet,
  type RoundFile,
} from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeNewWorkbook, writeSummaryWorkbook, writeTemplateWorkbook } from '../../src/hosts/xlsx/write-new';
import { stripIllegalXml } from '../../src/hosts/xlsx/xml';
import { XmlScanner } from '../../src/hosts/xlsx/xmlscan';

const samples = path.join(__dirname, '..', '..', 'assets', 'samples');

/** What a cell's text reads back as: characters XML 1.0 cannot hold dropped, then Excel's 32,767 limit. */
const textBack = (v: string) => stripIllegalXml(stripIllegalXml(v).slice(0, 32767));

/** A grid's rows as the reader gives them back: formulas (blank until calculated), empty text and empty cells as null, no trailing nulls. */
function expectedRows(rows: readonly OutCell[][]): CellValue[][] {
  const out = rows.map((row) => {
    const vals: CellValue[] = row.map((c) =>
      !c || c.formula || c.v === null || c.v === '' ? null : typeof c.v === 'string' ? textBack(c.v) : Number.isFinite(c.v) ? c.v : null,
    );
    while (vals.length && vals[vals.length - 1] === null) vals.pop();
    return vals;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

function readRows(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  // Rows and cells the reader leaves out (holes) are empty, as is empty text (merged-over cells read as empty).
  const out = Array.from(rows, (r) => Array.from(r ?? [], (v) => (v === '' ? null : (v ?? null))));
  for (const r of out) while (r.length && r[r.length - 1] === null) r.pop();
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

async function expectReadBack(bytes: Uint8Array, sheets: readonly Omit<OutputSheet, 'key'>[]) {
  const snap = await readSnapshot(bytes);
  if (!snap.ok) throw new Error(`unreadable: ${snap.detail}`);
  expect(snap.snapshot.sheets.map((s) => [s.name, s.state])).toEqual(sheets.map((s) => [s.name, s.hidden ? 'hidden' : 'visible']));
  snap.snapshot.sheets.forEach((s, i) => expect([s.name, readRows(s.rows)]).toEqual([s.name, expectedRows(sheets[i].rows)]));
}

/** The children of the root element of an XML part, by local name, in order (and the XML must scan). */
function rootChildren(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  const sc = new XmlScanner({
    wantText: false,
    open(el) {
      if (depth === 1) out.push(el.local);
      depth++;
    },
    close() {
      depth--;
    },
    text() {},
  });
  sc.feed(xml);
  sc.end();
  return out;
}

/** CT_Worksheet's, CT_Workbook's and CT_Stylesheet's sequences (ECMA-376 Part 1, sml.xsd), as far as the product writes. */
const SEQUENCES: Record<string, string[]> = {
  worksheet: [
    'sheetPr',
    'dimension',
    'sheetViews',
    'sheetFormatPr',
    'cols',
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'rowBreaks',
    'colBreaks',
    'customProperties',
    'cellWatches',
    'ignoredErrors',
    'smartTags',
    'drawing',
  ],
  workbook: [
    'fileVersion',
    'fileSharing',
    'workbookPr',
    'workbookProtection',
    'bookViews',
    'sheets',
    'functionGroups',
    'externalReferences',
    'definedNames',
    'calcPr',
  ],
  styleSheet: ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors'],
};

/** Each part parses, and the root's children follow its schema sequence (each known, none out of order). */
function expectSchemaOrder(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  for (const [name, data] of Object.entries(files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const xml = strFromU8(data);
    const children = rootChildren(xml);
    const root = /<(?:\w+:)?(\w+)[\s>]/.exec(xml.replace(/^<\?xml[^>]*\?>\s*/, ''))![1];
    const seq = SEQUENCES[root];
    if (!seq) continue;
    const at = children.map((c) => seq.indexOf(c));
    expect([name, children.filter((_, i) => at[i] < 0)]).toEqual([name, []]);
    expect([name, at.every((x, i) => i === 0 || at[i - 1] <= x)]).toEqual([name, true]);
  }
}

/** The 汇总 workbook and a result workbook of the bundled samples. */
async function sampleBooks() {
  const files: RoundFile[] = [];
  const outputs: OutputSheet[][] = [];
  for (const name of ['紫金县帮扶资金-示例.xlsx', '紫金县帮扶资金-错误示例.xlsx']) {
    const c = await checkBytes(new Uint8Array(await fs.readFile(path.join(samples, name))), name);
    files.push({ result: c.result, unreadable: c.unreadable });
    outputs.push(renderOutputs(c.report, 'zh-CN'));
  }
  return { summary: renderSummary(files, checkRound(files, DEFAULT_PROFILE), 'zh-CN', DEFAULT_PROFILE), outputs };
}

describe('workbooks written from nothing, read back', () => {
  it.each(LANGS)('the blank template in %s: every sheet, text and number as rendered; parts in schema order', async (lang) => {
    const sheets = renderTemplate(DEFAULT_PROFILE, lang);
    const bytes = await writeTemplateWorkbook(sheets);
    await expectReadBack(bytes, sheets);
    expectSchemaOrder(bytes);
  });

  it('the 汇总 workbook and new result workbooks (one with a hidden 忽略记录) read back cell for cell', async () => {
    const { summary, outputs } = await sampleBooks();
    const book = await writeSummaryWorkbook(summary);
    await expectReadBack(book, summary);
    expectSchemaOrder(book);
    for (const sheets of outputs) {
      const withIgnores: OutputSheet[] = [
        ...sheets,
        {
          name: '忽略记录',
          key: 'ignores',
          hidden: true,
          widths: [10, 10],
          rows: [
            [{ v: '代码' }, { v: '原因' }],
            [{ v: 'FUND-SHARE' }, { v: '已核对' }],
          ],
        },
      ];
      const bytes = await writeNewWorkbook(withIgnores);
      await expectReadBack(bytes, withIgnores);
      expectSchemaOrder(bytes);
      const wb = strFromU8(unzipSync(bytes)['xl/workbook.xml']);
      // Every mark of the product's sheets is a hidden defined name (Excel's Name Manager does not list it).
      const marks = [...wb.matchAll(/<definedName ([^>]*)>/g)].filter((m) => /name="_bangfu_/.test(m[1]));
      expect(marks.map((m) => /name="(\w+)"/.exec(m[1])![1]).sort()).toEqual(withIgnores.map((s) => `_bangfu_${s.key}`).sort());
      for (const m of marks) expect(m[1]).toContain('hidden="1"');
    }
  });

  it('comes back as exactly the text written, whatever it holds, and never as a formula', async () => {
    const special = fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '_x0041_',
      '_x005F_',
      '_X00e9_',
      '&',
      '<',
      '>',
      '"',
      "'",
      ']]>',
      '\r',
      '\n',
      '\t',
      ' ',
      '\u0001',
      '\u001f',
      '\uFFFE',
      '\uD800',
      '😀',
      '镇',
    );
    const text = fc.oneof(
      fc
        .array(fc.oneof(special, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 })
        .map((a) => a.join('')),
      fc.constantFrom(
        '=SUM(A1:A2)',
        '+1',
        '-1',
        '@x',
        '=HYPERLINK("http://evil.example","x")',
        'x'.repeat(40_000),
        '镇'.repeat(32_766) + '😀',
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        async (grid, wrapped) => {
          const sheet: OutputSheet = {
            name: '校验问题',
            key: 'issues',
            widths: [12, 30, 8, 8],
            ...(wrapped ? { wrapCols: [2] } : {}),
            rows: grid.map((row) => row.map((v) => ({ v, style: 'text' as const }))),
          };
          const bytes = await writeNewWorkbook([sheet]);
          expect(strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).not.toContain('<f>');
          const snap = await readSnapshot(bytes);
          if (!snap.ok) throw new Error(snap.detail);
          const rows = snap.snapshot.sheets[0].rows;
          grid.forEach((row, r) => row.forEach((v, c) => expect(rows[r]?.[c] ?? null).toBe(textBack(v))));
        },
      ),
      { numRuns: 60, seed: 14 },
    );
  });
});
