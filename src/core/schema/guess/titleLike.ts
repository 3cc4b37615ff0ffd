/**
 * Job titles: 主任, 市财政局副局长, 高级工程师, Senior Engineer, Head of Finance, Vice-Chair.
 * A two-character title such as 主任 or 书记 is never read as a name.
 */

const SPACES = /\s+/g;
const HAN = /\p{Script=Han}/u;
/** Longer than this it is a sentence in a notes column, however it ends. */
const MAX_CHINESE_LENGTH = 20;

const TITLES = new Set([
  "主任",
  "副主任",
  "局长",
  "副局长",
  "处长",
  "科长",
  "书记",
  "副书记",
  "部长",
  "厅长",
  "院长",
  "校长",
  "所长",
  "经理",
  "总经理",
  "董事长",
  "主席",
  "秘书长",
  "教授",
  "副教授",
  "研究员",
  "工程师",
  "代表",
  "委员",
  "科员",
  "干事",
]);

/** Endings of titles: 副局长, 办公室主任, 党委书记, 财务经理, 客座教授, 科员, 高级工程师, 董事. */
const ENDINGS = [
  "长",
  "主任",
  "书记",
  "经理",
  "教授",
  "员",
  "师",
  "主席",
  "总监",
  "总裁",
  "顾问",
  "助理",
  "秘书",
  "代表",
  "干事",
  "董事",
  "理事",
  "监事",
  "专家",
  "院士",
  "干部",
  "负责人",
];

const ENGLISH = new RegExp(
  "\\b(?:head of|" +
    [
      "director",
      "manager",
      "professor",
      "chair",
      "chairman",
      "chairwoman",
      "chairperson",
      "president",
      "ceo",
      "cfo",
      "cto",
      "coo",
      "vp",
      "officer",
      "secretary",
      "engineer",
      "lecturer",
      "coordinator",
      "assistant",
      "deputy",
      "vice",
      "minister",
      "ambassador",
      "consul",
      "counsellor",
      "counselor",
      "consultant",
      "adviser",
      "advisor",
      "analyst",
      "specialist",
      "researcher",
      "scientist",
      "representative",
      "supervisor",
      "administrator",
      "editor",
      "reporter",
      "journalist",
      "teacher",
      "founder",
      "executive",
      "chief",
      "treasurer",
      "commissioner",
      "mayor",
      "governor",
    ].join("|") +
    ")\\b",
  "i",
);

function isChineseTitle(text: string): boolean {
  const s = text.replace(SPACES, "");
  if (TITLES.has(s)) return true;
  return [...s].length <= MAX_CHINESE_LENGTH && ENDINGS.some((e) => s.endsWith(e) && (e.length > 1 || s.length > 1));
}

export function isTitleLike(text: string): boolean {
  return (HAN.test(text) && isChineseTitle(text)) || ENGLISH.test(text);
}
