/**
 * 四（九）: 县组团各单位每半年召开一次联席会议，每季度至少一次召开党组会议或班子会议专题研究帮扶工作.
 * A 会议记录 sheet (单位 / 日期 / 会议类型 / 议题) recognised by content, then checkMeetings.
 */
import { DEFAULT_PROFILE, formatFinding, type CellValue, type Profile, type SheetSnapshot } from '../../src/core';
import { checkMeetings } from '../../src/core/checks';
import type { Ymd } from '../../src/core/dates';
import { recogniseWorkbook } from '../../src/core/recognise';

const SHEET = '会议记录';
/** Excel's serial number of a date (1900 system), as Office.js gives date cells. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A full year of 县发改局's meetings in 2023, dates typed every way people type them. */
const FULL_2023: CellValue[][] = [
  ['县发改局', '2023年3月5日', '联席会议', '研究上半年帮扶工作'],
  ['县发改局', serial(2023, 2, 10), '党组会议', '专题研究驻镇帮扶工作'],
  ['县发改局', '2023-05-10', '班子会议', '乡村振兴结对帮扶'],
  ['县发改局', '2023/8/1', '党组会', null],
  ['县发改局', '2023.9.1', '第二次联席会议', '帮扶项目推进'],
  ['县发改局', '2023年11月3日', '领导班子会议', '帮镇扶村工作'],
];

function meetingSheet(rows: CellValue[][]): SheetSnapshot {
  return {
    name: SHEET,
    rows: [['县直单位驻镇帮镇扶村会议记录', null, null, null], ['单位', '日期', '会议类型', '议题'], ...rows],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
  };
}

function run(rows: CellValue[][], checkDate: Ymd, profile: Profile = DEFAULT_PROFILE) {
  const rec = recogniseWorkbook({ sheets: [meetingSheet(rows)] }, profile);
  expect(rec.records.map((r) => r.kind)).toEqual(['meeting']);
  return checkMeetings(rec.records, profile, checkDate);
}

const tuples = (fs: ReturnType<typeof run>) =>
  fs.map((f) => [f.code, f.sheet, f.cell, 'half' in f.params ? `H${f.params.half}` : 'quarter' in f.params ? `Q${f.params.quarter}` : '']);
const JAN_2024: Ymd = { y: 2024, m: 1, d: 15 };

describe('checkMeetings (四（九）)', () => {
  it('finds nothing for a unit that met every half year and every quarter', () => {
    expect(run(FULL_2023, JAN_2024)).toEqual([]);
  });

  it('MEET-JOINT on the unit cell of its first row for a half year without a joint meeting', () => {
    const fs = run(
      FULL_2023.filter((r) => r[2] !== '第二次联席会议'),
      JAN_2024,
    );
    expect(tuples(fs)).toEqual([['MEET-JOINT', SHEET, 'A3', 'H2']]);
    expect(fs[0].params).toEqual({ unit: '县发改局', year: 2023, half: 2, required: DEFAULT_PROFILE.meetings.jointPerHalfYear, found: 0 });
    expect(formatFinding(fs[0], 'zh-CN')).toContain('2023年下半年');
    expect(formatFinding(fs[0], 'en-US')).toContain('H2 2023');
  });

  it('holds only the county group units to it: a Shenzhen or Heyuan city unit with no meetings is not asked', () => {
    const others = [
      ['龙华区民治街道', '2023-03-05', '联席会议', '帮扶工作'],
      ['市检察院', '2023-03-05', '联席会议', '帮扶工作'],
      ['紫金县财政局', '2023-03-05', '联席会议', '帮扶工作'],
    ];
    const fs = run([...FULL_2023, ...others], JAN_2024);
    expect([...new Set(fs.map((f) => ('unit' in f.params ? f.params.unit : '')))]).toEqual(['紫金县财政局']);
  });

  it('MEET-PARTY for a quarter whose only leadership meeting was not on the assistance', () => {
    const rows = FULL_2023.map((r) => (r[2] === '班子会议' ? [r[0], r[1], r[2], '研究人事工作'] : r));
    const fs = run(rows, JAN_2024);
    expect(tuples(fs)).toEqual([['MEET-PARTY', SHEET, 'A3', 'Q2']]);
    expect(formatFinding(fs[0], 'zh-CN')).toContain('2023年第2季度');
  });

  it('does not demand a meeting in a period that has not ended: the current half year and quarter', () => {
    const sofar = FULL_2023.filter((r) => r[1] !== '2023年11月3日' && r[2] !== '第二次联席会议');
    expect(run(sofar, { y: 2023, m: 11, d: 20 })).toEqual([]);
    // Q3 ended on 30 September: on that day it is still running, the day after it is demanded.
    const noQ3 = sofar.filter((r) => r[1] !== '2023/8/1');
    expect(run(noQ3, { y: 2023, m: 9, d: 30 })).toEqual([]);
    expect(tuples(run(noQ3, { y: 2023, m: 10, d: 1 }))).toEqual([['MEET-PARTY', SHEET, 'A3', 'Q3']]);
  });

  it('checks only the years the dates cover within the plan years, and skips dates it cannot read', () => {
    // 2020 is before the plan's years: nothing is demanded of it.
    expect(run([['县财政局', '2020年12月1日', '联席会议', '帮扶']], { y: 2021, m: 3, d: 1 })).toEqual([]);
    expect(
      run([...FULL_2023, ['县发改局', '三月初', '党组会议', '帮扶'], ['县发改局', { error: '#VALUE!' }, '联席会议', null]], JAN_2024),
    ).toEqual([]);
    // A 2022 record of any unit makes 2022 a covered year for every unit.
    const fs = run([...FULL_2023, ['县林业局', '2022年12月1日', '联席会议', '帮扶']], JAN_2024);
    const year = (cell: string, joint: string[]) => [
      ...joint.map((p) => ['MEET-JOINT', SHEET, cell, p]),
      ...['Q1', 'Q2', 'Q3', 'Q4'].map((p) => ['MEET-PARTY', SHEET, cell, p]),
    ];
    expect(tuples(fs)).toEqual([...year('A3', ['H1', 'H2']), ...year('A9', ['H1']), ...year('A9', ['H1', 'H2'])]);
  });

  it('takes the required counts from the profile', () => {
    const twice = { ...DEFAULT_PROFILE, meetings: { jointPerHalfYear: 2, partyPerQuarter: 0 } };
    const fs = run(FULL_2023, JAN_2024, twice);
    expect(tuples(fs)).toEqual([
      ['MEET-JOINT', SHEET, 'A3', 'H1'],
      ['MEET-JOINT', SHEET, 'A3', 'H2'],
    ]);
    expect([fs[0].expected, fs[0].actual]).toEqual(['≥ 2', '1']);
  });
});
