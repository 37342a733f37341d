/**
 * Every code has a sentence in both catalogs, and the codes are exactly RULES.md's (plus WB-UNREADABLE): people's
 * filters and the JSON depend on them. The parity tests of zod's locales are the model.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { CODES, RULES, formatFinding, makeFinding, ui, type Code, type Finding } from '../../src/core';

const rulesMd = readFileSync(path.join(__dirname, '..', '..', 'docs', 'RULES.md'), 'utf8');

/** A finding of each code with plausible params. */
function sample(code: Code): Finding {
  const params: Record<string, unknown> = {
    town: '龙窝镇',
    year: 2021,
    first: 2021,
    last: 2025,
    source: 'province',
    part: 'county',
    column: '省级',
    label: '合计',
    unit: '万元',
    suggested: '元',
    missing: ['lead'],
    reason: 'damaged',
    detail: 'x',
    error: '#REF!',
    key: 'standard',
    type: '一般镇',
    firstCell: '资金筹集!B6',
    field: 'lead',
    what: 'types',
    towns: 16,
    name: '张三',
    size: 4,
    min: 5,
    years: 4,
    count: 0,
    village: '某村',
    villageType: '红色村',
    factor: '面积',
    period: '2023年上半年',
    written: '敬梓',
    range: 'D5:H20',
    checks: ['share'],
    files: ['a.xlsx', 'b.xlsx'],
    cells: ['D6', 'E7'],
    sheets: ['资金筹集'],
  };
  return makeFinding(code, { sheet: '资金筹集', row: 6, col: 5 }, params as never, { expected: '1200.00', actual: '1300.00' });
}

describe('message catalogs', () => {
  it.each(CODES)('%s has a zh-CN and an en-US sentence', (code) => {
    const f = sample(code);
    const zh = formatFinding(f, 'zh-CN');
    const en = formatFinding(f, 'en-US');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).not.toBe(zh);
    expect(en.length).toBeGreaterThan(10);
    const workbookWide = ['WB-UNREADABLE', 'WB-NO-PAIRING', 'WB-NO-FUND', 'WB-NOTHING-FILLED', 'ROUND-CONFLICT', 'ROUND-POOL'];
    if (!workbookWide.includes(code)) expect(zh).toContain('E6');
  });

  it('has exactly the codes of RULES.md, plus WB-UNREADABLE, with their severities', () => {
    const inDoc = [...rulesMd.matchAll(/^\| ([A-Z]+(?:-[A-Z]+)+) \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    expect(inDoc.length).toBeGreaterThan(40);
    for (const [code, severity] of inDoc) expect(RULES[code as Code]?.severity).toBe(severity);
    expect(CODES.filter((c) => !inDoc.some(([d]) => d === c))).toEqual(['WB-UNREADABLE']);
  });

  it('has every UI sentence in both languages', () => {
    const zh = ui('zh-CN');
    const en = ui('en-US');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    expect(zh.counts(1, 2, 3)).toBe('1 个错误、2 个警告、3 个提示');
  });
});
