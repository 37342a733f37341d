/**
 * The bad-input corpus (issue 7): named cases, each made here in code, each with the outcome a user must
 * see — a finding code, never an exception. `buildCorpus(dir)` writes every case's file into `dir`.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import ExcelJS from 'exceljs';
import { DEFAULT_PROFILE, type Code, type CellValue, type UnreadableReason } from '../../src/core';
import { fundSheet, fundRow, pairingSheet, sharesOf } from '../core/grids';
import { xlsxFromGrids } from './from-grid';

const P = DEFAULT_PROFILE;
const Y = P.years.first;

export interface Expect {
  /** The file cannot be read at all: WB-UNREADABLE with this reason. */
  unreadable?: UnreadableReason;
  /** Codes that must be among the findings. */
  has?: Code[];
  /** Codes that must not be among the findings. */
  none?: Code[];
  /** No finding of severity error. */
  noErrors?: boolean;
}

export interface CorpusCase {
  name: string;
  file: string;
  expect: Expect;
}

type Maker = () => Promise<Uint8Array | Buffer>;
interface Spec {
  name: string;
  ext?: string;
  make: Maker;
  expect: Expect;
}

const clean = () => [pairingSheet(), fundSheet({ years: [Y, Y + 1] })];
const withFund = (edit: (rows: CellValue[][]) => void) => xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y], edit })]);
const at = (town: string, col: string) => (rows: CellValue[][], v: CellValue) => (rows[fundRow(town, Y) - 1][col.charCodeAt(0) - 65] = v);

/** A minimal OLE2 compound file: the header of a .xls, or of an encrypted .xlsx when `streams` name them. */
function ole2(streams: string[]): Uint8Array {
  const out = new Uint8Array(4096);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  let p = 1024;
  for (const s of streams) {
    for (let i = 0; i < s.length; i++) {
      out[p + i * 2] = s.charCodeAt(i);
      out[p + i * 2 + 1] = 0;
    }
    p += 128;
  }
  return out;
}

/** Rewrites parts of an .xlsx at the zip level. */
async function patchZip(src: Promise<Buffer> | Buffer, patch: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await src));
  patch(files);
  return zipSync(files as Zippable);
}

const u8 = (s: string) => strToU8(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);

/** A workbook of one raw worksheet XML (for sizes ExcelJS would take long to write). */
function rawWorkbook(sheetXml: string | Uint8Array, level: 0 | 1 | 6 = 1): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': u8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    '_rels/.rels': u8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': u8(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': u8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    'xl/worksheets/sheet1.xml': [typeof sheetXml === 'string' ? u8(sheetXml) : sheetXml, { level }],
  };
  return zipSync(files);
}

function colName(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function bigSheetXml(rows: number, cellsPerRow: number): Uint8Array {
  const head =
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const parts: string[] = [head];
  for (let r = 1; r <= rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cellsPerRow; c++) row += `<c r="${colName(c + 1)}${r}"><v>${c}</v></c>`;
    parts.push(row + '</row>');
  }
  parts.push('</sheetData></worksheet>');
  return u8(parts.join(''));
}

/** A fund sheet whose column names are replaced by the given alias. */
function aliasCase(key: keyof typeof P.aliases, alias: string): Spec {
  const standard: Record<string, string> = {
    town: '镇',
    total: '合计',
    province: '省级',
    shenzhen: '深圳市',
    heyuanCity: '市级',
    county: '县级',
    year: '年度',
    type: '帮扶类型',
  };
  return {
    name: `alias-${key}-${alias}`,
    make: async () => {
      if (key === 'type') {
        return xlsxFromGrids([pairingSheet({ edit: (rows) => (rows[1][2] = alias) }), fundSheet({ years: [Y] })]);
      }
      const header = ['镇', '年度', '合计', '省级', '深圳市', '市级', '县级'].map((h) => (h === standard[key] ? alias : h));
      const rows: CellValue[][] = [['资金筹集表'], ['单位：万元'], header];
      const [total, province, shenzhen, , city, county] = sharesOf(P.standard);
      for (const t of P.towns) rows.push([t.name, Y, total, province, shenzhen, city, county]);
      if (key === 'heyuan') {
        rows[2] = ['镇', '年度', '合计', '省级', '深圳市', alias];
        rows.slice(3).forEach((r) => r.splice(5, 2, (r[5] as number) + (r[6] as number)));
      }
      return xlsxFromGrids([pairingSheet(), { name: 'Sheet1', rows }]);
    },
    expect: { noErrors: true, none: ['WB-NO-FUND', 'FUND-HEADER', 'PAIR-HEADER', 'WB-NO-PAIRING'] },
  };
}

const ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A'];

function specs(): Spec[] {
  const list: Spec[] = [
    // Not a workbook at all.
    { name: 'zero-bytes', make: async () => new Uint8Array(0), expect: { unreadable: 'empty' } },
    { name: 'xls-renamed', make: async () => ole2(['Workbook', 'SummaryInformation']), expect: { unreadable: 'xls' } },
    {
      name: 'password-protected',
      make: async () => ole2(['EncryptionInfo', 'EncryptedPackage', 'DataSpaces']),
      expect: { unreadable: 'encrypted' },
    },
    { name: 'csv-renamed', make: async () => u8('镇,年度,合计\n龙窝镇,2021,2000\n'), expect: { unreadable: 'csv' } },
    {
      name: 'csv-gbk-renamed',
      make: async () => new Uint8Array([0xd5, 0xf2, 0x2c, 0xc4, 0xea, 0x0a, 0x31, 0x2c, 0x32, 0x0a]),
      expect: { unreadable: 'csv' },
    },
    {
      name: 'docx-renamed',
      make: async () => zipSync({ '[Content_Types].xml': u8('<Types/>'), 'word/document.xml': u8('<w:document/>') }),
      expect: { unreadable: 'not-xlsx' },
    },
    {
      name: 'png-renamed',
      make: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
      expect: { unreadable: 'not-xlsx' },
    },
    { name: 'truncated-zip', make: async () => (await xlsxFromGrids(clean())).subarray(0, 3000), expect: { unreadable: 'damaged' } },
    {
      name: 'zip-bomb',
      make: async () => rawWorkbook(new Uint8Array(450 * 1024 * 1024).fill(0x20), 1),
      expect: { unreadable: 'too-large' },
    },
    {
      name: 'zip-lies-about-size',
      make: async () => {
        const z = rawWorkbook(new Uint8Array(450 * 1024 * 1024).fill(0x20), 1);
        // Rewrite every central-directory uncompressed size to 1 KiB. The first entry that ends at another size than
        // declared is damaged (issue 14: size and CRC are checked), long before the 450 MB; the inflate budget itself
        // is test/corpus/exploding.ts's zip bomb, whose sizes are true.
        for (let i = 0; i + 46 < z.length; i++)
          if (z[i] === 0x50 && z[i + 1] === 0x4b && z[i + 2] === 0x01 && z[i + 3] === 0x02) z.set([0, 4, 0, 0], i + 24);
        return z;
      },
      expect: { unreadable: 'damaged' },
    },
    // Every row of Excel's grid, one cell each: 1,048,576 cells is within the read limits, so it is read (and has no tables).
    { name: 'rows-1048576', make: async () => rawWorkbook(bigSheetXml(1_048_576, 1)), expect: { has: ['WB-NO-PAIRING', 'WB-NO-FUND'] } },
    {
      name: 'columns-16384',
      make: async () => rawWorkbook(bigSheetXml(1, 16_384).slice()),
      expect: { has: ['WB-NO-PAIRING', 'WB-NO-FUND'] },
    },
    {
      name: 'strict-ooxml',
      make: () =>
        patchZip(xlsxFromGrids(clean()), (f) => {
          for (const k of Object.keys(f))
            if (k.endsWith('.xml'))
              f[k] = u8(
                text(f[k]).replace(
                  /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
                  'http://purl.oclc.org/ooxml/spreadsheetml/main',
                ),
              );
        }),
      expect: { unreadable: 'damaged' },
    },
    {
      name: 'backslash-paths',
      make: () =>
        patchZip(xlsxFromGrids(clean()), (f) => {
          for (const k of Object.keys(f))
            if (k.startsWith('xl/worksheets/')) {
              f[k.replace(/\//g, '\\')] = f[k];
              delete f[k];
            }
        }),
      // Backslashes are folder separators (some Windows zip tools write them; Excel opens such files): read as usual.
      expect: { noErrors: true, none: ['WB-NO-PAIRING', 'WB-NO-FUND'] },
    },
    // Empty and odd workbooks.
    { name: 'empty-workbook', make: () => xlsxFromGrids([{ name: 'Sheet1', rows: [] }]), expect: { has: ['WB-NO-PAIRING', 'WB-NO-FUND'] } },
    {
      name: 'only-merged-cells',
      make: () => xlsxFromGrids([{ name: 'Sheet1', rows: [['合并']], merges: [{ top: 1, left: 1, bottom: 50, right: 20 }] }]),
      expect: { has: ['WB-NO-PAIRING', 'WB-NO-FUND'] },
    },
    {
      name: 'hidden-fund-sheet',
      make: () => xlsxFromGrids(clean(), { state: { 资金筹集: 'hidden' } }),
      expect: { noErrors: true, none: ['WB-NO-FUND'] },
    },
    {
      name: 'very-hidden-pairing-sheet',
      make: () => xlsxFromGrids(clean(), { state: { 结对安排表: 'veryHidden' } }),
      expect: { noErrors: true, none: ['WB-NO-PAIRING'] },
    },
    { name: 'clean-shared-strings', make: () => xlsxFromGrids(clean()), expect: { noErrors: true } },
    { name: 'clean-inline-strings', make: () => xlsxFromGrids(clean(), { inlineStrings: true }), expect: { noErrors: true } },
    {
      name: 'rich-text-town-names',
      make: () =>
        xlsxFromGrids(clean(), {
          decorate: (ws, s) => {
            if (s.name !== '资金筹集') return;
            ws.getCell(fundRow('龙窝镇', Y), 2).value = { richText: [{ text: '龙窝' }, { font: { bold: true }, text: '镇' }] };
          },
        }),
      expect: { noErrors: true },
    },
    {
      name: 'formulas-with-cached-values',
      make: () =>
        xlsxFromGrids(clean(), {
          decorate: (ws, s) => {
            if (s.name !== '资金筹集') return;
            const r = fundRow('龙窝镇', Y);
            ws.getCell(r, 4).value = { formula: `E${r}+F${r}+G${r}`, result: 2000 } as ExcelJS.CellFormulaValue;
          },
        }),
      expect: { noErrors: true },
    },
    {
      name: 'formulas-without-cached-values',
      make: () =>
        xlsxFromGrids(clean(), {
          decorate: (ws, s) => {
            if (s.name !== '资金筹集') return;
            const r = fundRow('龙窝镇', Y);
            ws.getCell(r, 4).value = { formula: `E${r}+F${r}+G${r}` } as ExcelJS.CellFormulaValue;
          },
        }),
      // One finding for the sheet (issue 10, 12), never one per cell.
      expect: { has: ['FUND-UNCALCULATED'], none: ['WB-CELL-ERROR'] },
    },
    {
      name: 'dates-as-amounts',
      make: () =>
        xlsxFromGrids(clean(), {
          decorate: (ws, s) => {
            if (s.name !== '资金筹集') return;
            const c = ws.getCell(fundRow('九和镇', Y), 5);
            c.value = new Date(Date.UTC(2021, 0, 1));
            c.numFmt = 'yyyy-mm-dd';
          },
        }),
      expect: { has: ['FUND-SHARE'] },
    },
    {
      name: 'full-width-digits',
      make: () => withFund((rows) => at('龙窝镇', 'E')(rows, '１２００')),
      expect: { has: ['FUND-TEXT-NUMBER'], noErrors: true },
    },
    {
      name: 'amount-with-wan',
      make: () => withFund((rows) => at('龙窝镇', 'E')(rows, '1200万')),
      expect: { has: ['FUND-TEXT-NUMBER'], noErrors: true },
    },
    {
      name: 'amount-with-yuan',
      make: () => withFund((rows) => at('龙窝镇', 'E')(rows, '12000000元')),
      expect: { has: ['FUND-TEXT-NUMBER'], noErrors: true },
    },
    {
      name: 'amount-with-yi',
      make: () => withFund((rows) => at('龙窝镇', 'E')(rows, '0.12亿')),
      expect: { has: ['FUND-TEXT-NUMBER'], noErrors: true },
    },
    {
      name: 'amount-with-thousands-commas',
      make: () => withFund((rows) => at('龙窝镇', 'D')(rows, '2,000.00')),
      expect: { has: ['FUND-TEXT-NUMBER'], noErrors: true },
    },
    { name: 'negative-zero', make: () => withFund((rows) => at('龙窝镇', 'H')(rows, -0)), expect: { none: ['FUND-NEGATIVE'] } },
    { name: 'amount-1e308', make: () => withFund((rows) => at('龙窝镇', 'E')(rows, 1e308)), expect: { has: ['FUND-SHARE'] } },
    { name: 'nan-like-text', make: () => withFund((rows) => at('龙窝镇', 'E')(rows, 'NaN')), expect: { has: ['FUND-NOT-NUMBER'] } },
    { name: 'infinity-text', make: () => withFund((rows) => at('龙窝镇', 'F')(rows, 'Infinity')), expect: { has: ['FUND-NOT-NUMBER'] } },
    { name: 'text-pending', make: () => withFund((rows) => at('龙窝镇', 'F')(rows, '待定')), expect: { has: ['FUND-NOT-NUMBER'] } },
    { name: 'boolean-amount', make: () => withFund((rows) => at('龙窝镇', 'F')(rows, true)), expect: { has: ['FUND-NOT-NUMBER'] } },
    { name: 'negative-amount', make: () => withFund((rows) => at('龙窝镇', 'I')(rows, -160)), expect: { has: ['FUND-NEGATIVE'] } },
    {
      name: 'towns-2000',
      make: () =>
        xlsxFromGrids([
          pairingSheet(),
          {
            name: '资金',
            rows: [
              ['镇', '年度', '合计', '省级', '深圳市', '市级', '县级'],
              ...Array.from({ length: 2000 }, (_, i) => [`测试${i}镇`, Y, ...sharesOf(P.standard).filter((_, k) => k !== 3)]),
            ],
          },
        ]),
      expect: { has: ['FUND-TOWN-UNKNOWN', 'FUND-ROW-MISSING'] },
    },
    {
      name: 'town-trailing-spaces',
      make: () => withFund((rows) => at('九和镇', 'B')(rows, '龙窝镇   ')),
      expect: { has: ['FUND-ROW-DUPLICATE'] },
    },
    {
      name: 'town-zero-width-space',
      make: () => withFund((rows) => at('九和镇', 'B')(rows, '龙窝\u200B镇')),
      expect: { has: ['FUND-ROW-DUPLICATE'] },
    },
    { name: 'town-only-trailing-space', make: () => withFund((rows) => at('龙窝镇', 'B')(rows, '龙窝镇 ')), expect: { noErrors: true } },
    { name: 'town-old-name', make: () => withFund((rows) => at('紫城镇', 'B')(rows, '附城镇')), expect: { has: ['FUND-TOWN-UNKNOWN'] } },
    {
      name: 'town-outside-plan',
      make: () => withFund((rows) => at('紫城镇', 'B')(rows, '临江镇')),
      expect: { has: ['FUND-TOWN-UNKNOWN'] },
    },
    { name: 'year-2026', make: () => withFund((rows) => at('龙窝镇', 'C')(rows, 2026)), expect: { has: ['FUND-YEAR-RANGE'] } },
    { name: 'year-as-text', make: () => withFund((rows) => at('龙窝镇', 'C')(rows, '2021年')), expect: { noErrors: true } },
    { name: 'wrong-total-row', make: () => withFund((rows) => (rows[fundRow('瓦溪镇', Y)][3] = 1)), expect: { has: ['FUND-TOTAL-ROW'] } },
    {
      name: 'share-not-ratio',
      make: () =>
        withFund((rows) => {
          at('龙窝镇', 'E')(rows, 1300);
          at('龙窝镇', 'F')(rows, 500);
        }),
      expect: { has: ['FUND-SHARE'] },
    },
    {
      name: 'local-split-not-2-8',
      make: () =>
        withFund((rows) => {
          at('龙窝镇', 'H')(rows, 100);
          at('龙窝镇', 'I')(rows, 100);
        }),
      expect: { has: ['FUND-LOCAL-SPLIT'] },
    },
    { name: 'row-sum-wrong', make: () => withFund((rows) => at('龙窝镇', 'D')(rows, 2100)), expect: { has: ['FUND-SUM'] } },
    {
      name: 'unit-yuan-under-wan',
      make: () => xlsxFromGrids([pairingSheet(), fundSheet({ years: [Y], amount: () => P.standard * 10000 })]),
      expect: { has: ['FUND-UNIT'] },
    },
    {
      name: 'header-in-row-20',
      make: () => {
        const f = fundSheet({ years: [Y] });
        const pad: CellValue[][] = Array.from({ length: 15 }, () => [null]);
        return xlsxFromGrids([
          pairingSheet(),
          {
            ...f,
            rows: [f.rows[0], f.rows[1], ...pad, ...f.rows.slice(2)],
            merges: (f.merges ?? []).map((m) => (m.top >= 3 ? { ...m, top: m.top + 15, bottom: m.bottom + 15 } : m)),
          },
        ]);
      },
      expect: { noErrors: true, none: ['WB-NO-FUND'] },
    },
    {
      name: 'header-in-row-30',
      make: () => {
        const f = fundSheet({ years: [Y] });
        const pad: CellValue[][] = Array.from({ length: 27 }, () => [null]);
        return xlsxFromGrids([pairingSheet(), { ...f, rows: [f.rows[0], f.rows[1], ...pad, ...f.rows.slice(2)], merges: [] }]);
      },
      expect: { has: ['WB-NO-FUND'] },
    },
    { name: 'no-pairing-sheet', make: () => xlsxFromGrids([fundSheet({ years: [Y] })]), expect: { has: ['WB-NO-PAIRING'] } },
    { name: 'no-fund-sheet', make: () => xlsxFromGrids([pairingSheet()]), expect: { has: ['WB-NO-FUND'] } },
    {
      name: 'many-sheets',
      make: () => xlsxFromGrids([...clean(), ...Array.from({ length: 60 }, (_, i) => ({ name: `空白${i}`, rows: [[`说明${i}`]] }))]),
      expect: { noErrors: true },
    },
    {
      name: 'long-sheet-name',
      make: () =>
        xlsxFromGrids([
          pairingSheet({ name: '紫金县驻镇帮镇扶村结对安排表（附件一）' }),
          fundSheet({ name: "资金'筹集'[2021]".replace(/[[\]]/g, ''), years: [Y] }),
        ]),
      expect: { noErrors: true },
    },
    {
      name: 'formula-looking-text',
      make: () => withFund((rows) => at('龙窝镇', 'B')(rows, '=HYPERLINK("http://evil.example","点我")')),
      expect: { has: ['FUND-TOWN-UNKNOWN'] },
    },
    { name: 'xlsm-extension', ext: '.xlsm', make: () => xlsxFromGrids(clean()), expect: { noErrors: true } },
    {
      name: 'wps-custom-properties',
      make: () =>
        patchZip(xlsxFromGrids(clean()), (f) => {
          f['docProps/custom.xml'] = u8(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16120</vt:lpwstr></property></Properties>',
          );
        }),
      expect: { noErrors: true },
    },
    {
      name: 'minimal-writer-no-styles',
      make: async () =>
        rawWorkbook(
          '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>镇</t></is></c><c r="B1" t="inlineStr"><is><t>合计</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>龙窝镇</t></is></c><c r="B2"><v>2000</v></c></row></sheetData></worksheet>',
        ),
      // One town's rows: a town's own submission, which needs no pairing table (RULES.md "Additions").
      expect: { has: ['FUND-HEADER'], none: ['WB-NO-PAIRING'] },
    },
  ];
  for (const e of ERRORS) {
    list.push({
      name: `error-${e.replace(/[^A-Z0-9]/gi, '')}`,
      make: () => withFund((rows) => at('龙窝镇', 'E')(rows, { error: e })),
      expect: { has: ['WB-CELL-ERROR'] },
    });
  }
  const a = P.aliases;
  const aliasKeys = ['town', 'total', 'province', 'shenzhen', 'heyuan', 'heyuanCity', 'county', 'year', 'type'] as const;
  for (const key of aliasKeys) for (const alias of a[key]) list.push(aliasCase(key, alias));
  return list;
}

/** Writes every case's file into `dir` and returns the cases. */
export async function buildCorpus(dir: string): Promise<CorpusCase[]> {
  await fs.mkdir(dir, { recursive: true });
  const out: CorpusCase[] = [];
  for (const s of specs()) {
    const file = path.join(dir, `${s.name}${s.ext ?? '.xlsx'}`);
    await fs.writeFile(file, await s.make());
    out.push({ name: s.name, file, expect: s.expect });
  }
  return out;
}

export function caseCount(): number {
  return specs().length;
}
