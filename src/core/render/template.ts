/**
 * A blank, correctly laid out workbook to start from (新建模板): the pairing table prefilled from the plan's
 * annex (附件), and a fund sheet with every plan town and year and empty amounts, laid out as the recogniser
 * expects (title, 单位 line, merged two-row header, 合计 rows); then the sheets of 四（十一） (因素表, with a blank
 * 权重 row: weights are never invented), 二（一） (工作队名册), 三（八） (村集体经济) and 四（九） (会议记录), whose
 * column names are the profile's own, so the recogniser finds them by content; last 规则参数, prefilled with the
 * profile's values. These are the user's sheets to fill in, not the product's: a host inserts them only where
 * no sheet has their names.
 */
import { ui, type Lang } from '../messages';
import type { Profile } from '../profile';
import { sumOf, type ListValidation } from './formula';
import type { OutCell, OutputSheet } from './grid';
import { renderParams } from './params';
import { guideFor, renderGuide } from './template-guide';

export interface TemplateSheet extends Omit<OutputSheet, 'key'> {
  key: 'guide' | 'pairing' | 'fund' | 'factor' | 'team' | 'village' | 'meeting' | 'params';
}

/** Rows of a blank record sheet (工作队名册, 村集体经济) that get its dropdowns. */
export const RECORD_ROWS = 500;

/** Factors answered 是/否 (the plan's 美丽乡村风貌带 and 沿高速; allocation.ts reads the yes and no words). */
const YES_NO_FACTORS = ['scenic', 'expressway'];

/** The dropdown lists of the template, from the profile. */
interface Lists {
  towns: string[];
  types: string[];
  years: string[];
  yesNo: string[];
  error: ListValidation['error'];
}

function listsOf(profile: Profile, error: ListValidation['error']): Lists {
  const years: string[] = [];
  for (let y = profile.years.first; y <= profile.years.last; y++) years.push(String(y));
  return {
    towns: profile.towns.map((t) => t.name),
    types: [profile.typeLabels.key[0], profile.typeLabels.consolidate[0]],
    years,
    yesNo: [profile.words.yes[0], profile.words.no[0]],
    error,
  };
}

/** A dropdown over column `col`, rows `top`..`bottom`. */
const dropdown = (list: string[], col: number, top: number, bottom: number, error: ListValidation['error']): ListValidation => ({
  range: { top, left: col, bottom, right: col },
  list,
  ...(error ? { error } : {}),
});

const t = (v: string, style: OutCell['style'] = 'text'): OutCell => ({ v, style });

/** A column's name: `prefer` when the profile lists it among the column's names, else the first one. */
const alias = (names: readonly string[], prefer?: string): string => (prefer !== undefined && names.includes(prefer) ? prefer : names[0]);

/** Units shown in the factor sheet's header; the recogniser drops a measure in brackets (text.ts). */
const MEASURES: Record<string, string> = { area: '（平方公里）' };

/** A simple record sheet: title merged across the table, a note, one header row, then `body`. */
function recordSheet(
  key: TemplateSheet['key'],
  name: string,
  title: string,
  note: string,
  header: string[],
  body: OutCell[][],
  widths: number[],
  validations: ListValidation[] = [],
): TemplateSheet {
  return {
    key,
    name,
    rows: [[t(title, 'title')], [t(note, 'note')], header.map((h) => t(h, 'header')), ...body],
    widths,
    merges: [{ top: 1, left: 1, bottom: 1, right: header.length }],
    freezeRows: 3,
    ...(validations.length ? { validations } : {}),
  };
}

/** 因素表, 工作队名册, 村集体经济, 会议记录: blank, with the profile's column names. */
function recordSheets(profile: Profile, lang: Lang, lists: Lists): TemplateSheet[] {
  const s = ui(lang);
  const county = (lang === 'en-US' ? profile.countyEn : undefined) ?? profile.county;
  const a = profile.sheetAliases;
  const town = alias(profile.aliases.town);
  const factorKeys = Object.keys(a.factors);
  const weight = alias(a.weightRow);
  const factorRows: OutCell[][] = [...profile.towns.map((tw) => [t(tw.name)]), [t(weight, 'total')]];
  const lastTown = 3 + profile.towns.length;
  const lastRecord = 3 + RECORD_ROWS;
  const { error } = lists;
  return [
    recordSheet(
      'factor',
      s.templateFactorSheet,
      s.templateFactorTitle(county),
      s.templateFactorNote(weight),
      [town, ...factorKeys.map((k) => alias(a.factors[k]) + (MEASURES[k] ?? ''))],
      factorRows,
      [12, ...factorKeys.map(() => 14)],
      [
        dropdown(lists.towns, 1, 4, lastTown, error),
        ...factorKeys.flatMap((k, i) => (YES_NO_FACTORS.includes(k) ? [dropdown(lists.yesNo, 2 + i, 4, lastTown, error)] : [])),
      ],
    ),
    recordSheet(
      'team',
      s.templateTeamSheet,
      s.templateTeamTitle(county),
      s.templateTeamNote,
      [
        town,
        alias(a.name),
        alias(a.role),
        alias(a.party),
        alias(a.rank),
        alias(a.staff),
        alias(a.since),
        alias(a.category),
        alias(a.unit),
        alias(a.post),
        alias(a.village, '驻村'),
      ],
      [],
      [10, 10, 10, 12, 12, 10, 12, 14, 24, 14, 12],
      [dropdown(lists.towns, 1, 4, lastRecord, error)],
    ),
    recordSheet(
      'village',
      s.templateVillageSheet,
      s.templateVillageTitle(county),
      s.templateVillageNote,
      [town, alias(a.village), alias(a.villageType), alias(profile.aliases.year), `${alias(a.income)}（万元）`],
      [],
      [10, 12, 16, 8, 16],
      [dropdown(lists.towns, 1, 4, lastRecord, error), dropdown(lists.years, 4, 4, lastRecord, error)],
    ),
    recordSheet(
      'meeting',
      s.templateMeetingSheet,
      s.templateMeetingTitle(county),
      s.templateMeetingNote,
      [alias(a.unit, '单位'), alias(a.date), alias(a.meetingType), alias(a.topic)],
      [],
      [24, 12, 14, 40],
    ),
  ];
}

/**
 * Every sheet of the blank workbook, in order: 填表说明 (how to fill each sheet), 结对安排表, 资金筹集 (its 合计
 * and 河源市 cells the product's own SUM formulas), 因素表, 工作队名册, 村集体经济, 会议记录 and 规则参数 (prefilled
 * with the profile's values); dropdowns for 镇, 帮扶类型, 年度 and 是/否 from the profile (issue 12).
 */
export function renderTemplate(profile: Profile, lang: Lang = 'zh-CN'): TemplateSheet[] {
  const s = ui(lang);
  const guideSheets = {
    pairing: '结对安排表',
    fund: '资金筹集',
    factor: s.templateFactorSheet,
    team: s.templateTeamSheet,
    village: s.templateVillageSheet,
    meeting: s.templateMeetingSheet,
    params: s.paramsSheet,
  };
  const guide = guideFor(profile, lang, guideSheets);
  const lists = listsOf(profile, { title: guide.listErrorTitle, message: guide.listError });
  const pairing: OutCell[][] = [
    [t(`${profile.county}驻镇帮镇扶村结对安排表`, 'title')],
    [t('序号', 'header'), t('被帮扶镇', 'header'), t('帮扶类型', 'header'), t('驻镇工作团队', 'header'), t('', 'header')],
    [t('', 'header'), t('', 'header'), t('', 'header'), t('牵头单位', 'header'), t('成员单位', 'header')],
    ...profile.towns.map((town, i) => [
      { v: i + 1 },
      t(town.name),
      t(profile.typeLabels[town.type][0]),
      t(town.lead),
      t(town.members.join('、')),
    ]),
  ];
  const fund: OutCell[][] = [
    [t(`${profile.county}驻镇帮镇扶村资金筹集表`, 'title')],
    [t('单位：万元', 'note')],
    [
      t('序号', 'header'),
      t('镇', 'header'),
      t('年度', 'header'),
      t('合计', 'header'),
      t('资金来源', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
    ],
    [
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('省级', 'header'),
      t('深圳市', 'header'),
      t(profile.city, 'header'),
      t('', 'header'),
      t('', 'header'),
    ],
    [
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('', 'header'),
      t('小计', 'header'),
      t('市级', 'header'),
      t('县级', 'header'),
    ],
  ];
  // Town rows: 合计 (D) = 省级 + 深圳市 + 河源市 (E:G), 河源市 (G) = 市级 + 县级 (H:I); each year's 合计 row sums its
  // towns' column. The clerk fills E, F, H and I; formulas stay blank until one of their cells holds a number.
  const money = (): OutCell => ({ v: null, style: 'money' });
  const fundValidations: ListValidation[] = [];
  for (let y = profile.years.first; y <= profile.years.last; y++) {
    const first = fund.length + 1;
    profile.towns.forEach((town, i) => {
      const r = fund.length + 1;
      fund.push([
        { v: i + 1 },
        t(town.name),
        { v: y },
        { v: null, style: 'money', formula: sumOf(r, 5, r, 7) },
        money(),
        money(),
        { v: null, style: 'money', formula: sumOf(r, 8, r, 9) },
        money(),
        money(),
      ]);
    });
    const last = fund.length;
    const total: OutCell[] = [t('合计', 'total'), { v: null }, { v: y }];
    for (let c = 4; c <= 9; c++) total.push({ v: null, style: 'totalMoney', formula: sumOf(first, c, last, c) });
    fund.push(total);
    fundValidations.push(dropdown(lists.towns, 2, first, last, lists.error), dropdown(lists.years, 3, first, last, lists.error));
  }
  const pairingLast = 3 + profile.towns.length;
  const sheets: TemplateSheet[] = [
    {
      key: 'pairing',
      name: guideSheets.pairing,
      rows: pairing,
      widths: [6, 12, 12, 22, 40],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 5 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 2, bottom: 3, right: 2 },
        { top: 2, left: 3, bottom: 3, right: 3 },
        { top: 2, left: 4, bottom: 2, right: 5 },
      ],
      freezeRows: 3,
      validations: [dropdown(lists.towns, 2, 4, pairingLast, lists.error), dropdown(lists.types, 3, 4, pairingLast, lists.error)],
    },
    {
      key: 'fund',
      name: guideSheets.fund,
      rows: fund,
      widths: [6, 12, 8, 12, 12, 12, 12, 12, 12],
      merges: [
        { top: 1, left: 1, bottom: 1, right: 9 },
        ...[1, 2, 3, 4].map((c) => ({ top: 3, left: c, bottom: 5, right: c })),
        { top: 3, left: 5, bottom: 3, right: 9 },
        { top: 4, left: 5, bottom: 5, right: 5 },
        { top: 4, left: 6, bottom: 5, right: 6 },
        { top: 4, left: 7, bottom: 4, right: 9 },
      ],
      freezeRows: 5,
      validations: fundValidations,
    },
    ...recordSheets(profile, lang, lists),
    // The user's to edit: a check reads it back (profile/sheet.ts), so it is not marked as the product's.
    { ...renderParams(profile, lang), key: 'params' },
  ];
  return [renderGuide(guide), ...sheets];
}
