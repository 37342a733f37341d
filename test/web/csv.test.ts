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

  it('starts with a BOM and a header, one line per finding, ignored ones with their reason', () => {
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
        {
          code: 'PAIR-LEAD-CHANGED',
          severity: 'warning',
          sheet: '结对安排表',
          cell: 'D5',
          clause: '四（一）',
          message: '牵头单位有变化',
          expected: '',
          actual: '市委办',
          ignored: { reason: '=经县委同意调整' },
        },
      ],
      shares: [],
    };
    const csv = findingsCsv([r], 'zh-CN');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFF文件,严重程度,代码,工作表,单元格,说明,期望,实际,方案条款,忽略原因');
    expect(lines[1]).toBe("龙窝镇.xlsx,错误,FUND-SHARE,资金筹集,E6,省级资金不符,1200.00,'=1300,四（十一）,");
    // An ignored finding keeps its row with the reason, which is text like any other (never a formula).
    expect(lines[2]).toBe("龙窝镇.xlsx,警告,PAIR-LEAD-CHANGED,结对安排表,D5,牵头单位有变化,,市委办,四（一）,'=经县委同意调整");
    expect(findingsCsv([r], 'en-US').split('\r\n')[0]).toBe(
      '\uFEFFFile,Severity,Code,Sheet,Cell,Message,Expected,Found,Plan clause,Reason ignored',
    );
  });
});
