/**
 * 规则参数: the profile as the sheet a user edits (DESIGN.md "The profile": the product can insert it pre-filled).
 * One row per parameter (参数 | 键 | 值 | 说明) and one `town` row per town; `readParamsSheet` reads it back to
 * the same profile. Values are text or numbers, and text is always written as text, never as a formula.
 */
import { ui, type Lang } from '../messages';
import { paramRowsFor, stringifyParam, stringifyTown, TOWN_ROW, type ParamRow, type Profile } from '../profile';
import type { OutCell, OutputSheet } from './grid';

export function renderParams(profile: Profile, lang: Lang): OutputSheet {
  const t = ui(lang);
  const text = (v: string, style: OutCell['style'] = 'text'): OutCell => ({ v, style });
  const value = (v: string | number | null): OutCell => (typeof v === 'number' ? { v } : text(v ?? ''));
  const line = (r: ParamRow, v: string | number | null): OutCell[] => [
    text(lang === 'en-US' ? r.en : r.zh),
    text(r.key),
    value(v),
    text(r.note),
  ];
  const rows: OutCell[][] = [
    [text(t.paramsTitle(profile.name), 'title')],
    [text(t.paramsNote, 'note')],
    [t.colParam, t.colKey, t.colValue, t.colNote].map((h) => text(h, 'header')),
  ];
  const all = paramRowsFor(profile);
  // Town rows follow the names of the county and city, before the other plan parameters.
  const townsAt = all.findIndex((r) => r.key === 'townAliases');
  all.forEach((r, i) => {
    if (i === townsAt) for (const town of profile.towns) rows.push(line(TOWN_ROW, stringifyTown(town, profile)));
    rows.push(line(r, stringifyParam(r, profile)));
  });
  return {
    name: t.paramsSheet,
    key: 'params',
    rows,
    widths: [28, 26, 60, 48],
    merges: [
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 1, bottom: 2, right: 4 },
    ],
    freezeRows: 3,
  };
}
