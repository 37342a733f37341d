/**
 * A blank, correctly laid out workbook to start from (新建模板): the pairing table prefilled from the plan's
 * annex (附件), and a fund sheet with every plan town and year and empty amounts, laid out as the recogniser
 * expects (title, 单位 line, merged two-row header, 合计 rows). These are the user's sheets to fill in, not the
 * product's: a host inserts them only where no sheet has their names.
 */
import type { Profile } from '../profile';
import type { OutCell, OutputSheet } from './grid';

export interface TemplateSheet extends Omit<OutputSheet, 'key'> {
  key: 'pairing' | 'fund';
}

const t = (v: string, style: OutCell['style'] = 'text'): OutCell => ({ v, style });

export function renderTemplate(profile: Profile): TemplateSheet[] {
  const pairing: OutCell[][] = [
    [t(`${profile.county}驻镇帮镇扶村结对安排表`, 'title')],
    [t('序号', 'header'), t('被帮扶镇', 'header'), t('帮扶类型', 'header'), t('驻镇工作团队', 'header'), t('', 'header')],
    [t('', 'header'), t('', 'header'), t('', 'header'), t('牵头单位', 'header'), t('成员单位', 'header')],
    ...profile.towns.map((town, i) => [{ v: i + 1 }, t(town.name), t(profile.typeLabels[town.type][0]), t(town.lead), t(town.members.join('、'))]),
  ];
  const fund: OutCell[][] = [
    [t(`${profile.county}驻镇帮镇扶村资金筹集表`, 'title')],
    [t('单位：万元', 'note')],
    [t('序号', 'header'), t('镇', 'header'), t('年度', 'header'), t('合计', 'header'), t('资金来源', 'header'), t('', 'header'), t('', 'header'), t('', 'header'), t('', 'header')],
    [t('', 'header'), t('', 'header'), t('', 'header'), t('', 'header'), t('省级', 'header'), t('深圳市', 'header'), t(profile.city, 'header'), t('', 'header'), t('', 'header')],
    [t('', 'header'), t('', 'header'), t('', 'header'), t('', 'header'), t('', 'header'), t('', 'header'), t('小计', 'header'), t('市级', 'header'), t('县级', 'header')],
  ];
  for (let y = profile.years.first; y <= profile.years.last; y++) {
    profile.towns.forEach((town, i) => fund.push([{ v: i + 1 }, t(town.name), { v: y }]));
    fund.push([t('合计', 'total'), { v: null }, { v: y }]);
  }
  return [
    {
      key: 'pairing',
      name: '结对安排表',
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
    },
    {
      key: 'fund',
      name: '资金筹集',
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
    },
  ];
}
