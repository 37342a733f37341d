/**
 * Long text in the product's sheets wraps in its column and its row grows (issue 12, as LibreOffice prints it):
 * every 说明 of 校验问题 — in the copy of the user's workbook, in a new workbook — and of the 汇总 workbook's 问题
 * sheet comes out whole in the PDF's text, not cut at the next column. Samples with many findings are used.
 */
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { checkRound, DEFAULT_PROFILE, renderOutputs, renderSummary, wrappedLines, type OutputSheet, type RoundFile } from '../../src/core';
import { checkBytes } from '../../src/hosts/xlsx/check-file';
import { buildResultWorkbook } from '../../src/hosts/xlsx/copykeep';
import { writeNewWorkbook, writeSummaryWorkbook } from '../../src/hosts/xlsx/write-new';
import { convert } from './lo';

const samples = path.join(__dirname, '..', '..', 'assets', 'samples');
let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'bangfu-lo-wrap-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const flat = (s: string) => s.replace(/\s+/g, '');

/** The text of each wrapped column's cells that needs more than one line (the cells a cut would shorten). */
function longTexts(sheet: Pick<OutputSheet, 'rows' | 'widths' | 'wrapCols'>): string[] {
  const out: string[] = [];
  for (const row of sheet.rows)
    for (const c of sheet.wrapCols ?? []) {
      const v = row[c - 1]?.v;
      if (typeof v === 'string' && wrappedLines(v, sheet.widths[c - 1]) > 1) out.push(v);
    }
  return out;
}

describe('wrapped text in LibreOffice’s PDF', () => {
  it('prints every long 说明, 依据 and 怎么改 whole: 校验问题 in the copy and in a new workbook, and the 汇总 workbook’s 问题', async () => {
    const name = '紫金县帮扶资金-错误示例.xlsx';
    const input = new Uint8Array(await fs.readFile(path.join(samples, name)));
    const checked = await checkBytes(input, name);
    const outputs = renderOutputs(checked.report, 'zh-CN');
    const issues = outputs.find((o) => o.key === 'issues')!;
    const files: RoundFile[] = [{ result: checked.result, unreadable: false }];
    const summary = renderSummary(files, checkRound(files, DEFAULT_PROFILE), 'zh-CN', DEFAULT_PROFILE);
    const books: [string, Uint8Array, string[]][] = [
      ['copy', (await buildResultWorkbook(input, outputs)).bytes, longTexts(issues)],
      ['new', await writeNewWorkbook([issues]), longTexts(issues)],
      ['summary', await writeSummaryWorkbook(summary), longTexts(summary.find((s) => s.key === 'findings')!)],
    ];
    for (const [stem, bytes] of books) await fs.writeFile(path.join(dir, `${stem}.xlsx`), bytes);
    await convert(
      books.map(([stem]) => path.join(dir, `${stem}.xlsx`)),
      'pdf',
      dir,
    );
    for (const [stem, , texts] of books) {
      expect([stem, texts.length > 10]).toEqual([stem, true]);
      const pdf = flat(execFileSync('pdftotext', ['-raw', path.join(dir, `${stem}.pdf`), '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
      const missing = texts.filter((t) => !pdf.includes(flat(t)));
      expect([stem, missing]).toEqual([stem, []]);
    }
  });
});
