/**
 * Makes test/fixtures/libreoffice-chart-pivot.xlsx: a Zijin workbook as LibreOffice Calc saves it, carrying
 * what offices really keep and ExcelJS cannot write — a chart, a pivot table (DataPilot) with its cache, data
 * validation, named ranges, a comment, merged cells and cell styles. The sheets are written as a flat ODF
 * spreadsheet (.fods) by hand, then LibreOffice headless converts it to .xlsx, so the parts are LibreOffice's.
 * Usage: npx tsx scripts/make-rich-workbook.ts [out.xlsx]   (needs soffice: Debian's libreoffice-calc-nogui)
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { strToU8, zipSync } from 'fflate';
import { DEFAULT_PROFILE, type CellValue, type SheetSnapshot } from '../src/core';
import { fundSheet, pairingSheet } from '../test/core/grids';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = [
  'office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"',
  'fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xlink="http://www.w3.org/1999/xlink"',
  'dc="http://purl.org/dc/elements/1.1/"',
  'number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"',
  'chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"',
  'of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
]
  .map((n) => `xmlns:${n}`)
  .join(' ');

interface Extra {
  /** Extra XML inside a cell, by A1-like key "row,col" (1-based). */
  inCell?: Map<string, string>;
  validation?: { col: number; fromRow: number; toRow: number; name: string };
}

function cellXml(v: CellValue, r: number, c: number, merges: SheetSnapshot['merges'], extra: Extra): string {
  const m = merges?.find((x) => x.top === r && x.left === c);
  const covered = merges?.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right && !(x.top === r && x.left === c));
  if (covered) return '<table:covered-table-cell/>';
  const span = m ? ` table:number-columns-spanned="${m.right - m.left + 1}" table:number-rows-spanned="${m.bottom - m.top + 1}"` : '';
  const val =
    extra.validation && c === extra.validation.col && r >= extra.validation.fromRow && r <= extra.validation.toRow
      ? ` table:content-validation-name="${extra.validation.name}"`
      : '';
  const style = r === 1 ? ' table:style-name="title"' : typeof v === 'number' && c >= 4 ? ' table:style-name="money"' : '';
  const inner = extra.inCell?.get(`${r},${c}`) ?? '';
  if (typeof v === 'number')
    return `<table:table-cell${style}${span}${val} office:value-type="float" office:value="${v}">${inner}<text:p>${v}</text:p></table:table-cell>`;
  if (typeof v === 'string')
    return `<table:table-cell${style}${span}${val} office:value-type="string">${inner}<text:p>${esc(v)}</text:p></table:table-cell>`;
  return `<table:table-cell${span}${val}>${inner}</table:table-cell>`;
}

function tableXml(s: SheetSnapshot, extra: Extra = {}): string {
  const width = Math.max(...s.rows.map((r) => r.length));
  const rows = s.rows.map(
    (row, i) =>
      `<table:table-row>${Array.from({ length: width }, (_, c) => cellXml(row[c] ?? null, i + 1, c + 1, s.merges, extra)).join('')}</table:table-row>`,
  );
  return `<table:table table:name="${esc(s.name)}"><table:table-column table:number-columns-repeated="${width}"/>${rows.join('')}</table:table>`;
}

function chartFrame(sheet: string, firstRow: number, lastRow: number): string {
  const cats = `${sheet}.B${firstRow}:${sheet}.B${lastRow}`;
  const vals = `${sheet}.D${firstRow}:${sheet}.D${lastRow}`;
  return (
    `<draw:frame draw:name="各镇合计图" svg:width="16cm" svg:height="9cm" svg:x="0.5cm" svg:y="0.2cm" table:end-cell-address="${sheet}.S30" table:end-x="0cm" table:end-y="0cm">` +
    `<draw:object draw:notify-on-update-of-ranges="${cats} ${vals}" xlink:href="./Object 1" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>`
  );
}

/** The embedded chart document (Object 1/content.xml): a bar chart of the towns' 合计. */
function chartContent(sheet: string, firstRow: number, lastRow: number): string {
  const cats = `${sheet}.B${firstRow}:${sheet}.B${lastRow}`;
  const vals = `${sheet}.D${firstRow}:${sheet}.D${lastRow}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.3"><office:body><office:chart>` +
    `<chart:chart svg:width="16cm" svg:height="9cm" chart:class="chart:bar"><chart:title><text:p>各镇帮扶资金合计</text:p></chart:title>` +
    `<chart:plot-area table:cell-range-address="${cats} ${vals}" chart:data-source-has-labels="none">` +
    `<chart:axis chart:dimension="x" chart:name="primary-x"><chart:categories table:cell-range-address="${cats}"/></chart:axis>` +
    `<chart:axis chart:dimension="y" chart:name="primary-y"/>` +
    `<chart:series chart:values-cell-range-address="${vals}" chart:class="chart:bar"/></chart:plot-area></chart:chart>` +
    `</office:chart></office:body></office:document-content>`
  );
}

export function richOds(): Uint8Array {
  const P = DEFAULT_PROFILE;
  const pairing = pairingSheet();
  const fund = fundSheet({ years: [P.years.first] });
  const first = 6;
  const last = first + P.towns.length - 1;
  const detail: SheetSnapshot = {
    name: '明细',
    rows: [['镇', '年度', '金额'], ...P.towns.map((t): CellValue[] => [t.name, P.years.first, P.standard])],
  };
  const fundExtra: Extra = {
    inCell: new Map([
      [`${first},2`, '<office:annotation><dc:creator>县财政局</dc:creator><text:p>龙窝镇由民治街道牵头</text:p></office:annotation>'],
      ['2,9', chartFrame(fund.name, first, last)],
    ]),
    validation: { col: 3, fromRow: first, toRow: last, name: 'val1' },
  };
  const content =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.3">` +
    `<office:automatic-styles><number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>` +
    `<style:style style:name="title" style:family="table-cell"><style:table-cell-properties fo:background-color="#ddebf7"/><style:text-properties fo:font-weight="bold" fo:font-size="16pt" fo:color="#1f4e79"/></style:style>` +
    `<style:style style:name="money" style:family="table-cell" style:data-style-name="N2"/></office:automatic-styles>` +
    `<office:body><office:spreadsheet>` +
    `<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(2021;2022;2023;2024;2025)" table:allow-empty-cell="false" table:base-cell-address="${fund.name}.C${first}">` +
    `<table:error-message table:display="true" table:message-type="stop" table:title="年度"><text:p>请选择 2021—2025</text:p></table:error-message></table:content-validation></table:content-validations>` +
    tableXml(pairing) +
    tableXml(fund, fundExtra) +
    tableXml(detail) +
    `<table:table table:name="透视"><table:table-column/><table:table-row><table:table-cell/></table:table-row></table:table>` +
    `<table:named-expressions><table:named-range table:name="各镇合计" table:base-cell-address="$${fund.name}.$A$1" table:cell-range-address="$${fund.name}.$D$${first}:.$D$${last}"/>` +
    `<table:named-range table:name="方案镇名" table:base-cell-address="$${pairing.name}.$A$1" table:cell-range-address="$${pairing.name}.$B$4:.$B$19"/></table:named-expressions>` +
    `<table:data-pilot-tables><table:data-pilot-table table:name="透视表1" table:target-range-address="透视.A1:透视.B20" table:buttons="透视.A1">` +
    `<table:source-cell-range table:cell-range-address="明细.A1:明细.C${P.towns.length + 1}"/>` +
    `<table:data-pilot-field table:source-field-name="镇" table:orientation="row"/>` +
    `<table:data-pilot-field table:source-field-name="金额" table:orientation="data" table:function="sum"/>` +
    `</table:data-pilot-table></table:data-pilot-tables>` +
    `</office:spreadsheet></office:body></office:document-content>`;
  const manifest =
    `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>` +
    `<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>` +
    `<manifest:file-entry manifest:full-path="Object 1/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.chart"/>` +
    `<manifest:file-entry manifest:full-path="Object 1/content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(content),
    'Object 1/content.xml': strToU8(chartContent(fund.name, first, last)),
    'META-INF/manifest.xml': strToU8(manifest),
  });
}

/** Writes the .fods and converts it with LibreOffice; returns the .xlsx path. */
export function makeRichWorkbook(out: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bangfu-rich-'));
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    const fods = path.join(dir, 'rich.ods');
    writeFileSync(fods, richOds());
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        dir,
        fods,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    renameSync(path.join(dir, 'rich.xlsx'), out);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const out = process.argv[2] ?? path.join(__dirname, '..', 'test', 'fixtures', 'libreoffice-chart-pivot.xlsx');
  console.log(makeRichWorkbook(out));
}
