/** 驻镇帮扶工作队 — 二（一）, 四（十二）: rosters laid out as a town office fills in its 工作队名册. */
import { DEFAULT_PROFILE, type CellValue, type Finding, type SheetSnapshot } from '../../src/core';
import { checkTeams } from '../../src/core/checks';
import { recogniseWorkbook, type RecordTable } from '../../src/core/recognise';

const CHECK_DATE = { y: 2024, m: 6, d: 30 };

/** One roster row: 镇, 姓名, 队内职务, 政治面貌, 职级, 编制, 派驻日期, 人员类别, 所属单位, 镇任职, 所驻村. */
type Person = [string, string, string, CellValue, CellValue, CellValue, CellValue, string, string, CellValue, string];

const HEADER = ['序号', '镇', '姓名', '队内职务', '政治面貌', '职级', '编制', '派驻日期', '人员类别', '所属单位', '镇任职', '所驻村'];

/** A team that satisfies every rule: a leader, 4 other cadres (one a 第一书记), and the talents of 四（十二）. */
function team(town: string, edit?: (people: Person[]) => void): Person[] {
  const people: Person[] = [
    [town, '张队长', '队长', '中共党员', '四级主任科员', '在编', '2023-03-05', '机关干部', '县发改局', '镇党委副书记', ''],
    [town, '李一', '队员', '中共党员', '一级科员', '在编', '2023-03-05', '机关干部', '县农业农村局', '', ''],
    [town, '王二', '队员', '中共预备党员', '一级科员', '在编', '2023-03-05', '机关干部', '县林业局', '', ''],
    [town, '赵三', '队员', '中共党员', '二级科员', '在编', '2023-03-05', '机关干部', '县烟草专卖局', '', ''],
    [town, '陈四', '驻村第一书记', '中共党员', '一级科员', '在编', '2023-03-05', '机关干部', '县发改局', '', '上义村'],
    [town, '刘科', '队员', '群众', '', '', '2023-03-05', '农村科技特派员', '华南农业大学', '', ''],
    [town, '周扶', '队员', '共青团员', '', '', '2023-07-01', '三支一扶', '', '', ''],
    [town, '吴志', '队员', '共青团员', '', '', '2023-07-01', '高校毕业生志愿者', '', '', ''],
    [town, '郑愿', '队员', '群众', '', '', '2023-07-01', '高校毕业生志愿者', '', '', ''],
  ];
  edit?.(people);
  return people;
}

function rosterSheet(people: Person[], name = '工作队名册'): SheetSnapshot {
  const rows: CellValue[][] = [['紫金县驻镇帮扶工作队名册', ...HEADER.slice(1).map(() => null)], HEADER];
  people.forEach((p, i) => rows.push([i + 1, ...p]));
  return { name, rows, merges: [{ top: 1, left: 1, bottom: 1, right: HEADER.length }] };
}

/** 村集体经济 sheet: 序号 | 镇 | 村 | 村类型 | 年度 | 集体经济收入（万元）. */
function villageSheet(rows: [string, string, string, number, CellValue][]): SheetSnapshot {
  return {
    name: '村集体经济',
    rows: [
      ['村集体经济情况表', null, null, null, null, null],
      ['序号', '镇', '村', '村类型', '年度', '集体经济收入（万元）'],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

function tables(...sheets: SheetSnapshot[]): { teams: RecordTable[]; villages: RecordTable[] } {
  const records = recogniseWorkbook({ sheets }, DEFAULT_PROFILE).records;
  return { teams: records.filter((r) => r.kind === 'team'), villages: records.filter((r) => r.kind === 'village') };
}

function check(people: Person[], villages: SheetSnapshot[] = []): Finding[] {
  const t = tables(rosterSheet(people), ...villages);
  expect(t.teams).toHaveLength(1);
  return checkTeams(t.teams, t.villages, DEFAULT_PROFILE, CHECK_DATE);
}

const tuples = (fs: Finding[], code?: string) => fs.filter((f) => !code || f.code === code).map((f) => [f.code, f.sheet, f.cell]);
const S = '工作队名册';
/** Sheet row of the i-th person (0-based): title and header come first. */
const row = (i: number) => i + 3;

describe('checkTeams', () => {
  it('finds nothing in a complete county team led by a 四级主任科员 with a 第一书记 for its 红色村', () => {
    const villages = villageSheet([['凤安镇', '上义村', '红色村', 2024, 20]]);
    expect(check(team('凤安镇'), [villages])).toEqual([]);
  });

  it('counts 4 cadres as too few, whatever the talents (TEAM-SIZE on the town cells)', () => {
    const fs = check(team('凤安镇', (p) => p.splice(3, 1)));
    expect(tuples(fs)).toEqual([['TEAM-SIZE', S, 'B3:B10']]);
    expect(fs[0]).toMatchObject({ severity: 'warning', expected: `≥ ${DEFAULT_PROFILE.team.minSize}`, actual: '4' });
  });

  it('does not take a 中共预备党员 for a full member as leader (TEAM-LEADER-PARTY)', () => {
    const fs = check(team('龙窝镇', (p) => (p[0][3] = '中共预备党员')));
    expect(tuples(fs)).toEqual([['TEAM-LEADER-PARTY', S, 'E3']]);
    expect(fs[0]).toMatchObject({ severity: 'error', expected: '中共党员', actual: '中共预备党员' });
  });

  it('wants a county-group leader of 副科级 or above: a 科员 fires, a 四级主任科员 or 正科 does not', () => {
    expect(tuples(check(team('凤安镇', (p) => (p[0][4] = '科员'))))).toEqual([['TEAM-LEADER-RANK', S, 'F3']]);
    expect(check(team('凤安镇', (p) => (p[0][4] = '正科')))).toEqual([]);
    expect(check(team('凤安镇', (p) => (p[0][4] = '副科')))).toEqual([]);
    const blank = check(team('凤安镇', (p) => (p[0][4] = null)));
    expect(tuples(blank)).toEqual([['TEAM-LEADER-RANK', S, 'F3']]);
    expect(blank[0].actual).toBe('（未填写）');
  });

  it('does not ask the rank of a Shenzhen-group leader', () => {
    expect(check(team('龙窝镇', (p) => (p[0][4] = '科员')))).toEqual([]);
  });

  it('wants the leader to serve as the town’s 党委副书记 (TEAM-LEADER-POST)', () => {
    expect(tuples(check(team('龙窝镇', (p) => (p[0][9] = null))))).toEqual([['TEAM-LEADER-POST', S, 'K3']]);
    expect(tuples(check(team('龙窝镇', (p) => (p[0][9] = '镇长助理'))))).toEqual([['TEAM-LEADER-POST', S, 'K3']]);
  });

  it('does not take a 副队长 for the leader', () => {
    const fs = check(team('龙窝镇', (p) => (p[1][2] = '副队长')));
    expect(fs).toEqual([]);
  });

  it('skips leader checks in a town with no leader', () => {
    expect(check(team('凤安镇', (p) => (p[0][2] = '队员')))).toEqual([]);
  });

  it('notes a member who is 群众 (info) but not a 中共预备党员 member', () => {
    const fs = check(team('龙窝镇', (p) => (p[1][3] = '群众')));
    expect(tuples(fs)).toEqual([['TEAM-MEMBER-PARTY', S, `E${row(1)}`]]);
    expect(fs[0].severity).toBe('info');
  });

  it('reads 不在编, 非在编, 编外 and a blank as not 在编 (TEAM-MEMBER-STAFF)', () => {
    const fs = check(
      team('龙窝镇', (p) => {
        p[1][5] = '不在编';
        p[2][5] = '非在编';
        p[3][5] = '编外';
        p[4][5] = null;
      }),
    );
    expect(tuples(fs)).toEqual([1, 2, 3, 4].map((i) => ['TEAM-MEMBER-STAFF', S, `G${row(i)}`]));
    expect(fs[3].actual).toBe('（未填写）');
    expect(check(team('龙窝镇', (p) => (p[1][5] = '事业在编')))).toEqual([]);
  });

  it('is due for rotation after more than 3 years, counted to the check date, whatever the date format', () => {
    const fs = check(
      team('龙窝镇', (p) => {
        p[0][6] = '2021-06-30'; // exactly 3 years on the check date: not yet due
        p[1][6] = '2021-06-29'; // 3 years and 1 day
        p[2][6] = 44197; // Excel serial of 2021-01-01
        p[3][6] = '2020年3月5日';
        p[4][6] = '2021.3.5';
        p[5][6] = '2019-01-01'; // a talent row: not a cadre
        p[6][6] = '很久以前'; // not a date: skipped
      }),
    );
    expect(tuples(fs)).toEqual([1, 2, 3, 4].map((i) => ['TEAM-ROTATION', S, `H${row(i)}`]));
    expect(fs.map((f) => (f.code === 'TEAM-ROTATION' ? f.params.years : 0))).toEqual([3, 3, 4, 3]);
    expect(fs[0]).toMatchObject({ expected: '3', actual: '2021-06-29' });
  });

  it('wants a 农村科技特派员 in every town (TEAM-TECH)', () => {
    const fs = check(team('龙窝镇', (p) => p.splice(5, 1)));
    expect(tuples(fs)).toEqual([['TEAM-TECH', S, 'B3:B10']]);
    expect(fs[0]).toMatchObject({ severity: 'error', actual: '0' });
  });

  it('wants 三支一扶 and volunteers within the plan’s ranges', () => {
    const none = check(team('龙窝镇', (p) => p.splice(6, 3)));
    expect(tuples(none)).toEqual([
      ['TEAM-SANZHIYIFU', S, 'B3:B8'],
      ['TEAM-VOLUNTEERS', S, 'B3:B8'],
    ]);
    expect(none[0]).toMatchObject({ expected: '1—2', actual: '0' });
    expect(none[1]).toMatchObject({ expected: '2—3', actual: '0' });
    const many = check(
      team('龙窝镇', (p) =>
        p.push(
          ['龙窝镇', '孙扶', '队员', '群众', '', '', '', '三支一扶', '', '', ''],
          ['龙窝镇', '钱扶', '队员', '群众', '', '', '', '三支一扶', '', '', ''],
        ),
      ),
    );
    expect(tuples(many)).toEqual([['TEAM-SANZHIYIFU', S, 'B3:B13']]);
    expect(check(team('龙窝镇', (p) => p.push(['龙窝镇', '孙志', '队员', '群众', '', '', '', '志愿者', '', '', ''])))).toEqual([]);
  });

  it('wants a 第一书记 for each key village of a roster town (TEAM-FIRST-SECRETARY)', () => {
    const villages = villageSheet([
      ['凤安镇', '上义村', '红色村', 2024, 20],
      ['凤安镇', '下坝村', '红色村', 2024, 20],
      ['凤安镇', '下坝村', '红色村', 2023, 12],
      ['凤安镇', '新田村', '一般村', 2024, 20],
      ['龙窝镇', '黄花村', '示范村', 2024, 20], // not in the roster
    ]);
    const fs = check(team('凤安镇'), [villages]);
    expect(tuples(fs)).toEqual([['TEAM-FIRST-SECRETARY', '村集体经济', 'D4']]);
    expect(fs[0].params).toEqual({ town: '凤安镇', village: '下坝村', villageType: '红色村' });
  });

  it('gives no findings at all without a roster', () => {
    const t = tables(villageSheet([['凤安镇', '下坝村', '红色村', 2024, 20]]));
    expect(checkTeams([], t.villages, DEFAULT_PROFILE, CHECK_DATE)).toEqual([]);
  });

  it('checks only the plan towns of the roster, each on its own', () => {
    const fs = check([...team('凤安镇'), ...team('临江镇'), ...team('龙窝镇', (p) => p.splice(5, 1))]);
    expect(tuples(fs)).toEqual([['TEAM-TECH', S, 'B21:B28']]);
  });

  it('skips error cells without crashing', () => {
    const err = { error: '#REF!' };
    const fs = check(
      team('龙窝镇', (p) => {
        p[0][3] = err;
        p[1][5] = err;
        p[2][6] = err;
        p.push([err as unknown as string, '某人', '队员', '群众', '', '不在编', '2001-01-01', '', '', '', '']);
      }),
    );
    expect(fs).toEqual([]);
  });
});
