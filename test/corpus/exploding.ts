/**
 * Small files that once exploded (issue 14), made in code at test time: each is at most a few hundred KB, and
 * each declares or holds far more than it should — a grid beyond Excel's, ranges over the whole sheet, millions
 * of cells written so that no regular expression counts them, a zip bomb, a text of megabytes, too many parts.
 * The outcome a user gets is part of each case: checked normally (with the cells really read), or WB-UNREADABLE
 * for a reason, and for a limit the sentence naming it.
 */
import { constants, deflateRawSync } from 'zlib';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { UnreadableLimit } from '../../src/core';
import { crc32, newEntry, writeZip, type ZipEntry } from '../../src/hosts/xlsx/zip';
import { MAIN, rawXlsx } from '../hosts/xlsx-parts';

export type Outcome =
  | { read: true; cells: number }
  | { read: false; reason: 'damaged' }
  | { read: false; reason: 'too-large'; limit: UnreadableLimit; says: RegExp };

export interface ExplodingCase {
  name: string;
  /** What it cost before (issue 14). */
  was: string;
  make: () => Uint8Array;
  outcome: Outcome;
}

const ws = (body: string) => `<worksheet xmlns="${MAIN}">${body}</worksheet>`;
const one = '<row r="1"><c r="A1"><v>1</v></c></row>';
const book = (body: string, extra: { part?: string; definedNames?: string } = {}) =>
  rawXlsx({
    sheets: [{ name: 'S', xml: ws(body), ...(extra.part ? { part: extra.part } : {}) }],
    ...(extra.definedNames ? { definedNames: extra.definedNames } : {}),
  });

/** `rows` rows of 16,384 cells, each written `<c` + `sep` + `>` with no reference (legal XML, no space after `c`). */
function manyCells(rows: number, sep: string): string {
  const row = `<c${sep}><v>1</v></c>`.repeat(16_384);
  return Array.from({ length: rows }, (_, r) => `<row r="${r + 1}">${row}</row>`).join('');
}

/**
 * A zip bomb: `sheets` sheets that each inflate to 3 MB of blanks inside <sheetData> (no one text run passes the
 * text limit: the inflate budget over the whole workbook is what stops it), ~3 KB each, their CRC and size true
 * (an entry that lies about them is damaged as soon as it ends). A sheet is deflate segments that each end on a
 * byte boundary (a sync flush), then the final block.
 */
function zipBomb(sheets: number, lie = false): Uint8Array {
  const sync = { finishFlush: constants.Z_SYNC_FLUSH, level: 9 };
  const [head, tail] = [`<worksheet xmlns="${MAIN}"><sheetData>${one}`, '</sheetData></worksheet>'].map((t) => Buffer.from(t));
  const mb = Buffer.alloc(1024 * 1024, 0x20);
  const blanks = deflateRawSync(mb, sync);
  const data = new Uint8Array(Buffer.concat([deflateRawSync(head, sync), blanks, blanks, blanks, deflateRawSync(tail)]));
  const whole = new Uint8Array(Buffer.concat([head, mb, mb, mb, tail]));
  const [crc, size] = lie ? [0, 12_345] : [crc32(whole), whole.length];
  const names = Array.from({ length: sheets }, (_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const base = rawXlsx({ sheets: names.map((_, i) => ({ name: `S${i + 1}`, xml: ws(`<sheetData>${one}</sheetData>`) })) });
  const entries = Object.entries(unzipSync(base)).map(([n, content]): ZipEntry =>
    names.includes(n)
      ? { ...newEntry(n, new Uint8Array(0)), method: 8, data, compressedSize: data.length, size, crc }
      : newEntry(n, content),
  );
  return writeZip(entries);
}

/** A workbook of `n` parts besides its own (each a tiny picture nobody points at). */
function manyParts(n: number): Uint8Array {
  const files = unzipSync(book(`<sheetData>${one}</sheetData>`)) as Zippable;
  for (let i = 0; i < n; i++) files[`m/${i}`] = strToU8('x');
  return zipSync(files, { level: 0 });
}

export const EXPLODING: ExplodingCase[] = [
  {
    name: '<col min="9" max="300000000">',
    was: 'aborted after minutes at 4.6 GB',
    make: () => book(`<cols><col min="9" max="300000000" width="9"/></cols><sheetData>${one}</sheetData>`),
    outcome: { read: true, cells: 1 },
  },
  {
    name: 'a row numbered 100,000,000 (beyond Excel’s 1,048,576)',
    was: 'aborted after minutes at 4.6 GB',
    make: () => book(`<sheetData>${one}<row r="100000000"><c><v>1</v></c></row></sheetData>`),
    outcome: { read: false, reason: 'damaged' },
  },
  {
    name: 'a defined name and <dimension> over the whole sheet',
    was: 'aborted after minutes at 4.6 GB',
    make: () =>
      book(`<dimension ref="A1:XFD1048576"/><sheetData>${one}</sheetData>`, {
        definedNames: '<definedNames><definedName name="all">S!$A$1:$XFD$1048576</definedName></definedNames>',
      }),
    outcome: { read: true, cells: 1 },
  },
  {
    name: 'a data validation over D1:H1048576',
    was: '24 s and 650 MB',
    make: () =>
      book(
        `<sheetData>${one}</sheetData><dataValidations count="1"><dataValidation type="list" sqref="D1:H1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>`,
      ),
    outcome: { read: true, cells: 1 },
  },
  {
    name: 'a cell at XFD1048576',
    was: '134 s (rows × the used width)',
    make: () => book(`<sheetData>${one}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>`),
    outcome: { read: true, cells: 2 },
  },
  {
    name: '3.3 million cells written <c\\t>',
    was: '36 s, 1.7 GB, then "Maximum call stack size exceeded"',
    make: () => book(`<sheetData>${manyCells(200, '\t')}</sheetData>`),
    outcome: { read: false, reason: 'too-large', limit: 'cells', says: /单元格太多（超过了本工具的上限 300 万个）/ },
  },
  {
    name: '3.3 million cells written <c\\n> in a sheet entry renamed xl/data/cells.bin',
    was: 'not counted by the guards: 36 s, 1.7 GB',
    make: () => book(`<sheetData>${manyCells(200, '\n')}</sheetData>`, { part: 'xl/data/cells.bin' }),
    outcome: { read: false, reason: 'too-large', limit: 'cells', says: /单元格太多（超过了本工具的上限 300 万个）/ },
  },
  {
    name: 'a zip bomb: 134 sheets of 3 MB of blanks each (402 MB)',
    was: 'inflated whatever the entries held',
    make: () => zipBomb(134),
    outcome: { read: false, reason: 'too-large', limit: 'unzipped', says: /解压后的内容太大（超过了本工具的上限 400 MB）/ },
  },
  {
    name: 'a sheet of 3 MB of blanks whose entry declares 12 KB',
    was: 'inflated whatever the entry held',
    make: () => zipBomb(1, true),
    outcome: { read: false, reason: 'damaged' },
  },
  {
    name: 'one text of 5 million characters',
    was: 'held whole',
    make: () => book(`<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${'字'.repeat(5_000_000)}</t></is></c></row></sheetData>`),
    outcome: { read: false, reason: 'too-large', limit: 'text', says: /一段文字太长（超过了本工具的上限 4 MB）/ },
  },
  {
    name: '100,001 merged areas',
    was: 'held whole',
    make: () =>
      book(
        `<sheetData>${one}</sheetData><mergeCells count="100001">${Array.from({ length: 100_001 }, (_, i) => `<mergeCell ref="A${2 * i + 2}:B${2 * i + 2}"/>`).join('')}</mergeCells>`,
      ),
    outcome: { read: false, reason: 'too-large', limit: 'merges', says: /合并单元格区域太多（超过了本工具的上限 10 万个）/ },
  },
  {
    name: '10,001 parts in the zip',
    was: 'listed whole',
    make: () => manyParts(10_001),
    outcome: { read: false, reason: 'too-large', limit: 'entries', says: /部件太多（超过了本工具的上限 1 万个）/ },
  },
];
