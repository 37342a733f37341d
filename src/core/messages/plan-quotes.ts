/**
 * The plan's own sentences (紫金县乡村振兴驻镇帮镇扶村工作方案), copied here so that the product can quote the clause a
 * finding rests on (「依据」) without reading the plan file. zh-CN is the plan's text; en-US a faithful rendering.
 */
import type { Lang } from './lang';

export type QuoteKey =
  | 'fund'
  | 'factors'
  | 'pairing'
  | 'annex'
  | 'teamSize'
  | 'leader'
  | 'member'
  | 'firstSecretary'
  | 'talent'
  | 'village'
  | 'meetings'
  | 'none';

export const PLAN_QUOTES: Record<QuoteKey, { clause: string } & Record<Lang, string>> = {
  fund: {
    clause: '四（十一）',
    'zh-CN':
      '2021—2025 年，省将对 16 个镇按照平均每个镇每年 2000 万元的标准筹集资金，由广东省、深圳市、河源市按照 6∶3∶1 比例分担，其中河源市配套资金按河源市、紫金县 2∶8 的比例予以落实。',
    'en-US':
      'In 2021–2025 the province raises funds for the 16 towns at an average of 20 million yuan (2000 万元) per town per year, shared by Guangdong Province, Shenzhen and Heyuan in the ratio 6 : 3 : 1; Heyuan’s part is met by Heyuan city and Zijin county in the ratio 2 : 8.',
  },
  factors: {
    clause: '四（十一）',
    'zh-CN': '筹集资金将由我县结合各镇面积、人口、行政村数量、脱贫人口以及美丽乡村风貌带、高速公路沿线等因素统筹使用。',
    'en-US':
      'The county uses the funds raised as a whole, taking into account each town’s area, population, number of administrative villages, population lifted out of poverty, scenic rural belts, location along expressways and other factors.',
  },
  pairing: {
    clause: '二（二）',
    'zh-CN':
      '将全县 16 个镇分为两类。第一类重点帮扶镇 11 个，其中深圳市单位组团帮扶的镇 8 个、河源市直单位组团帮扶的镇 3 个。第二类巩固提升镇 5 个，由县单位组团帮扶。',
    'en-US':
      'The county’s 16 towns are in two classes: 11 key-assistance towns (重点帮扶镇), 8 assisted by groups of Shenzhen units and 3 by groups of Heyuan city units; and 5 consolidation towns (巩固提升镇), assisted by groups of county units.',
  },
  annex: {
    clause: '附件',
    'zh-CN': '附件：紫金县驻镇帮镇扶村结对安排表（序号、被帮扶镇、帮扶类型、驻镇工作团队：牵头单位、成员单位）。',
    'en-US': 'Annex: the Zijin county pairing table (no., assisted town, type, town team: lead unit, member units).',
  },
  teamSize: {
    clause: '二（一）',
    'zh-CN': '选派优秀干部、年轻干部驻镇帮扶，原则上每个工作队不少于 5 人、每 3 年轮换一次，采取分批次滚动轮换方式进行。',
    'en-US':
      'Able and young cadres are sent to the towns; in principle each team has at least 5 members and is rotated every 3 years, in rolling batches.',
  },
  leader: {
    clause: '二（一）',
    'zh-CN': '驻镇帮扶工作队队长必须是中共正式党员，县组团的由牵头单位副科级以上干部担任，驻镇帮扶工作队队长挂任被帮扶镇党委副书记。',
    'en-US':
      'The team leader must be a full member of the Communist Party of China; for county-unit teams, a cadre of the lead unit at deputy section level (副科级) or above; the team leader serves as deputy party secretary of the assisted town.',
  },
  member: {
    clause: '二（一）',
    'zh-CN': '队员原则上应为中共党员，由组团各单位在编人员担任。',
    'en-US': 'Team members should in principle be party members, and are staff on the establishment (在编) of the group’s units.',
  },
  firstSecretary: {
    clause: '二（一）',
    'zh-CN': '向创建乡村振兴示范村、红色村、集体经济薄弱村、软弱涣散村等重点村持续选派驻村第一书记，并兼任驻镇帮扶工作队队员。',
    'en-US':
      'Key villages (model villages, red villages, villages with a weak collective economy, weak and lax villages) keep receiving a resident first secretary, who is also a member of the town team.',
  },
  talent: {
    clause: '四（十二）',
    'zh-CN': '向每个镇派驻 1 名以上农村科技特派员，为每个驻镇帮扶工作队安排 1—2 名“三支一扶”人员、2—3 名高校毕业生志愿者参与帮镇扶村工作。',
    'en-US':
      'Each town receives at least 1 rural science and technology commissioner; each town team gets 1–2 “three supports and one assistance” (三支一扶) staff and 2–3 graduate volunteers.',
  },
  village: {
    clause: '三（八）',
    'zh-CN': '持续推动村级集体经济发展壮大，2025 年全县所有行政村村集体经济年收入超过 15 万元，增强村级组织服务群众能力。',
    'en-US':
      'Village collective economies keep growing: by 2025 every administrative village of the county has a collective income above 150,000 yuan (15 万元) a year.',
  },
  meetings: {
    clause: '四（九）',
    'zh-CN': '县组团各单位每半年召开一次联席会议，每季度至少一次召开党组会议或班子会议专题研究帮扶工作。',
    'en-US':
      'Each county group unit holds a joint meeting every half year, and at least once a quarter a party-group or leadership meeting devoted to the assistance.',
  },
  none: {
    clause: '',
    'zh-CN': '（方案没有这一条：这是工作簿本身的问题，先解决它，方案的各项校验才能进行。）',
    'en-US': '(Not a clause of the plan: a problem of the workbook itself, to be solved before the plan’s checks can run.)',
  },
};
