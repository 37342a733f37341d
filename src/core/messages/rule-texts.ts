/**
 * One catalog of what each rule is called, which sentence of the plan it rests on, an example and how to fix it,
 * in zh-CN and en-US. The fronts show the name first (before the message, the code in small type), the 「依据」
 * disclosure quotes the clause and the fix, and the help page (help.html) lists every rule from here.
 * Typed by `Code`: a code added to the registry (findings.ts RULES) without its texts does not compile, and the
 * parity test (test/core/rule-texts.test.ts) says which.
 */
import { RULES, type Code, type Finding } from '../findings';
import type { Profile } from '../profile';
import { amountLabel } from './labels';
import type { Lang } from './lang';
import { PLAN_QUOTES, type QuoteKey } from './plan-quotes';

interface Texts {
  name: string;
  example: string;
  fix: string;
}

interface RuleEntry {
  quote: QuoteKey;
  'zh-CN': Texts;
  'en-US': Texts;
}

const r = (quote: QuoteKey, zh: [string, string, string], en: [string, string, string]): RuleEntry => ({
  quote,
  'zh-CN': { name: zh[0], example: zh[1], fix: zh[2] },
  'en-US': { name: en[0], example: en[1], fix: en[2] },
});

export const RULE_TEXTS: Record<Code, RuleEntry> = {
  'WB-UNREADABLE': r(
    'none',
    [
      '文件无法读取',
      '选的是 .xls 旧格式、设置了打开密码，或文件已损坏。',
      '在 Excel 或 WPS 中打开，另存为“Excel 工作簿（*.xlsx）”，去掉打开密码后再校验。',
    ],
    [
      'File cannot be read',
      'An old .xls file, a password-protected file, or a damaged one.',
      'Open it in Excel or WPS, save as “Excel Workbook (*.xlsx)” without a password, and check again.',
    ],
  ),
  'WB-NO-PAIRING': r(
    'pairing',
    [
      '缺少结对安排表',
      '工作簿里没有一张有“被帮扶镇、帮扶类型、牵头单位”列的表。',
      '加入附件的结对安排表（可用“下载空白模板”），或检查表头是否写全。',
    ],
    [
      'No pairing table',
      'No sheet has the columns 被帮扶镇, 帮扶类型 and 牵头单位.',
      'Add the annex’s pairing table (the blank template has one), or complete its header.',
    ],
  ),
  'WB-NO-FUND': r(
    'fund',
    [
      '缺少资金表',
      '没有一张表有“镇”列和“合计、省级、深圳市、河源市”等金额列。',
      '加入资金筹集或资金分配表，表头写明镇名列和各来源金额列。',
    ],
    [
      'No fund sheet',
      'No sheet has a town column and amount columns (合计, 省级, 深圳市, 河源市).',
      'Add the fund sheet with a town column and one column per source.',
    ],
  ),
  'WB-CELL-ERROR': r(
    'none',
    ['单元格是错误值', '金额格显示 #REF!、#DIV/0! 或 #N/A。', '修正该格的公式或引用，使其显示数字。'],
    [
      'Cell holds an error',
      'An amount cell shows #REF!, #DIV/0! or #N/A.',
      'Fix the formula or reference so that the cell shows a number.',
    ],
  ),
  'PARAM-INVALID': r(
    'none',
    [
      '规则参数填写有误',
      '规则参数表中比例写成“6:3”（少一项），或年份写成“二〇二一”。',
      '按该行“说明”列的格式改正；改正前该项按内置默认值校验。',
    ],
    [
      'Invalid rule parameter',
      'The parameter sheet has a ratio “6:3” (a part missing) or a year in words.',
      'Write it as the row’s note says; until then the built-in default is used for it.',
    ],
  ),

  'PAIR-HEADER': r(
    'annex',
    ['结对表缺少列', '结对安排表没有“牵头单位”列。', '按附件补上“被帮扶镇、帮扶类型、牵头单位”列。'],
    [
      'Pairing table lacks a column',
      'The pairing table has no 牵头单位 (lead unit) column.',
      'Add the annex’s columns: assisted town, type, lead unit.',
    ],
  ),
  'PAIR-TOWN-UNKNOWN': r(
    'pairing',
    [
      '镇名不在方案中',
      '写成“紫城”或“附城镇”（已并入紫城镇），或写了不在方案内的临江镇。',
      '改为方案中的镇名（如“紫城镇”）；临江镇、古竹镇不在方案范围，删去该行。',
    ],
    [
      'Town not in the plan',
      '“紫城” or “附城镇” (now part of 紫城镇), or 临江镇, which is outside the plan.',
      'Write the plan’s town name (e.g. 紫城镇); remove towns outside the plan.',
    ],
  ),
  'PAIR-TOWN-DUPLICATE': r(
    'pairing',
    ['镇重复列出', '龙窝镇在结对安排表中出现两次。', '删去重复的一行，或把其中一行改为漏列的镇。'],
    [
      'Town listed twice',
      '龙窝镇 appears twice in the pairing table.',
      'Remove the repeated row, or correct it to the town that is missing.',
    ],
  ),
  'PAIR-TOWN-MISSING': r(
    'pairing',
    ['缺少方案中的镇', '结对安排表只列了 15 个镇，漏了瓦溪镇。', '补上漏列的镇及其类型、牵头单位。'],
    ['Plan town missing', 'The pairing table lists 15 towns; 瓦溪镇 is missing.', 'Add the missing town with its type and lead unit.'],
  ),
  'PAIR-TYPE-INVALID': r(
    'pairing',
    ['帮扶类型写法不对', '类型写成“一类”。', '写“重点帮扶镇”或“巩固提升镇”。'],
    ['Unknown assistance type', 'The type is written “一类”.', 'Write 重点帮扶镇 or 巩固提升镇.'],
  ),
  'PAIR-TYPE-MISMATCH': r(
    'pairing',
    [
      '帮扶类型与方案不符',
      '蓝塘镇写成巩固提升镇，方案中是重点帮扶镇。',
      '按附件改为该镇在方案中的类型；若有新文件调整，请在规则参数表中更新。',
    ],
    [
      'Type differs from the plan',
      '蓝塘镇 is marked 巩固提升镇; the plan says 重点帮扶镇.',
      'Use the plan’s type, or record a later notice in the rule parameters.',
    ],
  ),
  'PAIR-TYPE-COUNT': r(
    'pairing',
    [
      '两类镇的数量不符',
      '重点帮扶镇 12 个、巩固提升镇 4 个。',
      '核对各镇类型：应为重点帮扶镇 11 个（深圳 8、河源市直 3）、巩固提升镇 5 个。',
    ],
    [
      'Wrong number of towns per type',
      '12 key towns and 4 consolidation towns.',
      'Check each town’s type: 11 key (8 Shenzhen, 3 Heyuan city) and 5 consolidation towns.',
    ],
  ),
  'PAIR-LEAD-LEVEL': r(
    'pairing',
    ['牵头单位层级不符', '重点帮扶镇的牵头单位写成县直单位。', '重点帮扶镇由深圳市或河源市直单位牵头，巩固提升镇由县直单位牵头。'],
    [
      'Lead unit at the wrong level',
      'A key town led by a county unit.',
      'Key towns are led by Shenzhen or Heyuan city units; consolidation towns by county units.',
    ],
  ),
  'PAIR-LEAD-CHANGED': r(
    'annex',
    ['帮扶单位与附件不同', '牵头单位写成新的单位名称。', '若是按新文件调整的，可以忽略（写明文件）；否则按附件改正。'],
    [
      'Units differ from the annex',
      'The lead unit has a new name.',
      'If a later notice changed it, ignore this finding (give the notice); else correct it.',
    ],
  ),
  'PAIR-MEMBERS-EMPTY': r(
    'annex',
    ['没有成员单位', '某镇的“成员单位”一栏为空。', '按附件填写成员单位。'],
    ['No member units', 'A town’s member units are blank.', 'Fill in the member units from the annex.'],
  ),

  'FUND-HEADER': r(
    'fund',
    ['资金表缺少列', '资金表没有“年度”列，表名和标题中也没有年份。', '加上年度列，或在表名、标题中写明年份（如“2023年”）。'],
    [
      'Fund sheet lacks a column',
      'No year column, and no year in the sheet name or title.',
      'Add a year column, or put the year in the sheet name or title (e.g. “2023年”).',
    ],
  ),
  'FUND-NOT-NUMBER': r(
    'fund',
    ['金额不是数字', '金额格写成“待定”。', '填入数字金额；暂无金额填 0。'],
    ['Amount is not a number', 'An amount cell says “待定” (to be decided).', 'Enter the amount as a number; 0 if there is none yet.'],
  ),
  'FUND-TEXT-NUMBER': r(
    'fund',
    [
      '金额以文本保存',
      '金额写成文本“1,200”或全角“１２００”，已按数字读取。',
      '选中这些格，转换为数字（Excel 的“转换为数字”），以免公式漏算。',
    ],
    [
      'Amount stored as text',
      '“1,200” or full-width “１２００” as text; read as a number.',
      'Convert the cells to numbers so that formulas count them.',
    ],
  ),
  'FUND-NEGATIVE': r(
    'fund',
    ['金额为负数', '县级配套写成 -160。', '改为正数金额。'],
    ['Negative amount', 'The county part is -160.', 'Enter a positive amount.'],
  ),
  'FUND-YEAR-RANGE': r(
    'fund',
    ['年度超出方案年限', '年度写成 2026（方案为 2021—2025 年）。', '改为方案年限内的年度；若方案延续，请在规则参数表中改年限。'],
    [
      'Year outside the plan',
      'A year 2026 (the plan covers 2021–2025).',
      'Use a year of the plan, or extend the years in the rule parameters.',
    ],
  ),
  'FUND-TOWN-UNKNOWN': r(
    'fund',
    ['资金表中的镇名不在方案中', '资金表写了“临江镇”或简称“紫城”。', '改为方案中的镇名；不在方案内的镇不应列入。'],
    [
      'Fund sheet town not in the plan',
      'The fund sheet names 临江镇 or the short form 紫城.',
      'Write the plan’s town name; towns outside the plan do not belong here.',
    ],
  ),
  'FUND-ROW-DUPLICATE': r(
    'fund',
    ['同一镇同一年度重复', '2023 年黄塘镇有两行。', '删去重复行，或改为漏填的镇。'],
    ['Town and year twice', '黄塘镇 has two rows for 2023.', 'Remove the repeated row, or correct it to the missing town.'],
  ),
  'FUND-ROW-MISSING': r(
    'fund',
    ['缺少某镇某年度的行', '2023 年没有柏埔镇的行。', '补上该镇该年度的资金行。'],
    ['Town-year row missing', 'No row for 柏埔镇 in 2023.', 'Add the town’s row for that year.'],
  ),
  'FUND-SUM': r(
    'fund',
    [
      '合计与分项之和不等',
      '合计 2100，省级 1200 + 深圳市 600 + 河源市 200 = 2000。',
      '在该格填入“期望”值（各分项之和），或把合计改回 =SUM 公式。',
    ],
    [
      'Total is not the sum of its parts',
      'Total 2100; 1200 + 600 + 200 = 2000.',
      'Type the expected value (the sum of the parts), or restore the =SUM formula.',
    ],
  ),
  'FUND-SHARE': r(
    'fund',
    ['来源分担比例不符', '合计 2000 万元，省级应为 1200（60%），填了 1300。', '在该格填入“期望”值：省级 60%、深圳市 30%、河源市 10%。'],
    [
      'Source share off the 6 : 3 : 1 ratio',
      'Total 2000; the province’s share should be 1200 (60 %), found 1300.',
      'Type the expected value: province 60 %, Shenzhen 30 %, Heyuan 10 %.',
    ],
  ),
  'FUND-LOCAL-SPLIT': r(
    'fund',
    [
      '市县配套比例不符',
      '河源市 200 万元，市级应为 40、县级 160（2 : 8），填了各 100。',
      '在该格填入“期望”值：河源市配套的 20% 为市级、80% 为县级。',
    ],
    [
      'City : county split off 2 : 8',
      'Heyuan 200: city 40, county 160 (2 : 8); found 100 each.',
      'Type the expected value: 20 % city, 80 % county of Heyuan’s part.',
    ],
  ),
  'FUND-POOL': r(
    'fund',
    [
      '全县年度资金总额不符',
      '2023 年 16 个镇合计 31000 万元，标准为 16 × 2000 = 32000 万元。',
      '核对各镇金额和漏填的镇；镇间可以不同，但全年总额应等于资金池。',
    ],
    [
      'Year’s pool differs',
      '2023: 31000 over 16 towns; the pool is 16 × 2000 = 32000.',
      'Check the towns’ amounts and missing towns: towns may differ, the year’s total may not.',
    ],
  ),
  'FUND-TOTAL-ROW': r(
    'fund',
    ['合计行与各行之和不等', '2022 年“合计”行的合计列为 31000，各镇之和为 32000。', '在该格填入“期望”值，或改回 =SUM 公式。'],
    [
      'Total row does not add up',
      'The 2022 合计 row shows 31000; the towns add up to 32000.',
      'Type the expected value, or restore the =SUM formula.',
    ],
  ),
  'FUND-OTHER-STREAM': r(
    'fund',
    ['方案外的其他资金', '有“社会捐赠”列。', '无需改正：这些资金单独列示，不参与比例和总额校验。'],
    ['Money outside the pool', 'A 社会捐赠 (donations) column.', 'Nothing to fix: reported apart, left out of the ratio and pool checks.'],
  ),
  'FUND-ROUNDING': r(
    'fund',
    ['尾差（在容差内）', '各分项分别四舍五入，差 0.01。', '可不改；如需精确，填入“期望”值（按最大余数法分摊，各项之和等于合计）。'],
    [
      'Rounding difference (within tolerance)',
      'Each part rounded on its own: 0.01 off.',
      'May stay; for the exact split type the expected value (parts add up to the total).',
    ],
  ),
  'FUND-UNIT': r(
    'fund',
    ['金额单位可能写错', '表头写“万元”，金额却是 20000000。', '把“单位”改为实际单位，或把金额换算为表头的单位。'],
    [
      'Unit looks wrong',
      'The header says 万元 but amounts are like 20000000.',
      'Correct the unit line, or convert the amounts to the stated unit.',
    ],
  ),
  'FUND-COLUMN-UNMAPPED': r(
    'fund',
    [
      '金额列无法识别',
      '有一列“其他配套（万元）”，不是任何来源。',
      '把列名改为方案的来源名（省级、深圳市、河源市、市级、县级），或注明为其他资金。',
    ],
    [
      'Money column not recognised',
      'A column “其他配套（万元）” maps to no source.',
      'Name it as a source of the plan, or as another money stream.',
    ],
  ),
  'FUND-CHECK-SKIPPED': r(
    'fund',
    ['缺列，部分校验未做', '资金表没有“合计”列，合计与分项之和未校验。', '补上缺少的列，校验才完整。'],
    ['Checks skipped for a missing column', 'No total column: the sum check did not run.', 'Add the missing column for a complete check.'],
  ),
  'FUND-UNCALCULATED': r(
    'fund',
    ['公式没有计算结果', '文件由其他程序生成，公式未计算。', '在 Excel 或 WPS 中打开、重新计算并保存后再校验。'],
    [
      'Formulas not calculated',
      'A file written by a program that does not calculate.',
      'Open it in Excel or WPS, recalculate, save, and check again.',
    ],
  ),
  'FUND-TOWN-BLANK': r(
    'fund',
    ['有金额但没有镇名', '一行有金额，镇名格为空。', '填上镇名，或删去该行。'],
    ['Amounts without a town', 'A row with amounts has no town.', 'Fill in the town, or remove the row.'],
  ),
  'FUND-TOWN-VARIANT': r(
    'fund',
    ['镇名写法不同', '写成“紫金县龙窝镇”，按龙窝镇读取。', '可不改；统一写方案中的镇名更清楚。'],
    ['Town written another way', '“紫金县龙窝镇” read as 龙窝镇.', 'May stay; the plan’s name is clearer.'],
  ),
  'FUND-SOURCE-TOTAL': r(
    'fund',
    ['按来源汇总不符', '省级 2023 年应为 16 × 2000 × 60% = 19200 万元。', '在该格填入“期望”值。'],
    ['Source total off', 'The province in 2023 should be 16 × 2000 × 60 % = 19200.', 'Type the expected value.'],
  ),
  'WB-NOTHING-FILLED': r(
    'none',
    ['模板尚未填写', '工作簿只有空白模板，没有金额。', '填写资金表后再校验。'],
    ['Template not filled in', 'The workbook is the blank template.', 'Fill in the fund sheet, then check.'],
  ),
  'ROUND-CONFLICT': r(
    'fund',
    ['多个文件金额矛盾', '龙窝镇 2023 年在两个文件中分别为 2000 和 2100。', '核对两份报送，改正错误的一份。'],
    ['Files disagree', '龙窝镇 2023 is 2000 in one file and 2100 in another.', 'Compare both submissions and correct the wrong one.'],
  ),
  'ROUND-POOL': r(
    'fund',
    ['各文件合计与资金池不符', '所有文件 2023 年合计 31000 万元，资金池 32000 万元。', '核对是否有镇漏报或重复。'],
    [
      'Files’ total differs from the pool',
      'All files add up to 31000 for 2023; the pool is 32000.',
      'Check for towns missing or counted twice.',
    ],
  ),

  'ALLOC-NO-WEIGHTS': r(
    'factors',
    ['未给因素权重', '因素表没有“权重”行，规则参数中也没有。', '如需按因素法测算，在因素表加“权重”行（各权重之和为 1）。'],
    ['No factor weights', 'The factor sheet has no weights row.', 'Add a weights row (adding up to 1) to have the factor method computed.'],
  ),
  'ALLOC-WEIGHTS': r(
    'factors',
    ['因素权重之和不为 1', '权重 0.3 + 0.3 + 0.3 = 0.9。', '调整权重，使其和为 1（或 100%）。'],
    ['Weights do not add up to 1', '0.3 + 0.3 + 0.3 = 0.9.', 'Adjust the weights to add up to 1 (100 %).'],
  ),
  'ALLOC-FACTOR-MISSING': r(
    'factors',
    ['缺少因素值', '某镇“脱贫人口”为空。', '填写该镇的因素值；未填按 0 计算。'],
    ['Factor value missing', 'A town’s poverty-alleviated population is blank.', 'Fill it in; blanks count as 0.'],
  ),
  'ALLOC-DEVIATION': r(
    'factors',
    [
      '与因素法测算偏差较大',
      '某镇安排 2600 万元，因素法测算 2000 万元，偏差超过容差。',
      '核对该镇的因素值和安排数；县里另有考虑的，可以忽略（写明原因）。',
    ],
    [
      'Far from the factor method',
      'A town gets 2600; the factor method gives 2000.',
      'Check the town’s factors and amount; if the county decided otherwise, ignore with the reason.',
    ],
  ),

  'TEAM-SIZE': r(
    'teamSize',
    ['工作队人数不足', '工作队只有 4 名干部。', '增派队员，使每队不少于 5 人（科技特派员、三支一扶、志愿者不计）。'],
    ['Team too small', 'A team of 4 cadres.', 'Add members: at least 5 (commissioners, 三支一扶 staff and volunteers not counted).'],
  ),
  'TEAM-LEADER-PARTY': r(
    'leader',
    ['队长不是正式党员', '队长为预备党员。', '由中共正式党员担任队长。'],
    ['Leader not a full party member', 'The leader is a probationary member.', 'Appoint a full party member as leader.'],
  ),
  'TEAM-LEADER-RANK': r(
    'leader',
    ['队长职级不够', '县组团队长为科员。', '由牵头单位副科级以上干部担任队长。'],
    ['Leader’s rank too low', 'A county team’s leader is a clerk (科员).', 'Appoint a cadre of the lead unit at 副科级 or above.'],
  ),
  'TEAM-LEADER-POST': r(
    'leader',
    ['队长未挂任镇党委副书记', '名册未写队长的镇任职。', '在名册中写明队长挂任被帮扶镇党委副书记。'],
    [
      'Leader not deputy party secretary',
      'The roster shows no town post for the leader.',
      'Record the leader as the town’s deputy party secretary.',
    ],
  ),
  'TEAM-MEMBER-PARTY': r(
    'member',
    ['队员不是党员', '一名队员政治面貌为群众。', '原则上选派党员；确有原因的可以忽略（写明原因）。'],
    [
      'Member not a party member',
      'A member is not a party member.',
      'In principle send party members; ignore with the reason if justified.',
    ],
  ),
  'TEAM-MEMBER-STAFF': r(
    'member',
    ['队员不在编', '一名队员为聘用人员。', '由组团单位在编人员担任队员。'],
    ['Member not on the establishment', 'A member is contract staff.', 'Send staff on the establishment (在编) of the group’s units.'],
  ),
  'TEAM-ROTATION': r(
    'teamSize',
    ['队员驻镇超过 3 年', '2021 年 3 月派驻，至今已超过 3 年。', '按方案轮换该队员。'],
    ['Member due for rotation', 'Sent in March 2021, more than 3 years ago.', 'Rotate the member as the plan says.'],
  ),
  'TEAM-TECH': r(
    'talent',
    ['没有农村科技特派员', '该镇名册中没有科技特派员。', '为该镇派驻至少 1 名农村科技特派员。'],
    ['No science commissioner', 'The town’s roster has no commissioner.', 'Send at least 1 rural science and technology commissioner.'],
  ),
  'TEAM-SANZHIYIFU': r(
    'talent',
    ['“三支一扶”人数不符', '工作队没有“三支一扶”人员。', '安排 1—2 名“三支一扶”人员。'],
    ['三支一扶 staff off 1–2', 'The team has no 三支一扶 staff.', 'Assign 1–2 三支一扶 staff.'],
  ),
  'TEAM-VOLUNTEERS': r(
    'talent',
    ['志愿者人数不符', '工作队只有 1 名高校毕业生志愿者。', '安排 2—3 名高校毕业生志愿者。'],
    ['Volunteers off 2–3', 'The team has 1 graduate volunteer.', 'Assign 2–3 graduate volunteers.'],
  ),
  'TEAM-FIRST-SECRETARY': r(
    'firstSecretary',
    ['重点村没有第一书记', '示范村没有驻村第一书记。', '为该村选派驻村第一书记，并列入工作队。'],
    ['Key village without first secretary', 'A model village has no first secretary.', 'Send a first secretary and list them in the team.'],
  ),

  'VILLAGE-INCOME': r(
    'village',
    [
      '村集体经济收入未达标',
      '2025 年某村集体经济收入 12 万元（须超过 15 万元）。',
      '核对收入数；未达标的村制定增收计划。2025 年前为进度提示。',
    ],
    [
      'Village income below the target',
      'A village earned 120,000 yuan in 2025 (must exceed 150,000).',
      'Check the figure; plan the village’s income. Before 2025 it is a progress note.',
    ],
  ),

  'MEET-JOINT': r(
    'meetings',
    ['半年内没有联席会议', '某县直单位 2023 年下半年没有联席会议记录。', '补录会议记录，或按方案召开联席会议。'],
    [
      'No joint meeting in a half year',
      'A county unit has no joint meeting in H2 2023.',
      'Record the meeting, or hold one as the plan says.',
    ],
  ),
  'MEET-PARTY': r(
    'meetings',
    ['季度内没有专题党组会', '某县直单位 2023 年第 3 季度没有研究帮扶工作的党组会或班子会。', '补录会议记录，或按方案每季度至少召开一次。'],
    [
      'No party meeting in a quarter',
      'A county unit has no party-group meeting on the assistance in Q3 2023.',
      'Record the meeting, or hold one every quarter.',
    ],
  ),
};

/** What a person reads about a rule: its short name, the plan's sentence, its clause, an example and the fix. */
export interface RuleExplained {
  code: Code;
  name: string;
  clause: string;
  quote: string;
  example: string;
  fix: string;
}

export function explainRule(code: Code, lang: Lang): RuleExplained {
  const e = RULE_TEXTS[code];
  const t = e[lang];
  return { code, name: t.name, clause: RULES[code].clause, quote: PLAN_QUOTES[e.quote][lang], example: t.example, fix: t.fix };
}

/** The rule's short name in `lang` (the JSON's `rule`). */
export function ruleName(code: Code, lang: Lang): string {
  return RULE_TEXTS[code][lang].name;
}

/** The name a finding shows first: the rule's, made exact where the finding says which source (「省级分担比例不符」). */
export function findingRuleName(f: Finding, lang: Lang, profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>): string {
  if (f.code === 'FUND-SHARE' && !f.params.candidates) {
    const label = amountLabel(f.params.source, lang, profile);
    // One string per label and language, not one per finding (100,000 FUND-SHARE findings say the same name).
    const names = (SHARE_NAMES[lang] ??= new Map<string, string>());
    let name = names.get(label);
    if (name === undefined) {
      name = lang === 'zh-CN' ? `${label}分担比例不符` : `${label} share off the ratio`;
      if (names.size >= 256) names.clear();
      names.set(label, name);
    }
    return name;
  }
  return ruleName(f.code, lang);
}

const SHARE_NAMES: Partial<Record<Lang, Map<string, string>>> = {};
