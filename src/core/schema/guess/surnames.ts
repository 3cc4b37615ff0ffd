/**
 * Chinese surnames, for telling a personal name ("王芳") from other short text ("安排", "主任").
 * The single-character list is roughly the 350 most common by population; rarer surnames that
 * mostly start ordinary words (但, 由, 那, 都, 全, 国, 区) are left out on purpose.
 */

const SINGLE = [
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫阎段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤",
  "康易乔赖文施洪辛柳樊葛牛章温邢安齐庞颜殷倪聂伍申翟庄耿关兰焦鲁俞左甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游靳欧管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫",
  "费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝郜阚权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋云容敬扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸慕嵇湛宾戎勾茅揭尉冶束檀展昝奉衡尧",
].join("");

export const SINGLE_SURNAMES: ReadonlySet<string> = new Set(SINGLE);

export const COMPOUND_SURNAMES: readonly string[] = [
  "欧阳",
  "司马",
  "诸葛",
  "上官",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "夏侯",
  "令狐",
  "长孙",
  "宇文",
  "司徒",
  "司空",
  "端木",
  "独孤",
  "南宫",
  "西门",
  "轩辕",
  "澹台",
  "呼延",
  "闻人",
  "万俟",
  "申屠",
  "濮阳",
  "太史",
  "钟离",
  "宗政",
  "公冶",
  "赫连",
  "完颜",
  "拓跋",
  "百里",
  "东郭",
  "第五",
];

/** The surname a text starts with, compound ones first ("欧阳娜娜" is 欧阳 + 娜娜); undefined when none. */
export function leadingSurname(s: string): string | undefined {
  const compound = COMPOUND_SURNAMES.find((c) => s.startsWith(c));
  if (compound) return compound;
  return SINGLE_SURNAMES.has(s.charAt(0)) ? s.charAt(0) : undefined;
}
