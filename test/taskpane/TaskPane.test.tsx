/** @jest-environment jsdom */
/**
 * The task pane with plain props (no Office): the check runs through its steps, the counts, the findings grouped
 * by severity then sheet, filtering, jumping to a cell, the shares table, the template action and host errors.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CheckReport, Lang } from '../../src/core';
import type { CheckStep } from '../../src/taskpane/components/CheckProgress';
import { TaskPane, type TaskPaneProps } from '../../src/taskpane/components/TaskPane';
import { sampleReport, shareLine } from './report';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderPane(props: Partial<TaskPaneProps> & { lang?: Lang } = {}) {
  const onSelectCell = jest.fn();
  const onCheck = props.onCheck ?? jest.fn(async () => sampleReport());
  const utils = render(
    <FluentProvider theme={webLightTheme}>
      <TaskPane
        lang={props.lang ?? 'zh-CN'}
        onCheck={onCheck}
        onSelectCell={props.onSelectCell ?? onSelectCell}
        onInsertTemplate={props.onInsertTemplate}
        onInsertParams={props.onInsertParams}
      />
    </FluentProvider>,
  );
  return { ...utils, onSelectCell, onCheck };
}

async function clickCheck(name = '校验') {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

/** The [code, sheet!cell] of each listed finding, in order. */
function listedFindings(): string[] {
  return (
    screen
      .getAllByTestId('finding')
      .map((el) => el.textContent ?? '')
      // The rule's name comes first, the code last in small type (issue 11).
      .map((s) => s.match(/([A-Z]+(?:-[A-Z]+)+)$/)?.[1] ?? s)
  );
}

describe('TaskPane', () => {
  it('shows each step of the check as it starts, and 完成 at the end', async () => {
    const d = deferred<CheckReport>();
    let progress!: (s: CheckStep) => void;
    renderPane({
      onCheck: (p) => {
        progress = p;
        return d.promise;
      },
    });
    await clickCheck();
    const status = screen.getByTestId('progress-step');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('读取工作簿');
    expect(screen.getByRole('button', { name: '正在校验…' })).toHaveProperty('disabled', true);
    act(() => progress('checking'));
    expect(status.textContent).toBe('校验');
    act(() => progress('writing'));
    expect(status.textContent).toBe('写入结果');
    await act(async () => d.resolve(sampleReport()));
    expect(status.textContent).toBe('完成');
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByRole('button', { name: '校验' })).toHaveProperty('disabled', false);
    expect(screen.getByTestId('notice').textContent).toContain('测算结果');
  });

  it('counts 错误, 警告 and 提示', async () => {
    renderPane();
    await clickCheck();
    expect(screen.getByTestId('count-error').textContent).toBe('错误 3');
    expect(screen.getByTestId('count-warning').textContent).toBe('警告 2');
    expect(screen.getByTestId('count-info').textContent).toBe('提示 1');
  });

  it('groups the findings by severity, then by sheet, in the report order', async () => {
    renderPane();
    await clickCheck();
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['错误（3）', '警告（2）', '提示（1）']);
    const sheets = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(sheets).toEqual(['整个工作簿（1）', '资金筹集（2）', '结对安排表（2）', '资金筹集（1）']);
    expect(listedFindings()).toEqual([
      'WB-NO-PAIRING',
      'FUND-SHARE',
      'FUND-SUM',
      'PAIR-MEMBERS-EMPTY',
      'PAIR-LEAD-CHANGED',
      'FUND-TEXT-NUMBER',
    ]);
  });

  it('selects the finding’s cell when it is clicked, and the sheet for a sheet-wide finding', async () => {
    const { onSelectCell } = renderPane();
    await clickCheck();
    const share = screen.getByRole('button', { name: /FUND-SHARE/ });
    expect(share.textContent).toContain('资金筹集!E6');
    await act(async () => fireEvent.click(share));
    expect(onSelectCell).toHaveBeenLastCalledWith('资金筹集', 'E6');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /PAIR-MEMBERS-EMPTY/ })));
    expect(onSelectCell).toHaveBeenLastCalledWith('结对安排表', 'A1');
    // A workbook-wide finding has nowhere to go: it is not a button.
    expect(screen.queryByRole('button', { name: /WB-NO-PAIRING/ })).toBeNull();
  });

  it('filters by severity and by text over code, town and sheet', async () => {
    renderPane();
    await clickCheck();
    fireEvent.change(screen.getByRole('combobox', { name: '严重程度' }), { target: { value: 'warning' } });
    expect(listedFindings()).toEqual(['PAIR-MEMBERS-EMPTY', 'PAIR-LEAD-CHANGED']);
    fireEvent.change(screen.getByRole('combobox', { name: '严重程度' }), { target: { value: 'all' } });
    const search = screen.getByRole('searchbox', { name: '搜索（代码、镇名、工作表）' });
    fireEvent.change(search, { target: { value: '九和镇' } });
    expect(listedFindings()).toEqual(['FUND-SUM']);
    fireEvent.change(search, { target: { value: 'fund-share' } });
    expect(listedFindings()).toEqual(['FUND-SHARE']);
    fireEvent.change(search, { target: { value: '结对安排表' } });
    expect(listedFindings()).toEqual(['PAIR-MEMBERS-EMPTY', 'PAIR-LEAD-CHANGED']);
    fireEvent.change(search, { target: { value: '没有这个' } });
    expect(screen.queryAllByTestId('finding')).toEqual([]);
    expect(screen.getByText('没有符合筛选条件的问题。')).toBeTruthy();
  });

  it('folds town and year into one column in a 350 px pane', async () => {
    window.innerWidth = 350;
    renderPane();
    await clickCheck();
    const table = screen.getByTestId('shares-table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['镇／年度', '合计', '省级', '深圳市', '河源市级', '紫金县级']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => Array.from(r.querySelectorAll('th,td'), (c) => c.textContent));
    expect(rows).toEqual([
      ['龙窝镇2021', '2000.00', '1200.00', '600.00', '40.00', '160.00'],
      ['九和镇2021', '1999.99', '1199.994', '599.997', '39.9998', '159.9992'], // exact to the 分
      ['2021 年合计', '3999.99', '2399.994', '1199.997', '79.9998', '319.9992'], // the year's total, summed in 分
    ]);
    expect(screen.getByText('单位：万元')).toBeTruthy();
  });

  it('gives town and year their own columns in a wide pane', async () => {
    window.innerWidth = 800;
    renderPane();
    await clickCheck();
    const table = screen.getByTestId('shares-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['镇', '年度', '合计', '省级', '深圳市', '河源市级', '紫金县级']);
    expect(Array.from(within(table).getAllByRole('row')[1].querySelectorAll('th,td'), (c) => c.textContent)).toEqual([
      '龙窝镇',
      '2021',
      '2000.00',
      '1200.00',
      '600.00',
      '40.00',
      '160.00',
    ]);
  });

  it('shows one year of shares when a year is chosen', async () => {
    window.innerWidth = 350;
    renderPane({
      onCheck: async () => ({
        ...sampleReport(),
        shares: [shareLine('龙窝镇', 2021, 6), shareLine('龙窝镇', 2022, 23), shareLine('九和镇', 2022, 24)],
      }),
    });
    await clickCheck();
    const table = screen.getByTestId('shares-table');
    expect(within(table).getAllByRole('row')).toHaveLength(6); // header, three town-years, a total for each year
    fireEvent.change(screen.getByRole('combobox', { name: '年度' }), { target: { value: '2022' } });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['龙窝镇2022', '九和镇2022', '2022 年合计']);
  });

  it('says so when there is nothing to report', async () => {
    renderPane({ onCheck: async () => sampleReport([]) });
    await clickCheck();
    expect(screen.getByText('未发现问题')).toBeTruthy();
    expect(screen.queryByRole('search')).toBeNull();
  });

  it('lists at most 200 findings and points to the 校验问题 sheet for the rest', async () => {
    const many = Array.from({ length: 250 }, () => sampleReport().findings[1]).map((f, i) => ({ ...f, cell: `E${i + 6}`, row: i + 6 }));
    renderPane({ onCheck: async () => sampleReport(many) });
    await clickCheck();
    expect(screen.getAllByTestId('finding')).toHaveLength(200);
    expect(screen.getByText('另有 50 条未在此列出，完整清单见“校验问题”表。')).toBeTruthy();
  });

  it('shows a host error’s sentence, with its details behind a disclosure', async () => {
    const inner = Object.assign(new Error('The cell is being edited'), { code: 'InvalidOperationInCellEditMode' });
    const hostError = Object.assign(new Error('cell-editing'), {
      key: 'cellEditing',
      innerError: inner,
      userMessage: (lang: Lang) => (lang === 'zh-CN' ? '请先退出单元格编辑状态，再点“校验”。' : 'Leave cell editing first.'),
    });
    renderPane({ onCheck: async () => Promise.reject(hostError) });
    await clickCheck();
    const bar = screen.getByTestId('error-bar');
    expect(bar.textContent).toContain('请先退出单元格编辑状态，再点“校验”。');
    expect(bar.textContent).not.toContain('InvalidOperationInCellEditMode');
    const toggle = within(bar).getByRole('button', { name: '显示详细信息' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(bar.textContent).toContain('InvalidOperationInCellEditMode');
    expect(within(bar).getByRole('button', { name: '隐藏详细信息' }).getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(within(bar).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('error-bar')).toBeNull();
    expect(screen.getByRole('button', { name: '校验' })).toHaveProperty('disabled', false);
  });

  it('shows a generic sentence for an unexpected error', async () => {
    renderPane({ onCheck: async () => Promise.reject(new TypeError('x is undefined')) });
    await clickCheck();
    expect(screen.getByTestId('error-bar').textContent).toContain('发生了意外错误');
  });

  it('disables 新建模板 while the host cannot insert templates, and says why', async () => {
    renderPane();
    const button = screen.getByRole('button', { name: '新建模板' });
    // Still focusable, so that a keyboard user reaches the reason.
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('此版本暂不能插入模板');
  });

  it('inserts the template through the host when it can', async () => {
    const onInsertTemplate = jest.fn(async () => undefined);
    renderPane({ onInsertTemplate });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新建模板' })));
    expect(onInsertTemplate).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('notice').textContent).toBe('已插入模板。');
  });

  it('says which template sheets were skipped because the workbook already has them', async () => {
    const onInsertTemplate = jest.fn(async () => ({ inserted: ['因素表', '会议记录'], skipped: ['结对安排表', '资金筹集'] }));
    renderPane({ onInsertTemplate });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: '新建模板' })));
    expect(screen.getByTestId('notice').textContent).toBe('已插入模板。已有同名工作表，未插入：结对安排表、资金筹集。');
  });

  it('disables 插入规则参数表 while the host cannot insert it, and says why', () => {
    renderPane();
    const button = screen.getByRole('button', { name: '插入规则参数表' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toBe('此版本暂不能插入规则参数表');
  });

  it('inserts the 规则参数 sheet through the host, and says so, or that the sheet is already there', async () => {
    const onInsertParams = jest.fn(async () => ({ inserted: ['规则参数'], skipped: [] as string[] }));
    renderPane({ onInsertParams });
    const button = screen.getByRole('button', { name: '插入规则参数表' });
    expect(document.getElementById(button.getAttribute('aria-describedby')!)?.textContent).toContain('预填内置方案的参数');
    await act(async () => fireEvent.click(button));
    expect(onInsertParams).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('notice').textContent).toBe('已插入“规则参数”表。');
    onInsertParams.mockImplementationOnce(async () => ({ inserted: [], skipped: ['规则参数'] }));
    await act(async () => fireEvent.click(button));
    expect(screen.getByTestId('notice').textContent).toBe('工作簿中已有“规则参数”表，未插入。');
  });

  it('names the 插入规则参数表 button in English too', () => {
    renderPane({ lang: 'en-US', onInsertParams: async () => ({ inserted: [], skipped: [] }) });
    expect(screen.getByRole('button', { name: 'Insert rule parameters' }).getAttribute('aria-disabled')).toBeNull();
  });

  it('speaks English when asked', async () => {
    renderPane({ lang: 'en-US' });
    await clickCheck('Check');
    expect(screen.getByTestId('count-error').textContent).toBe('Error 3');
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['Error (3)', 'Warning (2)', 'Info (1)']);
    expect(screen.getByRole('searchbox', { name: 'Search (code, town, sheet)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /FUND-SHARE/ }).textContent).toMatch(/[A-Za-z]{4,}/);
  });
});
