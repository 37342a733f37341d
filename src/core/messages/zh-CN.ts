/** zh-CN: one sentence a county finance clerk understands — what is wrong, where, expected and found. */
import type { Finding } from '../findings';
import type { Profile } from '../profile';
import { amountLabel } from './labels';
import { unreadableZh } from './unreadable';

const CHECK_ZH: Record<string, string> = {
  sum: '合计与分项之和',
  share: '省:深圳:河源 分担比例',
  'local-split': '市:县 分担比例',
  pool: '全县资金总额',
  'total-row': '合计行',
};

const MISSING_COLUMN: Record<string, string> = {
  town: '镇名列',
  type: '帮扶类型列',
  lead: '牵头单位列',
  amount: '金额列（合计、省级、深圳市、河源市…）',
  year: '年度（年度列，或表名、标题中的年份）',
};

/** 2023年上半年 / 2023年第2季度. */
function periodZh(year: number, half: number | undefined, quarter: number | undefined): string {
  return quarter ? `${year}年第${quarter}季度` : half ? `${year}年${half === 1 ? '上' : '下'}半年` : `${year}年`;
}

/** A fund row that no one cell explains (diagnose.ts). */
function rowZh(at: string, p: { town: string; year: number; candidates?: string[] }): string {
  return `${at}「${p.town}」${p.year} 年这一行的金额互相矛盾，改正其中一格不能使其相符，请逐一核对 ${(p.candidates ?? []).join('、')}。`;
}

/** '0.1' → '10%'. */
function pct(share: string | undefined): string {
  const n = Number(share ?? '');
  return Number.isFinite(n) ? `${Math.round(n * 10000) / 100}%` : (share ?? '');
}

export function zhCN(f: Finding, profile?: Pick<Profile, 'county' | 'city' | 'countyEn' | 'cityEn'>): string {
  const at = f.sheet ? `「${f.sheet}」${f.cell ? ` ${f.cell}` : ''}：` : '';
  const ea = f.expected !== undefined || f.actual !== undefined ? `（期望 ${f.expected ?? '—'}，实际 ${f.actual ?? '—'}）` : '';
  const label = (k: string) => amountLabel(k, 'zh-CN', profile);
  switch (f.code) {
    case 'WB-UNREADABLE':
      return `无法读取：${unreadableZh(f.params)}。`;
    case 'WB-NO-PAIRING':
      return '工作簿中没有找到结对安排表（需要“被帮扶镇、帮扶类型、牵头单位”等列）。';
    case 'WB-NO-FUND':
      return '工作簿中没有找到资金表（需要“镇”列和“合计、省级、深圳市、河源市”等金额列）。';
    case 'WB-CELL-ERROR':
      return f.params.error === '#UNCALCULATED'
        ? `${at}公式没有计算结果（保存文件的程序没有计算公式），请在 Excel/WPS 中打开、重新计算并保存后再校验。`
        : `${at}单元格是错误值 ${f.params.error}${f.params.column ? `（${f.params.column}列）` : ''}，无法读取金额，请修正公式或数据。`;
    case 'PARAM-INVALID': {
      const d = f.params.detail ?? '';
      const why: Record<string, string> = {
        'cell-error': `单元格是错误值 ${d}`,
        'not-number': '不是数字',
        'not-integer': '不是整数',
        'too-small': '数值太小（不能为负数，或必须大于 0）',
        'too-big': '数值太大',
        empty: '不能为空',
        'ratio-format': `应写成整数比，如 ${d === '2' ? '2:8' : '6:3:1'}`,
        'ratio-parts': `比例应有 ${d} 项，如 ${d === '2' ? '2:8' : '6:3:1'}`,
        'range-format': '应写成“最少-最多”，如 1-2',
        'range-order': '最少数大于最多数',
        'date-format': '不是有效日期，应写成如 2024-06-30',
        'map-format': '每项应写成“名称=内容”，多项用“；”分隔',
        'town-fields': '应写成“镇名｜类型｜组别｜牵头单位｜成员单位”',
        'town-type': `类型「${d}」既不是重点帮扶镇也不是巩固提升镇`,
        'town-group': `组别「${d}」应为 深圳、市直 或 县直`,
        'town-duplicate': `镇「${d}」重复列出`,
        conflict: '与其他参数矛盾（如起始年度晚于结束年度）',
      };
      const name = `规则参数「${f.params.label ?? f.params.key}」${f.params.label ? `（${f.params.key}）` : ''}`;
      if (f.params.reason === 'unknown-key') return `${at}不认识的参数「${f.params.key}」，本行已忽略。`;
      if (f.params.reason === 'duplicate') return `${at}${name}重复出现，以第一次出现的值为准，本行已忽略。`;
      if (f.params.reason.startsWith('town-')) return `${at}帮扶镇一行无法使用：${why[f.params.reason]}。该镇未计入镇名单。`;
      return `${at}${name}的值无法使用：${why[f.params.reason] ?? f.params.reason}。已改用默认值${f.expected !== undefined ? ` ${f.expected}` : '（空）'}。`;
    }
    case 'PAIR-HEADER':
      return `${at}看起来是结对安排表，但缺少${f.params.missing.map((m) => MISSING_COLUMN[m] ?? m).join('、')}。`;
    case 'PAIR-TOWN-UNKNOWN':
      return f.params.outside
        ? `${at}「${f.params.town}」不在本方案的帮扶范围${f.params.note ? `（${f.params.note}）` : ''}。`
        : f.params.suggestion
          ? `${at}镇名「${f.params.town}」不在方案的镇名单中，是否应为「${f.params.suggestion}」？请改为方案中的全称。`
          : `${at}镇名「${f.params.town}」不在方案的镇名单中。`;
    case 'PAIR-TOWN-DUPLICATE':
      return `${at}「${f.params.town}」重复列出（第一次出现在 ${f.params.firstCell}）。`;
    case 'PAIR-TOWN-MISSING':
      return `${at}结对安排表缺少方案中的「${f.params.town}」。`;
    case 'PAIR-TYPE-INVALID':
      return `${at}「${f.params.town}」的帮扶类型「${f.params.type}」无法识别，应为“重点帮扶镇”或“巩固提升镇”${ea}。`;
    case 'PAIR-TYPE-MISMATCH':
      return `${at}「${f.params.town}」的帮扶类型与方案不符${ea}。`;
    case 'PAIR-TYPE-COUNT':
      return f.params.what === 'types'
        ? `${at}帮扶类型的镇数与方案不符${ea}。`
        : `${at}重点帮扶镇中深圳市单位组团与河源市直单位组团的镇数与方案不符（深圳 + 河源市直）${ea}。`;
    case 'PAIR-LEAD-LEVEL':
      return `${at}「${f.params.town}」是${f.params.type}，牵头单位「${f.params.unit}」的层级不符：重点帮扶镇应由深圳市或河源市直单位牵头，巩固提升镇应由县直单位牵头。`;
    case 'PAIR-LEAD-CHANGED':
      return `${at}「${f.params.town}」的${f.params.field === 'lead' ? '牵头单位' : '成员单位'}与方案附件不同（如已按新通知调整，可忽略）${ea}。`;
    case 'PAIR-MEMBERS-EMPTY':
      return `${at}「${f.params.town}」没有填写成员单位${f.expected ? `（方案附件为：${f.expected}）` : ''}。`;
    case 'FUND-HEADER':
      return `${at}看起来是资金表，但缺少${f.params.missing.map((m) => MISSING_COLUMN[m] ?? m).join('、')}。`;
    case 'FUND-NOT-NUMBER':
      return `${at}${f.params.town ? `「${f.params.town}」的` : ''}${f.params.column}不是数字：「${f.actual ?? ''}」。`;
    case 'FUND-TEXT-NUMBER':
      return `${at}${f.params.column}是以文本保存的数字「${f.actual ?? ''}」，已按 ${f.expected ?? ''} 读取；建议改为数值格式。`;
    case 'FUND-NEGATIVE':
      return `${at}${f.params.town ? `「${f.params.town}」的` : ''}${f.params.column}为负数 ${f.actual ?? ''}。`;
    case 'FUND-YEAR-RANGE':
      return `${at}年度「${f.params.year}」不在方案的资金年度 ${f.params.first}—${f.params.last} 年内。`;
    case 'FUND-TOWN-UNKNOWN':
      return f.params.outside
        ? `${at}「${f.params.town}」不在本方案的帮扶范围${f.params.note ? `（${f.params.note}）` : ''}，不应安排本项资金。`
        : f.params.suggestion
          ? `${at}镇名「${f.params.town}」不在方案的镇名单中，是否应为「${f.params.suggestion}」？请改为方案中的全称。`
          : `${at}镇名「${f.params.town}」不在方案的镇名单中。`;
    case 'FUND-ROW-DUPLICATE':
      return `${at}「${f.params.town}」${f.params.year} 年的资金重复填列（第一次出现在 ${f.params.firstCell}）。`;
    case 'FUND-ROW-MISSING':
      return `${at}${f.params.year} 年缺少「${f.params.town}」的资金行。`;
    case 'FUND-SUM':
      if (f.params.candidates) return rowZh(at, f.params);
      return `${at}「${f.params.town}」${f.params.year || ''}${f.params.year ? ' 年' : ''}的合计数与各分项之和不等${ea}。`;
    case 'FUND-SHARE':
      if (f.params.candidates) return rowZh(at, f.params);
      return `${at}「${f.params.town}」${f.params.year} 年的${label(f.params.source)}资金不符合 省:深圳:河源${f.params.ratio ? ` = ${f.params.ratio}` : ''} 的分担比例${ea}。`;
    case 'FUND-LOCAL-SPLIT':
      if (f.params.candidates) return rowZh(at, f.params);
      return `${at}「${f.params.town}」${f.params.year} 年的${label(f.params.part)}配套不符合 市:县${f.params.ratio ? ` = ${f.params.ratio}` : ''} 的分担比例${ea}。`;
    case 'FUND-POOL':
      return `${at}${f.params.year} 年全部镇的资金合计与“${f.params.towns} 个镇 × 每镇每年标准”不符${ea}。`;
    case 'FUND-TOTAL-ROW':
      return `${at}“${f.params.label}”行的${f.params.column}与所合计各行之和不等${ea}。`;
    case 'FUND-OTHER-STREAM':
      return `${at}“${f.params.column}”列是方案资金以外的其他资金，已单独列示，不参与比例和总额校验。`;
    case 'FUND-ROUNDING':
      return `${at}「${f.params.town}」${f.params.year} 年的${label(f.params.source)}与精确分摊数有尾差，在容差范围内${ea}。`;
    case 'FUND-UNIT':
      return `${at}金额大小看起来不像“${f.params.unit}”，可能应为“${f.params.suggested}”，请核对单位${ea}。`;
    case 'FUND-COLUMN-UNMAPPED':
      return `${at}“${f.params.column}”列看起来是金额，但不对应任何资金来源、合计或已知的其他资金，未被校验；请把表头改为方案的列名（如 省级、深圳市、河源市级、紫金县级、合计）。`;
    case 'FUND-CHECK-SKIPPED':
      return `${at}资金表缺少${f.params.missing.map((k) => label(k)).join('、')}列，因此以下校验没有进行：${f.params.checks.map((c) => CHECK_ZH[c]).join('、')}。`;
    case 'FUND-UNCALCULATED':
      return `${at}${f.params.range} 中有 ${f.params.count} 个公式没有计算结果（保存文件的程序没有计算公式）；请在 Excel 或 WPS 中打开、保存后再校验。`;
    case 'FUND-TOWN-BLANK':
      return `${at}这一行填有金额，但没有镇名${f.params.year ? `（${f.params.year} 年）` : ''}；请填写镇名，或删除这一行。`;
    case 'FUND-TOWN-VARIANT':
      return `${at}镇名「${f.params.written}」已按方案中的「${f.params.town}」读取；建议改为方案中的写法。`;
    case 'FUND-SOURCE-TOTAL':
      return f.params.what === 'total'
        ? `${at}${f.params.year ? `${f.params.year} 年` : ''}的合计与各资金来源之和不等${ea}。`
        : `${at}${f.params.year ? `${f.params.year} 年` : ''}${label(f.params.source)}资金不等于“镇数 × 每镇每年标准 × 分担比例”${ea}。`;
    case 'WB-NOTHING-FILLED':
      return `还没有填写任何金额：资金表${f.params.sheets.map((s) => `「${s}」`).join('、')}只有镇名和年度，金额都是空的（空白模板或尚未填报），所以没有可校验的数字。请填写金额后再校验。`;
    case 'ROUND-CONFLICT':
      return `「${f.params.town}」${f.params.year} 年在不同文件中的金额不一致：${f.params.files.map((x, i) => `${x} ${f.params.cells[i] ?? ''}`.trim()).join('；')}${ea}。`;
    case 'ROUND-POOL':
      return `本轮 ${f.params.files} 个文件中 ${f.params.year} 年的资金合计与“${f.params.towns} 个镇 × 每镇每年标准”不符${ea}。`;
    case 'ALLOC-NO-WEIGHTS':
      return `${at}因素表没有填写“权重”行，规则参数中也没有因素权重，因此未做因素法分配测算（权重不会被自动假设；填写权重后即可测算）。`;
    case 'ALLOC-WEIGHTS':
      return f.params.factor
        ? `${at}因素“${f.params.factor}”的权重不是数字「${f.actual ?? ''}」，未做因素法分配测算。`
        : `${at}${f.params.source === 'profile' ? '规则参数中' : '权重行的'}各因素权重之和不等于 1（100%），未做因素法分配测算${ea}。`;
    case 'ALLOC-FACTOR-MISSING':
      return f.params.what === 'town'
        ? `${at}因素表中没有「${f.params.town ?? ''}」这一行，测算时各因素均按 0 计。`
        : f.params.what === 'column'
          ? `${at}因素表没有“${f.params.factor ?? ''}”列，但该因素有权重，测算时按 0 计。`
          : `${at}「${f.params.town ?? ''}」的因素“${f.params.factor ?? ''}”没有可用的数值${f.actual ? `（「${f.actual}」）` : '（空白）'}，测算时按 0 计。`;
    case 'ALLOC-DEVIATION':
      if (f.params.towns !== undefined)
        return `${at}${f.params.year} 年有 ${f.params.towns} 个镇的安排资金与按因素法（各因素 × 权重）测算的数额不同（超过容差 ${f.params.tolerance} 万元），相差最多的是 ${(f.params.largest ?? []).join('、')}（单位：${f.params.unit}）。`;
      return `${at}「${f.params.town}」${f.params.year ? `${f.params.year} 年` : ''}的安排资金与因素法测算数相差超过测算数的 ${pct(f.params.share)}（测算 ${f.expected ?? '—'}，实际 ${f.actual ?? '—'}，单位：${f.params.unit}）。`;
    case 'TEAM-SIZE':
      return `${at}「${f.params.town}」驻镇帮扶工作队只有 ${f.params.size} 名干部（不含科技特派员、“三支一扶”人员和志愿者），原则上每队不少于 ${f.params.min} 人${ea}。`;
    case 'TEAM-LEADER-PARTY':
      return `${at}「${f.params.town}」工作队队长 ${f.params.name} 不是中共正式党员（预备党员不算），队长必须由正式党员担任${ea}。`;
    case 'TEAM-LEADER-RANK':
      return `${at}「${f.params.town}」由县组团帮扶，工作队队长 ${f.params.name} 的职级没有达到方案要求，或职级没有填写、无法识别${ea}。`;
    case 'TEAM-LEADER-POST':
      return `${at}「${f.params.town}」工作队队长 ${f.params.name} 的“镇任职”没有写明挂任被帮扶镇的相应职务${ea}。`;
    case 'TEAM-MEMBER-PARTY':
      return `${at}「${f.params.town}」队员 ${f.params.name} 不是中共党员（方案要求队员原则上为党员，仅作提示）${ea}。`;
    case 'TEAM-MEMBER-STAFF':
      return `${at}「${f.params.town}」队员 ${f.params.name} 没有写明是组团单位的在编人员${ea}。`;
    case 'TEAM-ROTATION':
      return `${at}「${f.params.town}」${f.params.name} 驻镇已满 ${f.params.years} 年，已超过轮换期限，应当轮换（期望 派驻不超过 ${f.expected ?? '—'} 年，实际 ${f.actual ?? '—'} 派驻）。`;
    case 'TEAM-TECH':
      return `${at}「${f.params.town}」派驻的农村科技特派员人数不够，现有 ${f.params.count} 名${ea}。`;
    case 'TEAM-SANZHIYIFU':
      return `${at}「${f.params.town}」工作队有 ${f.params.count} 名“三支一扶”人员，人数不在方案要求的范围内${ea}。`;
    case 'TEAM-VOLUNTEERS':
      return `${at}「${f.params.town}」工作队有 ${f.params.count} 名高校毕业生志愿者，人数不在方案要求的范围内${ea}。`;
    case 'TEAM-FIRST-SECRETARY':
      return `${at}「${f.params.town}」${f.params.village}是${f.params.villageType}，但工作队名册中没有派驻该村的第一书记。`;
    case 'VILLAGE-INCOME':
      return f.severity === 'info'
        ? `${at}「${f.params.town}」${f.params.year} 年仍有 ${f.params.below ?? 1} 个村的集体经济收入没有超过标准${f.params.fromYear !== undefined ? `，到 ${f.params.fromYear} 年须全部超过` : ''}${f.expected !== undefined ? `（标准：收入 ${f.expected}）` : ''}。`
        : `${at}「${f.params.town}」${f.params.village} ${f.params.year} 年村集体经济收入没有超过标准${ea}。`;
    case 'MEET-JOINT':
      return `${at}${f.params.unit} ${periodZh(f.params.year, f.params.half, undefined)}召开联席会议 ${f.params.found} 次，方案要求每半年至少 ${f.params.required} 次。`;
    case 'MEET-PARTY':
      return `${at}${f.params.unit} ${periodZh(f.params.year, undefined, f.params.quarter)}召开专题研究帮扶工作的党组会议或班子会议 ${f.params.found} 次，方案要求每季度至少 ${f.params.required} 次。`;
  }
}
