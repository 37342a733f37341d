/**
 * The built-in default profile: 紫金县乡村振兴驻镇帮镇扶村工作方案, 2021–2025, with its annex 结对安排表.
 * Every number of the plan lives here (RULES.md "Parameters of the plan").
 */
import type { Profile, Town } from './schema';

const town = (name: string, type: Town['type'], group: Town['group'], lead: string, members: string[]): Town => ({
  name,
  type,
  group,
  lead,
  members,
});

/** 附件 紫金县驻镇帮镇扶村结对安排表. */
const ANNEX: Town[] = [
  town('龙窝镇', 'key', 'shenzhen', '龙华区民治街道', ['龙华建设发展有限公司']),
  town('九和镇', 'key', 'shenzhen', '龙华区龙华街道', ['龙华投资控股发展有限公司']),
  town('紫城镇', 'key', 'shenzhen', '龙华区大浪街道', ['深圳市龙华人才安居有限公司']),
  town('蓝塘镇', 'key', 'shenzhen', '龙华区福城街道', ['龙华产业资本投资有限公司']),
  town('苏区镇', 'key', 'shenzhen', '龙华区观澜街道', ['深圳市龙华排水有限公司']),
  town('中坝镇', 'key', 'shenzhen', '深圳市中级人民法院', ['中国石化深圳石油分公司', '深圳改革开放干部学院', '龙华投资控股发展有限公司']),
  town('黄塘镇', 'key', 'shenzhen', '深圳市人民检察院', ['中国人民银行深圳市中心支行', '深圳市社会科学院', '龙华建设发展有限公司']),
  town('柏埔镇', 'key', 'shenzhen', '深圳市接待办', ['深圳银保监局', '深圳市创新投资集团有限公司']),
  town('敬梓镇', 'key', 'city', '市检察院', ['市文广旅体局', '市中医院']),
  town('水墩镇', 'key', 'city', '市人力资源社会保障局', ['市社保局', '河源技师学院']),
  town('义容镇', 'key', 'city', '市府办公室', ['市商务局', '市水务局']),
  town('凤安镇', 'consolidate', 'county', '县发改局', ['县农业农村局', '县林业局', '县烟草专卖局']),
  town('南岭镇', 'consolidate', 'county', '县公安局', ['县水务局', '县司法局', '人民银行紫金支行']),
  town('好义镇', 'consolidate', 'county', '县交通运输局', ['县委统战部', '县教育局', '县国资服务中心']),
  town('上义镇', 'consolidate', 'county', '县纪委监委', ['县财政局', '县自然资源局', '县卫健局']),
  town('瓦溪镇', 'consolidate', 'county', '县市场监督局', ['县民政局', '县住建局', '县供电局', '县人民医院']),
];

export const ZIJIN_PROFILE: Profile = {
  id: 'zijin-2021-2025',
  name: '紫金县驻镇帮镇扶村（2021—2025）',
  county: '紫金县',
  city: '河源市',
  countyEn: 'Zijin',
  cityEn: 'Heyuan',
  towns: ANNEX,
  townAliases: { 附城镇: '紫城镇', 乌石镇: '紫城镇' },
  outsideTowns: [
    { name: '临江镇', note: '已划归河源江东新区，不在本方案帮扶范围' },
    { name: '古竹镇', note: '已划归河源江东新区，不在本方案帮扶范围' },
  ],
  typeCounts: { key: 11, consolidate: 5, keyShenzhen: 8, keyCity: 3 },
  typeLabels: { key: ['重点帮扶镇', '重点'], consolidate: ['巩固提升镇', '巩固提升'] },
  years: { first: 2021, last: 2025 },
  standard: 2000,
  sources: [
    { key: 'province', ratio: 6 },
    { key: 'shenzhen', ratio: 3 },
    { key: 'heyuan', ratio: 1 },
  ],
  localSplit: [
    { key: 'heyuanCity', ratio: 2 },
    { key: 'county', ratio: 8 },
  ],
  tolerance: 0.01,
  unitLevels: {
    shenzhen: ['深圳', '龙华', '中国石化深圳', '中国人民银行深圳'],
    city: ['河源', '市'],
    county: ['紫金', '县'],
  },
  team: {
    minSize: 5,
    rotationYears: 3,
    leaderMinRank: '副科级',
    ranks: ['科员', '副主任科员', '主任科员', '副科级', '正科级', '副处级', '正处级', '副厅级', '正厅级'],
    techMin: 1,
    sanZhiYiFu: [1, 2],
    volunteers: [2, 3],
    keyVillageTypes: ['示范村', '红色村', '集体经济薄弱村', '软弱涣散村'],
  },
  village: { incomeThreshold: 15, fromYear: 2025 },
  meetings: { jointPerHalfYear: 1, partyPerQuarter: 1 },
  aliases: {
    town: ['镇', '镇名', '乡镇', '镇别', '被帮扶镇', '帮扶镇', '受帮扶镇', '镇（街）', '乡镇名称'],
    type: ['帮扶类型', '类型', '镇类型'],
    lead: ['牵头单位'],
    members: ['成员单位'],
    year: ['年度', '年份', '年'],
    total: ['合计', '总计', '小计', '总额', '资金总额', '帮扶资金', '安排资金', '金额'],
    province: ['省级', '省级资金', '省财政', '广东省', '省'],
    shenzhen: ['深圳市', '深圳', '深圳市级', '深圳市资金'],
    heyuan: ['河源市', '河源', '河源市合计'],
    heyuanCity: ['河源市级', '市级', '河源市本级'],
    county: ['紫金县级', '县级', '紫金县', '县级配套'],
    otherStreams: ['对口帮扶协作资金', '帮扶单位自筹', '社会捐赠', '镇村自筹', '自筹资金', '其他资金', '社会资金'],
    totalRows: ['合计', '总计'],
    subtotalRows: ['小计'],
  },
};
