/** @jest-environment jsdom */
/**
 * The pane's 识别情况 section: collapsed under the findings after a check, it lists each sheet with what it was
 * read as (an unrecognised sheet says why), the town of a town's own submission, and jumps to a sheet's header.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Lang, Recognition } from '../../src/core';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { countyRecognition, townRecognition } from '../fixtures/recognition';
import { sampleReport } from './report';

async function checked(recognition: Recognition | undefined, lang: Lang = 'zh-CN') {
  const onSelectCell = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        lang={lang}
        onCheck={async () => ({ ...sampleReport(), ...(recognition ? { recognition } : {}) })}
        onSelectCell={onSelectCell}
      />
    </FluentProvider>,
  );
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: lang === 'en-US' ? 'Check' : '校验' }));
  });
  return { onSelectCell };
}

const sheets = () => screen.queryAllByTestId('recognition-sheet').map((li) => li.textContent ?? '');

describe('识别情况 in the task pane', () => {
  it('is collapsed at first and opens to one entry per sheet, the unrecognised one saying so', async () => {
    await checked(countyRecognition());
    const toggle = screen.getByRole('button', { name: /^识别情况（3 张表，1 张未识别）$/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(sheets()).toEqual([]);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const listed = sheets();
    expect(listed.map((s) => s.split('：')[0])).toEqual(['结对安排表', '资金分配表（2021-2025）', '说明']);
    expect(listed[1]).toContain('2021–2025');
    expect(listed[2]).toContain('未识别');
    expect(screen.getByTestId('recognition-scope').textContent).toContain('全县');
  });

  it('jumps to a sheet’s header from its entry', async () => {
    const { onSelectCell } = await checked(countyRecognition());
    fireEvent.click(screen.getByRole('button', { name: /^识别情况/ }));
    const fund = screen.getAllByTestId('recognition-sheet')[1];
    fireEvent.click(within(fund).getByRole('button', { name: '查看表头 A3:W4' }));
    expect(onSelectCell).toHaveBeenCalledWith('资金分配表（2021-2025）', 'A3');
    expect(within(screen.getAllByTestId('recognition-sheet')[2]).queryByRole('button')).toBeNull();
  });

  it('says a town’s own submission, in English too', async () => {
    await checked(townRecognition('敬梓镇'), 'en-US');
    fireEvent.click(screen.getByRole('button', { name: 'What was read (1 sheet, all recognised)' }));
    expect(screen.getByTestId('recognition-scope').textContent).toContain("敬梓镇's own submission");
    expect(sheets()[0]).toContain('one sheet per town');
  });

  it('is absent when the report carries no recognition', async () => {
    await checked(undefined);
    expect(screen.getByTestId('findings')).toBeTruthy();
    expect(screen.queryByTestId('recognition')).toBeNull();
  });
});
