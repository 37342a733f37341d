/** @jest-environment jsdom */
/**
 * 「打印报告」's findings (issue 11, 12): the open findings first, then the ignored ones, marked 已忽略 with the
 * user's reason, so a printed report never shows a set-aside finding as if it were still open.
 */
import { render, screen } from '@testing-library/react';
import { DEFAULT_PROFILE, type FileResult, type JsonFinding, type Lang } from '../../src/core';
import { PrintReport } from '../../src/web/components/PrintReport';

const finding = (code: JsonFinding['code'], cell: string, extra: Partial<JsonFinding> = {}): JsonFinding => ({
  code,
  severity: 'error',
  sheet: '资金筹集',
  cell,
  clause: '四（十一）',
  message: `${code} 的说明`,
  expected: '',
  actual: '',
  ...extra,
});

function rows(lang: Lang): string[][] {
  const result: FileResult = {
    file: '龙窝镇.xlsx',
    profile: DEFAULT_PROFILE.id,
    summary: { errors: 2, warnings: 0, infos: 0, ignored: 1 },
    findings: [
      finding('FUND-SHARE', 'E6', { ignored: { reason: '省里已批准' } }),
      finding('FUND-SUM', 'D7'),
      finding('FUND-NEGATIVE', 'I9'),
    ],
    shares: [],
  };
  render(<PrintReport lang={lang} results={[result]} round={[]} profile={DEFAULT_PROFILE} />);
  const table = screen.getByTestId('print-file');
  return [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''));
}

it('prints open findings first and the ignored one last, marked, with its reason', () => {
  const got = rows('zh-CN');
  expect(got.map((r) => [r[0], r[1], r[2]])).toEqual([
    ['错误', 'FUND-SUM', '资金筹集!D7'],
    ['错误', 'FUND-NEGATIVE', '资金筹集!I9'],
    ['已忽略（错误）', 'FUND-SHARE', '资金筹集!E6'],
  ]);
  expect(got[2][3]).toBe('FUND-SHARE 的说明（忽略原因：省里已批准）');
});

it('in English too', () => {
  const got = rows('en-US');
  expect(got[2].slice(0, 2)).toEqual(['Ignored (Error)', 'FUND-SHARE']);
  expect(got[2][3]).toBe('FUND-SHARE 的说明 (Reason ignored: 省里已批准)');
});
