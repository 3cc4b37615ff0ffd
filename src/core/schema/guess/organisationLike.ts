/**
 * Text that names an organisation: 市财政局, 北京大学（医学部）, 市委, Acme Ltd, University of
 * Oxford. Recognised by how such names end (Chinese) or by the words they contain (English).
 */

const HAN = /\p{Script=Han}/u;
const SPACES = /\s+/g;
// A trailing note in brackets, "北京大学（医学部）", does not change what the text names.
const TRAILING_BRACKETS = /[(（【[][^()（）【】[\]]*[)）】\]]$/;

/** Endings that make any text before them an organisation. */
const ENDINGS = [
  "有限公司",
  "委员会",
  "办公室",
  "幼儿园",
  "研究会",
  "基金会",
  "联合会",
  "促进会",
  "出版社",
  "电视台",
  "图书馆",
  "博物馆",
  "事务所",
  "银行",
  "支行",
  "分行",
  "总行",
  "医院",
  "协会",
  "学会",
  "商会",
  "工会",
  "政府",
  "街道",
  "社区",
  "大学",
  "学院",
  "中学",
  "小学",
  "公司",
  "集团",
  "中心",
  "报社",
];

/**
 * One-character endings: "财政局", "教务处". After a single character they are usually a form of
 * address ("王局", "李处"), so they need a longer text or a place before them ("市委", "区办").
 * 行 alone is left out: it ends given names (知行, 志行); banks end in 银行, 支行, 分行.
 */
const SHORT_ENDINGS = new Set("局委办厅院校部处科所站室馆厂署社");
const PLACE = /[市省县区州镇乡]/;
const MIN_SHORT_LENGTH = 3;

/** Well-known bodies named in two characters. */
const TWO_CHARACTER_BODIES = new Set([
  "党委",
  "纪委",
  "团委",
  "政协",
  "人大",
  "妇联",
  "科协",
  "文联",
  "侨办",
  "外办",
  "台办",
  "工行",
  "农行",
  "中行",
  "建行",
  "交行",
  "招行",
]);

const ENGLISH = new RegExp(
  "\\b(?:" +
    [
      "ltd",
      "limited",
      "inc",
      "llc",
      "llp",
      "plc",
      "gmbh",
      "co",
      "corp",
      "corporation",
      "company",
      "university",
      "college",
      "school",
      "academy",
      "council",
      "ministry",
      "department",
      "dept",
      "bureau",
      "institute",
      "association",
      "foundation",
      "society",
      "federation",
      "hospital",
      "bank",
      "group",
      "holdings",
      "agency",
      "authority",
      "office",
      "centre",
      "center",
      "committee",
      "commission",
      "embassy",
      "consulate",
      "government",
    ].join("|") +
    ")\\b",
  "i",
);

function isChineseOrganisation(text: string): boolean {
  const s = text.replace(SPACES, "").replace(TRAILING_BRACKETS, "");
  if (TWO_CHARACTER_BODIES.has(s)) return true;
  if (ENDINGS.some((e) => s.endsWith(e))) return true;
  const chars = [...s];
  if (chars.length < 2 || !SHORT_ENDINGS.has(chars[chars.length - 1])) return false;
  return chars.length >= MIN_SHORT_LENGTH || PLACE.test(chars[0]);
}

export function isOrganisationLike(text: string): boolean {
  return (HAN.test(text) && isChineseOrganisation(text)) || ENGLISH.test(text);
}
