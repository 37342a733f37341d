/** @jest-environment jsdom */
/**
 * The page's 识别情况 section on each file card: collapsed at first, one entry per sheet with what it was read as
 * (an unrecognised sheet says so), the town of a town's own submission, in both languages; absent without data.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { DEFAULT_PROFILE, ui, type FileResult, type Lang, type Recognition } from '../../src/core';
import { FileCard } from '../../src/web/components/FileCard';
import { countyRecognition, townRecognition } from '../fixtures/recognition';

function card(recognition: Recognition | undefined, lang: Lang = 'zh-CN') {
  const result: FileResult = {
    file: 'a.xlsx',
    profile: DEFAULT_PROFILE.name,
    summary: { errors: 0, warnings: 0, infos: 0, ignored: 0 },
    findings: [],
    shares: [],
    ...(recognition ? { recognition } : {}),
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <FileCard
        t={ui(lang)}
        entry={{ id: 1, name: 'a.xlsx', step: 'result', result }}
        onDownload={jest.fn()}
        onDownloadCsv={jest.fn()}
        onRemove={jest.fn()}
      />
    </FluentProvider>,
  );
}

const entries = () => screen.queryAllByTestId('recognition-sheet').map((e) => e.textContent ?? '');

describe('识别情况 on the page', () => {
  it('opens to each sheet: name, what it was read as, years and rows; the unrecognised sheet says so', () => {
    card(countyRecognition());
    const toggle = screen.getByRole('button', { name: '识别情况（3 张表，1 张未识别）' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(entries()).toEqual([]);
    fireEvent.click(toggle);
    const listed = entries();
    expect(listed).toHaveLength(3);
    expect(listed[0].startsWith('结对安排表结对安排表')).toBe(true);
    expect(listed[1]).toMatch(/^资金分配表（2021-2025）资金表（按镇） · 宽表（年度分列）/);
    expect(listed[1]).toContain('读取 80 行');
    expect(listed[1]).toContain('跳过 A22');
    expect(listed[2]).toContain('未识别');
    expect(screen.getByTestId('recognition-scope').textContent).toContain('全县');
  });

  it('says a town’s own submission, in English', () => {
    card(townRecognition('龙窝镇'), 'en-US');
    fireEvent.click(screen.getByRole('button', { name: 'What was read (1 sheet, all recognised)' }));
    expect(screen.getByTestId('recognition-scope').textContent).toContain("龙窝镇's own submission");
    expect(entries()[0]).toContain('years 2021–2023');
  });

  it('is absent when the result carries no recognition', () => {
    card(undefined);
    expect(screen.getByTestId('file-summary')).toBeTruthy();
    expect(screen.queryByTestId('recognition')).toBeNull();
  });
});
