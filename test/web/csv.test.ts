import { csvCell, findingsCsv } from '../../src/web/csv';
import type { FileResult } from '../../src/core';

describe('findings CSV', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `"'=HYPERLINK(""http://evil"",""x"")"`],
    ['+1+1', "'+1+1"],
    ['-160.00', '-160.00'],
    ['-1,200.50', '"-1,200.50"'],
    ['-1+1', "'-1+1"],
    ['-2-3', "'-2-3"],
    ['+A1', "'+A1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['龙窝镇', '龙窝镇'],
    ['a,b', '"a,b"'],
    ['第一行\n第二行', '"第一行\n第二行"'],
  ])('neutralises and quotes %p', (input, want) => {
    expect(csvCell(input)).toBe(want);
  });

  it('starts with a BOM and a header, one line per finding', () => {
    const r: FileResult = {
      file: '龙窝镇.xlsx',
      profile: 'zijin-2021-2025',
      summary: { errors: 1, warnings: 0, infos: 0, ignored: 0 },
      findings: [
        {
          code: 'FUND-SHARE',
          severity: 'error',
          sheet: '资金筹集',
          cell: 'E6',
          clause: '四（十一）',
          message: '省级资金不符',
          expected: '1200.00',
          actual: '=1300',
        },
      ],
      shares: [],
    };
    const csv = findingsCsv([r], 'zh-CN');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFF文件,严重程度,代码,工作表,单元格,说明,期望,实际,方案条款');
    expect(lines[1]).toBe("龙窝镇.xlsx,错误,FUND-SHARE,资金筹集,E6,省级资金不符,1200.00,'=1300,四（十一）");
    expect(findingsCsv([r], 'en-US').split('\r\n')[0]).toBe('\uFEFFFile,Severity,Code,Sheet,Cell,Message,Expected,Found,Plan clause');
  });
});
