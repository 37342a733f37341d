/**
 * Meetings — 四（九）: 县组团各单位每半年召开一次联席会议，每季度至少一次召开党组会议或班子会议专题研究帮扶工作.
 * Per unit of the 会议记录 sheets, every calendar half year (MEET-JOINT) and quarter (MEET-PARTY) that lies within
 * the profile's years and the years the records' dates cover, and has ended before the check date, must hold at
 * least the profile's number of meetings (`profile.meetings`). The duty is the county group units' (县组团各单位):
 * a unit whose name marks it as a Shenzhen or Heyuan city unit (`unitLevels`) is not held to it; a unit whose level
 * the name does not tell is checked.
 */
import { parseDate, ymdNumber, type Ymd } from '../dates';
import { makeFinding, type Finding } from '../findings';
import type { Profile } from '../profile';
import type { RecordTable } from '../recognise/records';
import { unitLevel } from './pairing';
import { textOf } from '../recognise/records';
import type { CellRef } from '../types';
import type { Check } from './registry';

interface UnitRecord {
  unit: string;
  /** The unit cell of its first row: where its findings point. */
  ref: CellRef;
  joint: Map<number, number>;
  party: Map<number, number>;
}

const contains = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));

/** Half year (1, 2) and quarter (1–4) of a month. */
const halfOf = (m: number) => (m <= 6 ? 1 : 2);
const quarterOf = (m: number) => Math.ceil(m / 3);

/** The last day of a month, as a comparable yyyymmdd number. */
const endOf = (y: number, lastMonth: number) => y * 10000 + lastMonth * 100 + new Date(Date.UTC(y, lastMonth, 0)).getUTCDate();

/**
 * MEET-JOINT and MEET-PARTY for every unit of the meeting sheets. Rows whose date does not parse are skipped;
 * periods not yet over on `checkDate` are not demanded. Never throws.
 */
export function checkMeetings(meetings: readonly RecordTable[], profile: Profile, checkDate: Ymd): Finding[] {
  const { words } = profile;
  const units = new Map<string, UnitRecord>();
  let minYear = Infinity;
  let maxYear = -Infinity;
  for (const table of meetings) {
    if (table.kind !== 'meeting') continue;
    for (const r of table.rows) {
      const cell = r.cells.unit;
      const unit = textOf(cell);
      if (!cell || unit === '') continue;
      let u = units.get(unit);
      if (!u) {
        u = { unit, ref: cell.ref, joint: new Map(), party: new Map() };
        units.set(unit, u);
      }
      const date = parseDate(r.cells.date?.raw ?? null);
      if (!date) continue;
      minYear = Math.min(minYear, date.y);
      maxYear = Math.max(maxYear, date.y);
      const type = textOf(r.cells.meetingType);
      const topic = textOf(r.cells.topic);
      if (contains(type, words.jointMeeting)) {
        const k = date.y * 10 + halfOf(date.m);
        u.joint.set(k, (u.joint.get(k) ?? 0) + 1);
      }
      if (contains(type, words.partyMeeting) && (topic === '' || contains(topic, words.assistanceTopic))) {
        const k = date.y * 10 + quarterOf(date.m);
        u.party.set(k, (u.party.get(k) ?? 0) + 1);
      }
    }
  }
  const first = Math.max(profile.years.first, minYear);
  const last = Math.min(profile.years.last, maxYear);
  const today = ymdNumber(checkDate);
  const { jointPerHalfYear, partyPerQuarter } = profile.meetings;
  const out: Finding[] = [];
  for (const u of units.values()) {
    const level = unitLevel(u.unit, profile);
    if (level === 'shenzhen' || level === 'city') continue;
    for (let y = first; y <= last; y++) {
      for (const half of [1, 2] as const) {
        if (endOf(y, half * 6) >= today) continue;
        const found = u.joint.get(y * 10 + half) ?? 0;
        if (found < jointPerHalfYear) {
          out.push(
            makeFinding(
              'MEET-JOINT',
              u.ref,
              { unit: u.unit, year: y, half, required: jointPerHalfYear, found },
              { expected: `≥ ${jointPerHalfYear}`, actual: String(found) },
            ),
          );
        }
      }
      for (const quarter of [1, 2, 3, 4] as const) {
        if (endOf(y, quarter * 3) >= today) continue;
        const found = u.party.get(y * 10 + quarter) ?? 0;
        if (found < partyPerQuarter) {
          out.push(
            makeFinding(
              'MEET-PARTY',
              u.ref,
              { unit: u.unit, year: y, quarter, required: partyPerQuarter, found },
              { expected: `≥ ${partyPerQuarter}`, actual: String(found) },
            ),
          );
        }
      }
    }
  }
  return out;
}

/** The registry entry: meeting records of the county group units. */
export const meetingsCheck: Check = {
  id: 'meetings',
  codes: ['MEET-JOINT', 'MEET-PARTY'],
  run: (ctx) => checkMeetings(ctx.records('meeting'), ctx.profile, ctx.checkDate),
};
