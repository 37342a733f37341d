/** @jest-environment jsdom */
/**
 * The pane wired to the real Excel host and the strict simulator: after a check, the user's edits mark the
 * results stale (「工作簿已修改，结果可能已过时」 with 重新校验); a finding on a deleted sheet no longer selects a
 * cell; 清除结果 asks, then deletes only the product's sheets.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DEFAULT_PROFILE } from '../../src/core';
import { App } from '../../src/taskpane/App';
import { installSimulator, type Simulator } from '../sim/sim';
import { emptySheet, type SimModel } from '../sim/model';
import { fundRow, fundSheet, pairingSheet } from '../core/grids';

const Y = DEFAULT_PROFILE.years.first;

function workbook(): Simulator {
  const fund = fundSheet({ years: [Y], edit: (rows) => (rows[fundRow('龙窝镇', Y) - 1][4] = 1300) });
  const model: SimModel = {
    displayLanguage: 'zh-CN',
    names: [],
    sheets: [pairingSheet(), fund].map((s) => ({ ...emptySheet(s.name), cells: s.rows.map((r) => [...r]) })),
  };
  model.sheets.push({ ...emptySheet('备注'), cells: [['我的备注']] });
  return installSimulator(model);
}

const click = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};
const names = (sim: Simulator) => sim.model.sheets.map((s) => s.name);

async function check(sim: Simulator) {
  const before = sim.syncs;
  await click(screen.getByTestId('check'));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('测算结果'));
  expect(sim.syncs).toBeGreaterThan(before);
}

it('marks the results stale after an edit, an added or a deleted sheet; 重新校验 clears the mark', async () => {
  const sim = workbook();
  render(<App lang="zh-CN" />);
  await check(sim);
  expect(screen.queryByTestId('stale-bar')).toBeNull();
  await act(async () => sim.userEdit('测算结果', 3, 3, 0)); // the product's own sheet: not the user's workbook
  await new Promise((r) => setTimeout(r, 30));
  expect(screen.queryByTestId('stale-bar')).toBeNull();
  for (const change of [() => sim.userEdit('资金筹集', 6, 4, 1300), () => sim.userAddSheet('Sheet9'), () => sim.userDeleteSheet('备注')]) {
    await act(async () => change());
    await waitFor(() => expect(screen.getByTestId('stale-bar').textContent).toContain('工作簿已修改，结果可能已过时'));
    const before = sim.syncs;
    await click(screen.getByTestId('recheck'));
    await waitFor(() => expect(screen.queryByTestId('stale-bar')).toBeNull());
    expect(sim.syncs).toBeGreaterThan(before);
  }
});

it('does not select a cell of a finding whose sheet was deleted, and says to check again', async () => {
  const sim = workbook();
  render(<App lang="zh-CN" />);
  await check(sim);
  const onFund = screen.getAllByTestId('finding').find((el) => el.textContent?.includes('资金筹集!'))!;
  await click(onFund);
  await waitFor(() => expect(sim.selection?.sheet).toBe('资金筹集'));
  sim.selection = null;
  await act(async () => sim.userDeleteSheet('资金筹集'));
  await waitFor(() => screen.getByTestId('stale-bar'));
  await click(onFund);
  await waitFor(() => expect(screen.getByTestId('error-bar').textContent).toContain('资金筹集'));
  expect(sim.selection).toBeNull();
});

it('清除结果 asks with the sheets it will delete, deletes them on 删除, keeps every user sheet', async () => {
  const sim = workbook();
  render(<App lang="zh-CN" />);
  await check(sim);
  expect(names(sim)).toEqual(['结对安排表', '资金筹集', '备注', '测算结果', '校验问题']);
  await click(screen.getByTestId('clear-results'));
  await waitFor(() => expect(screen.getByTestId('clear-dialog').textContent).toContain('测算结果、校验问题'));
  await click(screen.getByTestId('clear-cancel'));
  expect(names(sim)).toHaveLength(5);
  await click(screen.getByTestId('clear-results'));
  await waitFor(() => screen.getByTestId('clear-confirm'));
  await click(screen.getByTestId('clear-confirm'));
  await waitFor(() => expect(names(sim)).toEqual(['结对安排表', '资金筹集', '备注']));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('测算结果'));
  expect(screen.queryByTestId('stale-bar')).toBeNull();
  await click(screen.getByTestId('clear-results'));
  await waitFor(() => expect(screen.getByTestId('notice').textContent).toBe('没有本加载项写入的结果表，无需清除。'));
});

it('says which sheets were checked as unmerged when Excel cannot read merged cells (before ExcelApi 1.13)', async () => {
  const sim = workbook();
  sim.excelApi = '1.12';
  render(<App lang="zh-CN" />);
  await check(sim);
  const notice = screen.getByTestId('notice').textContent ?? '';
  for (const sheet of ['结对安排表', '资金筹集', '备注']) expect(notice).toContain(sheet);
  sim.excelApi = '1.13';
  await check(sim);
  expect(screen.getByTestId('notice').textContent).not.toContain('资金筹集');
});
