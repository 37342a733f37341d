/** @jest-environment jsdom */
/**
 * The pane's findings, one entry per cause (issue 11): a column wrong in every row is one entry 「同一问题，共 80 处」
 * that opens to its 80 cells (each selects its cell); the counts of the headings agree; the rule's name comes first,
 * the code last; 「依据」 quotes the plan's 6∶3∶1 sentence and says how to fix it, linking the rule on the help page.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { checkWorkbook } from '../../src/core';
import { TaskPane } from '../../src/taskpane/components/TaskPane';
import { fundSheet, pairingSheet, type Grid } from '../core/grids';

function report() {
  const rows = fundSheet().rows as Grid;
  for (const r of rows) if (typeof r[1] === 'string' && typeof r[4] === 'number' && r[0] !== '合计') r[4] = (r[4] as number) + 100;
  return checkWorkbook({ sheets: [pairingSheet(), { name: '资金筹集', rows }] });
}

describe('the pane, one entry per cause', () => {
  it('shows the wrong column once with its 80 cells, counts that agree, the rule name first and its basis', async () => {
    const onSelectCell = jest.fn();
    render(
      <FluentProvider theme={webLightTheme}>
        <TaskPane lang="zh-CN" onCheck={async () => report()} onSelectCell={onSelectCell} />
      </FluentProvider>,
    );
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '校验' }));
    });
    const entries = screen.getAllByTestId('finding-entry');
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    const finding = within(entry).getByTestId('finding');
    expect(finding.textContent).toMatch(/^省级分担比例不符资金筹集!E6.*FUND-SHARE$/);
    expect(screen.getByRole('heading', { level: 4 }).textContent).toBe('资金筹集（80）');
    const places = within(entry).getByTestId('finding-places');
    expect(places.querySelector('summary')!.textContent).toBe('同一问题，共 80 处');
    const cells = within(places).getAllByRole('button', { hidden: true });
    expect(cells).toHaveLength(80);
    fireEvent.click(cells[1]);
    expect(onSelectCell).toHaveBeenCalledWith('资金筹集', 'E7');
    const basis = within(entry).getByTestId('rule-basis');
    expect(basis.textContent).toContain('6∶3∶1');
    expect(basis.textContent).toContain('怎么改');
    expect(within(basis).getByRole('link', { hidden: true }).getAttribute('href')).toBe('help.html#FUND-SHARE');
    expect(screen.getByTestId('help-link').getAttribute('href')).toBe('help.html');
  });
});
