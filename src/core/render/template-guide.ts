/**
 * 填表说明, the blank template's first sheet (issue 12 "A template that guides"): the general points, then one
 * row per sheet saying how to fill it in. Its text lives in the message catalog (messages/template-guide.ts).
 */
import type { Lang } from '../messages';
import { templateGuide, type GuideFacts, type TemplateGuide } from '../messages/template-guide';
import type { Profile } from '../profile';
import type { OutCell } from './grid';
import type { TemplateSheet } from './template';

export type { GuideFacts, TemplateGuide };

/** The guide's text for `profile`, the template's sheets named by `sheets`. */
export function guideFor(profile: Profile, lang: Lang, sheets: GuideFacts['sheets']): TemplateGuide {
  const county = (lang === 'en-US' ? profile.countyEn : undefined) ?? profile.county;
  return templateGuide(lang, {
    county,
    // The city is named as its column is (河源市), whatever the language.
    city: profile.city,
    towns: profile.towns.length,
    firstYear: profile.years.first,
    lastYear: profile.years.last,
    yes: profile.words.yes[0],
    no: profile.words.no[0],
    weightRow: profile.sheetAliases.weightRow[0],
    sheets,
  });
}

/** The 填表说明 sheet: title, the points (each across both columns), then 工作表 | 怎么填 rows. */
export function renderGuide(guide: TemplateGuide): TemplateSheet {
  const t = (v: string, style: OutCell['style'] = 'text'): OutCell => ({ v, style });
  const rows: OutCell[][] = [
    [t(guide.title, 'title')],
    ...guide.points.map((p, i) => [t(`${i + 1}. ${p}`, 'note')]),
    [t(guide.header[0], 'header'), t(guide.header[1], 'header')],
    ...guide.sheets.map(([sheet, how]) => [t(sheet), t(how)]),
  ];
  return {
    key: 'guide',
    name: guide.sheetName,
    rows,
    widths: [14, 120],
    merges: [{ top: 1, left: 1, bottom: 1, right: 2 }, ...guide.points.map((_, i) => ({ top: i + 2, left: 1, bottom: i + 2, right: 2 }))],
  };
}
