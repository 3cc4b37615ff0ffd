import type { CellValue } from "../../../src/core/cellValue";
import type { FixtureWorkbook } from "../../workbook/gatewayHarness";

// Builtins bound once: global look-ups are slow inside jest's sandbox, and this runs millions of times.
const { floor, imul, round } = Math;

/** mulberry32: small, fast, seeded; the same seed gives the same workbook everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳解强丛华车冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙计喻揭窦迟宇敖糜鄢冷卓花艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僧桑荆谌银扬明沙薄伏岑习胥保和蔺".split(
    "",
  );
const GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建华文辉鑫宇浩然子涵欣怡梓萱一诺思远晓东海燕春梅志强丹丹".split(
  "",
);
const ORGS = [
  "国家发展和改革委员会",
  "北京市海淀区人民政府",
  "上海交通大学",
  "中国科学院计算技术研究所",
  "深圳市某某科技有限公司",
  "浙江省卫生健康委员会",
  "中国建设银行股份有限公司北京分行",
  "广州日报社",
  "清华大学出版社",
  "四川省成都市教育局",
  "中国移动通信集团有限公司",
  "华东师范大学",
];
const TITLES = [
  "主任",
  "副主任",
  "处长",
  "副处长",
  "科长",
  "科员",
  "教授",
  "副教授",
  "研究员",
  "总经理",
  "副总经理",
  "记者",
  "工程师",
  "秘书长",
  "院长",
];
const ROLES = ["出席", "出席", "出席", "列席", "嘉宾", "讲师", "工作人员"];
const STATUS = ["已确认", "已确认", "已确认", "待确认", "请假", "取消"];
const BADGES = ["出席证", "列席证", "工作证"];
const HOTELS = ["国际会议中心酒店", "友谊宾馆", "京西宾馆"];
const ROOM_TYPES = ["大床房", "标准间", "套房"];
const CUSTOMS = ["", "", "", "", "清真", "素食", "不吃辣"];
const TRAINS = ["G102", "G1", "D315", "MU5101", "CA1831", "CZ3101", "自驾", ""];

export const ROSTER_HEADERS = [
  "编号",
  "姓名",
  "性别",
  "单位",
  "职务",
  "排序",
  "身份",
  "VIP",
  "回执",
  "电话",
  "邮箱",
  "证件类型",
  "抵达时间",
  "抵达车次航班",
  "返程时间",
  "需住宿",
  "酒店",
  "房型",
  "房号",
  "同住人",
  "生活习俗",
  "分组",
  "主席台",
  "同行",
  "不同桌",
  "桌号",
  "座位",
  "锁定",
  "备注",
  "身份证号",
];

/** Serial of 2026-05-20, the meeting's first day. */
const DAY1 = 46162;

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[floor(rnd() * xs.length)];
}

function digits(rnd: () => number, n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += (rnd() * 10) | 0;
  return s;
}

function name(rnd: () => number): string {
  return pick(rnd, SURNAMES) + pick(rnd, GIVEN) + (rnd() < 0.6 ? pick(rnd, GIVEN) : "");
}

export function rosterRows(count: number, seed = 20260520): CellValue[][] {
  const rnd = seededRandom(seed);
  const rows: CellValue[][] = [ROSTER_HEADERS];
  for (let i = 0; i < count; i++) {
    const needsHotel = rnd() < 0.7;
    const hotelIndex = floor(rnd() * HOTELS.length);
    rows.push([
      `A${`${i + 1}`.padStart(5, "0")}`,
      name(rnd),
      rnd() < 0.55 ? "男" : "女",
      pick(rnd, ORGS),
      pick(rnd, TITLES),
      i + 1,
      pick(rnd, ROLES),
      rnd() < 0.05 ? "是" : "否",
      pick(rnd, STATUS),
      `1${pick(rnd, ["3", "5", "8"])}${digits(rnd, 9)}`,
      `u${i + 1}@example.cn`,
      pick(rnd, BADGES),
      DAY1 - 1 + round(rnd() * 48) / 48,
      pick(rnd, TRAINS),
      DAY1 + 2 + round(rnd() * 48) / 48,
      needsHotel ? "是" : "否",
      needsHotel ? HOTELS[hotelIndex] : "",
      needsHotel ? pick(rnd, ROOM_TYPES) : "",
      needsHotel && rnd() < 0.5 ? `${1 + floor(rnd() * 20)}${digits(rnd, 2)}` : "",
      needsHotel && rnd() < 0.2 ? name(rnd) : "",
      pick(rnd, CUSTOMS),
      `第${1 + floor(rnd() * 30)}组`,
      i < 15 ? "是" : "否",
      "",
      rnd() < 0.01 ? name(rnd) : "",
      rnd() < 0.3 ? 1 + floor(rnd() * 100) : "",
      rnd() < 0.3 ? 1 + floor(rnd() * 10) : "",
      rnd() < 0.02 ? "是" : "否",
      rnd() < 0.05 ? "需要接站" : "",
      `${pick(rnd, ["110", "310", "440", "510"])}${digits(rnd, 3)}19${digits(rnd, 2)}0${1 + floor(rnd() * 9)}1${floor(rnd() * 9)}${digits(rnd, 3)}${rnd() < 0.1 ? "X" : digits(rnd, 1)}`,
    ]);
  }
  return rows;
}

/** The five input sheets of a conference with `attendees` people. */
export function conferenceWorkbook(attendees: number, seed = 20260520): FixtureWorkbook {
  const rnd = seededRandom(seed + 1);
  const budget: CellValue[][] = [["类别", "项目", "预算金额", "已承诺", "实际金额", "审批人", "发票号", "付款状态", "备注"]];
  const categories = [
    "会议厅费",
    "讲师食住行费",
    "讲课费",
    "工作人员费用",
    "广告制作费",
    "资料制作费",
    "水费",
    "不可预计费用",
    "餐饮",
    "住宿",
    "交通",
    "设备租赁",
  ];
  categories.forEach((c, i) => {
    for (let j = 0; j < 3; j++) {
      const planned = 1000 * (1 + floor(rnd() * 200));
      budget.push([
        c,
        `${c}-${j + 1}`,
        planned,
        round(planned * rnd()),
        round(planned * rnd() * 1.1),
        name(rnd),
        `FP2026${digits(rnd, 6)}`,
        pick(rnd, ["未付", "已付", "部分付款"]),
        i % 4 === 0 ? "需复核" : "",
      ]);
    }
  });
  const tasks: CellValue[][] = [["编号", "阶段", "任务", "负责人", "小组", "截止时间", "状态", "依赖", "备注"]];
  for (let i = 0; i < 60; i++) {
    tasks.push([
      `T${i + 1}`,
      pick(rnd, ["会前", "会中", "会后"]),
      `任务${i + 1}：${pick(rnd, ["发通知", "订酒店", "布置会场", "制作证件", "安排车辆", "整理纪要"])}`,
      name(rnd),
      pick(rnd, ["策划布置组", "会务组", "接待组", "宣传组"]),
      DAY1 - 30 + i,
      pick(rnd, ["未开始", "进行中", "已完成", "受阻"]),
      i > 0 && rnd() < 0.3 ? `T${i}` : "",
      "",
    ]);
  }
  return {
    sheets: [
      {
        name: "会议信息",
        rows: [
          ["项目", "内容"],
          ["会议名称", "2026年全国会务工作研讨会"],
          ["开始时间", DAY1 + 0.375],
          ["结束时间", DAY1 + 2.75],
          ["会议地点", "北京国际会议中心 二层 大会堂"],
          ["主持人", "王伟"],
          ["预算总额", 2_000_000],
          ["币种", "CNY"],
          ["座次惯例", "中式"],
          ["每桌人数", 10],
        ],
      },
      { name: "参会人员", rows: rosterRows(attendees, seed) },
      { name: "预算", rows: budget },
      { name: "任务", rows: tasks },
      {
        name: "酒店",
        rows: [
          ["酒店", "房型", "房间数", "床位", "价格", "截止日期"],
          ...HOTELS.flatMap((h) => ROOM_TYPES.map((t, j): CellValue[] => [h, t, 1000 + 300 * j, j === 1 ? 2 : 1, 480 + 200 * j, DAY1 - 7])),
        ],
      },
    ],
  };
}

export const INPUT_SHEETS = ["会议信息", "参会人员", "预算", "任务", "酒店"];
