import type { CitySpec, FixedPerson, HotelSpec, OrgKind, OrgSpec } from "./types";

const GOV = "example.gov.cn";
const COM = "example.com.cn";
const EDU = "example.edu.cn";

function org(name: string, kind: OrgKind, head: string, deputy: string, others: string[], domain: string, origin?: string): OrgSpec {
  return { name, kind, head, deputy, others, domain, origin };
}

const DEPT_STAFF = ["处长", "副处长", "办公室主任", "科长", "四级调研员", "一级主任科员"];
const dept = (name: string, head: string) => org(name, "cityDept", head, `副${head}`, DEPT_STAFF, GOV);

const CITY_DEPTS: OrgSpec[] = [
  dept("市发展改革委", "主任"),
  dept("市教育局", "局长"),
  dept("市科技局", "局长"),
  dept("市工业和信息化局", "局长"),
  dept("市公安局", "局长"),
  dept("市民政局", "局长"),
  dept("市司法局", "局长"),
  dept("市财政局", "局长"),
  dept("市人力资源社会保障局", "局长"),
  dept("市自然资源和规划局", "局长"),
  dept("市生态环境局", "局长"),
  dept("市住房城乡建设局", "局长"),
  dept("市交通运输局", "局长"),
  dept("市水务局", "局长"),
  dept("市农业农村局", "局长"),
  dept("市商务局", "局长"),
  dept("市文化广电旅游局", "局长"),
  dept("市卫生健康委", "主任"),
  dept("市退役军人事务局", "局长"),
  dept("市应急管理局", "局长"),
  dept("市审计局", "局长"),
  dept("市市场监管局", "局长"),
  dept("市统计局", "局长"),
  dept("市医保局", "局长"),
  dept("市城管局", "局长"),
  dept("市数据局", "局长"),
  dept("市信访局", "局长"),
  dept("市国资委", "主任"),
  dept("市外办", "主任"),
  dept("市体育局", "局长"),
  dept("市地方金融管理局", "局长"),
  dept("市机关事务管理局", "局长"),
];

const DISTRICT_STAFF = ["区政府办公室主任", "区发展改革局局长", "科长", "一级主任科员"];
const DISTRICTS: OrgSpec[] = [
  org("滨江区人民政府", "district", "区长", "副区长", DISTRICT_STAFF, GOV),
  org("城东区人民政府", "district", "区长", "副区长", DISTRICT_STAFF, GOV),
  org("城西区人民政府", "district", "区长", "副区长", DISTRICT_STAFF, GOV),
  org("湖滨区人民政府", "district", "区长", "副区长", DISTRICT_STAFF, GOV),
  org("高新区管委会", "district", "主任", "副主任", ["办公室主任", "经济发展局局长", "科长"], GOV),
  org("经开区管委会", "district", "主任", "副主任", ["办公室主任", "招商局局长", "科长"], GOV),
];

const COUNTY_STAFF = ["县政府办公室主任", "县发展改革局局长", "县财政局局长", "科长"];
const county = (c: string) => org(`${c}人民政府`, "county", "县长", "副县长", COUNTY_STAFF, GOV, c);
const COUNTIES: OrgSpec[] = ["临江县", "青山县", "云溪县", "白沙县", "东湖县"].map(county);

const ENT_STAFF = ["副总经理", "办公室主任", "部门经理", "项目经理"];
const ent = (name: string) => org(name, "enterprise", "董事长", "总经理", ENT_STAFF, COM);
const ENTERPRISES: OrgSpec[] = [
  ent("市城市建设投资集团"),
  ent("市交通投资集团"),
  ent("市国有资本投资运营公司"),
  ent("市水务集团"),
  ent("市港务集团"),
  ent("市轨道交通集团"),
  org("国网市供电公司", "enterprise", "总经理", "副总经理", ["部门经理", "办公室主任"], COM),
  org("中国移动市分公司", "enterprise", "总经理", "副总经理", ["部门经理", "客户经理"], COM),
  org("中国银行市分行", "enterprise", "行长", "副行长", ["部门总经理", "客户经理"], COM),
  org("工商银行市分行", "enterprise", "行长", "副行长", ["部门总经理", "客户经理"], COM),
];

const INSTITUTES: OrgSpec[] = [
  org("市委党校", "institute", "常务副校长", "副校长", ["教授", "副教授", "处长"], EDU),
  org("市职业技术学院", "institute", "院长", "副院长", ["教授", "处长", "副教授"], EDU),
  org("市社会科学院", "institute", "院长", "副院长", ["研究员", "副研究员"], EDU),
  org("市规划设计研究院", "institute", "院长", "副院长", ["总规划师", "高级工程师"], COM),
];

const OUT_GOV = ["处长", "副处长", "一级主任科员"];
const OUT_COM = ["部门经理", "项目经理", "总监"];
const OUT_OF_TOWN: OrgSpec[] = [
  org("省财政厅", "outOfTown", "副厅长", "处长", OUT_GOV, GOV, "南京"),
  org("省交通运输厅", "outOfTown", "副厅长", "处长", OUT_GOV, GOV, "南京"),
  org("省商务厅", "outOfTown", "副厅长", "处长", OUT_GOV, GOV, "南京"),
  org("北京中科规划设计研究院", "outOfTown", "院长", "副院长", ["总规划师", "高级工程师"], COM, "北京"),
  org("上海浦江城市研究院", "outOfTown", "院长", "副院长", ["研究员", "副研究员"], COM, "上海"),
  org("深圳华景科技有限公司", "outOfTown", "董事长", "总经理", OUT_COM, COM, "深圳"),
  org("杭州云帆数据有限公司", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "杭州"),
  org("武汉光谷智能装备有限公司", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "武汉"),
  org("成都天府软件有限公司", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "成都"),
  org("西安秦川新材料有限公司", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "西安"),
  org("广州珠江物流集团", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "广州"),
  org("长沙湘江工程咨询有限公司", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "长沙"),
  org("合肥庐州新能源有限公司", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "合肥"),
  org("济南泉城建设集团", "outOfTown", "总经理", "副总经理", OUT_COM, COM, "济南"),
  org("郑州中原交通设计院", "outOfTown", "院长", "副院长", ["总工程师", "高级工程师"], COM, "郑州"),
];

export const ZH_ORGS: readonly OrgSpec[] = [...CITY_DEPTS, ...DISTRICTS, ...COUNTIES, ...ENTERPRISES, ...INSTITUTES, ...OUT_OF_TOWN];

export const ZH_KIND_WEIGHTS: Readonly<Record<OrgKind, number>> = {
  cityDept: 44,
  district: 14,
  county: 16,
  enterprise: 9,
  institute: 4,
  outOfTown: 13,
};

export const ZH_CITIES: readonly CitySpec[] = [
  { name: "本市", travel: [], idArea: "320506" },
  { name: "南京", travel: ["train"], idArea: "320106" },
  { name: "北京", travel: ["train", "flight"], idArea: "110105" },
  { name: "上海", travel: ["train"], idArea: "310104" },
  { name: "深圳", travel: ["flight"], idArea: "440304" },
  { name: "杭州", travel: ["train"], idArea: "330106" },
  { name: "武汉", travel: ["train", "flight"], idArea: "420106" },
  { name: "成都", travel: ["flight"], idArea: "510107" },
  { name: "西安", travel: ["flight", "train"], idArea: "610113" },
  { name: "广州", travel: ["flight"], idArea: "440106" },
  { name: "长沙", travel: ["train"], idArea: "430104" },
  { name: "合肥", travel: ["train"], idArea: "340104" },
  { name: "济南", travel: ["train"], idArea: "370102" },
  { name: "郑州", travel: ["train"], idArea: "410105" },
  { name: "临江县", travel: ["car"], idArea: "320581" },
  { name: "青山县", travel: ["car"], idArea: "320582" },
  { name: "云溪县", travel: ["car"], idArea: "320583" },
  { name: "白沙县", travel: ["car"], idArea: "320584" },
  { name: "东湖县", travel: ["car"], idArea: "320585" },
];

const M = "male" as const;
const F = "female" as const;

/** The nine leaders on the rostrum, most senior first. */
export const ZH_LEADERS: readonly FixedPerson[] = [
  { org: "市人民政府", title: "市长", gender: M, domain: GOV },
  { org: "市人民政府", title: "常务副市长", gender: M, domain: GOV },
  { org: "市人民政府", title: "副市长", gender: F, domain: GOV },
  { org: "市人民政府", title: "副市长", gender: M, domain: GOV },
  { org: "市人民政府", title: "副市长", gender: M, domain: GOV },
  { org: "市人大常委会", title: "副主任", gender: M, domain: GOV },
  { org: "市政协", title: "副主席", gender: F, domain: GOV },
  { org: "市人民政府", title: "秘书长", gender: M, domain: GOV },
  { org: "市人民政府办公室", title: "主任", gender: M, domain: GOV },
];

export const ZH_GUESTS: readonly FixedPerson[] = [
  { org: "省发展改革委", title: "副主任", origin: "南京", gender: M, domain: GOV },
  { org: "中国城市发展研究院", title: "院长", origin: "北京", gender: M, domain: EDU },
  { org: "长三角区域合作办公室", title: "副主任", origin: "上海", gender: F, domain: GOV },
];

export const ZH_SPEAKERS: readonly FixedPerson[] = [
  { org: "省社会科学院", title: "研究员", origin: "南京", gender: M, domain: EDU },
  { org: "北京城市规划研究院", title: "总规划师", origin: "北京", gender: F, domain: EDU },
  { org: "上海财经研究所", title: "研究员", origin: "上海", gender: M, domain: EDU },
  { org: "市委党校", title: "教授", gender: F, domain: EDU },
];

export const ZH_HOTELS: readonly HotelSpec[] = [
  {
    name: "滨江国际酒店",
    address: "滨江大道188号",
    notes: "协议价含双早，距会场步行5分钟",
    twin: { type: "标准间", beds: 2, rate: 480 },
    single: { type: "大床房", beds: 1, rate: 520 },
    suite: { type: "套房", beds: 1, rate: 980 },
  },
  {
    name: "市迎宾馆",
    address: "人民路66号",
    notes: "协议价含早，班车接送",
    twin: { type: "标准间", beds: 2, rate: 420 },
    single: { type: "单人间", beds: 1, rate: 380 },
  },
  {
    name: "锦华大酒店",
    address: "中山北路20号",
    notes: "协议价含早",
    twin: { type: "标准间", beds: 2, rate: 450 },
    single: { type: "大床房", beds: 1, rate: 460 },
  },
  {
    name: "湖畔宾馆",
    address: "湖滨路9号",
    notes: "协议价含早",
    twin: { type: "标准间", beds: 2, rate: 400 },
    single: { type: "单人间", beds: 1, rate: 360 },
  },
  {
    name: "新城假日酒店",
    address: "新城大道300号",
    notes: "协议价含早，班车接送",
    twin: { type: "标准间", beds: 2, rate: 430 },
    single: { type: "大床房", beds: 1, rate: 450 },
  },
  {
    name: "金桥商务酒店",
    address: "金桥路58号",
    notes: "协议价含早",
    twin: { type: "标准间", beds: 2, rate: 380 },
    single: { type: "单人间", beds: 1, rate: 340 },
  },
  {
    name: "江天大酒店",
    address: "沿江路1号",
    notes: "协议价含早，班车接送",
    twin: { type: "标准间", beds: 2, rate: 460 },
    single: { type: "大床房", beds: 1, rate: 480 },
  },
  {
    name: "东方宾馆",
    address: "解放路128号",
    notes: "协议价含早",
    twin: { type: "标准间", beds: 2, rate: 390 },
    single: { type: "单人间", beds: 1, rate: 350 },
  },
];
