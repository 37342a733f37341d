/**
 * Issue 6's "done when" workbook: the sheets a county assistance office (乡村振兴局) keeps beside the pairing table
 * and fund sheets, laid out its own way (not the repo's template): a 说明 sheet, a 规则参数 sheet with a few rows,
 * a team roster with a 填报单位 line and its own column order, a village income ledger, a meeting ledger and a
 * factor sheet with a 权重 row under the towns. `mistakes` seeds the errors the issue lists; `where` says on which
 * cell each one was seeded, so the test can ask for exactly that cell.
 */
import { DEFAULT_PROFILE, toA1, type CellValue, type SheetSnapshot } from '../../src/core';
import { fundSheet, pairingSheet } from '../core/grids';

const P = DEFAULT_PROFILE;

export type Mistake =
  | 'team-of-four'
  | 'probationary-leader'
  | 'county-leader-rank'
  | 'no-tech'
  | 'red-village-no-secretary'
  | 'income-2025'
  | 'half-year-no-joint'
  | 'weights-0.9'
  | 'param-unparsable';

export const MISTAKES: Mistake[] = [
  'team-of-four',
  'probationary-leader',
  'county-leader-rank',
  'no-tech',
  'red-village-no-secretary',
  'income-2025',
  'half-year-no-joint',
  'weights-0.9',
  'param-unparsable',
];

export interface OfficeWorkbook {
  sheets: SheetSnapshot[];
  /** Sheet and cell of each seeded mistake. */
  where: Partial<Record<Mistake, { sheet: string; cell: string }>>;
}

type Grid = CellValue[][];

/** The roster's towns: one of each group (深圳, 市直) and two county-group (县直) towns. */
const TEAM_TOWNS = ['龙窝镇', '敬梓镇', '凤安镇', '南岭镇'];
const LEADER_RANK: Record<string, string> = { 龙窝镇: '正科级', 敬梓镇: '副处级', 凤安镇: '四级主任科员', 南岭镇: '副科级' };
const RED_VILLAGE: Record<string, string> = { 龙窝镇: '龙窝村', 敬梓镇: '敬梓村', 凤安镇: '凤安村', 南岭镇: '南岭村' };

/** An Excel serial date (1900 system) for y-m-d, as a date cell holds it. */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function officeWorkbook(mistakes: readonly Mistake[] = []): OfficeWorkbook {
  const has = (m: Mistake) => mistakes.includes(m);
  const where: OfficeWorkbook['where'] = {};
  const at = (m: Mistake, sheet: string, row: number, col: number) => {
    if (has(m)) where[m] = { sheet, cell: toA1(row, col) };
  };

  // 说明: free text, recognised as nothing.
  const readme: SheetSnapshot = {
    name: '说明',
    rows: [['本工作簿由县乡村振兴局汇总，各镇于每季度末报送。'], ['联系人：张三，电话 0762-7xxxxxx']],
  };

  // 规则参数: only the rows the office changed (the rest stay the plan's).
  const paramsName = '规则参数';
  const params: Grid = [
    ['规则参数（本工作簿校验时采用）'],
    ['参数', '键', '值', '说明'],
    ['检查日期', 'checkDate', '2024-01-15', '按此日期判断轮换和会议'],
    ['工作队最少人数', 'team.minSize', has('param-unparsable') ? '五人' : 5, '原则上不少于 5 人'],
  ];
  at('param-unparsable', paramsName, 4, 3);

  // 驻镇帮扶工作队花名册: title, 填报单位 line, its own column order.
  const teamName = '工作队花名册';
  const team: Grid = [
    ['2023年紫金县驻镇帮扶工作队人员花名册'],
    ['填报单位：紫金县乡村振兴局', null, null, null, null, null, null, null, null, null, null, '填报日期：2024年1月10日'],
    ['序号', '乡镇', '姓名', '所属单位', '队内职务', '政治面貌', '职级', '编制', '人员类别', '派驻日期', '镇任职', '驻村'],
  ];
  let n = 0;
  const add = (row: CellValue[]) => {
    team.push([++n, ...row]);
    return team.length;
  };
  for (const town of TEAM_TOWNS) {
    const plan = P.towns.find((t) => t.name === town)!;
    const leaderRow = add([
      town,
      `${town.slice(0, 1)}队长`,
      plan.lead,
      '队长',
      has('probationary-leader') && town === '龙窝镇' ? '中共预备党员' : '中共党员',
      has('county-leader-rank') && town === '凤安镇' ? '科员' : LEADER_RANK[town],
      '在编',
      '机关干部',
      serial(2021, 6, 1),
      '党委副书记',
      null,
    ]);
    if (town === '龙窝镇') at('probationary-leader', teamName, leaderRow, 6);
    if (town === '凤安镇') at('county-leader-rank', teamName, leaderRow, 7);
    const secretaryVillage = has('red-village-no-secretary') && town === '龙窝镇' ? '新围村' : RED_VILLAGE[town];
    add([
      town,
      `${town.slice(0, 1)}书记`,
      plan.members[0],
      '驻村第一书记',
      '中共党员',
      '副科级',
      '在编',
      '机关干部',
      '2021年6月1日',
      null,
      secretaryVillage,
    ]);
    const members = has('team-of-four') && town === '南岭镇' ? 2 : 3;
    for (let i = 1; i <= members; i++)
      add([
        town,
        `${town.slice(0, 1)}队员${i}`,
        plan.members[i % plan.members.length],
        '队员',
        '中共党员',
        '科员',
        '在编',
        '机关干部',
        '2022.3.1',
        null,
        null,
      ]);
    if (!(has('no-tech') && town === '敬梓镇'))
      add([town, `${town.slice(0, 1)}特派员`, '县农业农村局', '队员', '群众', null, '在编', '农村科技特派员', '2023-02-01', null, null]);
    add([
      town,
      `${town.slice(0, 1)}三支一扶`,
      '县人力资源社会保障局',
      '队员',
      '共青团员',
      null,
      '三支一扶人员',
      '三支一扶',
      serial(2023, 8, 1),
      null,
      null,
    ]);
    for (let i = 1; i <= 2; i++)
      add([
        town,
        `${town.slice(0, 1)}志愿者${i}`,
        '团县委',
        '队员',
        '共青团员',
        null,
        '志愿者',
        '高校毕业生志愿者',
        serial(2023, 7, 15),
        null,
        null,
      ]);
  }
  // The south team's town cells: TEAM-SIZE points at that town's rows.
  const southRows = team.map((r, i) => (r[1] === '南岭镇' ? i + 1 : 0)).filter(Boolean);
  if (has('team-of-four'))
    where['team-of-four'] = { sheet: teamName, cell: `${toA1(southRows[0], 2)}:${toA1(southRows[southRows.length - 1], 2)}` };
  const jingziRows = team.map((r, i) => (r[1] === '敬梓镇' ? i + 1 : 0)).filter(Boolean);
  if (has('no-tech'))
    where['no-tech'] = { sheet: teamName, cell: `${toA1(jingziRows[0], 2)}:${toA1(jingziRows[jingziRows.length - 1], 2)}` };

  // 村集体经济收入台账.
  const villageName = '村集体经济收入台账';
  const village: Grid = [['村集体经济收入情况表'], ['单位：万元'], ['乡镇', '村', '村类型', '年度', '集体经济收入（万元）']];
  for (const town of TEAM_TOWNS) {
    for (const year of [2023, 2024, 2025]) {
      village.push([town, RED_VILLAGE[town], '红色村', year, 16 + (year - 2023) * 2]);
      const income = has('income-2025') && town === '凤安镇' && year === 2025 ? 12 : 18 + (year - 2023);
      village.push([town, `${town.slice(0, 1)}东村`, '一般村', year, income]);
      if (town === '凤安镇' && year === 2025) at('income-2025', villageName, village.length, 5);
    }
  }
  // The red village of 龙窝镇 is where the seeded missing first secretary shows (its 村类型 cell).
  if (has('red-village-no-secretary')) {
    const r = village.findIndex((row) => row[0] === '龙窝镇' && row[1] === RED_VILLAGE['龙窝镇']);
    where['red-village-no-secretary'] = { sheet: villageName, cell: toA1(r + 1, 3) };
  }

  // 会议记录台账: the county group units' meetings of 2023.
  const meetingName = '会议记录台账';
  const meeting: Grid = [['县组团单位帮扶工作会议记录'], ['单位', '会议日期', '会议类型', '议题']];
  for (const unit of ['县发改局', '县公安局']) {
    meeting.push([unit, serial(2023, 3, 15), '联席会议', '研究驻镇帮镇扶村工作']);
    if (!(has('half-year-no-joint') && unit === '县发改局')) meeting.push([unit, '2023年8月20日', '联席会议', '半年工作调度']);
    for (const [m, d] of [
      [2, 10],
      [5, 12],
      [8, 8],
      [11, 20],
    ])
      meeting.push([unit, `2023.${m}.${d}`, '党组会议', '专题研究帮扶工作']);
  }
  if (has('half-year-no-joint')) {
    const r = meeting.findIndex((row) => row[0] === '县发改局');
    where['half-year-no-joint'] = { sheet: meetingName, cell: toA1(r + 1, 1) };
  }

  // 因素测算表: the six factors of 四（十一） with a 权重 row under the towns.
  const factorName = '因素测算表';
  const factor: Grid = [
    ['各镇资金分配因素测算表'],
    ['乡镇', '面积（平方公里）', '户籍人口（人）', '行政村数（个）', '脱贫人口（人）', '美丽乡村风貌带', '沿高速'],
  ];
  P.towns.forEach((t, i) =>
    factor.push([t.name, 150 + 17 * i, 20000 + 1500 * i, 10 + (i % 7), 800 + 45 * i, i % 3 === 0 ? '是' : '否', i % 2 === 0 ? '是' : '否']),
  );
  factor.push(['权重', 0.2, has('weights-0.9') ? 0.2 : 0.3, 0.2, 0.2, 0.05, 0.05]);
  if (has('weights-0.9')) where['weights-0.9'] = { sheet: factorName, cell: `${toA1(factor.length, 2)}:${toA1(factor.length, 7)}` };

  return {
    sheets: [
      readme,
      { name: paramsName, rows: params },
      pairingSheet(),
      fundSheet(),
      { name: teamName, rows: team },
      { name: villageName, rows: village },
      { name: meetingName, rows: meeting },
      { name: factorName, rows: factor },
    ],
    where,
  };
}
