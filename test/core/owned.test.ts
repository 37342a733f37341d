/**
 * Ownership of the product's sheets (render/owned.ts, issue 14 item 7): the rule every host shares. The
 * product's real output, in either language and whatever the workbook holds, is the product's; the same
 * sheet retitled, with another header or under a name the product never writes is not.
 */
import fc from 'fast-check';
import {
  DEFAULT_PROFILE,
  checkWorkbook,
  chooseSheetName,
  isOwnContent,
  isOwnSheetName,
  isProductOutput,
  isProductSheet,
  renderOutputs,
  renderIgnores,
  renderParams,
  type Lang,
  type OutputSheet,
} from '../../src/core';
import { fundSheet, pairingSheet } from './grids';

const rowsOf = (o: OutputSheet) => o.rows.map((r) => r.map((c) => c.v));

const outputsFor = (lang: Lang, towns: number, years: number[]) => {
  const report = checkWorkbook({
    sheets: [pairingSheet(), fundSheet({ years, edit: (rows) => rows.splice(3 + towns * years.length) })],
  });
  return [...renderOutputs(report, lang), renderParams(DEFAULT_PROFILE, lang)];
};

describe('the product’s own sheets', () => {
  it('are known by name and content in either language, whatever the workbook held (识别情况 above 校验问题’s header)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Lang>('zh-CN', 'en-US'),
        fc.integer({ min: 0, max: 16 }),
        fc.uniqueArray(fc.integer({ min: 2021, max: 2025 }), { minLength: 1, maxLength: 3 }),
        (lang, towns, years) => {
          for (const o of outputsFor(lang, towns, years)) {
            expect([o.key, isProductSheet(o.key, o.name, rowsOf(o))]).toEqual([o.key, true]);
            expect(isProductOutput(rowsOf(o), [o.key])).toBe(true);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('are not the product’s once retitled, with another header row, or as another key', () => {
    for (const o of outputsFor('zh-CN', 3, [2022])) {
      const rows = rowsOf(o);
      const retitled = [['我的表'], ...rows.slice(1)];
      const header = rows.findIndex((r, i) => i > 0 && r.length > 3 && o.rows[i][0].style === 'header');
      const otherHeader = rows.map((r, i) => (i === header ? ['名称', ...r.slice(1)] : r));
      expect(isOwnContent(o.key, retitled)).toBe(false);
      expect(isOwnContent(o.key, otherHeader)).toBe(false);
      expect(isOwnContent(o.key, [])).toBe(false);
      for (const other of (['results', 'issues', 'params'] as const).filter((k) => k !== o.key))
        expect(isOwnContent(other, rows)).toBe(false);
    }
  });

  it('a 规则参数 or 忽略记录 sheet is the product’s output only with its mark (unmarked, it is the user’s)', () => {
    const params = renderParams(DEFAULT_PROFILE, 'zh-CN');
    const ignores = renderIgnores({
      findings: [{ ...checkWorkbook({ sheets: [] }).findings[0], ignored: { reason: '已核实' } }],
    });
    for (const o of [params, ignores]) {
      expect(isProductSheet(o.key, o.name, rowsOf(o))).toBe(true);
      expect(isProductOutput(rowsOf(o), [])).toBe(false);
      expect(isProductOutput(rowsOf(o), ['results'])).toBe(false);
      expect(isProductOutput(rowsOf(o), [o.key])).toBe(true);
    }
  });

  it('a mark alone never makes a sheet the product’s: the fund sheet is no output of any key', () => {
    const fund = fundSheet({ years: [2021] }).rows;
    for (const key of ['results', 'issues', 'params', 'ignores'] as const) {
      expect(isProductOutput(fund, [key])).toBe(false);
      expect(isProductSheet(key, '测算结果', fund)).toBe(false);
    }
  });
});

describe('isOwnSheetName', () => {
  it('takes every name chooseSheetName gives, and no name the user chose', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(['results', 'issues', 'params'] as const)),
        fc.uniqueArray(
          fc.constantFrom('测算结果', '校验问题', '规则参数', '测算结果（校验）', '校验问题（校验）', '测算结果（校验2）', 'Sheet1'),
          {
            maxLength: 6,
          },
        ),
        fc.string({ maxLength: 6 }),
        (key, taken, other) => {
          const wanted = { results: '测算结果', issues: '校验问题', params: '规则参数' }[key];
          expect(isOwnSheetName(key, chooseSheetName(wanted, taken))).toBe(true);
          for (const name of [`2024年${wanted}`, `${wanted}（旧）`, `${wanted}（校验0）`, `${wanted} (2)`, `${other}x${wanted}`])
            expect([name, isOwnSheetName(key, name)]).toEqual([name, false]);
        },
      ),
    );
  });
});
