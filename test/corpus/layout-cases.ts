/**
 * The cases of issue 10's layout corpus (test/corpus/layouts.ts builds the sheets). Each case: the sheets, every
 * error and warning as `[code, sheet, cell]` (none on a clean case), the infos it must include, and the town-years
 * whose shares must be exact. Adding a layout is adding one entry here.
 */
import { DEFAULT_PROFILE, type CellValue } from '../../src/core';
import { pairingSheet } from '../core/grids';
import {
  amountOf,
  everyTownYear,
  longSheet,
  pastedPairing,
  pastedRow,
  planTowns,
  sourceSheet,
  townSheet,
  wideCol,
  wideRow,
  wideSheet,
  YEARS,
  type LayoutCase,
} from './layouts';

const P = DEFAULT_PROFILE;
const pairing = () => pairingSheet();
const setAt = (rows: CellValue[][], a1: string, v: CellValue) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  rows[Number(m[2]) - 1][m[1].charCodeAt(0) - 65] = v;
};
const plus = (rows: CellValue[][], a1: string, d: number) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const r = rows[Number(m[2]) - 1];
  const c = m[1].charCodeAt(0) - 65;
  r[c] = Math.round(((r[c] as number) + d) * 100) / 100;
};

export function layoutCases(): LayoutCase[] {
  const cases: LayoutCase[] = [];
  const add = (c: LayoutCase) => cases.push(c);

  // 1, 2, 4 — wide year groups; the range in the name and title; 「合 计」 merged across 序号 and 镇.
  add({
    name: 'wide-clean',
    features: [1, 2, 4],
    sheets: [pairing(), wideSheet()],
    problems: [],
    shares: everyTownYear(YEARS),
    layout: 'wide-year-groups',
  });
  {
    const cell = `${wideCol(2023, 2)}${wideRow('蓝塘镇')}`;
    add({
      name: 'wide-shenzhen-off',
      features: [1, 2],
      sheets: [pairing(), wideSheet({ edit: (rows) => plus(rows, cell, 10) })],
      problems: [['FUND-SHARE', '资金分配（2021-2025）', cell]],
      shares: everyTownYear(YEARS),
    });
  }
  add({
    name: 'wide-official-sublabels-two-years',
    features: [1, 5],
    sheets: [
      pairing(),
      wideSheet({ years: [2022, 2023], subLabels: ['小计', '省级财政资金', '深圳市帮扶资金', '河源市级财政配套', '县级财政配套'] }),
    ],
    problems: [],
    shares: everyTownYear([2022, 2023]),
  });

  // 13 — rounding in the sheet's unit: a 元 sheet's margin is 1 分.
  add({
    name: 'wide-yuan-clean',
    features: [1, 13],
    sheets: [pairing(), wideSheet({ unit: '元' })],
    problems: [],
    shares: everyTownYear(YEARS),
  });
  {
    const cell = `${wideCol(2022, 4)}${wideRow('凤安镇')}`;
    add({
      name: 'wide-yuan-county-60-yuan-high',
      features: [13],
      sheets: [pairing(), wideSheet({ unit: '元', edit: (rows) => plus(rows, cell, 60) })],
      problems: [['FUND-LOCAL-SPLIT', '资金分配（2021-2025）', cell]],
      shares: everyTownYear(YEARS),
    });
  }

  // 2, 3 — year sections under a range title.
  {
    const l = longSheet({ name: '资金分配（2021—2025）', title: '紫金县2021—2025年驻镇帮镇扶村资金分配表', yearAs: 'sections' });
    add({
      name: 'sections-range-title',
      features: [2, 3],
      sheets: [pairing(), l.sheet],
      problems: [],
      shares: everyTownYear(YEARS),
      layout: 'year-sections',
    });
  }
  {
    const probe = longSheet({ yearAs: 'sections' });
    const totalRow = probe.rowOf(planTowns[15], 2022) + 1;
    const cell = `${probe.cols.province}${totalRow}`;
    const l = longSheet({ yearAs: 'sections', edit: (rows) => plus(rows, cell, 100) });
    add({
      name: 'sections-year-total-off',
      features: [3, 4],
      sheets: [pairing(), l.sheet],
      problems: [['FUND-TOTAL-ROW', '资金安排', cell]],
      shares: everyTownYear(YEARS),
    });
  }

  {
    // A section outside the plan's years is said on its section row, not dropped with its rows.
    const l = longSheet({ yearAs: 'sections', years: [2025, 2026] });
    add({
      name: 'sections-year-outside-plan',
      features: [3],
      sheets: [pairing(), l.sheet],
      problems: [['FUND-YEAR-RANGE', '资金安排', `B${l.rowOf(planTowns[0], 2026) - 1}`]],
      shares: everyTownYear([2025]),
    });
  }

  // 3, 4 — year-major: 年度 merged down over the towns, a 2021年小计 row, a 全县合计 that counts no subtotal twice.
  {
    const l = longSheet({ yearAs: 'merged', grand: '全县合计' });
    add({
      name: 'year-major-merged',
      features: [3, 4],
      sheets: [pairing(), l.sheet],
      problems: [],
      shares: everyTownYear(YEARS),
      layout: 'long',
    });
    const cell = `${l.cols.county}${l.rowOf(planTowns[15], 2023) + 1}`;
    const bad = longSheet({ yearAs: 'merged', grand: '全县合计', edit: (rows) => plus(rows, cell, -5) });
    add({
      name: 'year-major-subtotal-off',
      features: [3, 4],
      sheets: [pairing(), bad.sheet],
      problems: [['FUND-TOTAL-ROW', '资金安排', cell]],
      shares: everyTownYear(YEARS),
    });
  }

  // 4 — group headings 「一、重点帮扶镇」, group 小计 rows, a year 合计 and a 总计 over the rows, not the subtotals.
  {
    const l = longSheet({ groups: true, grand: '总计', years: [2021, 2022] });
    add({ name: 'groups-and-subtotals', features: [4], sheets: [pairing(), l.sheet], problems: [], shares: everyTownYear([2021, 2022]) });
    const subRow = l.rowOf('瓦溪镇', 2021) + 1;
    const cell = `${l.cols.total}${subRow}`;
    const bad = longSheet({ groups: true, grand: '总计', years: [2021, 2022], edit: (rows) => plus(rows, cell, 1000) });
    add({
      name: 'groups-subtotal-off',
      features: [4],
      sheets: [pairing(), bad.sheet],
      problems: [['FUND-TOTAL-ROW', '资金安排', cell]],
      shares: everyTownYear([2021, 2022]),
    });
  }

  // 5 — column names as official documents write them; ratios in the header; 市县配套资金 with 其中：市级 / 县级.
  for (const labels of ['official', 'ratio', 'city-county'] as const) {
    const l = longSheet({ labels, years: [2023] });
    add({ name: `labels-${labels}`, features: [5], sheets: [pairing(), l.sheet], problems: [], shares: everyTownYear([2023]) });
  }
  {
    const probe = longSheet({ labels: 'official', years: [2023] });
    const cell = `${probe.cols.province}${probe.rowOf('龙窝镇', 2023)}`;
    const l = longSheet({ labels: 'official', years: [2023], edit: (rows) => plus(rows, cell, -12) });
    add({
      name: 'labels-official-province-off',
      features: [5],
      sheets: [pairing(), l.sheet],
      problems: [['FUND-SHARE', '资金安排', cell]],
      shares: everyTownYear([2023]),
    });
  }
  {
    // A money column that maps to nothing is said, never skipped in silence.
    const l = longSheet({
      years: [2023],
      edit: (rows) => {
        const at = rows[2].length;
        rows[2].push('专项资金（万元）');
        for (let i = 4; i < rows.length - 1; i++) if (rows[i].length > 3) rows[i][at] = 12.5 + i;
      },
    });
    add({
      name: 'unmapped-money-column',
      features: [5],
      sheets: [pairing(), l.sheet],
      problems: [['FUND-COLUMN-UNMAPPED', '资金安排', 'I3']],
      shares: everyTownYear([2023]),
    });
  }

  // 6 — town names as people type them.
  {
    const written: Record<string, string> = { 龙窝镇: '紫金县龙窝镇', 敬梓镇: '敬梓', 紫城镇: '紫城镇（原附城镇）', 好义镇: '好\n义 镇' };
    const l = longSheet({ years: [2024], townText: (t) => written[t] ?? t });
    add({
      name: 'town-names-as-typed',
      features: [6],
      sheets: [pairing(), l.sheet],
      problems: [],
      infos: ['龙窝镇', '敬梓镇', '紫城镇'].map((t) => ['FUND-TOWN-VARIANT', '资金安排', `B${l.rowOf(t, 2024)}`]),
      shares: everyTownYear([2024]),
    });
    const cell = `${l.cols.shenzhen}${l.rowOf('敬梓镇', 2024)}`;
    const bad = longSheet({ years: [2024], townText: (t) => written[t] ?? t, edit: (rows) => plus(rows, cell, 30) });
    add({
      name: 'town-short-form-with-wrong-part',
      features: [6],
      sheets: [pairing(), bad.sheet],
      problems: [['FUND-SHARE', '资金安排', cell]],
      shares: everyTownYear([2024]),
    });
  }

  // 7 — the pairing table pasted from the annex.
  add({
    name: 'pairing-pasted',
    features: [7],
    sheets: [pastedPairing(), wideSheet({ years: [2021] })],
    problems: [],
    shares: everyTownYear([2021]),
  });
  {
    const cell = `D${pastedRow('好义镇')}`;
    add({
      name: 'pairing-pasted-lead-changed',
      features: [7],
      sheets: [pastedPairing((rows) => setAt(rows, cell, '县交通\n运输局（已调整）')), wideSheet({ years: [2021] })],
      problems: [['PAIR-LEAD-CHANGED', '结对安排表', cell]],
      shares: everyTownYear([2021]),
    });
  }

  // 8 — dashes mean none.
  {
    const l = longSheet({ years: [2025], dashes: true });
    add({
      name: 'dashes-are-zero',
      features: [8],
      sheets: [pairing(), l.sheet],
      problems: [],
      infos: [['FUND-OTHER-STREAM', '资金安排', `${l.cols.other}3`]],
      shares: everyTownYear([2025]),
    });
    const cell = `${l.cols.other}${l.rowOf('九和镇', 2025)}`;
    const bad = longSheet({ years: [2025], dashes: true, edit: (rows) => setAt(rows, cell, '待定') });
    add({
      name: 'dashes-and-a-word',
      features: [8],
      sheets: [pairing(), bad.sheet],
      problems: [['FUND-NOT-NUMBER', '资金安排', cell]],
      shares: everyTownYear([2025]),
    });
  }

  // 9 — one sheet per town.
  {
    const list = ['龙窝镇', '敬梓镇', '瓦溪镇'];
    add({
      name: 'sheet-per-town',
      features: [9],
      sheets: [pairing(), ...list.map((t) => townSheet(t))],
      problems: [],
      shares: list.flatMap((town) => YEARS.map((year) => ({ town, year, total: amountOf(town, year) }))),
      layout: 'sheet-per-town',
    });
    add({
      name: 'sheet-per-town-county-off',
      features: [9],
      sheets: [pairing(), townSheet('龙窝镇'), townSheet('敬梓镇', { edit: (rows) => plus(rows, 'F7', 3) })],
      problems: [['FUND-LOCAL-SPLIT', '敬梓镇', 'F7']],
      shares: ['龙窝镇', '敬梓镇'].flatMap((town) => YEARS.map((year) => ({ town, year, total: amountOf(town, year) }))),
    });
  }

  // 10 — a town's own submission; a county table missing two towns.
  {
    const years = [2021, 2022, 2023];
    const l = longSheet({ years, list: ['龙窝镇'] });
    const shares = years.map((year) => ({ town: '龙窝镇', year, total: amountOf('龙窝镇', year) }));
    add({ name: 'town-own-submission', features: [10], sheets: [l.sheet], problems: [], shares, scope: { kind: 'town', town: '龙窝镇' } });
    const cell = `${l.cols.shenzhen}${l.rowOf('龙窝镇', 2022)}`;
    const bad = longSheet({ years, list: ['龙窝镇'], edit: (rows) => plus(rows, cell, -600) });
    add({
      name: 'town-own-submission-shenzhen-blank',
      features: [10],
      sheets: [bad.sheet],
      problems: [['FUND-SHARE', '资金安排', cell]],
      shares,
      scope: { kind: 'town', town: '龙窝镇' },
    });
    add({
      name: 'town-own-sheet',
      features: [9, 10],
      sheets: [townSheet('瓦溪镇', { years })],
      problems: [],
      shares: years.map((year) => ({ town: '瓦溪镇', year, total: amountOf('瓦溪镇', year) })),
      scope: { kind: 'town', town: '瓦溪镇' },
    });
  }
  {
    const list = planTowns.filter((t) => t !== '上义镇' && t !== '九和镇');
    const l = longSheet({ years: [2021], list });
    const range = `B${l.rowOf(list[0], 2021)}:B${l.rowOf(list[list.length - 1], 2021)}`;
    add({
      name: 'county-missing-two-towns',
      features: [10],
      sheets: [pairing(), l.sheet],
      problems: [
        ['FUND-ROW-MISSING', '资金安排', range],
        ['FUND-ROW-MISSING', '资金安排', range],
        ['FUND-POOL', '资金安排', `${l.cols.total}${l.rowOf(list[list.length - 1], 2021) + 1}`],
      ],
      shares: list.map((town) => ({ town, year: 2021, total: amountOf(town, 2021) })),
    });
  }

  // 10 — a county table with no pairing table: WB-NO-PAIRING, a warning once fund sheets are found.
  add({
    name: 'county-table-without-pairing',
    features: [10],
    sheets: [wideSheet({ years: [2022] })],
    problems: [['WB-NO-PAIRING', '', '']],
    shares: everyTownYear([2022]),
  });

  // 11 — the pool by source.
  add({
    name: 'pool-by-source',
    features: [11],
    sheets: [pairing(), sourceSheet(), wideSheet()],
    problems: [],
    shares: everyTownYear(YEARS),
  });
  add({
    name: 'pool-by-source-shenzhen-off',
    features: [11],
    sheets: [pairing(), sourceSheet({ edit: (rows) => plus(rows, 'E5', 100) }), wideSheet()],
    problems: [['FUND-SOURCE-TOTAL', '资金筹集情况', 'E5']],
    shares: everyTownYear(YEARS),
  });

  // 12 — formulas never calculated: one finding for the sheet; shares from the parts.
  {
    const l = longSheet({ years: [2021] });
    const total = l.cols.total.charCodeAt(0) - 65;
    const first = l.rowOf(planTowns[0], 2021);
    const last = first + 16;
    const bad = longSheet({
      years: [2021],
      edit: (rows) => {
        for (let r = first; r <= last; r++) rows[r - 1][total] = { error: '#UNCALCULATED' };
      },
    });
    add({
      name: 'uncalculated-totals',
      features: [12],
      sheets: [pairing(), bad.sheet],
      problems: [['FUND-UNCALCULATED', '资金安排', `${l.cols.total}${first}:${l.cols.total}${last}`]],
      shares: everyTownYear([2021]),
    });
  }

  // 14 — a row with amounts but a blank town.
  {
    const l = longSheet({ years: [2022] });
    const r = l.rowOf('黄塘镇', 2022);
    const bad = longSheet({ years: [2022], edit: (rows) => setAt(rows, `B${r}`, null) });
    const range = `B${l.rowOf(planTowns[0], 2022)}:B${l.rowOf(planTowns[15], 2022)}`;
    add({
      name: 'blank-town-with-amounts',
      features: [14],
      sheets: [pairing(), bad.sheet],
      problems: [
        ['FUND-TOWN-BLANK', '资金安排', `B${r}`],
        ['FUND-ROW-MISSING', '资金安排', range],
        ['FUND-POOL', '资金安排', `${l.cols.total}${l.rowOf(planTowns[15], 2022) + 1}`],
      ],
      shares: everyTownYear([2022]).filter((s) => s.town !== '黄塘镇'),
    });
  }

  {
    // The clean counterpart: a spacer row and a note row with no amounts are not rows with a blank town.
    const l = longSheet({ years: [2022], edit: (rows) => rows.splice(rows.length - 1, 0, [null, null, null, ''], [null, '（以下空白）']) });
    add({ name: 'blank-rows-without-amounts', features: [14], sheets: [pairing(), l.sheet], problems: [], shares: everyTownYear([2022]) });
  }

  // 16 — PAIR-TYPE-COUNT when a town is missing and adding it cannot make the count right.
  {
    const rowOf = (t: string) => 4 + planTowns.indexOf(t);
    const sheet = pairingSheet({
      edit: (rows) => {
        rows[rowOf('凤安镇') - 1][2] = '重点帮扶镇';
        rows.splice(rowOf('瓦溪镇') - 1, 1);
      },
    });
    add({
      name: 'pair-type-count-with-a-town-missing',
      features: [16],
      sheets: [sheet, wideSheet({ years: [2021] })],
      problems: [
        ['PAIR-TYPE-MISMATCH', '结对安排表', `C${rowOf('凤安镇')}`],
        ['PAIR-TYPE-COUNT', '结对安排表', 'C4:C18'],
        ['PAIR-TOWN-MISSING', '结对安排表', 'B4:B18'],
      ],
      shares: everyTownYear([2021]),
    });
    add({
      name: 'pair-type-short-forms-count-right',
      features: [6, 16],
      sheets: [
        pairingSheet({ edit: (rows) => rows.slice(3).forEach((r) => (r[2] = r[2] === '重点帮扶镇' ? '重点帮扶' : '巩固 提升')) }),
        wideSheet({ years: [2021] }),
      ],
      problems: [],
      shares: everyTownYear([2021]),
    });
    add({
      name: 'pair-one-town-missing-count-can-come-right',
      features: [16],
      sheets: [pairingSheet({ edit: (rows) => rows.splice(rowOf('瓦溪镇') - 1, 1) }), wideSheet({ years: [2021] })],
      problems: [['PAIR-TOWN-MISSING', '结对安排表', 'B4:B18']],
      shares: everyTownYear([2021]),
    });
  }

  // Sparse sheets: a cell at XFD1048576 costs one cell.
  {
    const far: CellValue[][] = [];
    far[1048575] = [];
    far[1048575][16383] = '备注';
    add({
      name: 'far-cell-sheet',
      features: [],
      sheets: [pairing(), wideSheet({ years: [2025] }), { name: '备注', rows: far }],
      problems: [],
      shares: everyTownYear([2025]),
    });
  }
  void P;
  return cases;
}
