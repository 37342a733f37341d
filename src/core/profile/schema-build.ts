/**
 * The profile's zod schemas (schema.ts has the types), in zod's small build (zod-config.ts). Required only when a
 * profile is checked (lazy.ts): zod is imported here as an ES module, so bundlers keep only the parts used, and
 * it starts only when needed.
 */
import '../zod-config';
import * as z from 'zod/mini';

export function buildProfileSchemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const positiveAmount = z.number().check(z.positive());

  /** 重点帮扶镇 (key) or 巩固提升镇 (consolidate) — 二（二）. */
  const TownTypeSchema = z.enum(['key', 'consolidate']);

  /** Which kind of unit leads a town's group — 二（二）: Shenzhen units, Heyuan city (市直) units, county (县) units. */
  const GroupSchema = z.enum(['shenzhen', 'city', 'county']);

  const TownSchema = z.object({
    name: text,
    type: TownTypeSchema,
    group: GroupSchema,
    lead: text,
    members: z.array(text),
  });

  const RatioPart = z.object({ key: text, ratio: z.int().check(z.positive()) });

  const ProfileSchema = z
    .object({
      id: text,
      name: text,
      /** The county and its city, as they appear in column names and labels (紫金县, 河源市). */
      county: text,
      city: text,
      /** Their names in English, for en-US labels (Zijin, Heyuan). */
      countyEn: z.optional(text),
      cityEn: z.optional(text),
      /** The towns of the plan, in plan order (附件). */
      towns: z.array(TownSchema).check(z.minLength(1)),
      /** Old names and short forms that stand for a plan town (附城镇 → 紫城镇). Never applied silently. */
      townAliases: z.record(z.string(), text),
      /** Towns of the area that are not in the plan, with the reason (临江镇: 河源江东新区). */
      outsideTowns: z.array(z.object({ name: text, note: text })),
      /** How many towns of each type and group the plan has — 二（二）. */
      typeCounts: z.object({
        key: z.int().check(z.nonnegative()),
        consolidate: z.int().check(z.nonnegative()),
        keyShenzhen: z.int().check(z.nonnegative()),
        keyCity: z.int().check(z.nonnegative()),
      }),
      /** The words for each type; the first is the canonical one. */
      typeLabels: z.object({ key: z.array(text).check(z.minLength(1)), consolidate: z.array(text).check(z.minLength(1)) }),
      /** Fund years, inclusive — 四（十一）. */
      years: z.object({ first: z.int(), last: z.int() }),
      /** Average amount per town per year in 万元 — 四（十一）. */
      standard: positiveAmount,
      /** 省 : 深圳 : 河源 — keys province / shenzhen / heyuan, in this order (ties go to the first). */
      sources: z.array(RatioPart).check(z.length(3)),
      /** 河源市's part split 市级 : 县级 — keys heyuanCity / county. */
      localSplit: z.array(RatioPart).check(z.length(2)),
      /** Comparison tolerance in 万元 (RULES.md: default 0.01 万元). */
      tolerance: z.number().check(z.nonnegative()),
      /** Words that mark a unit as Shenzhen's, the city's (市直) or the county's, for PAIR-LEAD-LEVEL. */
      unitLevels: z.object({
        shenzhen: z.array(text),
        city: z.array(text),
        county: z.array(text),
      }),
      team: z.object({
        minSize: z.int().check(z.positive()),
        rotationYears: z.number().check(z.positive()),
        /** The lowest rank a county-unit team's leader may hold (二（一）: 副科级以上); one of the names in `ranks`. */
        leaderMinRank: text,
        /**
         * Ranks from lowest to highest. Each entry is one level: names of the same level separated by '/'
         * (职务与职级并行: 四级主任科员 and 三级主任科员 stand level with 副科级).
         */
        ranks: z.array(text).check(z.minLength(1)),
        techMin: z.int().check(z.nonnegative()),
        sanZhiYiFu: z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]),
        volunteers: z.tuple([z.int().check(z.nonnegative()), z.int().check(z.nonnegative())]),
        keyVillageTypes: z.array(text),
      }),
      /** 三（八）: by `fromYear` every village's collective income is above `incomeThreshold` 万元 a year. */
      village: z.object({ incomeThreshold: z.number().check(z.nonnegative()), fromYear: z.int() }),
      /** 四（九）: joint meetings per half year and party-group or leadership meetings per quarter, at least. */
      meetings: z.object({ jointPerHalfYear: z.int().check(z.nonnegative()), partyPerQuarter: z.int().check(z.nonnegative()) }),
      /** 四（十一）: how far (万元) a town's amount may be from its factor-method amount before ALLOC-DEVIATION. */
      /** `allocTolerance`: a town's own ALLOC-DEVIATION only beyond this share of its what-if amount (RULES.md "Additions"). */
      allocation: z.object({ tolerance: z.number().check(z.nonnegative()), allocTolerance: z.number().check(z.gte(0), z.lte(10)) }),
      /** Column-name aliases (RULES.md "How tables are recognised"); the profile can add more. */
      aliases: z.object({
        town: z.array(text),
        type: z.array(text),
        lead: z.array(text),
        members: z.array(text),
        year: z.array(text),
        total: z.array(text),
        province: z.array(text),
        shenzhen: z.array(text),
        heyuan: z.array(text),
        heyuanCity: z.array(text),
        county: z.array(text),
        /** Other money streams, reported and left out of the pool (FUND-OTHER-STREAM). */
        otherStreams: z.array(text),
        /** Row labels of total rows and of subtotal rows. */
        totalRows: z.array(text),
        subtotalRows: z.array(text),
      }),
      /** Column names of the sheets of 二（一）, 三（八）, 四（九） and the factor sheet of 四（十一）. */
      sheetAliases: z.object({
        name: z.array(text),
        role: z.array(text),
        party: z.array(text),
        rank: z.array(text),
        staff: z.array(text),
        since: z.array(text),
        category: z.array(text),
        unit: z.array(text),
        post: z.array(text),
        village: z.array(text),
        villageType: z.array(text),
        income: z.array(text),
        date: z.array(text),
        meetingType: z.array(text),
        topic: z.array(text),
        factors: z.record(z.string(), z.array(text)),
        weightRow: z.array(text),
      }),
      /** Words that classify people, posts and meetings. */
      words: z.object({
        leader: z.array(text),
        firstSecretary: z.array(text),
        fullMember: z.array(text),
        probationary: z.array(text),
        party: z.array(text),
        staff: z.array(text),
        tech: z.array(text),
        sanZhiYiFu: z.array(text),
        volunteer: z.array(text),
        leaderPost: z.array(text),
        jointMeeting: z.array(text),
        partyMeeting: z.array(text),
        /** A party-group or leadership meeting counts when its topic names the assistance (专题研究帮扶工作). */
        assistanceTopic: z.array(text),
        yes: z.array(text),
        no: z.array(text),
      }),
      /**
       * Factor weights for the what-if allocation (四（十一）), keyed like `sheetAliases.factors` (area, population …):
       * never invented; from a 规则参数 sheet, a 权重 row of the factor sheet, or a profile file.
       */
      weights: z.optional(z.record(z.string(), z.number().check(z.nonnegative()))),
      /** ISO date the time-based checks use; today when absent. */
      checkDate: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    })
    .check(
      z.superRefine((p, ctx) => {
        if (p.years.first > p.years.last) ctx.addIssue({ code: 'custom', path: ['years'], message: 'first > last' });
        const names = new Set<string>();
        p.towns.forEach((t, i) => {
          if (names.has(t.name)) ctx.addIssue({ code: 'custom', path: ['towns', i, 'name'], message: `duplicate town ${t.name}` });
          names.add(t.name);
        });
        const keys = p.sources.map((s) => s.key).join(',');
        if (keys !== 'province,shenzhen,heyuan')
          ctx.addIssue({ code: 'custom', path: ['sources'], message: 'keys must be province, shenzhen, heyuan' });
        const local = p.localSplit.map((s) => s.key).join(',');
        if (local !== 'heyuanCity,county')
          ctx.addIssue({ code: 'custom', path: ['localSplit'], message: 'keys must be heyuanCity, county' });
      }),
    );
  return { TownTypeSchema, GroupSchema, TownSchema, ProfileSchema };
}
