/**
 * 驻镇帮扶工作队 — 二（一）: at least `team.minSize` cadres a team, rotated every `team.rotationYears` years; the
 * leader a full CPC member, of `leaderMinRank` or above in a county group (县组团), serving as the town's
 * 党委副书记; members CPC members (in principle) and 在编 staff of the group's units; a 驻村第一书记 for each key
 * village. 四（十二）: `techMin` 农村科技特派员 a town, and 三支一扶 / graduate volunteers within their ranges.
 * Every number comes from the profile.
 */
import { toA1Range } from '../a1';
import { addMonths, formatYmd, parseDate, yearsBetween, ymdNumber, type Ymd } from '../dates';
import { makeFinding, type Finding } from '../findings';
import type { Profile, Town } from '../profile';
import { textOf, type RecordRow, type RecordTable } from '../recognise/records';
import { normaliseName } from '../recognise/text';
import { isCellError, type CellRef, type CellValue, type Located } from '../types';
import { resolveTown } from './towns';
import { pushAll } from '../push-all';
import type { Check } from './registry';

/** What a roster row is: a cadre of the team, or one of the talents of 四（十二） (not counted as cadres). */
export type TeamRowKind = 'cadre' | 'tech' | 'sanZhiYiFu' | 'volunteer';

/** Shown as `actual` when a cell the rule needs is blank. */
const BLANK = '（未填写）';
/** 副队长 contains 队长 but is not the leader. */
const DEPUTY = '副';
/** Characters that negate 在编 right before it: 不在编, 非在编, 未在编, 无在编. */
const NEGATION = /[不非未无]$/;

type Cell = Located<CellValue> | undefined;

interface TownRoster {
  town: Town;
  rows: RecordRow[];
  /** Where the town's town cells are, for town-wide findings. */
  sheet: string;
  top: number;
  bottom: number;
  col: number;
}

const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(normaliseName(w)));
const usable = (c: Cell): c is Located<CellValue> => c !== undefined && !isCellError(c.raw);

/** The talent kind named by a category text (科技特派员, 三支一扶, 志愿者 after the profile's words). */
export function talentKind(category: string, profile: Profile): TeamRowKind {
  const w = profile.words;
  if (has(category, w.tech)) return 'tech';
  if (has(category, w.sanZhiYiFu)) return 'sanZhiYiFu';
  if (has(category, w.volunteer)) return 'volunteer';
  return 'cadre';
}

function rowKind(row: RecordRow, profile: Profile): TeamRowKind {
  const category = textOf(row.cells.category);
  // A roster without a category column sometimes puts 科技特派员 in the 队内职务 column.
  return talentKind(category || textOf(row.cells.role), profile);
}

const isLeader = (role: string, p: Profile) =>
  p.words.leader.some((w) => role.includes(normaliseName(w)) && !role.includes(DEPUTY + normaliseName(w)));
const isFirstSecretary = (role: string, p: Profile) => has(role, p.words.firstSecretary);

/**
 * The level of a rank in `team.ranks` (0 = lowest), or undefined when the text names none of them.
 * `rankLevel('四级主任科员')` → 1 with the Zijin profile; 「副科」 and 「副科级」 are the same level.
 */
export function rankLevel(text: string, profile: Profile): number | undefined {
  const n = normaliseName(text);
  if (!n) return undefined;
  const tries = [n, n.replace(/级$/, ''), `${n}级`];
  const i = profile.team.ranks.findIndex((level) =>
    level
      .split('/')
      .map(normaliseName)
      .some((name) => tries.includes(name)),
  );
  return i < 0 ? undefined : i;
}

/** 在编, and not 不在编 / 非在编 / 未在编: every occurrence of a staff word must be unnegated. */
export function saysInStaff(text: string, profile: Profile): boolean {
  for (const word of profile.words.staff.map(normaliseName)) {
    let at = text.indexOf(word);
    let found = false;
    while (at >= 0) {
      if (NEGATION.test(text.slice(0, at))) return false;
      found = true;
      at = text.indexOf(word, at + word.length);
    }
    if (found) return true;
  }
  return false;
}

/** Full CPC member: a full-member word, and no probationary word (中共预备党员 contains 党员 but is not full). */
const isFullMember = (party: string, p: Profile) => has(party, p.words.fullMember) && !has(party, p.words.probationary);

/** A range to expected text: [1, 2] → "1—2", [2, 2] → "2". */
const rangeText = ([lo, hi]: readonly [number, number]) => (lo === hi ? String(lo) : `${lo}—${hi}`);

function groupByTown(teams: readonly RecordTable[], profile: Profile): Map<string, TownRoster> {
  const out = new Map<string, TownRoster>();
  for (const table of teams) {
    for (const row of table.rows) {
      const cell = row.cells.town;
      if (!usable(cell)) continue;
      const m = resolveTown(textOf(cell), profile);
      if (m.kind !== 'plan') continue; // other checks report towns that are not the plan's
      let t = out.get(m.town.name);
      if (!t) {
        t = { town: m.town, rows: [], sheet: cell.ref.sheet, top: cell.ref.row, bottom: row.row, col: cell.ref.col };
        out.set(m.town.name, t);
      }
      t.rows.push(row);
      if (cell.ref.sheet === t.sheet) {
        t.top = Math.min(t.top, cell.ref.row);
        t.bottom = Math.max(t.bottom, row.row);
      }
    }
  }
  return out;
}

const townWhere = (t: TownRoster) => ({ sheet: t.sheet, cell: toA1Range(t.top, t.col, t.bottom, t.col), row: t.top, col: t.col });

/** The cell a person finding points at: `key`'s cell, else the name cell, else the town cell. */
function refOf(row: RecordRow, key: string): CellRef {
  return (row.cells[key] ?? row.cells.name ?? row.cells.town)!.ref;
}

/**
 * Checks the team rosters (`teams`, kind 'team') of 二（一） and 四（十二）, and the key villages of `villages`
 * (kind 'village') against the rosters' 驻村第一书记. Only towns that appear in a roster are checked.
 * `checkDate` is the day TEAM-ROTATION counts to.
 */
export function checkTeams(teams: readonly RecordTable[], villages: readonly RecordTable[], profile: Profile, checkDate: Ymd): Finding[] {
  if (teams.length === 0) return [];
  const out: Finding[] = [];
  const p = profile.team;
  const w = profile.words;
  const minLevel = rankLevel(p.leaderMinRank, profile);
  const hasColumn = (key: string) => teams.some((t) => t.columns[key] !== undefined);
  const rosters = groupByTown(teams, profile);

  for (const t of rosters.values()) {
    const town = t.town.name;
    const counts = { cadre: 0, tech: 0, sanZhiYiFu: 0, volunteer: 0 };
    for (const row of t.rows) {
      const kind = rowKind(row, profile);
      counts[kind]++;
      if (kind !== 'cadre') continue;
      const name = textOf(row.cells.name);
      const role = textOf(row.cells.role);
      const party = row.cells.party;
      if (isLeader(role, profile)) {
        if (usable(party) && !isFullMember(textOf(party), profile)) {
          out.push(
            makeFinding('TEAM-LEADER-PARTY', party.ref, { town, name }, { expected: w.fullMember[0], actual: textOf(party) || BLANK }),
          );
        }
        const rank = row.cells.rank;
        if (t.town.group === 'county' && minLevel !== undefined && (rank === undefined || usable(rank))) {
          const text = textOf(rank);
          const level = rankLevel(text, profile);
          if (level === undefined || level < minLevel) {
            out.push(
              makeFinding(
                'TEAM-LEADER-RANK',
                refOf(row, 'rank'),
                { town, name },
                { expected: `≥ ${p.leaderMinRank}`, actual: text || BLANK },
              ),
            );
          }
        }
        const post = row.cells.post;
        if ((post === undefined || usable(post)) && !has(textOf(post), w.leaderPost)) {
          out.push(
            makeFinding(
              'TEAM-LEADER-POST',
              refOf(row, 'post'),
              { town, name },
              { expected: w.leaderPost[0], actual: textOf(post) || BLANK },
            ),
          );
        }
      } else {
        // 二（一）: members are CPC members in principle (预备党员 count) and 在编 staff of the group's units.
        if (usable(party) && !has(textOf(party), w.party)) {
          out.push(makeFinding('TEAM-MEMBER-PARTY', party.ref, { town, name }, { expected: w.party[0], actual: textOf(party) || BLANK }));
        }
        const staff = row.cells.staff;
        if (usable(staff) && !saysInStaff(textOf(staff), profile)) {
          out.push(makeFinding('TEAM-MEMBER-STAFF', staff.ref, { town, name }, { expected: w.staff[0], actual: textOf(staff) || BLANK }));
        }
      }
      // 每 N 年轮换: due once the N-th anniversary of the posting is past, i.e. more than N years served.
      const since = row.cells.since;
      const from = usable(since) ? parseDate(since.raw) : null;
      if (since && from && ymdNumber(checkDate) > ymdNumber(addMonths(from, Math.round(p.rotationYears * 12)))) {
        out.push(
          makeFinding(
            'TEAM-ROTATION',
            since.ref,
            { town, name, years: yearsBetween(from, checkDate) },
            { expected: String(p.rotationYears), actual: formatYmd(from) },
          ),
        );
      }
    }

    const where = townWhere(t);
    if (counts.cadre < p.minSize)
      out.push(
        makeFinding(
          'TEAM-SIZE',
          where,
          { town, size: counts.cadre, min: p.minSize },
          { expected: `≥ ${p.minSize}`, actual: String(counts.cadre) },
        ),
      );
    if (counts.tech < p.techMin)
      out.push(makeFinding('TEAM-TECH', where, { town, count: counts.tech }, { expected: `≥ ${p.techMin}`, actual: String(counts.tech) }));
    const outside = (n: number, [lo, hi]: readonly [number, number]) => n < lo || n > hi;
    if (outside(counts.sanZhiYiFu, p.sanZhiYiFu)) {
      out.push(
        makeFinding(
          'TEAM-SANZHIYIFU',
          where,
          { town, count: counts.sanZhiYiFu },
          { expected: rangeText(p.sanZhiYiFu), actual: String(counts.sanZhiYiFu) },
        ),
      );
    }
    if (outside(counts.volunteer, p.volunteers)) {
      out.push(
        makeFinding(
          'TEAM-VOLUNTEERS',
          where,
          { town, count: counts.volunteer },
          { expected: rangeText(p.volunteers), actual: String(counts.volunteer) },
        ),
      );
    }
  }

  if (hasColumn('role')) pushAll(out, checkFirstSecretaries(rosters, villages, profile));
  return out;
}

/** 村委会 / 村 at the end of a village name are the same village: 上义村委会 = 上义村 = 上义. */
const villageKey = (s: string) => normaliseName(s).replace(/(村民委员会|村委会|村)$/, '');

/** 二（一）: every key village (示范村, 红色村 …) of a roster town has a 驻村第一书记 in that town's roster. */
function checkFirstSecretaries(rosters: Map<string, TownRoster>, villages: readonly RecordTable[], profile: Profile): Finding[] {
  const out: Finding[] = [];
  const served = new Set<string>();
  for (const t of rosters.values()) {
    for (const row of t.rows) {
      if (isFirstSecretary(textOf(row.cells.role), profile)) served.add(`${t.town.name}|${villageKey(textOf(row.cells.village))}`);
    }
  }
  const reported = new Set<string>();
  for (const table of villages) {
    for (const row of table.rows) {
      const { town: townCell, village, villageType } = row.cells;
      if (!usable(townCell) || !usable(village) || !usable(villageType)) continue;
      const m = resolveTown(textOf(townCell), profile);
      if (m.kind !== 'plan' || !rosters.has(m.town.name)) continue;
      const type = textOf(villageType);
      const name = textOf(village);
      if (!name || !has(type, profile.team.keyVillageTypes)) continue;
      const key = `${m.town.name}|${villageKey(name)}`;
      if (served.has(key) || reported.has(key)) continue;
      reported.add(key);
      out.push(makeFinding('TEAM-FIRST-SECRETARY', villageType.ref, { town: m.town.name, village: name, villageType: type }));
    }
  }
  return out;
}

/** The registry entry: team rosters and the key villages' 第一书记. */
export const teamsCheck: Check = {
  id: 'teams',
  codes: [
    'TEAM-SIZE',
    'TEAM-LEADER-PARTY',
    'TEAM-LEADER-RANK',
    'TEAM-LEADER-POST',
    'TEAM-MEMBER-PARTY',
    'TEAM-MEMBER-STAFF',
    'TEAM-ROTATION',
    'TEAM-TECH',
    'TEAM-SANZHIYIFU',
    'TEAM-VOLUNTEERS',
    'TEAM-FIRST-SECRETARY',
  ],
  run: (ctx) => checkTeams(ctx.records('team'), ctx.records('village'), ctx.profile, ctx.checkDate),
};
