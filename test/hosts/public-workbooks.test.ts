/**
 * Public test workbooks of other readers (test/fixtures/public: calamine's, MIT; SheetJS's test_files, Apache-2.0;
 * made by Excel, LibreOffice, WPS, Numbers and hand-written tools): each is read or refused as it should be — a
 * real file with a corrupt entry (its CRC-32 disagrees) is damaged, Strict Open XML and a password-protected file
 * get their own sentence, a package written with backslash separators is read — and the result workbook keeps
 * every one that reads, its original parts byte for byte. Their values are compared with LibreOffice's in
 * test/libreoffice/reader-vs-lo.test.ts.
 */
import { promises as fs } from 'fs';
import path from 'path';
import { renderOutputs } from '../../src/core';
import { checkBytes, resultWriter } from '../../src/hosts/xlsx/check-file';
import { DEFAULT_LIMITS } from '../../src/hosts/xlsx/guards';
import { readWorkbook } from '../../src/hosts/xlsx/reader';
import { listZip, unsafeEntryName, type ZipEntry } from '../../src/hosts/xlsx/zip';
import { REWRITTEN, rawEntries } from '../fixtures/package';

const dir = path.join(__dirname, '..', 'fixtures', 'public');

/** The public workbooks the reader refuses, and why. */
const REFUSED: Record<string, { reason: string; detail?: RegExp }> = {
  // A real file whose xl/_rels/workbook.xml.rels is corrupt: its CRC-32 disagrees with the zip directory.
  'calamine-issue252.xlsx': { reason: 'damaged' },
  'calamine-strict_iso_paths.xlsx': { reason: 'damaged', detail: /^strict$/ },
  'calamine-pass_protected.xlsx': { reason: 'encrypted' },
};

let files: string[];
beforeAll(async () => {
  files = (await fs.readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort();
});
const bytesOf = async (f: string) => new Uint8Array(await fs.readFile(path.join(dir, f)));

it('holds at least 45 public workbooks of at least two projects', () => {
  expect(files.length).toBeGreaterThanOrEqual(45);
  expect(new Set(files.map((f) => f.split('-')[0]))).toEqual(new Set(['calamine', 'sheetjs']));
});

it('refuses exactly the corrupt, Strict and password-protected ones, each with its reason', async () => {
  const outcomes: Record<string, string> = {};
  for (const f of files) {
    const r = readWorkbook(await bytesOf(f), DEFAULT_LIMITS);
    if (r.ok) continue;
    outcomes[f] = r.reason;
    expect([f, REFUSED[f]?.detail?.test(r.detail ?? '') ?? true]).toEqual([f, true]);
  }
  expect(outcomes).toEqual(Object.fromEntries(Object.entries(REFUSED).map(([f, e]) => [f, e.reason])));
  // The corrupt one is refused for its CRC: its data inflates, but to other bytes than were zipped.
  const checked = await checkBytes(await bytesOf('calamine-issue252.xlsx'), 'issue252.xlsx');
  expect(checked.result.findings.map((f) => [f.code, f.unreadable?.reason])).toEqual([['WB-UNREADABLE', 'damaged']]);
});

it('reads a package written with backslash separators (calamine issue 530), as Excel does', async () => {
  const bytes = await bytesOf('calamine-issue_530.xlsx');
  expect((listZip(bytes) as ZipEntry[]).every((e) => !e.name.includes('/'))).toBe(true);
  const r = readWorkbook(bytes, DEFAULT_LIMITS);
  if (!r.ok) throw new Error(r.detail);
  const cells = (s: (typeof r.snapshot.sheets)[number]) => s.rows.reduce((n, row) => n + Object.keys(row).length, 0);
  expect(r.snapshot.sheets.map((s) => [s.name, s.rows[0]?.[0], cells(s)])).toEqual([['出勤分类组织汇总表', '报表导出人：', 30]]);
});

it('keeps every public workbook that reads: a copy, its original parts byte for byte, no unsafe name', async () => {
  const notCopied: string[] = [];
  for (const f of files.filter((x) => !REFUSED[x])) {
    const bytes = await bytesOf(f);
    const checked = await checkBytes(bytes, f);
    expect([f, checked.unreadable]).toEqual([f, false]);
    const written = await resultWriter(bytes, renderOutputs(checked.report, 'zh-CN'));
    if (written.mode !== 'copy') {
      notCopied.push(`${f}: ${written.reason}`);
      continue;
    }
    const before = rawEntries(bytes);
    const after = rawEntries(written.bytes);
    for (const [name, e] of before) {
      const normal = name.replace(/\\/g, '/');
      if (REWRITTEN.has(normal)) continue;
      const kept = after.get(normal);
      // Every original part but those that list sheets and the style sheet is there with the same stored bytes.
      expect([f, name, kept !== undefined && kept.crc === e.crc && Buffer.compare(kept.data, e.data) === 0]).toEqual([f, name, true]);
    }
    expect([...after.keys()].filter((n) => unsafeEntryName(n) || n.includes('\\'))).toEqual([]);
    // The result reads again, with the user's sheets as they were.
    const again = readWorkbook(written.bytes, DEFAULT_LIMITS);
    const first = readWorkbook(bytes, DEFAULT_LIMITS);
    if (!again.ok || !first.ok) throw new Error(`${f} unreadable`);
    expect([f, again.snapshot.sheets.slice(0, first.snapshot.sheets.length)]).toEqual([f, first.snapshot.sheets]);
  }
  expect(notCopied).toEqual([]);
}, 120_000);
