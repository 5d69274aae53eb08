/**
 * The default rule library (DOMAIN.md §4.3) as data. Patterns are written against normalized text
 * (half-width, simplified, no spaces between Chinese characters) and matched within one sentence
 * with flags `imu` (`^` and `$` are the sentence's edges). The cue patterns below are shared by
 * several rules and inlined into their data, which stays plain strings the rule library can edit.
 */
import type { ContextGate, Rule } from './schema';

/** A source a reader can check: [1], a journal, a dated publication. */
const CITATION = String.raw`\[\d+(?:[,\-–]\d+)*\]|et al|doi|pmid|《[^》]+》|(?:发表|刊登|刊发|发布)(?:于|在)|(?:19|20)\d{2}年[^。]{0,16}(?:发表|刊登|发布|研究|报告|指南|共识|试验|数据)|lancet|nejm|jama|bmj|柳叶刀|新英格兰医学杂志|期刊|杂志|学报`;
const NAMED_SOURCE = String.raw`世界卫生组织|世卫组织|\bwho\b|国家统计局|疾控中心|\bcdc\b|卫健委`;
const GUIDELINE = String.raw`指南|专家共识|诊疗规范|临床路径|推荐意见|一线(?:用药|治疗|药物)`;
/** Treatment-class wording (治疗首选鼻用激素) in a sentence that names no brand or product. */
const CLINICAL_FIRST_CHOICE = String.raw`^(?!.*(?:牌|品牌|本品|本产品|这款|该款|我们的)).*(?:(?:治疗|用药|药)[^。]{0,3}首选|首选(?:的)?[^,。]{0,4}(?:激素|抗生素|药物?|用药|疗法|治疗|方案|手术|检查))`;

/** A treatment or care practice called the best option, in a sentence that names no product. */
const CLINICAL_BEST = String.raw`^(?!.*(?:牌|品牌|本品|本产品|这款|该款|此款|我们的|产品|没有之一|的药)).*(?:喂养|治疗|疗法|干预|手术|锻炼|运动|戒烟|接种|筛查|护理|康复)[^,。]{0,6}(?:是|为)?(?:最佳(?:选择|方式|方案|方法)|效果最好|疗效最好|效果最佳|疗效最佳)`;

/** The sentence is about something sold: a product, a price, a purchase. */
const PRODUCT_CUE = String.raw`直播间|秒杀|限量|拍下|到手价|链接|[\u4e00-\u9fa5](?:膏|霜|丸)(?![^,。]{0,2}(?:患者|病))|神器|本品|该品|本产品|该产品|我们的|这款|此款|本款|该款|这个药|这种药|产品|品牌|牌|同款|系列|胶囊|颗粒|口服液|冲剂|软膏|药膏|贴剂|喷剂|保健品|营养品|钙片|购买|下单|抢购|专柜|旗舰店|正品|优惠|特价|价格|\d+元|本店|本院|我院|本药房|认准|指定|代言|力荐|倾情|强烈推荐|都在用|都在吃|金奖|评比|销量冠军|驰名商标|名牌|排行榜|冠军|认证|出品|好药|神药|必备|特供|专供|军供|监制|国宴|首长`;
const SALE_CUE = String.raw`出售|有售|卖|代购|有货|现货|出(?:几|一|两|\d|闲置|点|售)|转让|包邮|价格|\d+元|下单|渠道|无需处方|免处方|不用处方|批发|发货|特价|优惠|秒杀|私聊|私信|加微|微信|vx|qq`;
const HEALTH_FOOD_CUE = String.raw`(?:降压|降糖|降脂|养生|保健|排毒|减肥|清肠|护肝|养胃)(?:茶|酒|粉|丸|饮|贴)|保健品|保健食品|膳食补充剂|营养补充剂|营养品|蓝帽子?|益生菌|鱼油|蛋白粉|酵素|胶原蛋白|孢子粉|蜂胶|褪黑素|钙片|维生素片|代餐|固体饮料|压片糖果|养生茶|花草茶|原浆|枸杞|阿胶|燕窝|人参|虫草|灵芝|蜂蜜|氨糖|软骨素|辅酶q10|叶黄素|葡萄籽|螺旋藻|nmn|(?:这款|此款|本款|该款)[^,。]{0,4}(?:茶|饮品|饮料|食品|产品)`;
const RX_CUE = String.raw`处方药|\brx\b|℞|甲类(?:非处方药|otc)|降压药|降糖药|抗生素|消炎药|激素|阿莫西林|头孢|阿奇霉素|左氧氟沙星|二甲双胍|格列|阿卡波糖|胰岛素|他汀|沙坦|地平|普利|洛尔|氯吡格雷|华法林|利伐沙班|奥司他韦|恩替卡韦|替诺福韦|西地那非|他达拉非|司美格鲁肽|利拉鲁肽|达格列净|恩格列净|西格列汀`;
const CHILD_CUE = String.raw`增高|益智|补脑|孩子|儿童|宝宝|小朋友|学生|青少年|萌娃|童星|小学|中学|\d{1,2}岁(?:的)?(?:孩|宝|娃|童)`;
/** Ways of using a product, in a story: 吃了, 敷了. */
const USE_VERB = String.raw`吃|用|喝|服用|服|贴|涂|抹|泡|敷|戴|擦|喷|按|揉|练|试`;
const FIRST_PERSON_STORY = String.raw`我的(?!患者|病人|门诊|建议)|我(?:妈|爸|老公|老婆|奶奶|爷爷|姥姥|姥爷|外婆|外公|婆婆|公公|家|朋友|同事|闺蜜|邻居|表姐|姐|哥|弟|妹)|我(?:${USE_VERB})了|自从|俺|咱|家人|邻居|同事|闺蜜|亲戚|老伴|阿姨|大爷|大妈|大叔|宝妈|顾客|客户|用户|网友|老铁|姐妹们|亲测|亲身|感谢信|锦旗|见证|证言|好评|晒单|对比|现身说法|小编|亲自试|再也没|全好了|治好了|断根了|痊愈了`;
const OWN_INSTITUTION = String.raw`本院|我院|本中心|我中心|我们医院|我们诊所|本诊所|本门诊|医院|诊所|门诊部|医疗中心`;
const HEALTH_DATA = String.raw`患者|病人|病友|入院|就诊|结节|确诊|诊断|患有|罹患|病史|住院|化疗|手术|阳性|感染|癌|糖尿病|高血压|抑郁|hiv|艾滋|精神分裂|乙肝|病历|化验单|检查报告|体检报告|检验报告|报告单|诊断书|转氨酶|血糖|血压|\d{17}[\dx]`;
const SURNAME = String.raw`(?:欧阳|司马|诸葛|上官|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤])`;
const NOT_A_GIVEN_NAME = String.raw`(?!某|先生|女士|阿姨|大爷|大妈|奶奶|爷爷|老师|医生|姓|师傅|小姐)`;

/** A span of time or a dose count: 三天, 7天内, 一个疗程, 两盒. */
const DURATION = String.raw`(?:\d+|[一二两三四五六七八九十百半数几]+)个?(?:天|日|周|星期|个月|月|小时|分钟|疗程|次|贴|盒|瓶|剂|副|杯|袋|包|针|粒|片|颗|礼拜|暑假|寒假|假期)(?:内|之内|左右)?`;
/** What a promise delivers after a span of time (三天消肿, 十分钟就不疼了). */
const QUICK_RESULT = String.raw`见效|显效|治愈|治好|断根|除根|根治|逆转|消肿|止痛|止痒|止咳|退烧|不疼了?|不痛了?|不痒了?|全消|消失`;
/** A span of time proper, without dose counts: 三个月, 一礼拜. */
const TIME_SPAN = String.raw`(?:\d+|[一二两三四五六七八九十百半数几]+)个?(?:天|日|周|星期|礼拜|个月|月|疗程|暑假|寒假)`;
/**
 * Put at the end of a time-bound pattern: a user's past-tense story (用了三天就不痒了) is a testimonial
 * (AD-09), not a promise; the seller's own voice (用了我们的生发液，三个月长满新发) is a promise. Checked
 * only once a match is complete, so it costs nothing where nothing matches.
 */
const NOT_A_STORY = String.raw`(?<!(?:${USE_VERB})了(?!我们|本品|这款)[^。\n]{0,32})`;
/** Natural course, in a health article: 一般两周痊愈, 多数人一周左右就能自愈. */
const NATURAL_COURSE = String.raw`一般|通常|多数|大多|大部分|自限|自愈|可自行|会自行`;

const NOT_PROMO: ContextGate = { purposes: ['science', 'disease_education'] };
const PROMO: ContextGate = { purposes: ['product_promo'] };

const ADS_REVIEW_MEASURES = '《药品、医疗器械、保健食品和特殊医学用途配方食品广告审查管理暂行办法》第十一条';

type RuleData = Omit<Rule, 'enabled' | 'version' | 'guarded'> & { guarded?: boolean };
const rule = (data: RuleData): Rule => ({ enabled: true, version: 1, guarded: true, ...data });

export const DEFAULT_RULES: readonly Rule[] = Object.freeze([
  rule({
    id: 'AD-01',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '绝对化用语', 'en-US': 'Absolute terms' },
    pattern: String.raw`最(?:先进|有效|安全|权威|专业|强效|高效|好用|顶级|新科技|低价|便宜|正宗|灵验|管用|信赖)|史上最|全网最|(?:效果|疗效|品质|质量)(?:最佳|最好|第一)|最佳|最好的[^,。]{0,3}(?:药|产品|疗效|效果|品牌|医院|礼物|礼品|补品|保健品)|没有之一|(?:全国|国内|全球|世界|亚洲|全网|业内|行业|同类|品类|销量|销售额?|疗效|效果|口碑|品质|质量|公认|堪称|号称|排名|位居|稳居|荣登)第一(?!次|个|例|批)|第一(?:品牌|名牌|选择|好药|神药|大品牌)|no\.\s?1\b|唯一(?:指定|专利|品牌|正品|一款|一家|一个能|获得|拥有|通过)|(?:效果|疗效|药效)最(?:强|快|好|佳|显著)|销冠|首选|国家级|世界级|全球级|顶级|顶尖|极品|独家(?:秘制|配方|专利|技术|工艺|引进|研发|代理)|绝无仅有|无与伦比|遥遥领先`,
    basis: '广告法第九条第（三）项',
    message: {
      'zh-CN': '含绝对化用语（如“最佳”“第一”“首选”），广告中禁止使用。',
      'en-US': 'Absolute term (e.g. "best", "No. 1", "first choice"), which ads may not use.',
    },
    // A clinical guideline's first-line choice, cited as such, is information rather than ad copy.
    exempt: {
      sentence: `${GUIDELINE}|${CITATION}|${CLINICAL_FIRST_CHOICE}|${CLINICAL_BEST}`,
      when: NOT_PROMO,
    },
  }),
  rule({
    id: 'AD-02',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '功效保证', 'en-US': 'Efficacy guarantee' },
    pattern: String.raw`根治|断根|除根|去根|药到病除|包治(?!百病)|包好|包痊愈|保证(?:能|可以|可)?(?:治好|治愈|痊愈|康复|有效|见效|根治|好转|退烧|止痛|止痒|止咳|消肿|好)|一扫(?:而)?光|(?:本品|本产品|该产品|这款|此款|我们的)[^,。]{0,8}(?:能|可以|可|就能)(?:彻底)?(?:治好|治愈|痊愈)|(?:彻底|永久|一次性|100%|百分百|百分之百)(?:治愈|治好|痊愈|康复|根除|清除病灶)|(?:100%|百分百|百分之百)有效|神药|灵丹妙药|(?:保|包)(?:你|您)[^,。]{0,8}?(?:全消|消失|痊愈|治好|治愈|康复|好转|见效|好(?=[了!,。]|$))|(?:彻底|完全|永久|快速|\d+天)逆转|(?:不管|无论)(?:多么?|什么|几十年|多少年)[^。]{0,12}?(?:一贴|一用|一吃|贴上|用上|吃上|都能|都可以|照样)(?:就)?(?:好|治好|根治|搞定|治愈|调理好)(?=[!,。]|$)|(?:彻底|轻松|永久|完全|从此)(?:摆脱|告别)(?:了)?(?!药|胰岛素)[\u4e00-\u9fa5]{0,4}(?:病|炎|症|癌|三高)`,
    basis: '广告法第十六条第一款第（一）项；《医疗广告管理办法》第七条',
    message: {
      'zh-CN': '断言或保证疗效（如“根治”“药到病除”）。',
      'en-US': 'Asserts or guarantees a cure (e.g. "radical cure", "instant cure").',
    },
  }),
  rule({
    id: 'AD-03',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '治愈率/有效率', 'en-US': 'Cure or efficacy rate' },
    pattern: String.raw`(?:总)?(?:治愈|有效|显效|痊愈|康复|好转|临床控制|成功|转阴|怀孕|受孕)率|\d+(?:\.\d+)?%(?:以上)?的?(?:患者|病人|用户|人|顾客|服用者|使用者)?[^,。\d%]{0,5}?(?:治愈|痊愈|有效|见效|康复|根治|断根)|\d+(?:\.\d+)?%的?(?:患者|病人|用户|顾客|使用者|服用者|消费者)[^。]{0,12}?(?:反馈|表示|称|觉得|认为)[^,。]{0,16}?(?:改善|好转|缓解|有效|见效)`,
    basis: '广告法第十六条第一款第（二）项',
    message: {
      'zh-CN': '宣传治愈率或有效率。',
      'en-US': 'States a cure or efficacy rate.',
    },
    // A sourced study summary in a health article informs; in promotion a rate is banned outright.
    exempt: { sentence: CITATION, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-04',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '安全性断言', 'en-US': 'Safety claim' },
    pattern: String.raw`(?:无|零|0|没有|毫无|绝无|不会有|不含)(?:任何)?(?:毒)?副作用|无(?:任何)?不良反应|安全无毒|无毒无害|(?:绝对|完全|百分百|100%|百分之百)(?:安全|无害|无毒)|纯天然(?:无害|无毒|安全|无副作用|无添加|草本|植物|配方|成分)|不伤(?:肝|肾|胃|身体|身)|零风险|无任何风险|(?:百分百|100%|绝对)无风险|(?:对|于)?(?:肝|肾|肝肾|胃|肠胃|身体)?(?:零|无|没有任何)(?:负担|伤害|损伤|损害)|(?:吃|喝|用|服用)(?:多久|多少|多长时间|再久)都(?:安全|无害|没事|不伤身)`,
    basis: '广告法第十六条第一款第（一）项',
    message: {
      'zh-CN': '断言安全性（如“无副作用”“安全无毒”），任何药物都有不良反应风险。',
      'en-US': 'Asserts safety (e.g. "no side effects"); every medicine carries a risk of adverse reactions.',
    },
  }),
  rule({
    id: 'AD-05',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '限时见效承诺', 'en-US': 'Time-bound result' },
    pattern: [
      // "三天见效", "7天瘦10斤"; 才/需要 mark an expectation (需要2~4周才能起效), not a promise.
      // 12小时持久止痛 is how long an effect lasts, not how soon it comes.
      String.raw`${DURATION}(?!持久|持续|长效)[^,。\s才需要]{0,4}?(?:见效|显效|治愈|治好|断根|除根|根治|(?:瘦|掉秤|掉|减)(?:\d+|[一二两三四五六七八九十]+)斤|摘(?:掉)?眼镜|(?:告别|摆脱)(?!药|胰岛素)|长高(?:\d+|[一二三四五六七八九十]+)(?:厘米|公分|cm)|缩小(?:一半|\d+%)|降(?:低)?(?:血)?(?:糖|压|脂)(?!药|类|片))`,
      String.raw`${DURATION}(?!持久|持续|长效)(?:下来|之后|以后)?[^,。\s才需要]{0,4}?(?:${QUICK_RESULT})${NOT_A_STORY}`,
      // Recovery words are natural course (一般两周痊愈) unless promised: 三天就能痊愈.
      String.raw`${DURATION}[^,。\s才需要]{0,4}?(?:就|即|便|即可|就能|就可以)(?:痊愈|康复|起效)`,
      // 十分钟就不疼了, 两天就好, 连喝一周，血压就稳了, 坚持三个月，保你全消, 3个疗程，轻松摆脱糖尿病.
      String.raw`${DURATION}(?!持久|持续|长效)[^。才需要]{0,8}?(?:就|即|便|轻松|保证|保(?:你|您)|包(?:你|您))(?:能|可以|会)?[^,。]{0,6}?(?:${QUICK_RESULT}|(?:摆脱|告别)(?!药|胰岛素)|好(?=[!,。]|$)|好了?(?:一大半|大半|一半)|(?:稳|降下来|下来|正常)了)${NOT_A_STORY}`,
      String.raw`${DURATION}[^。]{0,8}?(?:血糖|血压|血脂|尿酸)[^,。]{0,3}(?:恢复|降到|降至|回到)正常`,
      String.raw`${DURATION}(?:就|即|便|就能|就可以)(?:能)?(?:看到|见到|看见)(?:效果|疗效|变化)`,
      String.raw`(?:立刻|马上|立即|当场|瞬间)(?:就)?(?:降下来|降了|不疼|不痛|不痒|好了|消了|退烧|止痛|止痒)`,
      // 调理三个月，结节消了一大半; 一个月甩掉二十斤; 近视一个月恢复到5.0; 三个月长满新发.
      String.raw`(?:调理|坚持|连用|连吃|连喝|连贴)?${TIME_SPAN}[,]?[^。]{0,8}?(?:消了|没了|全没了|全好了|好了一大半|恢复到\d|长满|长出新|甩掉|甩了|减掉|瘦了)${NOT_A_STORY}`,
      String.raw`一个?疗程(?:就)?(?:痊愈|康复)|(?:立即|立刻|马上|当天|当日|即刻|瞬间|迅速|快速)见效|见效(?:快|迅速|神速)|立竿见影`,
      String.raw`一(?:吃|用|贴|喷|抹|涂|喝|推|按|扎|针|粒|片)(?:就|即)?(?:灵|见效|退烧|止痛|止痒|止咳|入睡)|一(?:吃|用|贴|喷|抹|涂|喝|推|按|扎|针)就(?:好|不疼|不痛)`,
    ].join('|'),
    basis: '广告法第十六条第一款第（一）项',
    message: {
      'zh-CN': '承诺在限定时间内见效或痊愈（如“三天见效”）。',
      'en-US': 'Promises a result within a set time (e.g. "works in three days").',
    },
    exempt: { sentence: NATURAL_COURSE, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-06',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '承诺不复发', 'en-US': 'No-relapse promise' },
    pattern: String.raw`(?:永不|不再|绝不|永远不|终身不|永久不|零|无|杜绝|告别)(?:复发|反弹)|(?<!会)不(?:会再?)?(?:复发|反弹)|(?:复发|反弹)率(?:为|是)?(?:零|0%?)(?!\.)|一劳永逸|(?:终身|终生|永远|永久|一辈子|再也)不(?:会)?(?:再)?(?:犯|发作)|永不再?(?:掉|脱|长|犯|发|疼|痛|痒)`,
    basis: '广告法第十六条第一款第（一）项',
    message: {
      'zh-CN': '承诺不复发、不反弹。',
      'en-US': 'Promises no relapse or rebound.',
    },
    // Explaining how to avoid a relapse is advice, not a promise.
    exempt: { sentence: '关键|如何|怎样|怎么|才能|需要', when: NOT_PROMO },
  }),
  rule({
    id: 'AD-07',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '与药品/器械/医院比较', 'en-US': 'Comparison with drugs, devices or hospitals' },
    pattern: String.raw`(?:疗效|效果|本品|该药|本产品|该产品)[^,。]{0,4}(?:优于|胜过|强于|好于|超过|超越|碾压|秒杀)|(?:优于|胜过|强于|好于|碾压|秒杀)[^,。]{0,6}(?:药|医院|产品|品牌|疗法|手术|进口|西药|中药|激素)|比[^,。]{0,6}(?:药|医院|手术|疗法|产品|品牌|西药|中药|进口药|激素|打针|输液|支架|搭桥|西医)[^,。]{0,3}(?:更|还)(?:好用|好|强|有效|管用|安全|快|灵)|比[^,。]{0,6}(?:药|医院|手术|疗法|西药|中药|进口药|激素)(?:好用|好|强|有效|管用|快)(?:多了|得多|很多|不少|太多)|比[^,。]{0,8}(?:药|医院|手术|疗法|产品)[^,。]{0,4}(?:好|强|快|有效)(?:\d+|[一二两三四五六七八九十])倍|(?:是|为)[^,。]{0,8}(?:医院|药物?|疗法|产品|手术)的(?:\d+|[一二两三四五六七八九十]+)倍|(?:顶|抵|胜)(?:得上|过)?(?:\d+|[一二两三四五六七八九十百]+)(?:副|盒|瓶|剂|种)药|(?:替代|取代|代替)[^,。]{0,3}(?:药物|西药|降压药|降糖药|胰岛素|激素|手术)`,
    basis: '广告法第十六条第一款第（三）项；第十八条第一款第（四）项',
    message: {
      'zh-CN': '与其他药品、医疗器械或医疗机构比较功效、安全性，或声称可替代药物。',
      'en-US':
        'Compares efficacy or safety with other drugs, devices or hospitals, or claims to replace medicine.',
    },
    exempt: { sentence: CITATION, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-08',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '专家/机构/名人推荐', 'en-US': 'Endorsement' },
    pattern: String.raw`(?:专家|医生|医师|教授|主任|院长|领导|名医|院士|博士|药师|权威|协会|学会|医院|机构|明星|名人|网红|大咖|主播|代言人)(?:们)?(?:联合|一致|强力|倾情|都|亲自|共同|强烈|极力|纷纷|郑重)?(?:推荐|力荐|推崇|认证|认可|指定|首推|代言|背书|都在用|都在吃|都在喝|在用|在喝|力挺)|(?:明星|网红|主播|医生|专家)同款|(?:指定|推荐)用药`,
    basis: '广告法第十六条第一款第（四）项',
    message: {
      'zh-CN': '利用专家、医生、机构或名人为产品作推荐、证明。',
      'en-US': 'Uses experts, doctors, institutions or celebrities to recommend or vouch for a product.',
    },
    // "专家推荐每天步行" is health advice; an endorsement is about something sold.
    subject: { sentence: PRODUCT_CUE, when: PROMO },
  }),
  rule({
    id: 'AD-09',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '患者证言/前后对比', 'en-US': 'Patient testimonial or before/after' },
    pattern: String.raw`感谢信|锦旗|亲测(?:有效|好用|管用)?|亲自(?:试过|试用|体验过?)|(?:治好|治愈)了(?:我|俺)|现身说法|亲身(?:经历|体验|见证|试用)|(?:患者|病友|顾客|用户|客户|宝妈|网友|买家)(?:的)?(?:真实)?(?:见证|证言|好评|晒单|感言)|好评如潮|(?:使用|服用|治疗|用药)?前后(?:的)?对比(?:图|照|照片|视频)|(?:${USE_VERB})了[^。]{0,14}?(?:全好了|直接没了|就好了|治好了|痊愈了|断根了|降下来了|正常了|不疼了|不痛了|不痒了|都没了|全没了|变好了|好多了|消失了|没了|降(?:到|至)了?\d|从\d+降到|再也没(?:犯|复发|疼|痛|高)过?|(?:彻底|完全|基本|竟然|居然)好了)|(?:让|使)(?:我|俺)(?:的|家|妈|爸)?[^,。]{0,8}(?:血糖|血压|血脂|尿酸|体重)?从\d+(?:\.\d+)?(?:降|掉|减)(?:到|至)了?\d`,
    basis: `广告法第十六条第一款第（四）项；${ADS_REVIEW_MEASURES}`,
    message: {
      'zh-CN': '以患者、用户名义作证明，或展示使用前后对比。',
      'en-US': 'Testimonial in the name of patients or users, or before/after comparison.',
    },
    // A clinical case description is not a testimonial; a first-person success story is.
    subject: { sentence: FIRST_PERSON_STORY, when: PROMO },
  }),
  rule({
    id: 'AD-10',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '无效退款/承保', 'en-US': 'Money-back or insurance guarantee' },
    pattern: String.raw`无效(?:全额)?退(?:款|钱)|全额退款|不满意(?:全额)?退(?:款|钱)|(?:治|医)?不好(?:全额)?退(?:款|钱)|(?:无效|不好)包退|保险公司(?:承保|担保|赔付|保障)|(?:人保|平安|太平洋|国寿|人寿)(?:承保|担保)|(?:效果|疗效)(?:保证|承诺|担保)|承诺(?:有效|治愈|疗效|见效|治好)|签约(?:治疗|保障)|(?:保|包)(?:效果|疗效)|不(?:好|见效|有效)不(?:要|收)钱|(?:无效|不满意|没效果|不见效|治不好|不好)[^。]{0,8}(?:退款|退钱|退还|退费|退货|返还)|(?:无效|没效果|不见效|治不好|不好)不(?:要钱|收钱|收费|花钱)|无条件退(?:款|货)`,
    basis: '广告法第十六条第一款第（一）项；《医疗广告管理办法》第七条',
    message: {
      'zh-CN': '以“无效退款”、保险公司承保等方式保证疗效。',
      'en-US': 'Guarantees results through refunds or insurance cover.',
    },
  }),
  rule({
    id: 'AD-11',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '诱导性内容', 'en-US': 'Inducement' },
    pattern: String.raw`热销|畅销|(?:年|月|日)销(?:量)?(?:破|超)?(?:\d+|[一二三四五六七八九十百千万]+)|断货王|卖断货|卖爆|爆卖|(?:加|再|额外|即|就|还|另|并)送|(?:加|再|另)赠|体验装|立减|骨折价|跳楼价|白菜价|清仓|买[^,。]{0,6}药[^,。]{0,2}(?:送|赠)|狂销|疯抢|抢购|秒杀|爆款|限时(?:特价|优惠|折扣|抢|秒杀|促销|免费)|(?:免费|0元|零元)(?:治疗|赠送|送|领取?|体验|试用|诊疗|手术|检查|体检|筛查|拿药|用药|试吃|试喝)|赠送|赠品|送完即止|名额有限|前\d+名[^,。]{0,6}?(?:送|赠|免费|半价)|仅剩\d+|手慢无|(?:家庭|居家|旅行|出行|老人|老年人|中老年人?|女性|男性|孕妇|上班族)必备|必备良药|(?:申请|报名|限量)试用|试用(?:装|品|活动|名额|价)|买(?:\d+|[一二两三])(?:盒|瓶|支|件|疗程)?送(?:\d+|[一二两三])?|(?:再|加|多)?送(?:\d+|[一二两三])(?:盒|瓶|支|件|份)|满(?:\d+|[一二两三四五])(?:盒|瓶|元)?(?:送|赠|减)|第二(?:盒|瓶|件)半价`,
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '含“热销、抢购、试用、免费治疗、免费赠送、家庭必备”等诱导性内容。',
      'en-US':
        'Inducement such as "best-seller", "rush to buy", "free trial", "free treatment", "free gift".',
    },
    // Free screening or vaccination under a public programme is a public-health fact.
    exempt: {
      sentence:
        '国家|政府|医保|公共卫生|基本公卫|疾控|卫健委|卫生健康委|社区卫生服务|公益|免疫规划|救助|慈善|援助',
      when: NOT_PROMO,
    },
  }),
  rule({
    id: 'AD-12',
    kind: 'classifier',
    severity: 'high',
    name: { 'zh-CN': '评比/排名/获奖', 'en-US': 'Rankings and awards' },
    pattern: String.raw`评比|排名(?:第[一二三\d]|前\d+|靠前|榜首)|排行榜|荣获|获得?[^,。]{0,8}(?:金奖|银奖|大奖|奖项|一等奖|特等奖|称号|殊荣)|获奖|金奖|指定产品|(?:销量|销售额|行业|品类)(?:冠军|领先|榜首)|蝉联|冠军产品|名牌产品|驰名商标|评为[^,。]{0,8}(?:品牌|产品|名牌)|top\s?\d+`,
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '以评比、排名、获奖、指定等综合评价宣传产品。',
      'en-US': 'Promotes a product with rankings, awards or "official product" status.',
    },
    subject: { sentence: PRODUCT_CUE, when: PROMO },
  }),
  rule({
    id: 'AD-13',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '恐吓性内容', 'en-US': 'Fear-mongering' },
    pattern: String.raw`(?:不用|不买|不吃|不喝|不试)(?:这个|它|本品|我们的)?[^,。]{0,2}(?:就会|会|就|将)[^,。]{0,4}(?:后悔|来不及|晚了|癌变|截肢|瘫痪|失明|猝死|没命|丧命|要命)|再不(?:治|吃|用|买|调理|治疗)[^。]{0,8}?(?:就|会|将)|后悔(?:都来不及|莫及|一辈子|终生)|再拖(?:下去)?(?:就)?(?:晚了|来不及|没救)|(?:癌变|截肢|瘫痪|猝死|失明)(?:就在眼前|找上门|近在咫尺)|只能等死|必死无疑|死路一条|(?:别拖|再拖|拖久了|拖下去|拖着)[^。]{0,8}?(?:变成|发展成|转成|拖成)?(?:癌|晚了|来不及|没救|瘫痪|截肢|失明|猝死|尿毒症)|再不[^,。]{1,4}[,]?[^。]{0,10}?(?:就|会|将)[^。]{0,10}?(?:碎|坏死|恶化|偏瘫|瘫|癌|没救)`,
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '使用“不用就会……”“再不治就……”等恐吓性语言。',
      'en-US': 'Frightens readers ("without it you will…", "treat it now or…").',
    },
  }),
  rule({
    id: 'AD-14',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '包治百病/老少皆宜', 'en-US': 'Cures all / for everyone' },
    pattern: String.raw`包治(?:百病|所有|各种)|专治各种|专治(?:各类|一切)?疑难杂症|百病(?:全消|不侵|可治|皆治)|什么病都(?:能治|治|可以治)|万病可治|一药多治|(?:男女)?老少(?:皆宜|咸宜|都适用|皆可|通用)|(?:人人|所有人)(?:都)?适用|适合所有人|万能(?:神)?药|(?:孕妇|儿童|老人|婴幼儿)[^。]{0,8}都(?:能|可以)(?:放心)?(?:吃|服用|使用|用)|(?:男女老幼|男女老少|老老少少|老人小孩|老人孩子|大人小孩|全家(?:人|老小)?|一家老小|孕妇小孩|孕妇儿童)[^,。]{0,4}(?:都|皆|均)(?:能|可以|可|适合|适用|宜)(?:放心)?(?:吃|喝|服用|使用|用)?|(?:、[^,。、]{1,6}){2,}(?:统统|通通|全都|全部|一并)(?:都)?(?:能|可以)?(?:治|调理|搞定|解决|改善|好)`,
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '宣称包治百病或适用于所有人群。',
      'en-US': 'Claims to cure everything or to suit everyone.',
    },
  }),
  rule({
    id: 'AD-15',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '鼓励过量使用', 'en-US': 'Encouraging overuse' },
    pattern: String.raw`多吃多好|多(?:吃|喝|用|服)(?:几|点)?(?:盒|瓶|片|粒|袋)?(?:效果|疗效)?(?:更|越)(?:好|有效|快)|越多越好|(?:吃|喝|用)得越多[,]?[^。]{0,6}?越(?:好|彻底|快|明显|有效|健康)|(?:长期|终身|一直|天天|随便|随意|大量)(?:服用|吃|使用|用|喝)(?:也|都)?(?:无害|不伤身|没事|没问题|没关系|无副作用|不会有问题|不会上瘾)|放心(?:大量|长期|随意|随便|加量|大胆)(?:服用|吃|喝)|加(?:大|倍)(?:剂量|用量)(?:效果)?(?:更好|更快)|剂量(?:越大|加倍)(?:越好|效果越好)|当饭吃|想(?:吃|喝|用)多少(?:就)?(?:吃|喝|用)多少|没有剂量限制|(?:吃|喝|用|服用)(?:多久|多少|多长时间|再久)都(?:安全|无害|没事|没问题|不伤身)`,
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '鼓励、诱导过量或长期使用。',
      'en-US': 'Encourages using more, or for longer, than needed.',
    },
  }),
  rule({
    id: 'AD-16',
    kind: 'keyword',
    severity: 'block',
    name: { 'zh-CN': '祖传秘方', 'en-US': 'Secret recipe' },
    pattern:
      '祖传秘方|祖传|宫廷秘方|宫廷御方|秘方|秘传|家传|独门秘方|名医传授|名医秘传|名医亲传|亲传配方|真传|老中医传授|老祖宗传下来|祖上传下来|御用配方|千年古方|独门配方|御医秘制|御医配方|宫廷配方|秘制配方|祖上三代|世代相传|代代相传|传承秘方|土方秘制|千年验方|百年验方|古法验方|老验方|古方|亲传',
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '宣称祖传秘方、宫廷秘方或名医传授。',
      'en-US': 'Claims a family, imperial or master-physician secret recipe.',
    },
  }),
  rule({
    id: 'AD-17',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '国家机关/军队名义', 'en-US': 'State organ or military name' },
    pattern: String.raw`(?:国家卫健委|卫健委|卫生健康委|疾控中心|卫生部|(?:国家)?(?:食品)?药品监督管理局|市场监督管理总局|国家药监局|药监局|食药监|国家中医药管理局|国务院|中央|解放军|部队|军区|军队|军方|武警|军医|中南海|人民大会堂)[^,。]{0,4}(?:推荐|认证|认可|指定|特供|专供|监制|合作|研制|研发|同款|采购|御用|专用|特需|供应)|军供|军工(?:品质|级|标准|工艺)|特供|军需|军用品|军队专供|部队专用|国宴专用|首长专用`,
    basis: '广告法第九条第（二）项',
    message: {
      'zh-CN': '使用或变相使用国家机关、军队的名义或形象宣传产品。',
      'en-US': 'Uses the name or image of a state organ or the military to promote a product.',
    },
    subject: { sentence: PRODUCT_CUE, when: PROMO },
  }),
  rule({
    id: 'AD-18',
    kind: 'regex',
    severity: 'medium',
    name: { 'zh-CN': '无出处的研究引用', 'en-US': 'Unsourced research claim' },
    pattern: String.raw`(?:临床|研究|实验|试验|科学|医学|数据|权威机构|专家|大量|多项|科学家|医学家)(?:们)?(?:已经?|均|都)?(?:证明|证实|验证|表明|显示|发现)|据(?:研究|报道|统计|调查)|(?:国外|美国|日本|德国|哈佛|牛津|最新)(?:的)?(?:研究|科学家|专家)(?:表明|显示|发现|证实|证明)|经(?:过)?(?:临床|大量|科学)?(?:验证|证实|检验|试验证明)`,
    basis: '广告法第十一条第二款',
    message: {
      'zh-CN': '引用研究或数据但未注明出处。',
      'en-US': 'Cites research or data without naming the source.',
    },
    exempt: { sentence: `${CITATION}|${NAMED_SOURCE}` },
  }),
  rule({
    id: 'AD-19',
    kind: 'structural',
    severity: 'block',
    name: { 'zh-CN': '处方药面向公众宣传', 'en-US': 'Prescription drug promoted to the public' },
    pattern: '',
    basis: '广告法第十五条第二款',
    message: {
      'zh-CN': '处方药只能在指定的医学、药学专业刊物上发布广告，不得面向公众宣传。',
      'en-US': 'Prescription drugs may be advertised only in professional journals, never to the public.',
    },
    when: { audiences: ['public'], purposes: ['product_promo'], products: { categories: ['rx'] } },
  }),
  rule({
    id: 'AD-20',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '特殊管理药品', 'en-US': 'Specially controlled drug' },
    pattern: String.raw`吗啡|芬太尼|哌替啶|杜冷丁|美沙酮|羟考酮|氢可酮|可待因|丁丙诺啡|曲马多|氯胺酮|k粉|三唑仑|阿普唑仑|艾司唑仑|舒乐安定|地西泮|安定片|咪达唑仑|唑吡坦|佐匹克隆|氯硝西泮|劳拉西泮|羟基丁酸|麻黄碱|安眠药|精神药品|麻醉药品|医疗用毒性药品|放射性药品`,
    basis: '广告法第十五条第一款',
    message: {
      'zh-CN': '麻醉药品、精神药品、医疗用毒性药品、放射性药品等特殊药品不得作广告或推销。',
      'en-US': 'Narcotic, psychotropic, toxic and radioactive drugs may not be advertised or sold this way.',
    },
    // Naming morphine in pain-management science is fine; offering it is not.
    subject: { sentence: SALE_CUE, when: PROMO },
  }),
  rule({
    id: 'AD-21',
    kind: 'structural',
    severity: 'high',
    name: { 'zh-CN': 'OTC 缺少忠告语', 'en-US': 'OTC promotion lacks the advisory' },
    pattern: '请按药品说明书或者?在药师指导下购买和使用',
    basis: '广告法第十六条第二款',
    message: {
      'zh-CN': '非处方药宣传须显著标明“请按药品说明书或者在药师指导下购买和使用”。',
      'en-US':
        'OTC promotion must show "请按药品说明书或者在药师指导下购买和使用" (use per label or pharmacist advice).',
    },
    when: { purposes: ['product_promo'], products: { categories: ['otc'] } },
  }),
  rule({
    id: 'AD-22',
    kind: 'structural',
    severity: 'high',
    name: { 'zh-CN': '器械缺少忠告语', 'en-US': 'Device promotion lacks the advisory' },
    pattern: '请仔细阅读产品说明书或者?在医务人员(?:的)?指导下购买和使用',
    basis: '广告法第十六条第二款',
    message: {
      'zh-CN': '医疗器械宣传须显著标明“请仔细阅读产品说明书或者在医务人员的指导下购买和使用”。',
      'en-US':
        'Device promotion must show "请仔细阅读产品说明书或者在医务人员的指导下购买和使用" (read the instructions or follow medical staff).',
    },
    when: { purposes: ['product_promo'], products: { categories: ['device'] } },
  }),
  rule({
    id: 'AD-23',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '保健食品宣称治病', 'en-US': 'Health food claims to treat disease' },
    pattern: String.raw`降(?:低)?(?:血)?(?:糖|压|脂)|降尿酸|预防[^,。]{0,6}(?:病|癌|中风|卒中|梗)|抗癌|防癌|抗肿瘤|治癌|(?:能|可以|可|专门|有效|帮助|用于)(?:治疗|治愈|治好|预防|防治)|抑制(?:癌|肿瘤)细胞|杀(?:死|灭)?(?:癌|肿瘤)细胞|溶(?:解)?血栓|软化血管|疏通血管|清除血管垃圾|清理血管|净化血管|血管清道夫|远离(?:心梗|脑梗|中风|卒中|癌症|肿瘤|三高|糖尿病|高血压|痛风|心脑血管病)|(?:病|炎|症|秘|眠|压|糖|脂)(?:全|都|也)?(?:好了|没了|消失了|治好了)|修复胰岛|(?:降|调)三高|消炎|杀菌|抗病毒|治(?:疗)?(?:糖尿病|高血压|高血脂|痛风|失眠|便秘|胃病|关节炎|癌症|肿瘤|心脏病|冠心病|脂肪肝)|(?:血糖|血压|血脂|尿酸)(?:自然|很快|马上)?(?:就|都|也)?(?:下来了|降下来|降了|稳了|正常了)`,
    basis: '广告法第十七条；第十八条第一款第（二）项',
    message: {
      'zh-CN': '保健食品等非药品宣称预防、治疗疾病（如“降血糖”“抗癌”）。',
      'en-US':
        'A health food or other non-drug claims to prevent or treat disease (e.g. "lowers blood sugar").',
    },
    // The same words about a drug in a disease-education article are accurate.
    subject: { sentence: HEALTH_FOOD_CUE, when: { products: { categories: ['health_food'] } } },
  }),
  rule({
    id: 'AD-24',
    kind: 'structural',
    severity: 'high',
    name: { 'zh-CN': '保健食品缺少提示语', 'en-US': 'Health food lacks "not a medicine"' },
    pattern: '本品不能代替药物|保健食品不是药物[^。]{0,4}不能代替药物',
    basis: '广告法第十八条第二款',
    message: {
      'zh-CN': '保健食品宣传须显著标明“本品不能代替药物”。',
      'en-US': 'Health-food promotion must show "本品不能代替药物" (cannot replace medicine).',
    },
    when: { purposes: ['product_promo'], products: { categories: ['health_food'] } },
  }),
  rule({
    id: 'AD-25',
    kind: 'structural',
    severity: 'block',
    name: { 'zh-CN': '缺少广告批准文号', 'en-US': 'No ad approval number' },
    pattern: String.raw`[药械食保]?广审\(?[文视声]?\)?第?\s?\d{6,}号?`,
    basis: '广告法第四十六条',
    message: {
      'zh-CN': '药品、医疗器械、保健食品广告须经审查并标明广告批准文号。',
      'en-US': 'Drug, device and health-food ads must be reviewed and show the ad approval number.',
    },
    when: { purposes: ['product_promo'], products: { withoutApprovalNo: true } },
  }),
  rule({
    id: 'AD-26',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '健康科普附购买渠道', 'en-US': 'Health article with shop link or address' },
    pattern: String.raw`(?:点击|戳|点)(?:下方|文末|左下角|右下角|链接|这里|图片|小黄车)[^,。]{0,6}(?:购买|下单|抢购|领取|了解)|(?:购买|下单|抢购)链接|(?:门店|店铺|药房|药店|专卖店)(?:地址|电话|位置)|(?:淘宝|天猫|京东|拼多多|抖音|快手|有赞|微店|小程序|商城)(?:搜索|店铺|下单|购买|旗舰店|同款)|旗舰店|小黄车|(?:到|来)(?:我们|本)?(?:店|门店|药房|药店)(?:购买|选购|咨询)|橱窗|(?:评论区|置顶|主页|简介)[^,。]{0,8}(?:下单|购买|抢购|拍下)|链接(?:下单|购买|抢购|拍下)`,
    basis: '广告法第十九条',
    message: {
      'zh-CN': '以健康科普形式变相发布广告：同一页面出现购买链接、地址或联系方式。',
      'en-US': 'Disguised ad: a health article carries a shop link, address or contact on the same page.',
    },
    when: NOT_PROMO,
  }),
  rule({
    id: 'AD-27',
    kind: 'structural',
    severity: 'high',
    name: { 'zh-CN': '带货内容未标明“广告”', 'en-US': 'Commerce content not labelled as an ad' },
    pattern: String.raw`[【\[(]\s*广告\s*[】\])]|^\s*广告\s*(?:[:|]|$)|(?:本文|本内容|此文|以下内容|本视频|本直播)(?:为|是|系|含)(?:商业)?广告`,
    basis: '广告法第十四条；《互联网广告管理办法》第九条',
    message: {
      'zh-CN': '含购物链接的内容须显著标明“广告”。',
      'en-US': 'Content with a shopping link must be clearly labelled "广告" (advertisement).',
    },
    when: { hasCommerceLink: true },
  }),
  rule({
    id: 'AD-28',
    kind: 'structural',
    severity: 'high',
    name: { 'zh-CN': '缺少禁忌/不良反应', 'en-US': 'Contraindications or adverse reactions missing' },
    pattern: String.raw`禁忌[\s\S]*不良反应|不良反应[\s\S]*禁忌`,
    basis: '《药品、医疗器械、保健食品和特殊医学用途配方食品广告审查管理暂行办法》第六条',
    message: {
      'zh-CN': '药品宣传须标明禁忌和不良反应（可“详见说明书”）。',
      'en-US': 'Drug promotion must state contraindications and adverse reactions (or refer to the label).',
    },
    when: { purposes: ['product_promo'], products: { categories: ['rx', 'otc'] } },
  }),
  rule({
    id: 'AD-29',
    kind: 'classifier',
    severity: 'high',
    name: { 'zh-CN': '医疗机构宣传技术/病种', 'en-US': 'Hospital promotes techniques or diseases' },
    pattern: String.raw`专治|专业治疗|(?:无痛|微创|激光|射频|干细胞)(?:人流|技术|疗法)|(?:独创|独家|引进|特色|新型|先进|国际领先|国内领先)[^,。]{0,12}(?:疗法|技术|术式|手术|设备)|(?:专门|主要)?(?:治疗|诊治)(?:各种|各类|多种)|(?:本院|我院|我们医院|本中心|我中心|本诊所|本门诊)[^,。]{0,8}(?:治疗|诊治|擅长|专攻)[^,。]{0,2}(?:不孕|不育|男科|妇科|性病|阳痿|早泄|前列腺|痔疮|肛瘘|白癜风|牛皮癣|银屑病|癫痫|乙肝|肝病|风湿|类风湿|尖锐湿疣|狐臭|腋臭|疑难杂症|近视|鼻炎|失眠|抑郁|甲亢)`,
    basis: '《医疗广告管理办法》第六条、第七条',
    message: {
      'zh-CN': '医疗机构宣传不得涉及具体诊疗技术、病种或药品。',
      'en-US': 'A medical institution may not promote specific techniques, diseases or drugs.',
    },
    subject: { sentence: OWN_INSTITUTION },
  }),
  rule({
    id: 'AD-30',
    kind: 'regex',
    severity: 'medium',
    name: { 'zh-CN': '容貌焦虑/封建迷信', 'en-US': 'Appearance anxiety or superstition' },
    pattern: String.raw`一白遮百丑|黄脸婆|大妈脸|男人婆|大象腿|水桶腰|胖子没人爱|胖毁所有|丑到没朋友|不瘦不穿|嫁不出去|(?:老公|男朋友|男友|对象|婆婆|男人|同事|别人)(?:都|也)?(?:嫌弃你?|嫌你|不想(?:多)?看你|不愿(?:多)?看你|看不上你)|风水|开光|算命|生辰八字|辟邪|招财|符水|改运|驱邪|化煞|灵符|神灵保佑`,
    basis: '广告法第九条第（七）项；《医疗美容广告执法指南》',
    message: {
      'zh-CN': '制造容貌焦虑或宣扬封建迷信。',
      'en-US': 'Stokes appearance anxiety or promotes superstition.',
    },
  }),
  rule({
    id: 'AD-31',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '儿童代言/针对未成年人', 'en-US': 'Child endorsers or ads aimed at minors' },
    pattern: String.raw`(?:孩子|儿童|宝宝|小朋友|小学生|萌娃|童星|同学|全班)(?:们)?(?:都|最)?(?:爱吃|爱喝|代言|点赞|强烈推荐|都在吃|都在用|都在喝|抢着吃|抢着喝)|(?:增高|益智|补脑|变聪明|提高(?:学习)?成绩|考高分|提高记忆力)[^,。]{0,4}(?:神器|产品|片|粉|口服液|胶囊|冲剂|营养品|保健品|药|秘方)|吃了(?:就)?(?:能)?(?:增高|长高|变聪明|考高分|提高成绩)|长高[^,。]{0,4}(?:神器|秘密武器|法宝|秘诀)|(?:小朋友|孩子|宝宝|同学|小学生)们[,!]?[^。]{0,6}?(?:一起|快来|都来|快)(?:来)?(?:喝|吃|用|买)|(?:吃了|喝了|用了)[^。]{0,12}?(?:记忆力|注意力|成绩|智力|个子|身高)[^,。]{0,4}(?:提高|提升|变好|长高|上去了|蹿)|(?:夸|变得?|更)聪明`,
    basis: '广告法第三十八条第二款；第四十条',
    message: {
      'zh-CN': '以不满十周岁儿童作推荐，或面向未成年人宣传健康产品。',
      'en-US': 'Uses children under ten as endorsers, or promotes health products to minors.',
    },
    subject: { sentence: CHILD_CUE },
  }),
  rule({
    id: 'MED-01',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '劝停药/偏方', 'en-US': 'Advice to stop medication; folk remedies' },
    pattern: String.raw`(?:可以|就能|就可以|便可|即可|能够|终于|彻底|赶紧|直接|从此|马上|完全)(?:停药|停掉|停用|不用(?:再)?吃药|不吃药|告别药物|摆脱药物|扔掉药)|停掉[^,。]{0,4}(?:药|胰岛素)|把[^,。]{0,6}(?:药|胰岛素)(?:都)?停(?:了|掉)|(?:不用|不必|无需|不需要)(?:再)?(?:吃药|服药|打针|打胰岛素|吃降压药|吃降糖药)|(?:摆脱|告别)[^,。]{0,3}(?:药|胰岛素)(?!物?依赖|瘾)|别再(?:吃|打|用)[^,。]{0,4}(?:药|胰岛素)|(?:药|胰岛素|降压药|降糖药)(?:都|也|就)?(?:不用|不必|不需要)(?:再)?(?:吃|打|用)|药(?:可以|就可以|能)不(?:用)?(?:吃|打)了|偏方|土方(?:子|法)?|老方子|民间验方|改用食疗|以食代药|(?:食疗|饮食|运动|中药|保健品)(?:代替|替代|取代)(?:药物|吃药|降压药|降糖药|胰岛素)|(?:药|胰岛素)(?:都|也|全)?(?:可以|能)?(?:扔了|扔掉|丢了|戒了)|(?:药|胰岛素)(?:都|也|全)(?:停了|停掉了|不吃了|不用吃了|不打了)|土办法|土法子|(?:别再|不要再|不再|摆脱)依赖(?:西药|药物|化学药|激素|胰岛素)|(?:西药|药物|吃药)[^。]{0,14}(?:换成|换用|改用|改吃)[^,。]{0,6}(?:草本|中药|食疗|天然|植物|保健品|我们的)|(?<!抗生素|抗菌药|消炎药|输液|抗菌素)(?:药|胰岛素)(?:[^,。]{0,4})?(?:能不(?:吃|用|打)就(?:不|别)(?:吃|用|打)|能停就停)`,
    basis: '《基本医疗卫生与健康促进法》；平台医学准确性规范',
    message: {
      'zh-CN': '建议停药、以偏方或食疗替代治疗，可能危及健康。',
      'en-US': 'Advises stopping medication or replacing treatment with folk remedies or diet.',
    },
    // Stopping on a doctor's assessment is medical advice, not a lure.
    exempt: {
      sentence:
        '多数|大多数|部分|少数|个别|有些患者|停药观察|遵医嘱|遵照医嘱|在医生(?:的)?指导下|(?:医生|医师|药师)(?:评估|建议|同意|指导|决定|判断)|咨询(?:医生|医师|药师)|复诊',
      when: NOT_PROMO,
    },
  }),
  rule({
    id: 'MED-02',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': 'AI/无医师处方', 'en-US': 'AI-generated or unsigned prescription' },
    pattern: String.raw`(?:ai|人工智能|智能|机器人|系统|自动)(?:自动|医生|医师)?(?:给(?:你|您)|帮(?:你|您)|为(?:你|您))?(?:开方|开处方|开具处方|生成处方|出处方|开药|开好药|(?:生成|开具|开出)(?:电子)?(?:处方|药方))|(?:无需|不用|免|不需要)(?:医生|医师)?(?:面诊|问诊|诊断)?(?:即可|就能|直接)?(?:开方|开处方|开药)|(?:无需|不用|免|不需要|没有)(?:上传|提供|出示)?处方(?:也)?(?:即可|就能|直接|也能|可以)?(?:购买|买|开药|拿药|下单)|先(?:发货|购药|买药|下单)后补(?:处方|方)|处方药(?:也)?(?:能|可以)?(?:直接|随便|随意)(?:买|购买|下单)|(?:无需|不用|免|不需要)(?:医生|上传|提供|出示)?处方(?=[,!]|$)|代开处方|帮(?:你|您)?开处方|处方(?:无需|不用)(?:医生)?签(?:名|字)`,
    basis: '《互联网诊疗监管细则（试行）》（处方须由接诊医师本人开具，严禁人工智能自动生成处方）',
    message: {
      'zh-CN': '处方须由接诊医师开具并签名，不得由 AI 生成或免处方售药。',
      'en-US':
        'Prescriptions must be issued and signed by the treating doctor, never generated by AI or skipped.',
    },
    // Non-prescription medicines are sold without a prescription by definition.
    exempt: { sentence: String.raw`非处方药|\botc\b|乙类` },
  }),
  rule({
    id: 'PHA-01',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '处方药/甲类 OTC 买赠', 'en-US': 'Buy-and-get offer on Rx or class-A OTC' },
    pattern: String.raw`买(?:\d+|[一二两三四五])(?:盒|瓶|支|件|疗程|份)?(?:送|赠)(?:\d+|[一二两三四五])?|买赠|买[^,。]{0,6}药[^,。]{0,2}(?:送|赠)|满(?:\d+|[一二两三四五])(?:盒|瓶|元)?(?:送|赠)|第二(?:盒|瓶|件)(?:半价|免费|\d折)|(?:赠送|送)(?:\d+|[一二两三])(?:盒|瓶|支)`,
    basis: '《药品流通监督管理办法》第二十条',
    message: {
      'zh-CN': '不得以买药品赠药品、买商品赠药品等方式向公众赠送处方药或甲类非处方药。',
      'en-US': 'Prescription and class-A OTC drugs may not be given away through buy-and-get offers.',
    },
    subject: { sentence: RX_CUE, when: { products: { categories: ['rx', 'otc'], otcClasses: ['a'] } } },
  }),
  rule({
    id: 'PRV-01',
    kind: 'classifier',
    severity: 'block',
    guarded: false,
    name: { 'zh-CN': '可识别的患者信息', 'en-US': 'Identifiable patient data' },
    pattern: String.raw`(?<![0-9a-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])|(?:患者|病人|病友|姓名:?)\s?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、\s(]\s?(?:[男女]|\d{1,3}岁))|${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、(]\s?[男女][,、]\s?\d{1,3}岁)|${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?:女士|先生|阿姨|大爷|大妈|叔叔|奶奶|爷爷|老师)(?=[,、(]\s?\d{1,3}岁)|(?:我|俺)的?(?:表姐|表哥|表妹|表弟|堂哥|堂姐|姐姐|哥哥|妹妹|弟弟|朋友|同事|邻居|闺蜜|同学|老公|老婆|舅舅|姑姑|叔叔|婶婶)[,]?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、(]\s?(?:今年)?\d{1,3}岁|[,]?(?:确诊|查出|患有|得了))|晒(?:晒|出|一下|一晒)?[^,。]{0,6}?(?:病历|化验单|检查报告|体检报告|检验报告|报告单|诊断书)|(?:病历|化验单|检查报告|诊断书)(?:的)?(?:照片|截图)(?:如下|见下图|附后|在下面)`,
    basis: '《个人信息保护法》第二十八条',
    message: {
      'zh-CN': '含可识别的患者信息（身份证号、姓名与病情、病历照片），属敏感个人信息。',
      'en-US':
        'Identifiable patient data (ID number, name with diagnosis, record photos) is sensitive personal data.',
    },
    subject: { sentence: HEALTH_DATA },
  }),
  rule({
    id: 'PRV-02',
    kind: 'regex',
    severity: 'high',
    guarded: false,
    name: { 'zh-CN': '站外联系方式/二维码', 'en-US': 'Contact details, QR code, messaging ID' },
    pattern: String.raw`(?<!\d)1[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)|(?:微信|威信|薇信|v信|vx|wx|weixin|加v|\+v|加微|qq|扣扣|企鹅|薇|威)(?:号|群|搜索?|id)?[^\p{L}\p{N},。]{0,3}[a-z0-9][a-z0-9_-]{4,}|(?:微信|vx|wx|qq|加v)[^。]{1,16}:\s?[a-z][a-z0-9_-]{4,}|(?<![零〇一二三四五六七八九十])一[三四五六七八九][零〇一二三四五六七八九]{9}(?![零〇一二三四五六七八九])|(?:扫(?:描)?|长按(?:识别)?|识别)(?:下方|下图|图中|图片|文末|上方|屏幕|页面)?(?:的)?(?:二维)?码[^。]{0,6}(?:加|关注|领|咨询|购|进群|入群|添加|联系|私聊|下单|了解|获取|预约)|加(?:我|医生|老师|客服|助理)?(?:的)?(?:微信|vx|v|qq)(?:好友)?(?:号)?(?::?\s?[a-z0-9][a-z0-9_-]{4,})?|(?:进|加|拉你进|加入)(?:微信|qq|vx)群|(?:二维码|微信号)(?:见|在)(?:下方|下图|文末|图片)|(?:微信|vx)同号`,
    basis: '《互联网广告管理办法》；平台站外导流规范（DOMAIN.md §5.2 contact_leak）',
    message: {
      'zh-CN': '含手机号、微信/QQ 号、二维码等站外联系方式。',
      'en-US': 'Contains off-platform contact details: mobile number, WeChat/QQ ID or QR code.',
    },
  }),
]);
