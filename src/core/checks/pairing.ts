/**
 * Pairing table (结对安排表) — 二（二）, 附件: the 16 towns, their type (11 重点帮扶镇: 8 with Shenzhen units,
 * 3 with Heyuan city units; 5 巩固提升镇 with county units) and their lead and member units.
 */
import { toA1Range } from '../a1';
import { makeFinding, type Finding } from '../findings';
import type { Profile, Town, TownType } from '../profile';
import type { PairingTable } from '../recognise/tables';
import { normaliseName, townVariant } from '../recognise/vocabulary';
import { isCellError } from '../types';
import { resolveTown, unknownTownParams } from './towns';
import type { Check } from './registry';

/** 重点帮扶镇 / 巩固提升镇 and their accepted variants (重点, 巩固提升, spacing). */
export function readTownType(text: string, profile: Profile): TownType | undefined {
  // 重点帮扶 / 巩固提升 (no 镇) are the plan's types too (issue 10, 6).
  const stem = (s: string) => normaliseName(s).replace(/镇$/, '');
  const n = stem(text);
  if (profile.typeLabels.key.some((l) => stem(l) === n)) return 'key';
  if (profile.typeLabels.consolidate.some((l) => stem(l) === n)) return 'consolidate';
  return undefined;
}

/** The level of a unit by its name: a Shenzhen unit, a Heyuan city (市直) unit, or a county unit. */
export function unitLevel(unit: string, profile: Profile): Town['group'] | undefined {
  const n = normaliseName(unit);
  const hit = (words: readonly string[]) => words.some((w) => n.startsWith(w) || (w.length > 1 && n.includes(w)));
  if (hit(profile.unitLevels.shenzhen)) return 'shenzhen';
  if (hit(profile.unitLevels.county)) return 'county';
  if (hit(profile.unitLevels.city)) return 'city';
  return undefined;
}

/**
 * Splits a member-unit cell: 「县民政局、县住建局」, separated by ，；/, or one per line. A line break inside a unit's
 * name (「中国石化深圳石油分公\n司」, as a table pasted from the annex has it) is joined back when the lines make a
 * unit the profile knows: units equal once line breaks and spaces are removed are equal.
 */
export function splitUnits(text: string, profile?: Profile): string[] {
  const known = new Set<string>();
  for (const t of profile?.towns ?? []) for (const u of [t.lead, ...t.members]) known.add(normaliseName(u));
  const prefixOfKnown = (s: string) => [...known].some((k) => k.startsWith(s));
  const out: string[] = [];
  for (const piece of text.split(/[、，,;；/]+/)) {
    let buf = '';
    for (const line of piece
      .split(/[\n\r]+/)
      .map(normaliseName)
      .filter(Boolean)) {
      if (buf && (known.has(buf) || !prefixOfKnown(buf + line))) {
        out.push(buf);
        buf = line;
      } else buf += line;
    }
    if (buf) out.push(buf);
  }
  return out;
}

export function checkPairing(table: PairingTable, profile: Profile): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, string>();
  const counted = new Map<string, { type: TownType; group?: Town['group'] }>();
  const suggested = new Set<string>();
  const sheet = table.sheet;

  for (const row of table.rows) {
    for (const cell of [row.town, row.type, row.lead, row.members]) {
      if (cell && isCellError(cell.raw))
        out.push(makeFinding('WB-CELL-ERROR', cell.ref, { error: cell.raw.error }, { actual: cell.raw.error }));
    }
    if (isCellError(row.town.raw)) continue;
    const resolved = resolveTown(row.town.value, profile);
    // 「紫金县龙窝镇」, 「紫城镇（原附城镇）」: suggested as the plan town they stand for (vocabulary townVariant).
    const variant =
      resolved.kind === 'unknown' && !resolved.suggestion && !resolved.outside ? townVariant(row.town.value, profile) : undefined;
    const match = variant && resolved.kind === 'unknown' ? { ...resolved, suggestion: variant } : resolved;
    if (match.kind === 'unknown') {
      if (match.suggestion) suggested.add(match.suggestion);
      out.push(
        makeFinding('PAIR-TOWN-UNKNOWN', row.town.ref, unknownTownParams(match), {
          actual: row.town.value,
          ...(match.suggestion ? { expected: match.suggestion } : {}),
        }),
      );
      continue;
    }
    const plan = match.town;
    const first = seen.get(plan.name);
    if (first) {
      out.push(makeFinding('PAIR-TOWN-DUPLICATE', row.town.ref, { town: plan.name, firstCell: first }, { actual: plan.name }));
      continue;
    }
    seen.set(plan.name, `${sheet}!${toA1Range(row.town.ref.row, row.town.ref.col, row.town.ref.row, row.town.ref.col)}`);

    const typeLabel = (t: TownType) => profile.typeLabels[t][0];
    let type: TownType | undefined;
    if (row.type && !isCellError(row.type.raw)) {
      type = readTownType(row.type.value, profile);
      if (!type) {
        out.push(
          makeFinding(
            'PAIR-TYPE-INVALID',
            row.type.ref,
            { town: plan.name, type: row.type.value },
            { expected: typeLabel(plan.type), actual: row.type.value },
          ),
        );
      } else if (type !== plan.type) {
        out.push(
          makeFinding('PAIR-TYPE-MISMATCH', row.type.ref, { town: plan.name }, { expected: typeLabel(plan.type), actual: row.type.value }),
        );
      }
    }

    let group: Town['group'] | undefined;
    if (row.lead && !isCellError(row.lead.raw) && row.lead.value) {
      group = unitLevel(row.lead.value, profile);
      // The level is judged against the plan's type: a wrong type is its own finding (PAIR-TYPE-MISMATCH).
      const effective = plan.type;
      const fits = effective === 'key' ? group === 'shenzhen' || group === 'city' : group === 'county';
      if (group && !fits) {
        out.push(
          makeFinding(
            'PAIR-LEAD-LEVEL',
            row.lead.ref,
            { town: plan.name, unit: row.lead.value, type: typeLabel(effective) },
            { actual: row.lead.value },
          ),
        );
      }
      if (normaliseName(row.lead.value) !== normaliseName(plan.lead)) {
        out.push(
          makeFinding(
            'PAIR-LEAD-CHANGED',
            row.lead.ref,
            { town: plan.name, field: 'lead' },
            { expected: plan.lead, actual: row.lead.value },
          ),
        );
      }
    }
    if (row.members && !isCellError(row.members.raw)) {
      const units = splitUnits(row.members.value, profile);
      if (units.length === 0) {
        out.push(makeFinding('PAIR-MEMBERS-EMPTY', row.members.ref, { town: plan.name }, { expected: plan.members.join('、') }));
      } else {
        const planned = plan.members.map(normaliseName).sort().join('|');
        if (units.slice().sort().join('|') !== planned) {
          out.push(
            makeFinding(
              'PAIR-LEAD-CHANGED',
              row.members.ref,
              { town: plan.name, field: 'members' },
              { expected: plan.members.join('、'), actual: row.members.value },
            ),
          );
        }
      }
    }
    if (type) counted.set(plan.name, { type, ...(group ? { group } : {}) });
  }

  const townCol = table.columns.town!;
  const lastRow = table.rows.length ? table.rows[table.rows.length - 1].row : table.headerBottom;
  const townRange = {
    sheet,
    cell: toA1Range(table.headerBottom + 1, townCol.col, Math.max(lastRow, table.headerBottom + 1), townCol.col),
    row: table.headerBottom + 1,
    col: townCol.col,
  };
  for (const t of profile.towns) {
    // A town written another way is said once, on its cell, never again as a missing town (issue 10, 6).
    if (!seen.has(t.name) && !suggested.has(t.name))
      out.push(makeFinding('PAIR-TOWN-MISSING', townRange, { town: t.name }, { expected: t.name }));
  }

  // 二（二）: 11 重点帮扶镇 (8 Shenzhen-led + 3 Heyuan-led) and 5 巩固提升镇.
  // Counted when every plan town is listed once; with towns missing (each its own finding), still counted when
  // adding them cannot make it right: 12 重点帮扶镇 listed when the plan has 11 (issue 10, 16).
  const typeCol = table.columns.type;
  const tally = [...counted.values()];
  const over =
    tally.filter((v) => v.type === 'key').length > profile.typeCounts.key ||
    tally.filter((v) => v.type === 'consolidate').length > profile.typeCounts.consolidate;
  if (typeCol && counted.size > 0 && (over || profile.towns.every((t) => seen.has(t.name)))) {
    const where = {
      sheet,
      cell: toA1Range(table.headerBottom + 1, typeCol.col, Math.max(lastRow, table.headerBottom + 1), typeCol.col),
      row: table.headerBottom + 1,
      col: typeCol.col,
    };
    const values = [...counted.values()];
    const key = values.filter((v) => v.type === 'key').length;
    const consolidate = values.filter((v) => v.type === 'consolidate').length;
    const c = profile.typeCounts;
    const labels = profile.typeLabels;
    if (key !== c.key || consolidate !== c.consolidate) {
      out.push(
        makeFinding(
          'PAIR-TYPE-COUNT',
          where,
          { what: 'types' },
          {
            expected: `${labels.key[0]} ${c.key}、${labels.consolidate[0]} ${c.consolidate}`,
            actual: `${labels.key[0]} ${key}、${labels.consolidate[0]} ${consolidate}`,
          },
        ),
      );
    } else if (table.columns.lead) {
      const sz = values.filter((v) => v.type === 'key' && v.group === 'shenzhen').length;
      const city = values.filter((v) => v.type === 'key' && v.group === 'city').length;
      if (sz !== c.keyShenzhen || city !== c.keyCity) {
        out.push(
          makeFinding(
            'PAIR-TYPE-COUNT',
            where,
            { what: 'groups' },
            { expected: `${c.keyShenzhen} + ${c.keyCity}`, actual: `${sz} + ${city}` },
          ),
        );
      }
    }
  }
  return out;
}

/** The registry entry: every pairing table of the workbook. */
export const pairingCheck: Check = {
  id: 'pairing',
  codes: [
    'PAIR-TOWN-UNKNOWN',
    'PAIR-TOWN-DUPLICATE',
    'PAIR-TOWN-MISSING',
    'PAIR-TYPE-INVALID',
    'PAIR-TYPE-MISMATCH',
    'PAIR-TYPE-COUNT',
    'PAIR-LEAD-LEVEL',
    'PAIR-LEAD-CHANGED',
    'PAIR-MEMBERS-EMPTY',
    'WB-CELL-ERROR',
  ],
  run: (ctx) => ctx.rec.pairing.flatMap((t) => checkPairing(t, ctx.profile)),
};
