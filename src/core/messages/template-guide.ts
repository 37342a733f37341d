/**
 * 填表说明: the blank template's first sheet, telling a clerk how to fill each sheet (issue 12 "A template that
 * guides"), and the warning a dropdown shows for text outside its list. zh-CN first, en-US second; sheet and
 * column names stay Chinese in both (they are the plan's forms, and the check finds them by those names).
 */
import type { Lang } from './lang';

/** What the guide needs to know of the profile and of the template's sheets. */
export interface GuideFacts {
  county: string;
  city: string;
  towns: number;
  firstYear: number;
  lastYear: number;
  yes: string;
  no: string;
  weightRow: string;
  /** The template's sheet names by key. */
  sheets: { pairing: string; fund: string; factor: string; team: string; village: string; meeting: string; params: string };
}

export interface TemplateGuide {
  sheetName: string;
  title: string;
  /** General points, one a row. */
  points: string[];
  /** Header of the per-sheet table: sheet | how to fill it. */
  header: [string, string];
  /** One row per sheet of the template, in the template's order. */
  sheets: [string, string][];
  /** The dropdowns' warning for text outside the list. */
  listErrorTitle: string;
  listError: string;
}

const zh = (f: GuideFacts): TemplateGuide => ({
  sheetName: '填表说明',
  title: `${f.county}驻镇帮镇扶村资金填报说明`,
  points: [
    '本工作簿是“帮扶资金校验”的空白模板。按下表逐表填写，填好后用 Excel 加载项的“校验”、网页版校验页面或 bangfu-check 命令检查。',
    `金额单位：万元（“${f.sheets.fund}”表标题下已注明），可保留两位小数；金额单元格只填数字，不要填文字或单位。`,
    `“合计”列、“${f.city}”小计列和每年的“合计”行已设公式，自动计算：合计 = 省级 + 深圳市 + ${f.city}，${f.city} = 市级 + 县级。请勿在这些单元格中手工填写。`,
    `带下拉箭头的单元格（镇、帮扶类型、年度、${f.yes}/${f.no}）请从列表中选择；填入列表以外的内容时会弹出提醒。`,
    '请勿修改工作表名称、标题行和列名：校验按这些名称识别各表。',
  ],
  header: ['工作表', '怎么填'],
  sheets: [
    [
      f.sheets.pairing,
      `已按方案附件预填 ${f.towns} 个镇的帮扶类型、牵头单位和成员单位。结对有调整时在原行修改；镇名和帮扶类型从下拉列表选择。`,
    ],
    [
      f.sheets.fund,
      `${f.firstYear}—${f.lastYear} 年每镇每年一行（已预填镇名和年度）。填写省级、深圳市、市级、县级四项金额（万元）；${f.city}小计、合计列和每年的合计行自动计算。`,
    ],
    [
      f.sheets.factor,
      `每镇一行填写各项分配因素；美丽乡村风貌带、沿高速从下拉列表选“${f.yes}”或“${f.no}”。最后一行“${f.weightRow}”填各因素的权重（由县里确定，模板不预填）。`,
    ],
    [f.sheets.team, '每人一行；镇从下拉列表选择；派驻日期填日期；人员类别填科技特派员、三支一扶、志愿者、第一书记等。'],
    [f.sheets.village, '每村每年一行；镇、年度从下拉列表选择；村类型填示范村、红色村、集体经济薄弱村、软弱涣散村等；收入单位：万元。'],
    [f.sheets.meeting, '每次会议一行；会议类型填联席会议、党组会、班子会等；议题写明与帮扶有关的内容。'],
    [f.sheets.params, '校验所用的方案参数，已按方案预填，一般不需修改；改动“值”列后，下次校验即按新值。'],
  ],
  listErrorTitle: '不在列表中',
  listError: '请从下拉列表中选择；如确需填写其他内容，请核对后再继续。',
});

const en = (f: GuideFacts): TemplateGuide => ({
  sheetName: '填表说明',
  title: `${f.county}: how to fill in the town-assistance funds workbook`,
  points: [
    "This workbook is the blank template of 帮扶资金校验. Fill in each sheet as described below, then check it with the Excel add-in's Check, the checking web page or the bangfu-check command.",
    `Amounts are in 万元 (10,000 yuan; stated under the title of ${f.sheets.fund}), with up to two decimals; type numbers only in amount cells, no text or units.`,
    `The 合计 column, the ${f.city} subtotal column and each year's 合计 row hold formulas and add up by themselves: 合计 = 省级 + 深圳市 + ${f.city}, ${f.city} = 市级 + 县级. Do not type over them.`,
    `Cells with a dropdown arrow (town, assistance type, year, ${f.yes}/${f.no}) take a value from their list; anything else brings up a warning.`,
    'Do not rename the sheets, the title rows or the column names: the check finds each sheet by them.',
  ],
  header: ['Sheet', 'How to fill it in'],
  sheets: [
    [
      f.sheets.pairing,
      `Prefilled from the plan's annex: the assistance type, lead unit and member units of the ${f.towns} towns. Change a row in place when the pairing changes; pick the town and type from the dropdowns.`,
    ],
    [
      f.sheets.fund,
      `One row per town and year, ${f.firstYear}–${f.lastYear} (towns and years prefilled). Fill in the four amounts 省级, 深圳市, 市级 and 县级 (万元); the ${f.city} subtotal, the 合计 column and each year's 合计 row are calculated.`,
    ],
    [
      f.sheets.factor,
      `One row per town with its allocation factors; 美丽乡村风貌带 and 沿高速 take “${f.yes}” or “${f.no}” from the dropdown. The last row, ${f.weightRow}, takes each factor's weight (set by the county; the template leaves it blank).`,
    ],
    [
      f.sheets.team,
      'One row per person; pick the town from the dropdown; 派驻日期 is a date; 人员类别 is e.g. 科技特派员, 三支一扶, 志愿者, 第一书记.',
    ],
    [
      f.sheets.village,
      'One row per village and year; pick the town and year from the dropdowns; 村类型 is e.g. 示范村, 红色村, 集体经济薄弱村, 软弱涣散村; income in 万元.',
    ],
    [
      f.sheets.meeting,
      'One row per meeting; 会议类型 is e.g. 联席会议, 党组会, 班子会; the topic says what it had to do with the assistance.',
    ],
    [
      f.sheets.params,
      "The plan's parameters the check uses, prefilled from the plan; usually left as they are. A changed 值 is used by the next check.",
    ],
  ],
  listErrorTitle: 'Not in the list',
  listError: 'Pick a value from the dropdown list; if something else is really meant, check it before going on.',
});

/** The 填表说明 text in `lang`. */
export function templateGuide(lang: Lang, facts: GuideFacts): TemplateGuide {
  return lang === 'en-US' ? en(facts) : zh(facts);
}
