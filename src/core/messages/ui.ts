/**
 * Every sentence of the fronts other than findings: severities, summaries, column headers of the result
 * sheets, progress steps, CLI usage. zh-CN is the source of the keys; en-US must have each of them.
 */
import type { Severity } from '../types';
import { RECOGNITION_EN, RECOGNITION_ZH } from './ui-recognition';
import { FINDING_WORDS_EN, FINDING_WORDS_ZH } from './ui-findings';

const zh = {
  appName: '帮扶资金校验',
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<Severity, string>,
  counts: (e: number, w: number, i: number) => `${e} 个错误、${w} 个警告、${i} 个提示`,
  noProblems: '未发现问题',
  noErrors: '未发现错误',
  profileUsed: (name: string, source: 'default' | 'file' | 'sheet') =>
    `校验规则：${name}（${source === 'sheet' ? '来自工作簿中的“规则参数”表' : source === 'file' ? '来自指定的规则参数文件' : '内置默认方案'}）`,
  // Progress.
  stepReading: '读取工作簿',
  stepChecking: '校验',
  stepWriting: '写入结果',
  stepDone: '完成',
  // The Excel add-in: Excel's refusals, each with what to do (src/hosts/excel/errors.ts); stale results; 清除结果.
  addin: {
    errors: {
      itemNotFound: '该工作表已被删除或改名，请重新校验。',
      cellEditing: 'Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，再点“校验”。',
      protected: '工作簿或工作表受保护，无法写入或删除结果表。请在“审阅”选项卡中撤销工作表保护和工作簿保护后再试。',
      apiNotFound: '此版本的 Excel 缺少本加载项需要的功能。请更新 Office（文件 → 帐户 → 更新选项 → 立即更新），或改用 Excel 网页版。',
      responseTooLarge: '工作簿太大，Excel 网页版一次传不完。请在桌面版 Excel 中校验，或删去与帮扶资金无关的工作表后再校验。',
      requestTooLarge: '结果太多，Excel 网页版一次写不下。请在桌面版 Excel 中校验，或用网页版校验页面生成结果工作簿。',
      general: 'Excel 未能完成操作。请保存工作簿，关闭后重新打开，再点“校验”；若仍不行，请复制下面的详细信息，交给维护本加载项的技术人员。',
      notInExcel: '请在 Excel 中打开本加载项（当前不是 Excel 环境）。',
    },
    stale: '工作簿已修改，结果可能已过时。',
    recheck: '重新校验',
    sheetGone: (sheet: string) => `“${sheet}”表已被删除或改名，请重新校验。`,
    mergesUnread: (sheets: string) => `此版本的 Excel 无法读出合并单元格，以下工作表按未合并校验：${sheets}。更新 Office 后再校验更准确。`,
    clearResults: '清除结果',
    clearDescription: '删除本加载项写入的“测算结果”“校验问题”表（按加载项留下的标记识别，不会删除您自己的表）',
    clearConfirm: (sheets: string) =>
      `将删除本加载项写入的工作表：${sheets}。您自己的工作表不受影响；隐藏的“忽略记录”（您忽略问题的记录）保留。确定删除吗？`,
    clearConfirmYes: '删除',
    clearCancel: '取消',
    cleared: (sheets: string) => `已删除：${sheets}。`,
    nothingToClear: '没有本加载项写入的结果表，无需清除。',
    clearKept: (sheets: string) => `以下表带有加载项标记，但内容已被改动，未删除：${sheets}。`,
  },
  // 测算结果.
  resultsSheet: '测算结果',
  issuesSheet: '校验问题',
  paramsSheet: '规则参数',
  paramsTitle: (name: string) => `校验规则参数：${name}`,
  paramsNote:
    '本表列出校验所用的全部方案参数，可在“值”列修改：填写的值代替内置默认值，留空则用默认值；“键”列请勿改动。列表用“、”分隔；每个帮扶镇一行（键为 town），写成“镇名｜类型｜组别｜牵头单位｜成员单位”，有镇行时以这些镇为准。无法使用的值会在“校验问题”中列出，并改用默认值。',
  colParam: '参数',
  colKey: '键',
  colValue: '值',
  colNote: '说明',
  resultsTitle: '帮扶资金分担测算结果',
  // 新建模板: the user's own sheets to fill in (names stay Chinese in both languages, like the plan's forms).
  templateFactorSheet: '因素表',
  templateTeamSheet: '工作队名册',
  templateVillageSheet: '村集体经济',
  templateMeetingSheet: '会议记录',
  templateFactorTitle: (county: string) => `${county}驻镇帮镇扶村分配因素表`,
  templateFactorNote: (weightRow: string) =>
    `面积单位：平方公里；人口单位：人。“${weightRow}”行由县里按分配办法填写（各因素权重之和为 1）；不填则不做因素法测算。`,
  templateTeamTitle: (county: string) => `${county}驻镇帮扶工作队名册`,
  templateTeamNote: '每人一行；派驻日期填日期；人员类别填科技特派员、三支一扶、志愿者、第一书记等。',
  templateVillageTitle: (county: string) => `${county}村集体经济收入情况`,
  templateVillageNote: '每村每年一行；村类型填示范村、红色村、集体经济薄弱村、软弱涣散村等；收入单位：万元。',
  templateMeetingTitle: (county: string) => `${county}帮扶单位会议记录`,
  templateMeetingNote: '每次会议一行；会议类型填联席会议、党组会、班子会等。',
  resultsNote: (unit: string) => `单位：${unit}。按方案计算的各级分担数（精确到分，各部分之和等于合计）；“填报”列为表中原填数字。`,
  resultsEmpty: '没有找到可测算的资金行。',
  colTown: '镇',
  colYear: '年度',
  colUnit: '单位',
  colTotal: '合计',
  colProvince: '省级',
  colShenzhen: '深圳市',
  colHeyuan: '河源市合计',
  colSubmitted: (label: string) => `填报${label}`,
  colSource: '来源单元格',
  totalByYear: (year: number) => `${year} 年合计`,
  grandTotal: '总计',
  byTownTitle: '各镇分担合计（全部年度）',
  chartTitle: '各镇资金分担（按来源）',
  whatIfTitle: '因素法测算（假设分配，供参考）',
  whatIfNote: (weights: string, pool: string, towns: number, standard: string, sheet: string) =>
    `按「${sheet}」的因素和权重（${weights}）测算每年资金池 ${pool} 万元（${towns} 个镇 × ${standard} 万元）的分配，精确到分，各镇之和等于资金池；“填报”列为资金表中各年度的合计数。`,
  colScore: '因素系数',
  colWhatIf: '测算数',
  colSubmittedYear: (year: number) => `${year} 年填报`,
  // 校验问题.
  issuesTitle: '帮扶资金校验问题清单',
  colNo: '序号',
  colSeverity: '严重程度',
  colCode: '代码',
  colSheet: '工作表',
  colCell: '单元格',
  colMessage: '说明',
  colExpected: '期望',
  colActual: '实际',
  colClause: '方案条款',
  issuesCapped: (n: number) => `另有 ${n} 条问题未列出，请使用命令行或网页版查看完整清单。`,
  // Result workbook.
  resultKept: '结果工作簿保留了原工作簿的全部内容，只添加了“测算结果”“校验问题”两张表（忽略过问题时，另有隐藏的“忽略记录”表）。',
  resultNew: (why: string) => `无法在原工作簿副本上添加结果（${why}），已生成只含结果表的新工作簿。`,
  renamedSheet: (wanted: string, used: string) => `工作簿中已有您自己的“${wanted}”表，结果写入“${used}”，您的表未被改动。`,
  // CLI.
  cliUsage:
    '用法：bangfu-check [选项] <文件或文件夹>...\n\n' +
    '检查驻镇帮镇扶村结对安排表和资金表（.xlsx / .xlsm；文件夹会递归查找，其中的 .xls、.et、.csv、.xlsb 文件会报告为无法读取并说明如何处理）。\n\n' +
    '选项：\n' +
    '  --json                 以 JSON 输出（每个文件一个对象，含识别情况 recognition）\n' +
    '  --explain              在每个文件的结果下列出识别情况：每张表读成什么、表头、年度、行数、对应的列和跳过的行\n' +
    '  --out <目录>           为每个文件写出“<文件名>.校验结果.xlsx”（原文件不会被修改）\n' +
    '  --lang zh-CN|en-US     输出语言（默认 zh-CN）\n' +
    '  --profile <文件.json>   用 JSON 文件覆盖方案参数\n' +
    '  --ignore <文件.json>    忽略清单：[{"code","sheet","cell","actual","reason"}]；结果工作簿里的“忽略记录”也会读取。单元格的值变了，问题会重新出现\n' +
    '  --fail-on error|warning|never   何种问题使退出码为 1（默认 error）\n' +
    '  --template <文件.xlsx>  写出一个空白模板工作簿（结对安排表按附件预填），供填报；不会覆盖已有文件\n' +
    '  --summary <文件.xlsx>   写出本轮汇总工作簿（文件、问题、分担三张表），并做跨文件检查\n' +
    '  --jobs <n>             同时处理的文件数（默认每 32 个文件一个，不超过 CPU 核数和内存允许的数量）\n' +
    '  --max-file-mb <n>、--max-unzipped-mb <n>、--max-entries <n>、--max-cells <n>\n' +
    '                         读取上限（默认 100 MB、400 MB、10000 个、300 万个单元格），防止内存耗尽\n' +
    '  --max-memory-mb <n>、--timeout <秒>\n' +
    '                         多个文件时每个文件可用的内存和时间（默认 1536 MB、300 秒）；超过的文件报告为无法读取，其他文件照常校验\n' +
    '  --help, --version\n\n' +
    '退出码：0 没有达到 --fail-on 的问题；1 有；2 用法错误或有文件无法读取。',
  cliNoInput: '请至少指定一个 .xlsx 文件或文件夹。',
  cliBadOption: (detail: string) => `参数错误：${detail}`,
  cliBadLang: (v: string) => `--lang 只能是 zh-CN 或 en-US，而不是“${v}”。`,
  cliBadFailOn: (v: string) => `--fail-on 只能是 error、warning 或 never，而不是“${v}”。`,
  cliNoFiles: (p: string) => `在“${p}”中没有找到 .xlsx / .xlsm 文件。`,
  cliNotFound: (p: string) => `找不到“${p}”。`,
  cliProfileUnreadable: (p: string, why: string) => `无法读取规则参数文件“${p}”：${why}`,
  cliProfileInvalid: (p: string) => `规则参数文件“${p}”中有不符合要求的值：`,
  cliIgnoreNotJson: (p: string) =>
    `忽略清单“${p}”不是有效的 JSON 文件。它应是一个数组，每项形如 {"code", "sheet", "cell", "actual", "reason"}（可直接从 --json 的输出中复制问题，再加上 reason）。`,
  cliIgnoreInvalid: (p: string, index: number, field: string) =>
    `忽略清单“${p}”${index >= 0 ? `第 ${index + 1} 项` : ''}${field ? `的“${field}”` : ''}不符合要求：每项需要 code、sheet、cell、actual（文字）和不超过 200 字的 reason（忽略原因，不能为空）。`,
  cliIgnoredTotal: (n: number) => `另有 ${n} 个问题已忽略（不计入上面的数目）。`,
  cliProgress: (i: number, n: number, name: string) => `[${i}/${n}] ${name}`,
  cliWrote: (p: string) => `已写出：${p}`,
  cliTemplateWrote: (p: string) => `已写出空白模板：${p}`,
  cliTemplateExists: (p: string) => `“${p}”已存在，不会覆盖；请换一个文件名或先移走原文件。`,
  cliTemplateFailed: (p: string, why: string) => `无法写出模板“${p}”：${why}`,
  cliFile: (name: string) => `文件：${name}`,
  cliSummary: (files: number, e: number, w: number, i: number, unreadable: number) =>
    `共检查 ${files} 个文件：${e} 个错误、${w} 个警告、${i} 个提示${unreadable ? `；${unreadable} 个文件无法读取` : ''}。`,
  cliShares: (n: number) => `已测算 ${n} 个镇·年度的分担数。`,
  cliMore: (n: number) => `……另有 ${n} 条，请用 --json 或 --out 查看全部。`,
  // The web page.
  pageTitle: '帮扶资金校验（网页版）',
  pageIntro: '选择或拖入一个或多个 .xlsx 工作簿：检查结对安排表和资金表，算出各级分担数，并下载带“测算结果”“校验问题”的结果工作簿。',
  pagePrivacy: '文件只在本机处理，不会上传。',
  dropHere: '把 .xlsx 文件拖到这里，或',
  chooseFiles: '选择文件',
  language: 'English',
  processing: (name: string, step: string) => `正在处理 ${name}：${step}`,
  stepResult: '生成结果工作簿',
  downloadResult: '下载结果工作簿',
  downloadCsv: '下载问题清单（CSV）',
  downloadTemplate: '下载空白模板',
  downloadTemplateHint:
    '从空白模板开始填报：结对安排表已按方案附件预填，另有资金、因素、工作队、村集体经济、会议记录和规则参数各表；在本机生成。',
  templateFile: '帮扶资金模板.xlsx',
  findingsHeading: '校验问题',
  sharesHeading: '分担测算',
  filterSeverity: '严重程度',
  filterSheet: '工作表',
  filterCode: '代码',
  filterAll: '全部',
  filterText: '搜索（镇名、代码、说明）',
  colFile: '文件',
  showing: (n: number, total: number) => `显示 ${n} / ${total} 条`,
  chartLabel: '各镇资金分担（全部年度合计）',
  removeFile: '移除',
  workerFailed: (why: string) => `处理失败：${why}`,
  ...RECOGNITION_ZH,
  ...FINDING_WORDS_ZH,
};

export type UiStrings = typeof zh;

const en: UiStrings = {
  appName: 'Assistance Fund Checker',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  counts: (e, w, i) => `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}, ${i} info`,
  noProblems: 'No problems found',
  noErrors: 'No errors found',
  profileUsed: (name, source) =>
    `Rules: ${name} (${source === 'sheet' ? "from the workbook's 规则参数 sheet" : source === 'file' ? 'from the given profile file' : 'built-in default'})`,
  stepReading: 'Reading the workbook',
  stepChecking: 'Checking',
  stepWriting: 'Writing results',
  stepDone: 'Done',
  addin: {
    errors: {
      itemNotFound: 'That sheet has been deleted or renamed. Check again.',
      cellEditing: 'Excel is editing a cell. Press Enter or Esc to finish, then click Check again.',
      protected:
        'The workbook or a sheet is protected, so the result sheets cannot be written or deleted. Unprotect the sheet and the workbook on the Review tab, then try again.',
      apiNotFound:
        'This version of Excel lacks a feature the add-in needs. Update Office (File → Account → Update Options → Update Now), or use Excel on the web.',
      responseTooLarge:
        'The workbook is too large for Excel on the web to send at once. Check it in desktop Excel, or remove sheets unrelated to the funds and check again.',
      requestTooLarge:
        'There are too many results for Excel on the web to write at once. Check in desktop Excel, or make the result workbook with the web checking page.',
      general:
        'Excel could not finish. Save the workbook, close and reopen it, then click Check again; if it still fails, copy the details below and give them to whoever maintains this add-in.',
      notInExcel: 'Open this add-in in Excel (this is not an Excel host).',
    },
    stale: 'The workbook has changed; the results may be out of date.',
    recheck: 'Check again',
    sheetGone: (sheet) => `The sheet ${sheet} has been deleted or renamed. Check again.`,
    mergesUnread: (sheets) =>
      `This version of Excel cannot read merged cells; these sheets were checked as unmerged: ${sheets}. Update Office for a more exact check.`,
    clearResults: 'Clear results',
    clearDescription:
      "Delete the sheets this add-in wrote (测算结果, 校验问题), found by the add-in's own mark; your sheets are never deleted",
    clearConfirm: (sheets) =>
      `This deletes the sheets the add-in wrote: ${sheets}. Your own sheets are not affected; the hidden 忽略记录 (the findings you ignored) is kept. Delete them?`,
    clearConfirmYes: 'Delete',
    clearCancel: 'Cancel',
    cleared: (sheets) => `Deleted: ${sheets}.`,
    nothingToClear: 'There are no result sheets of this add-in to clear.',
    clearKept: (sheets) => `These sheets carry the add-in's mark but their content was changed, so they were kept: ${sheets}.`,
  },
  resultsSheet: '测算结果',
  issuesSheet: '校验问题',
  paramsSheet: '规则参数',
  paramsTitle: (name) => `Rule parameters: ${name}`,
  paramsNote:
    "Every plan parameter the checks use. Edit the Value column: a value given replaces the built-in default, an empty one keeps it; do not change the Key column. Lists are separated by '、'; each town is one row (key town) written 'town｜type｜group｜lead unit｜member units', and town rows replace the default town list. Values that cannot be used are listed under 校验问题 and the default is used.",
  colParam: 'Parameter',
  colKey: 'Key',
  colValue: 'Value',
  colNote: 'Note',
  resultsTitle: 'Shares of the assistance funds',
  templateFactorSheet: '因素表',
  templateTeamSheet: '工作队名册',
  templateVillageSheet: '村集体经济',
  templateMeetingSheet: '会议记录',
  templateFactorTitle: (county) => `${county}: allocation factors by town`,
  templateFactorNote: (weightRow) =>
    `Area in km², population in persons. The county fills in the '${weightRow}' row (weights of the factors, adding up to 1); left blank, no factor-method allocation is computed.`,
  templateTeamTitle: (county) => `${county}: town assistance teams`,
  templateTeamNote: 'One row per person; 派驻日期 is a date; 人员类别 is e.g. 科技特派员, 三支一扶, 志愿者, 第一书记.',
  templateVillageTitle: (county) => `${county}: village collective income`,
  templateVillageNote: 'One row per village and year; 村类型 is e.g. 示范村, 红色村, 集体经济薄弱村, 软弱涣散村; income in 万元.',
  templateMeetingTitle: (county) => `${county}: meetings of the assisting units`,
  templateMeetingNote: 'One row per meeting; 会议类型 is e.g. 联席会议, 党组会, 班子会.',
  resultsNote: (unit) =>
    `Unit: ${unit}. Shares by source as the plan computes them (exact to the fen; parts add up to the total); "Submitted" columns repeat the sheet's own figures.`,
  resultsEmpty: 'No fund rows to compute.',
  colTown: 'Town',
  colYear: 'Year',
  colUnit: 'Unit',
  colTotal: 'Total',
  colProvince: 'Province',
  colShenzhen: 'Shenzhen',
  colHeyuan: 'Heyuan (whole)',
  colSubmitted: (label) => `Submitted ${label}`,
  colSource: 'Source cell',
  totalByYear: (year) => `Total ${year}`,
  grandTotal: 'Grand total',
  byTownTitle: 'Shares by town (all years)',
  chartTitle: 'Shares by town and source',
  whatIfTitle: 'Factor-method allocation (what-if, for reference)',
  whatIfNote: (weights, pool, towns, standard, sheet) =>
    `The yearly pool of ${pool} 万元 (${towns} towns × ${standard} 万元) allocated by the factors and weights of '${sheet}' (${weights}), exact to the fen, towns adding up to the pool; "Submitted" columns are each year's totals in the fund sheets.`,
  colScore: 'Coefficient',
  colWhatIf: 'What-if amount',
  colSubmittedYear: (year) => `Submitted ${year}`,
  issuesTitle: 'Findings',
  colNo: 'No.',
  colSeverity: 'Severity',
  colCode: 'Code',
  colSheet: 'Sheet',
  colCell: 'Cell',
  colMessage: 'Message',
  colExpected: 'Expected',
  colActual: 'Found',
  colClause: 'Plan clause',
  issuesCapped: (n) => `${n} more findings are not listed here; use the command line or the web page for the full list.`,
  resultKept:
    'The result workbook keeps all of the original workbook and only adds the sheets 测算结果 and 校验问题 (and the hidden 忽略记录 when findings were ignored).',
  resultNew: (why) =>
    `The results could not be added to a copy of the workbook (${why}); a new workbook with only the result sheets was made.`,
  renamedSheet: (wanted, used) =>
    `The workbook already has its own sheet '${wanted}'; results went to '${used}' and your sheet was not touched.`,
  cliUsage:
    'Usage: bangfu-check [options] <file|folder>...\n\n' +
    'Checks town-assistance pairing tables and fund sheets (.xlsx / .xlsm; folders are searched recursively, and .xls, .et, .csv and .xlsb files in them are reported as unreadable, with what to do).\n\n' +
    'Options:\n' +
    '  --json                 print JSON (one object per file, with its recognition summary)\n' +
    "  --explain              under each file's result, tell what was read: each sheet's kind, header, years, rows, mapped columns, skipped rows\n" +
    "  --out <dir>            write '<name>.校验结果.xlsx' per file (the input is never changed)\n" +
    '  --lang zh-CN|en-US     output language (default zh-CN)\n' +
    '  --profile <file.json>  override the plan parameters from a JSON file\n' +
    '  --ignore <file.json>   findings set aside: [{"code","sheet","cell","actual","reason"}]; a result workbook\'s 忽略记录 is read too. A finding comes back when its cell changes\n' +
    '  --fail-on error|warning|never   which findings make the exit code 1 (default error)\n' +
    '  --template <file.xlsx>  write a blank template workbook to fill in (pairing prefilled from the annex); never overwrites a file\n' +
    '  --summary <file.xlsx>  write the round summary workbook (files, findings, shares) and check across files\n' +
    '  --jobs <n>             files checked at once (default one per 32 files, never more than the cores and memory allow)\n' +
    '  --max-file-mb <n>, --max-unzipped-mb <n>, --max-entries <n>, --max-cells <n>\n' +
    '                         read limits (default 100 MB, 400 MB, 10,000 entries, 3,000,000 cells)\n' +
    '  --max-memory-mb <n>, --timeout <seconds>\n' +
    '                         with several files, the memory and time each file may take (default 1536 MB, 300 s); a file over them is\n' +
    '                         reported as unreadable and the others are checked as usual\n' +
    '  --help, --version\n\n' +
    'Exit codes: 0 no finding reaches --fail-on; 1 one does; 2 usage error or an unreadable file.',
  cliNoInput: 'Give at least one .xlsx file or folder.',
  cliBadOption: (detail) => `Bad arguments: ${detail}`,
  cliBadLang: (v) => `--lang must be zh-CN or en-US, not '${v}'.`,
  cliBadFailOn: (v) => `--fail-on must be error, warning or never, not '${v}'.`,
  cliNoFiles: (p) => `No .xlsx / .xlsm files in '${p}'.`,
  cliNotFound: (p) => `'${p}' not found.`,
  cliProfileUnreadable: (p, why) => `Cannot read the profile file '${p}': ${why}`,
  cliProfileInvalid: (p) => `The profile file '${p}' has values that do not fit:`,
  cliIgnoreNotJson: (p) =>
    `The ignore list '${p}' is not a valid JSON file. It should be an array of {"code", "sheet", "cell", "actual", "reason"} (findings can be copied from the --json output, with a reason added).`,
  cliIgnoreInvalid: (p, index, field) =>
    `In the ignore list '${p}'${index >= 0 ? `, entry ${index + 1}` : ''}${field ? `, '${field}'` : ''} does not fit: each entry needs code, sheet, cell, actual (text) and a reason of at most 200 characters (not empty).`,
  cliIgnoredTotal: (n) => ` ${n} more finding(s) ignored (not counted above).`,
  cliProgress: (i, n, name) => `[${i}/${n}] ${name}`,
  cliWrote: (p) => `Wrote ${p}`,
  cliTemplateWrote: (p) => `Wrote the blank template ${p}`,
  cliTemplateExists: (p) => `'${p}' already exists and is not overwritten; choose another name or move the file first.`,
  cliTemplateFailed: (p, why) => `Cannot write the template '${p}': ${why}`,
  cliFile: (name) => `File: ${name}`,
  cliSummary: (files, e, w, i, unreadable) =>
    `Checked ${files} file(s): ${e} errors, ${w} warnings, ${i} info${unreadable ? `; ${unreadable} file(s) unreadable` : ''}.`,
  cliShares: (n) => `Computed the shares of ${n} town-years.`,
  cliMore: (n) => `… ${n} more; use --json or --out for all of them.`,
  pageTitle: 'Assistance Fund Checker (web)',
  pageIntro:
    'Choose or drop one or more .xlsx workbooks: the pairing table and fund sheets are checked, the shares by source computed, and a result workbook with the sheets 测算结果 and 校验问题 can be downloaded.',
  pagePrivacy: 'Files are processed on this computer only; nothing is uploaded.',
  dropHere: 'Drop .xlsx files here, or',
  chooseFiles: 'Choose files',
  language: '中文',
  processing: (name, step) => `Processing ${name}: ${step}`,
  stepResult: 'Making the result workbook',
  downloadResult: 'Download result workbook',
  downloadCsv: 'Download findings (CSV)',
  downloadTemplate: 'Download blank template',
  downloadTemplateHint:
    "Start from a blank template: the pairing table prefilled from the plan's annex, and sheets for funds, factors, teams, village income, meetings and rule parameters; made on this computer.",
  templateFile: '帮扶资金模板.xlsx',
  findingsHeading: 'Findings',
  sharesHeading: 'Shares',
  filterSeverity: 'Severity',
  filterSheet: 'Sheet',
  filterCode: 'Code',
  filterAll: 'All',
  filterText: 'Search (town, code, message)',
  colFile: 'File',
  showing: (n, total) => `Showing ${n} of ${total}`,
  chartLabel: 'Shares by town (all years)',
  removeFile: 'Remove',
  workerFailed: (why) => `Failed: ${why}`,
  ...RECOGNITION_EN,
  ...FINDING_WORDS_EN,
};

export function ui(lang: 'zh-CN' | 'en-US'): UiStrings {
  return lang === 'en-US' ? en : zh;
}
