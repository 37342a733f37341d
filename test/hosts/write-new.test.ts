import { unzipSync, strFromU8 } from 'fflate';
import { readSnapshot } from '../../src/hosts/xlsx/snapshot';
import { writeNewWorkbook } from '../../src/hosts/xlsx/write-new';
import { wrappedLines } from '../../src/core';

describe('writeNewWorkbook', () => {
  it('writes user text as text — never a formula — and drops characters XML cannot hold', async () => {
    const bytes = await writeNewWorkbook([
      {
        name: '校验问题',
        key: 'issues',
        widths: [20],
        rows: [
          [{ v: '=HYPERLINK("http://evil.example","x")' }],
          [{ v: 'a\u0001b\uFFFEc' }],
          [{ v: 'D7', link: { sheet: "资金'筹集", cell: 'D7' } }],
        ],
      },
    ]);
    const files = unzipSync(bytes);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet).not.toContain('<f>');
    const snap = await readSnapshot(bytes);
    if (!snap.ok) throw new Error(`unreadable: ${snap.detail}`);
    const s = snap.snapshot.sheets[0];
    // Marked as the product's; but this grid has not the product's title and header, so it is not taken for its output.
    expect(strFromU8(files['xl/workbook.xml'])).toMatch(
      /<definedName name="_bangfu_issues"[^>]*>(&apos;)?校验问题(&apos;)?!\$A\$1<\/definedName>/,
    );
    expect(s.owned).toBeUndefined();
    expect(s.rows[0][0]).toBe('=HYPERLINK("http://evil.example","x")');
    expect(s.rows[1][0]).toBe('abc');
    expect(s.rows[2][0]).toBe('D7');
  });

  it('wraps the text of the sheet’s wrapped columns and gives their rows the height of the wrapped lines', async () => {
    const long = '「资金筹集」 E6：「龙窝镇」2021 年的省级资金不符合 省:深圳:河源 = 6:3:1 的分担比例（期望 1200.00，实际 1300.00）。';
    const bytes = await writeNewWorkbook([
      {
        name: '校验问题',
        key: 'issues',
        widths: [6, 30],
        wrapCols: [2],
        rows: [
          [{ v: 1 }, { v: long }],
          [{ v: 2 }, { v: '短' }],
        ],
      },
    ]);
    const sheet = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    const rows = [...sheet.matchAll(/<row r="(\d+)"([^>]*)>/g)].map((m) => [m[1], /ht="([\d.]+)"/.exec(m[2])?.[1]]);
    expect(rows).toEqual([
      ['1', String(wrappedLines(long, 30) * 15)],
      ['2', undefined],
    ]);
    expect(wrappedLines(long, 30)).toBeGreaterThan(2);
    const styles = strFromU8(unzipSync(bytes)['xl/styles.xml']);
    const b1 = Number(/<c r="B1" s="(\d+)"/.exec(sheet)![1]);
    expect(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1].match(/<xf [^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)![b1]).toContain(
      'wrapText="1"',
    );
  });
});
