/**
 * The default rule library (DOMAIN.md §4.3) as data. Patterns are written against normalized text
 * (half-width, simplified, no spaces between Chinese characters) and matched within one sentence
 * with flags `imu` (`^` and `$` are the sentence's edges). The cue patterns below are shared by
 * several rules and inlined into their data, which stays plain strings the rule library can edit.
 */
import type { ContextGate, Rule } from './schema';

/**
 * English words as a whole word. The boundary before the word is checked after it, by a lookbehind:
 * an alternative that opened with \b would stop the regex engine from skipping ahead to the
 * characters a match can start with, and slow every rule it is in several times over.
 */
const words = (alternatives: string): string =>
  String.raw`(?:${alternatives})\b(?<![a-z_](?:${alternatives}))`;

/** A source a reader can check: [1], a journal, a dated publication. */
const CITATION = String.raw`\[\d+(?:[,\-–]\d+)*\]|et al|doi|pmid|《[^》]+》|(?:发表|刊登|刊发|发布)(?:于|在)|(?:19|20)\d{2}年[^。]{0,16}(?:发表|刊登|发布|研究|报告|指南|共识|试验|数据)|lancet|nejm|jama|bmj|柳叶刀|新英格兰医学杂志|期刊|杂志|学报(?!告)|[\u4e00-\u9fa5]{1,3}等[,]?\s?(?:19|20)\d{2}|(?:19|20)\d{2}\)|published in|\bjournal\b|according to (?:a |the )?(?:\d{4} )?(?:[\w/-]+ ){0,3}(?:guidelines?|study|trial|report|survey|review)`;
const NAMED_SOURCE = String.raw`世界卫生组织|世卫组织|\bwho\b|国家统计局|疾控中心|\bcdc\b|卫健委`;
const GUIDELINE = String.raw`指南|专家共识|诊疗规范|临床路径|推荐意见|一线(?:用药|治疗|药物)`;
/** Treatment-class wording (治疗首选鼻用激素) in a sentence that names no brand or product. */
const CLINICAL_FIRST_CHOICE = String.raw`^(?!.*(?:牌|品牌|本品|本产品|这款|该款|我们的)).*(?:(?:治疗|用药|药)[^。]{0,3}首选|首选(?:的)?[^,。]{0,4}(?:激素|抗生素|药物?|用药|疗法|治疗|方案|手术|检查))`;

/** A treatment or care practice called the best option, in a sentence that names no product. */
const CLINICAL_BEST = String.raw`^(?!.*(?:牌|品牌|本品|本产品|这款|该款|此款|我们的|产品|没有之一|的药)).*(?:喂养|治疗|疗法|干预|手术|锻炼|运动|戒烟|接种|筛查|护理|康复)[^,。]{0,6}(?:是|为)?(?:最佳(?:选择|方式|方案|方法)|效果最好|疗效最好|效果最佳|疗效最佳)`;

/** The sentence is about something sold: a product, a price, a purchase. */
const PRODUCT_CUE = String.raw`[\u4e00-\u9fa5]{1,4}术[”"」]|凝胶|精华|面霜|乳液|喷雾|滴剂|软糖|补剂|械字号|妆字号|私藏款|自用款|回购款|益生菌|鱼油|蛋白粉|维生素|藻油|真心推荐|推荐给大家|闭眼(?:入|冲)|入手|(?:一起|联合|共同|亲自)(?:研发|研制)|医美|整形|特需|面向社会|对外(?:开放|销售|供应)|内部渠道|直播间|秒杀|限量|拍下|到手价|链接|[\u4e00-\u9fa5](?:膏|霜|丸)(?![^,。]{0,2}(?:患者|病))|神器|本品|该品|本产品|该产品|我们的|这款|此款|本款|该款|这个药|这种药|产品|品牌|牌|同款|系列|胶囊|颗粒|口服液|冲剂|软膏|药膏|贴剂|喷剂|保健品|营养品|钙片|购买|下单|抢购|专柜|旗舰店|正品|优惠|特价|价格|\d+元|本店|本院|我院|本药房|认准|指定|代言|力荐|倾情|强烈推荐|都在用|都在吃|金奖|评比|销量冠军|驰名商标|名牌|排行榜|冠军|认证|出品|好药|神药|必备|特供|专供|军供|监制|国宴|首长|\b(?:this|our|the) (?:product|cream|tea|supplement|formula|pills?|capsules?|serum|device|brand|powder|gummies|patch|drink)\b|\bbuy\b|\border (?:now|today|yours)\b|\$\d|\bprice\b|\bshop\b`;
/** Persuasive framing of an endorsement that needs no product in the sentence: 连协和的老教授都点赞过的…. */
const ENDORSE_FRAMING = String.raw`连[^,。]{0,8}(?:专家|医生|大夫|教授|主任|院长|院士|名医|医院|协和|华西|湘雅|明星|国医大师)[^,。]{0,8}都|方子|秘方|偏方|土方`;
const SALE_CUE = String.raw`滴滴|买到|有需要|出售|有售|卖|代购|有货|现货|出(?:几|一|两|\d|闲置|点|售)|转让|原价转|便宜转|低价转|包邮|顺丰|价格|\d+元|下单|渠道|货源|拿货|量大|无需处方|免处方|不用处方|批发|发货|特价|优惠|秒杀|私聊|私信|私我|私(?=[!,]|$)|找我|联系我|懂的来|需要的|加微|微信|vx|qq|\b(?:dm|pm|inbox|message|text) me\b|\bfor sale\b|\bin stock\b|\bselling\b`;
const HEALTH_FOOD_CUE = String.raw`(?:降压|降糖|降脂|养生|保健|排毒|减肥|清肠|护肝|养胃)(?:茶|酒|粉|丸|饮|贴)|(?<!当(?:成|作)?)保健品|保健食品|膳食补充剂|营养补充剂|营养品|蓝帽子?|益生菌|鱼油|蛋白粉|酵素|胶原蛋白|孢子粉|蜂胶|褪黑素|钙片|维生素片|代餐|固体饮料|压片糖果|养生茶|花草茶|原浆|枸杞|阿胶|燕窝|人参|虫草|灵芝|蜂蜜|氨糖|软骨素|辅酶q10|叶黄素|葡萄籽|螺旋藻|nmn|(?:这款|此款|本款|该款)[^,。]{0,4}(?:茶|饮品|饮料|食品|产品)|\b(?:supplements?|gummies|probiotics?|fish oil|collagen|vitamins?|herbal|detox|(?:this|our) tea)\b`;
const RX_CUE = String.raw`处方药|\brx\b|℞|甲类(?:非处方药|otc)|降压药|降糖药|抗生素|消炎药|激素|阿莫西林|头孢|阿奇霉素|左氧氟沙星|二甲双胍|格列|阿卡波糖|胰岛素|他汀|沙坦|地平|普利|洛尔|氯吡格雷|华法林|利伐沙班|奥司他韦|恩替卡韦|替诺福韦|西地那非|他达拉非|司美格鲁肽|利拉鲁肽|达格列净|恩格列净|西格列汀`;
const CHILD_CUE = String.raw`零花钱|压岁钱|(?:别|不要)告诉(?:爸妈|爸爸妈妈|家长|父母)|瞒着(?:爸妈|家长|父母)|考前|年级|[一二三四五六七八九\d]岁的|同学|班上|班里|全班|尖子生|增高|益智|补脑|孩子|儿童|宝宝|宝贝|小朋友|学生|学霸|青少年|萌娃|萌宝|童星|闺女|儿子|女儿|小孩|幼儿园|小学|中学|考生|高考|中考|上课|考试|提分|起跑线|同龄人|个子|\d{1,2}岁(?:的)?(?:孩|宝|娃|童)|小(?:模特|代言人|主播|体验官|推荐官|达人|网红|嘉宾)|童模|(?:只有|才|今年|刚满?)(?:[1-9]|[一二三四五六七八九])岁|\bkids?\b|\bchildren\b|year[- ]old`;
/** Ways of using a product, in a story: 吃了, 敷了. */
const USE_VERB = String.raw`打|吃|用|喝|服用|服|贴|涂|抹|泡|敷|戴|擦|喷|按|揉|练|试`;
const FIRST_PERSON_STORY = String.raw`我的(?!患者|病人|门诊|建议)|我(?:妈|爸|老公|老婆|奶奶|爷爷|姥姥|姥爷|外婆|外公|婆婆|公公|家|朋友|同事|闺蜜|邻居|表姐|姐|哥|弟|妹)|我(?:${USE_VERB})了|自从|俺|咱|家人|邻居|同事|闺蜜|亲戚|老伴|阿姨|大爷|大妈|大叔|宝妈|顾客|客户|用户|网友|老铁|姐妹们|亲测|亲身|感谢信|锦旗|见证|证言|好评|晒单|对比|现身说法|小编|亲自试|再也没|全好了|治好了|断根了|痊愈了|老顾客|回头客|买家|粉丝|评论区|截图|来信|留言|本人|真实案例|老爷子|老太太|老妈|老爸|闺女|我是|\b(?:i|my|i've|i'm|customers?|users?|reviews?)\b`;
const OWN_INSTITUTION = String.raw`中医馆|国医馆|医馆|卫生院|体检中心|体检套餐|我们科室?|本科室|我科|[\u4e00-\u9fa5]{2}门诊|本院|我院|本中心|我中心|本机构|我们(?:医院|诊所|中心|门诊|机构)|本诊所|本门诊|医院|诊所|门诊部|医疗中心|(?:xx|[\u4e00-\u9fa5]{2})(?:眼科|口腔|齿科|牙科|医美|整形)(?!医生|医师|检查|疾病|问题|手术)`;
const HEALTH_DATA = String.raw`患者|病人|病友|入院|就诊|结节|确诊|诊断|患有|罹患|病史|住院|化疗|手术|阳性|感染|癌|白血病|肿瘤|尿毒症|中风|脑梗|心梗|肝硬化|糖尿病|高血压|抑郁|hiv|艾滋|精神分裂|乙肝|病历|出院小结|化验单|检查报告|体检报告|检验报告|报告单|检查单|诊断书|ct|核磁|b超|彩超|片子|转氨酶|血糖|血压|\d{17}[\dx]`;
const SURNAME = String.raw`(?:欧阳|司马|诸葛|上官|[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤])`;
const NOT_A_GIVEN_NAME = String.raw`(?!某|先生|女士|阿姨|大爷|大妈|奶奶|爷爷|老师|医生|姓|师傅|小姐|[今去前后本上下术近入出次年日期此该其是在因经于被已曾自从又也都就才还需应不无多属血压糖脂烧热末间龄疼痛咳肿病症炎癌伤药针度])`;
/** Honorifics after a full name: 刘建国大爷, 何秀兰阿姨. */
const HONORIFIC = String.raw`女士|先生|阿姨|大爷|大妈|叔叔|奶奶|爷爷|老师|大哥|大姐`;
/** Relatives and acquaintances who introduce a named person. */
const KIN = String.raw`表姐|表哥|表妹|表弟|堂哥|堂姐|姐姐|哥哥|妹妹|弟弟|朋友|同事|邻居|闺蜜|同学|老公|老婆|舅舅|姑姑|叔叔|婶婶|领导|室友`;

/** A span of time or a dose count: 三天, 7天内, 一个疗程, 两盒. */
const DURATION = String.raw`(?:\d+|[一二两三四五六七八九十百半数几]+)个?(?:天|日|周|星期|个月|月|小时|分钟|疗程|次|贴|盒|瓶|剂|副|杯|袋|包|针|粒|片|颗|礼拜|暑假|寒假|假期)(?:内|之内|左右)?(?!(?:\d+|[一二两三四五六七八九十半]+)(?:次|粒|片|袋|包|支|贴|丸|勺|杯|颗|顿))`;
/** What a promise delivers after a span of time (三天消肿, 十分钟就不疼了). */
const QUICK_RESULT = String.raw`见效|显效|治愈|治好|断根|除根|根治|逆转|消肿|止痛|止痒|止咳|退烧|不疼了?|不痛了?|不痒了?|全消|消失`;
/** A span of time proper, without dose counts: 三个月, 一礼拜. */
const TIME_SPAN = String.raw`(?:\d+|[一二两三四五六七八九十百半数几]+)个?(?:天|日|周|星期|礼拜|个月|月|疗程|暑假|寒假)`;
/**
 * Put at the end of a time-bound pattern: a past-tense story (用了三天就不痒了, 李阿姨服用三个月后,
 * 我坚持每天走一万步，三个月…) is a testimonial (AD-09) or an anecdote, not a promise; the seller's
 * own voice (用了我们的生发液，三个月长满新发) is a promise. Checked only once a match is complete, so it
 * costs nothing where nothing matches.
 */
const NOT_A_STORY = String.raw`(?<!(?:(?:${USE_VERB})了(?!我们|本品|这款)|(?:阿姨|大爷|大妈|叔叔|大姐|大哥|女士|先生|顾客|客户|用户|宝妈|网友|老爷子|老太太)(?:${USE_VERB})|(?:^|[\n,])(?:我|俺)(?!们))[^。\n]{0,32})`;
/** Natural course, in a health article: 一般两周痊愈, 多数人一周左右就能自愈. */
const NATURAL_COURSE = String.raw`一般|通常|多数|大多|大部分|自限|自愈|可自行|会自行|\busually\b|\btypically\b|\bgenerally\b|\bmost (?:people|patients|cases)\b|\bmay\b`;

/*
 * Concept lexicons. Claims are recognised as combinations of concepts rather than as fixed
 * phrases: a certainty marker with a cure verb (AD-02), a span of time with a result (AD-05), an
 * authority with an endorsing verb (AD-08), a past use with an improvement (AD-09). Each lexicon
 * lists the ways copy says one thing; the rules below compose them.
 */

/** A number in digits or Chinese numerals: 3, 21, 二十一, 两, 半. */
const NUM = String.raw`(?:\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万半几数]+)`;
/** Units of a short span of time (years are a clinical horizon, not a promise). */
const TIME_UNIT = String.raw`个?(?:天|日|晚|夜|周|星期|礼拜|个月|月|小时|钟头|分钟|秒|疗程|暑假|寒假|假期)`;
/** Units of a dose: two boxes, three patches. */
const DOSE_UNIT = String.raw`(?:次|贴|盒|瓶|剂|副|杯|袋|包|针|粒|片|颗|支|罐|勺)`;
/** When a result arrives: 三天, 48小时内, 两个疗程, 第一盒, 当晚, 第二天, 7 days. */
const TIME_MARK = String.raw`(?:${NUM}次(?:治疗|手术|理疗|调理|熏蒸|针灸|按摩|艾灸|推拿)(?:之后|以后|后|下来)?|${NUM}(?:来|多)?${TIME_UNIT}(?!${NUM}(?:次|顿|${DOSE_UNIT}))(?:之内|以内|内|左右|之后|以后|后|下来)?|${NUM}${DOSE_UNIT}(?<![每日天次]${NUM}${DOSE_UNIT})(?:之后|以后|后|下来|下去)?(?=[^。]{0,8}(?:就|即|便)|[\u4e00-\u9fa5]{0,4}(?:见效|不|消|止|退|全|通))|第[一二三\d](?:${DOSE_UNIT}|天|晚|周)|半年|明早|明天(?:早上|一早)|早上起来|当晚|当天|当日|次日|第二天|隔天|隔夜|一夜之间|一觉醒来|睡一觉|\d+\s?(?:days?|hours?|weeks?|minutes?))`;
/** Between a span of time and its result: no negation, condition or expectation (才, 需要, 仍). */
const RESULT_GAP = String.raw`[^。\n不没未别勿仍还才需要再如若是否]{0,8}?`;
/** A result must not be the name of a remedy: 一个月的止痛片. */
const NOT_A_REMEDY = String.raw`(?![药片贴膏剂丸茶])`;
/** Results promised by themselves: 见效, 消肿, 说再见, 明显缓解, 瘦10斤, 不再咯吱响. */
const PROMISED_RESULT = String.raw`说\s?(?:bye\s?-?bye|bye|88)(?![a-z\d])|(?:淡|祛|去|消|褪|除|退)(?:斑|痘|纹|疤|印|黑头|闭口|粉刺|眼袋|黑眼圈)|(?:蹭蹭|噌噌|嗖嗖|哗哗|唰唰)(?:地|的)?(?:涨|往上|上涨|长|掉|降|往下)|睡着|看不出来了?|(?:降低|减少|下降)(?:了)?${NUM}(?:度|斤|公斤|kg)|一觉(?:睡到)?(?:天亮|大天亮)|睡到天亮|秒睡|肉眼可见(?:地|的)?[\u4e00-\u9fa5]{1,3}|[平瘪消瘦细淡退](?:下去|下来|掉了)|见效|显效|奏效|治愈|治好|断根|除根|根治|逆转|消肿|止痛|止痒|止咳|止泻|退烧|退热|消失|消退|全消|消了|没了|不见了|全无|说再见|说拜拜|告别(?!药|胰岛素)|摆脱(?!药|胰岛素)|甩掉|清空|排空|瘪(?:下去|回去|了)|变(?:白|黑|瘦|小|细|亮|淡|年轻)|转黑|焕然一新|红润|(?:就)?通了|通气|畅通|长高|长出|长满|平了|淡了|掉秤|顺畅|通畅|止住|压住|消掉|(?:全|都|就)解决|(?:基本|彻底|就|全|都)解决|消炎|去痘|祛痘|淡印|祛斑|去斑|去皱|祛湿|[\u4e00-\u9fa5]了(?:一半|一大半|大半)|看清|(?:全部|完全|彻底)愈合|消下去|瘪下去|(?:小|瘦|细|降|少|减|掉)了?(?:${NUM})(?:圈|码|个码|斤|公斤|kg|厘米|cm|个度|度)|(?:少|小|减|降|瘦|淡)了?(?:一半|一大半|大半)|彻底(?:痊愈|康复|好了)|不(?:疼|痛|痒|咳|肿|酸|麻)了?|不再(?!需要|用|吃|服|长|复发|反弹|犯|发作)[\u4e00-\u9fa5]{1,4}|明显(?:减轻|缓解|改善|好转|提高|提升|下降|降低|减少|消退|变淡|变小)|(?:瘦|掉秤|掉|减)${NUM}(?:斤|公斤|kg)|长高${NUM}(?:厘米|公分|cm)|缩小(?:一半|\d+%)|降(?:低)?(?:血)?(?:糖|压|脂)(?!药|类|片)|摘(?:掉)?眼镜|视力(?:提升|提高|恢复)`;
/** Results that are a natural course unless promised (就, 即, 便): 痊愈, 起效, 好了. */
const RECOVERY = String.raw`重振雄风|雄风再现|睡着|入睡|痊愈|康复|起效|生效|好转|稳定|平稳|解决了?|搞定了?|好了?(?=[!,。]|$)|不[\u4e00-\u9fa5]{1,2}了`;

/** Organs and the body, in safety claims. */
const ORGAN = String.raw`肝肾|脾胃|肠胃|肝|肾|胃|脾|肠|肺|心脏|大脑|脑|身体|身|皮肤|胎儿|宝宝|骨骼|血管|眼睛`;
/** Certainty, totality or permanence attached to a cure: 一定, 保准, 百分百, 彻底, 从根上. */
const CERTAINTY = String.raw`一定|肯定|保证|保准|保管|包管|准保|准能|铁定|绝对|管保|百分百|百分之百|100%|必定|必然|彻底|完全|永久|根本上|从根上|从根本上|一次性|完完全全`;
/** Verbs of curing or clearing an illness. */
const CURE = String.raw`说\s?(?:bye\s?-?bye|bye|88)(?![a-z\d])|连根拔(?:除|起|掉)?|gone|cleared|排(?:出来|干净|出去|空)|说(?:再见|拜拜)|拜拜(?!了吗)|治好|治愈|医好|痊愈|康复|根治|断根|除根|根除|去根|清除干净|清除|清零|消灭|消失|转阴|解决|搞定|好利索|干干净净|干净|淡化|祛除|去除|消除|(?:摆脱|告别)(?!药|胰岛素)|(?<!控制|管理|调控|照顾|休息|保护|保养)好(?=[了!,。]|$)`;
/** Illnesses, symptoms and blemishes a claim is about. */
const AILMENT = String.raw`acne|pimples?|eczema|psoriasis|wrinkles|warts?|湿气|毒素|寒气|湿毒|宿便|病|炎|症|癌|瘤|痔|疮|疣|溃疡|水肿|口臭|狐臭|鼾|结节|囊肿|息肉|三高|血糖|血压|血脂|尿酸|痛风|失眠|脚气|湿疹|癣|疹|斑|痘|皱纹|白发|脱发|秃|疼|痛|咳|喘|肿|病毒|毛病|老寒腿|顽疾|便秘|肥胖|近视|结石|增生|疤|大三阳|小三阳|转氨酶`;
/**
 * Put at the end of a claim: the ailment is named in the same sentence, before the claim, within it
 * or shortly after. Checked only where the claim matched, so it costs nothing elsewhere.
 */
const ABOUT_AILMENT = String.raw`(?:(?<=(?:${AILMENT})[^\n]{0,40})|(?=[^\n]{0,12}(?:${AILMENT})))`;

/** Ways of coming back: relapse, rebound, regrowth. */
const RELAPSE = String.raw`回退|退回去|回胖|长肉|长胖|反胖|复发|反弹|回弹|复胖|反复|犯病|发作|再犯|找上门|找上(?:你|您)|找(?:你|您)?麻烦|卷土重来|死灰复燃|增生|(?:胖|涨|长|弹|肿|鼓|变|黑|粗|松)回(?:去|来|原样)|长出来|冒出来|打回原形|冒头|露头|再长|再白|再掉|再疼|再痛|再痒|再涨|再胖|又(?:长|犯|胖|涨|冒|来)`;
/** Never again: 永不, 不会再, 以后基本不会再, 停了也不. */
const NEVER_AGAIN = String.raw`(?:很难再|难以再|不大会再|不太会再|几乎不会再|不容易再|永不|不再|绝不|永远不|终身不|终生不|永久不|再也不|一辈子(?:都|也)?不|这辈子(?:都|也)?不|以后(?:都|也|基本|再|就)?不|基本不|从此(?:再)?不|停(?:了|药|用)?(?:也|都)不|(?:都|也)?不(?<!会不)会再?)(?:会|用)?(?:再)?`;

/** Medicines, treatments and medical institutions a product may not be compared with. */
const MEDICINE = String.raw`(?:西|中|进口|普通|一般|常规|传统|化学|同类|别的|其他)?(?:药品?|药物|药片|药膏|药水)|(?:降压|降糖|降脂|止痛|消炎|安眠|抗生|感冒|胃)(?:药|片)|激素|抗生素|胰岛素|布洛芬|阿司匹林|他汀|二甲双胍|处方药|特效药|打针|输液|吊瓶|手术|开刀|支架|搭桥|透析|化疗|放疗|医院|三甲|西医|疗法|理疗|针灸`;
/** Comparing verbs and idioms: 堪比, 不输, 抵得上, 甩…几条街. */
const OUTDO = String.raw`远超|远胜|完爆|堪比|媲美|比肩|不输|不亚于|赛过|胜似|胜过|抵得上|顶得上|抵得过|顶得过|强过|好过|优于|强于|好于|碾压|秒杀|吊打|完胜`;

/** People and bodies whose word sells: experts, doctors, hospitals, societies, celebrities. */
const AUTHORITY = String.raw`女星|男星|影星|歌星|顶流|爱豆|偶像|艺人|当红|航天员|宇航员|飞行员|央视|卫视|电视台|节目|主持人|嘉宾|专家|医生|大夫|医师|护士长|护士|教授|主任|院长|院士|博士|药师|药剂师|营养师|药剂科|三甲医院|大医院|医院|协和|华西|湘雅|名医|国医大师|学会|协会|权威机构|明星|演员|歌手|影帝|影后|名人|网红|大咖|主播|达人|博主|冠军|运动员|代言人`;
/** An endorsement standing alone as a caption: XX医院皮肤科主任推荐, 药剂师私藏款. */
const ENDORSE_CAPTION = String.raw`^[^,。\n]{0,20}(?:${AUTHORITY})[^,。\n]{0,6}(?:推荐|力荐|私藏款?|同款|自用款?)$`;
/** What an authority does for a product: recommends, certifies, uses it at home. */
const ENDORSE = String.raw`挑不出(?:毛病|问题)|竖(?:起)?大拇指|赞不绝口|(?:秘诀|秘密|法宝)(?:就)?是[^,。]{0,8}(?:我们的|这款|这个|本品)|推荐|力荐|首推|推崇|认证|认可|指定|代言|背书|点赞|好评|青睐|信赖|把关|鼎力支持|私藏(?!的?[\u4e00-\u9fa5]{0,3}方)|自用|同款|力挺|监制|(?:都|也|自己|每天|天天|一直|家里|私下|私底下)(?:都)?(?:在)?(?:常|经常|天天|一直|长期)?(?:用|吃|喝|备着|囤|进|回购|复购|买|做|打)|(?:一起|联合|共同|参与|亲自)?(?:研发|研制)(?:的)?(?=[^,。]{0,4}(?:配方|产品|这款|本品))|都(?:能)?(?:看到|看见|有|备着|摆着|放着)(?=[^,。]{0,4}(?:这|它|本品|同款|我们))|人手一(?:瓶|支|盒|个|台|罐)|(?:常年|一直|长期|每天|天天)(?:都)?(?:备着|在用|在吃|在喝|用着|吃着)|(?:给|为|帮)(?:自己)?(?:的)?(?:家人|爸妈|父母|老人|爸爸|妈妈|孩子|老婆|老公|媳妇|家里人|亲戚|老伴|家里老人)[^,。]{0,4}(?:买|用|吃|备|囤|订|选|回购)|找我(?:要|买|订|拿)|亲自(?:为您|给你|帮你|为你)?(?:挑选|把关|推荐|配制|调配|选)|(?:都|也|一致|连连|纷纷|直|亲口|公开)(?:说|夸|称赞|赞)[^,。]{0,14}(?:好|靠谱|不错|管用|有效|灵)`;

/** Having used something: 吃了, 用完, 敷了一个月, 开始喝, 自从用了. */
const PAST_USE = String.raw`(?:(?:吃|用|喝|服用|服|贴|涂|抹|泡|敷|戴|擦|喷|按|揉|练|试|打)(?:了|过|完)|(?:开始|自从|一直|长期)(?:在)?(?:吃|用|喝|服用|服|贴|涂|抹|泡|敷|戴|擦|喷)|(?:我|俺|家里|老爷子|老太太|我妈|我爸|宝宝|孩子)[^,。]{0,6}(?:吃|用|喝|服用|贴|涂|抹|泡|敷|戴|擦|喷)[^,。]{0,8}(?:后|以后|之后))(?!我们|本品|它,)`;
/** How a story says it worked. */
const IMPROVED = String.raw`(?:掉|瘦|减)了${NUM}(?:斤|公斤|kg)|通畅了|顺畅了|全好了|好多了|(?:跟|和|与)[^,。]{1,6}(?:说(?:再见|拜拜)|告别|拜拜)了|(?:摆脱|告别)了|不(?!舒服|行|对|好|管用|灵|见效)[\u4e00-\u9fa5]{1,2}了|现在[^,。]{0,8}(?:都|也)?(?:能|可以|不用|不再|不疼|不痛|正常)|(?:就|再|都)?没(?:再)?(?:高|犯|疼|痛|复发|发作)过|看不出来了|光滑了|从${NUM}(?:点${NUM}?|点几)?多?(?:降|掉|减|落)(?:到|至)|(?:提高|改善|好转|缓解|减轻|消退|恢复)了|一直(?:挺|很|都)?(?:好|稳|正常|稳定)|[\u4e00-\u9fa5]{1,2}(?<!问题|毛病|副作用|麻烦|事|钱)多了|好了(?:一大半|大半|一半|[一二三四五六七八九]成|[一二三四五六七八九]{2}成)?|直接没了|没了|消了|淡了|小了|少了|瘪了|平了|降下来了|正常了|稳了|很稳|稳稳的|稳定了|不(?:疼|痛|痒|咳|酸|晕)了|不喊疼|变(?:好|白|瘦|年轻|细|亮)了?|消失了|痊愈了|断根了|治好了|再也(?:没|不)[\u4e00-\u9fa5]{1,3}|再没[\u4e00-\u9fa5]{1,3}过|(?:灵活|轻松|舒服|舒坦|顺畅|精神|年轻|通畅|有劲|清爽|细腻|白|亮)(?:了)?(?:好|很)?多了|明显(?:减少|改善|好转|缓解|消退|变淡|变小|下降|降低|提高|提升)|(?:小|少|淡|消|降|瘦|轻)了(?:一半|一大半|大半|很多|不少|好多|\d|[一二三四五六七八九十])|(?:血糖|血压|血脂|尿酸)[^,。]{0,4}(?:一直)?(?:在|保持在|稳定在)\d|降(?:到|至)了?\d|从\d+(?:多)?降到|从\d+(?:\.\d+|点\d*)?多?(?:降|掉|减|落)(?:到|至)了?`;

/** Not working, as a condition of a refund. */
const NO_EFFECT = String.raw`不成功|没成功|没怀上|怀不上|无效|没效果?|没有效果|不见效|没用|不管用|不好使|不灵|治不好|看不好|瘦不下来|不达标|达不到(?:效果|标准)?|不满意|看不见(?:效果)?|看不到(?:效果|变化)|没(?:有)?变化|没(?:降|瘦|变|好|用)|不好|没好转|不长|不瘦|不白|不降`;
/** Money back or compensation. */
const REFUND = String.raw`退(?=[,!。]|$)|一分(?:钱)?(?:都)?不(?:让你|会让你|叫你)?(?:亏|白花)|不让你(?:白花|亏)|退款|退钱|退费|退货|退全款|全额退|钱退|退你|退您|退给(?:你|您)|原封不动|退还|返还|退回|包退|包赔|(?:赔|退)(?:付|偿|钱|双倍|你|您)|双倍|不收钱|不收费|不要钱|一分不要|一分钱不要|分文不收|全款退|就赔|照赔|保险公司赔|由保险(?:公司)?(?:赔|承担|负责)|赔给?(?:你|您)|分文不取|一分钱不收|免单|理赔|不花一分钱`;

/** Buy-and-get offers (AD-11 for any product, PHA-01 for Rx and class-A OTC). */
const BUY_GET = String.raw`买${NUM}?(?:盒|瓶|支|件|疗程|份)?(?:送|赠)(?!货|达|到|医|检|往)${NUM}?|买[^,。]{0,6}(?:药|满)[^,。]{0,4}(?:送|赠|给)(?!货|达|到|医|检|往)|(?:起购|下单|购买|拍下|购${NUM}(?:盒|瓶|支|件))[^,。]{0,6}?(?:即|就|还|再|额外)?(?:送|赠|白送|返)(?!货|达|到|医|检|往|还|回)|多拿${NUM}(?:盒|瓶|支)|额外(?:送|赠|给)${NUM}(?:盒|瓶|支|件|份)|白送|拍${NUM}(?:件|盒|瓶|支)?(?:发|送)${NUM}|到手${NUM}(?:盒|瓶|支|件|罐|袋)|满${NUM}(?:盒|瓶|元|件)?(?:送|赠|给)(?!货|达|到|医|检|往)|第二(?:盒|瓶|件)(?:半价|免费|\d折)|(?:赠送|送|赠)(?:您|你)?${NUM}(?:盒|瓶|支|件|份)|买一(?:赠|送)一|buy one get one`;

/** Put at the end of a match: a good for sale is named in the same sentence. */
const NEAR_GOODS = String.raw`(?:(?<=(?:这款|此款|本款|一款|这台|这套|本品|本店|我们家|我家|我们的|产品|品牌|牌|好物|神器|霜|膏|茶|贴|胶囊|片|仪|枕|粉|液|(?:[\u4e00-\u9fa5]|器)机(?![构会制理场关体能]))[^\n]{0,20})|(?=[^\n]{0,12}(?:这款|一款|这台|本品|产品|品牌|牌|好物|神器|霜|膏|茶|贴|胶囊|片|仪|枕|粉|液)))`;
/** Ranking and award words. */
const RANKING = String.raw`(?:赛事|大会|组委会|运动会|亚运会|奥运会|马拉松|联赛|世界杯|锦标赛)[^,。]{0,6}(?:官方)?(?:唯一)?(?:指定|专用|合作伙伴|赞助)|公认(?:的)?(?:第一|no\.?\s?1|最好|最佳)|十佳|十强|榜单|评比|排行榜?|排名(?:第[一二三\d]|前${NUM}|靠前|榜首)|榜首|霸榜|上榜|登榜|荣登|入围|入选[^,。]{0,10}(?:榜|十大|百强|名单|好物|品牌|产品)|十大[^,。]{0,6}(?:品牌|好物|产品|名牌)|百强|top\s?\d+|名列前茅|金奖|银奖|铜奖|金牌|金质奖|奖章|奖项|大奖|获奖|斩获|荣获|获评|评为|评选为|(?:评测|测评)[^,。]{0,6}(?:满分|第[一二三]|冠军)|拿下满分|冠军产品|(?:销量|销售额|行业|品类|类目)(?:冠军|领先|榜首)|蝉联|殊荣|称号|(?:信赖|喜爱|满意)品牌|驰名商标|著名商标|名牌产品|指定产品|(?:口碑|热卖|热销|畅销)榜|榜(?:单)?(?:前列|前${NUM}|第[一二三]|首位)|(?:稳居|位居|位列|排名|名列)[^,。]{0,10}(?:前列|前茅|前${NUM}|第[一二三\d])|荣膺`;
/** The sentence names a good for sale (hospitals and people are not goods). */
const GOODS_CUE = String.raw`销量|销售额|年销|直播间|秒杀|拍下|到手价|链接|神器|本品|该品|本产品|该产品|我们的|这款|此款|本款|该款|这个药|这种药|产品|品牌|[\u4e00-\u9fa5]牌(?!子|照|匾)|同款|系列|胶囊|颗粒|口服液|冲剂|软膏|药膏|贴剂|喷剂|保健品|营养品|好物|钙片|阿胶|燕窝|褪黑素|感冒药|[\u4e00-\u9fa5](?:膏|霜|丸|枕|茶|酒)(?![^,。]{0,2}(?:患者|病))|(?:治疗|理疗|按摩|护眼|美容|降压|针灸|艾灸|制氧|净化|空气净化|足浴)(?:仪|器|机|枕|垫)|血压计|血糖仪|购买|下单|抢购|专柜|旗舰店|正品|优惠|特价|价格|\d+元|本店|本药房|认准|好药|神药`;

/** Failing to act, in fear copy. */
const INACTION = String.raw`再[\u4e00-\u9fa5]{1,3}下去|不(?:囤|备|重视|管|治|调理|补|控制|吃|用|买|处理|干预|当回事|赶紧|及时|提前|预防|注意|检查|筛查|锻炼|保养|就医|去医院|调|护|养)|还不管|再不[\u4e00-\u9fa5]{1,3}|拖着|拖下去|别等(?:到)?|等到|错过|忽视|放任`;
/** Dire outcomes, in fear copy. */
const DIRE = String.raw`晚期|癌变|癌|中风|偏瘫|瘫痪|瘫|截肢|失明|猝死|没命|要命|丧命|一觉不醒|尿毒症|透析|肝硬化|坏死|残废|后悔|来不及|不堪设想|只能躺|躺在床上|卧床|垮|后果(?:很|非常|十分)?严重|出大问题|坐轮椅|倒下|一病不起|堵死|爆血管|轻生|自杀|走上绝路|绝路|死路|生孩子都难|怀不上|人(?:就|也|都)?没了|人就走了|命都没了|(?:救|抢救)不(?:回来|过来)|(?:不一定|未必)救得(?:回来|过来)|醒不过来|手(?:就)?麻|腿(?:就)?瘸|瘸了|瞎了|废了|(?:一摔|一碰|一跌)就(?:碎|断|折)|骨头[^,。]{0,12}(?:碎|脆|空|酥)|蛀空|掏空|散架|进(?:icu|重症)|花[^,。]{0,4}(?:十几万|几十万|几万|上万)|倾家荡产|动不了|不能动|半身不遂|抢救室|急救室|送进医院|就知道厉害|有你受的|脑梗|心梗|脑出血|脑溢血|心衰|肾衰|罢工|报废|完蛋|毁了|(?:那时候|到时候|那时)(?:就|再)?(?:晚了|来不及)|打断|折断|断掉|压断|骨折|变硬|硬化|变黑|烂掉|衰竭`;

/** Everyone: 所有人, 男女老少, 上到…下到. */
const EVERYONE = String.raw`所有人|人人|任何人|谁都|男女老少|男女老幼|老老少少|全家老小|一家老小|老人小孩|大人小孩|不分男女老少|(?:不管|无论|不论)(?:什么|何种|哪种)?(?:体质|年龄|男女)|各种体质|所有体质|各年龄段|全年龄|上(?:到|至)[^。]{1,8}下(?:到|至)[^。]{1,8}|从${NUM}岁到${NUM}岁|体质[^,。]{0,4}(?=都)|不挑人|不挑体质|老少通吃|全人群`;
/** Every illness: 百病, 从头到脚的毛病, 全身的毛病. */
const EVERY_ILLNESS = String.raw`百病|万病|所有(?:的)?(?:病|疾病|毛病)|各种(?:病|疾病|毛病|疑难杂症)|什么(?:病|毛病)都|全身(?:的)?(?:毛病|病)|从头到脚(?:的)?(?:毛病|病)?|内外妇儿|一方治多病|一药多治|多种疾病|小病大病|大病小病|(?:不管|无论|不论)(?:你是|是)?(?:什么|啥|哪种)(?:病|毛病)|${NUM}(?:多)?种(?:疾病|毛病|病)`;

/** Lineage or secrecy of a recipe: 祖传, 宫里, 太医院, 师父临终前, 不外传, 压箱底. */
const LINEAGE = String.raw`老太爷|太奶奶|老祖|曾祖|祖传|家传|祖上|祖辈|世代|代代|几代|[三四五六七八九十百]代|太爷爷|老祖宗|祖宗|宫廷|宫里|御医|御用|太医|皇家|清宫|慈禧|乾隆|皇帝|皇室|少林|武当|道观|寺庙|名医|国医大师|老中医|神医|高人|师父|师傅|苗家|苗族|藏族|深山|老药农|秘制|秘传|秘不外传|不外传|从不外传|私藏|压箱底|失传|古籍|千年|百年|古法|独门|真传|亲传|传人|流传下来|传下来|传给|御药房|宫中|内廷|大内|流出来|传出来|隐居|隐士|世外高人|道长|高僧|关门弟子|嫡传|入室弟子|徒弟|师承|一辈子只|草医|苗医|苗寨|郎中|游医|深山老林|临终|遗言`;
/** Recipes and techniques. */
const RECIPE = String.raw`(?:浴|汤|茶|酒|丸|散|洗|泡|敷)方|方子|配方|秘方|药方|验方|古方|膏方|丹方|养生方|调理方|单方|真本|手抄本|抄本|孤本|底方|原方|[养补接][\u4e00-\u9fa5]?方|偏方|膏药|药膏|膏|秘技|绝技|手法|秘诀|方剂|药酒|(?:正骨|接骨|推拿|针灸|按摩|制药|炮制|熬膏)(?:手艺|技艺|绝活)`;

/** State organs, the military and official bodies. */
const STATE_BODY = String.raw`国家卫生健康委(?:员会)?|卫生健康委员会|国家(?:市场)?监督管理总局|(?:国家)?药品监督管理局|国家中医药管理局|人民政府|国家(?:有关)?部门|有关部门|部委|国务院|中央|中南海|人民大会堂|国宴|[省市县]?政府|卫健委|卫生部|药监局|食药监|市场监管|疾控|公安|军队|部队|军区|解放军|武警|海军|空军|陆军|火箭军|军方|军医|军工|央企|(?<!赛事|大会|组委会|品牌|赛会|活动|运动会|马拉松|联赛)官方|国家机关|机关单位|政府机关|老干部|干部疗养院|首长|领导人`;
/** What such a body does for a product. */
const STATE_FAVOUR = String.raw`坐诊|出诊|检测|都在(?:用|喝|吃)|在用|推荐|认证|认可|认定|指定|特供|专供|监制|合作|研制|研发|同款|采购|御用|专用|特需|供应|配备|配发|背书|扶持|评价|肯定|招待|内部|定制|调配|特制|用酒|用茶|字样|徽标|logo|冠名`;

/** Who or what reports research. */
const RESEARCH_SOURCE = String.raw`研究|临床观察|实验(?!室)|试验|对照(?:组|试验|实验|研究)?|科学家|科研|论文|文献|统计|调查|大数据|学者|studies|study|research(?:ers)?|scientists?|trials?`;
/** What research is said to do. */
const RESEARCH_SHOWS = String.raw`证明|证实|表明|显示|发现|指出|告诉我们|揭示|确认|验证|得出(?:了)?(?:结论)?|结论(?:就)?是|show(?:s|n|ed)?|prove[sdn]?|found|confirm(?:s|ed)?|reveal(?:s|ed)?|demonstrate[sd]?`;

/** Diseases a health food may not claim to prevent or treat. */
const DISEASE = String.raw`高血糖|血糖(?:高|偏高|波动|忽高忽低|飙升|不稳)|糖尿病|高血压|高血脂|血脂异常|痛风|高尿酸|尿酸结晶|脂肪肝|酒精肝|肝病|肝炎|胃病|胃炎|胃溃疡|幽门螺杆菌|失眠|抑郁|焦虑症|癌症?|肿瘤|结节|囊肿|息肉|增生|骨质疏松|关节炎|风湿|前列腺炎?|老年痴呆|痴呆|阿尔茨海默病?|帕金森|中风|卒中|脑梗|心梗|冠心病|心脏病|动脉硬化|斑块|血栓|白内障|青光眼|黄斑|近视|鼻炎|咽炎|哮喘|湿疹|过敏|感冒|流感|病毒|细菌|炎症|贫血|甲亢|甲减|甲状腺|肾病|肾结石|结石|三高|心脑血管病|更年期综合征|妇科病|疼痛|红肿|肿痛|发炎`;
/** Treating, preventing or clearing a disease. */
const TREAT = String.raw`治疗|治好|治愈|根治|防治|预防|防止|抵抗|对抗|对付|克星|杀灭|杀死|清除|消除|溶解|溶掉|软化|逆转|化解|消散|消掉|消退|缩小|抑制|改善|缓解|调理好|调好|远离|告别|摆脱|赶走|击退|不再`;

/** Narcotic, psychotropic, toxic and radioactive drugs (AD-20). */
const CONTROLLED_DRUG = String.raw`吗啡|美施康定|芬太尼|多瑞吉|舒芬太尼|瑞芬太尼|哌替啶|杜冷丁|美沙酮|羟考酮|奥施康定|奥斯康定|氢可酮|可待因|止咳水|联邦止咳露|丁丙诺啡|纳布啡|地佐辛|布托啡诺|曲马多|曲马朵|氯胺酮|k粉|三唑仑|阿普唑仑|艾司唑仑|舒乐安定|地西泮|安定(?<!(?:情绪|社会|生活|病情|心神|局势|稳定)安定)(?!团结|下来)|氯硝安定|咪达唑仑|唑吡坦|思诺思|佐匹克隆|右佐匹克隆|扎来普隆|氯硝西泮|劳拉西泮|奥沙西泮|氟硝西泮|γ-?羟丁酸|羟基丁酸|ghb|笑气|哌醋甲酯|利他林|专注达|莫达非尼|苯巴比妥|麻黄碱|安眠药|精神药品|麻醉药品|医疗用毒性药品|放射性药品|精神类药[品物]|管制药[品物]?|${words('tramadol|xanax|alprazolam|valium|diazepam|oxycodone|oxycontin|fentanyl|morphine|codeine|ketamine|ambien|zolpidem|adderall|ritalin|lorazepam|ativan|klonopin|clonazepam')}`;
/** Prescription drugs by name or class, as sold: 阿莫西林, 头孢, XX他汀, 处方药. */
const RX_DRUG = String.raw`[\u4e00-\u9fa5]{1,4}单抗|(?:吉非|奥希|厄洛|伊马|安罗|阿帕|仑伐|索拉非)替尼|靶向药|处方药|抗生素|消炎药|激素药|降压药|降糖药|阿莫西林|头孢[\u4e00-\u9fa5]{0,3}|阿奇霉素|左氧氟沙星|二甲双胍|格列[\u4e00-\u9fa5]{1,2}|阿卡波糖|胰岛素|(?:阿托伐|瑞舒伐|辛伐|普伐|氟伐|匹伐|洛伐)?他汀|(?:缬|氯|厄贝|替米|坎地|奥美|阿利|沙库巴曲缬)?沙坦|氯吡格雷|华法林|利伐沙班|奥司他韦|恩替卡韦|替诺福韦|西地那非|他达拉非|伟哥|司美格鲁肽|利拉鲁肽|减肥针|瘦瘦针|达格列净|恩格列净|西格列汀|异维a酸|米非司酮|米索前列醇|希爱力|${words('antibiotics|amoxicillin|viagra|cialis|ozempic|wegovy|semaglutide|insulin|metformin|prescription (?:drugs|meds|pills)')}`;
/** A seller's offer, in the seller's voice: 我这边都有货, 需要的朋友私我, 不用处方也能拿. */
const OFFER = String.raw`滴滴|dd我|有需要(?:的)?(?:滴|私|扣|找|联系|call)|买${NUM}(?:盒|瓶|支)?送|(?<!不得|禁止|不能|严禁|不)买赠|秒杀|到手价|活动价|参加活动|参与活动|(?:网上|网店|药店|药房|线上|淘宝|京东|拼多多)[^,。]{0,6}(?:就能|都能|可以|能|随便)买(?:到|得到)|帮忙开药|帮(?:你|您)开(?:药|处方)|有货|现货|有售|出售|在售|代购|转让|出(?:几|一|两|\d)(?:盒|瓶|支|板)|私聊|私信|私我|找我|联系我|需要的(?:朋友|家人|宝子|姐妹|亲|可以|私|找|联系|加|来)|我这(?:边|里|儿)?(?:都|也|还)?有|货源|拿货|包邮|发货|不用处方|无需处方|免处方|不要处方|没有处方(?:也|照样)|(?:帮你|帮您|也能|也可以|照样能|直接)(?:拿|买|带|代买)(?:到)?(?=[!,。]|$)|代买|转给|(?:便宜|低价|原价)(?:转|出|卖|给)|出掉|${words('(?:dm|pm|inbox|message|text) me|for sale|in stock|no (?:prescription|rx|script)')}`;
/** Off-platform contact details (PRV-02; AD-26 when they appear in a health article). */
const CONTACT_DETAILS = [
  String.raw`(?<![a-z0-9])v[:]\s?[a-z][a-z0-9_-]{4,}|1(?<!\d1)[3-9]\d(?:[\s-]?\d{4}){2}(?!\d)|(?:微信|威信|薇信|v信|vx|wx|weixin|加v|\+v|加微|qq|扣扣|企鹅|薇|威)(?:号|群|搜索?|id)?[^\p{L}\p{N},。]{0,3}[a-z0-9][a-z0-9_-]{4,}|(?:微信|vx|wx|qq|加v)[^。]{1,16}:\s?[a-z][a-z0-9_-]{4,}|(?:扫(?:描)?|长按(?:识别)?|识别)(?:下方|下图|图中|图片|文末|上方|屏幕|页面)?(?:的)?(?:二维|小程序)?码[^。]{0,12}?(?:加|关注|领|咨询|购|买|进群|入群|添加|联系|私聊|下单|了解|获取|预约|进入|商城)|加(?:我|医生|老师|客服|助理)?(?:的)?(?:微信|vx|v|qq)(?:好友)?(?:号)?(?::?\s?[a-z0-9][a-z0-9_-]{4,})?|(?:进|加|拉你进|加入)(?:微信|qq|vx)群|(?:二维码|微信号)(?:见|在)(?:下方|下图|文末|图片)|(?:微信|vx)同号`,
  // A mobile number in any digits, with dots or dashes (壹叁捌…, 幺三九…, 186.1111.2222), and other
  // messengers and slang (绿泡泡, q群, 电报, WhatsApp).
  String.raw`[1一幺壹](?<![\d零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖两][1一幺壹])[\s.\-]?[3-9三四五六七八九叁肆伍陆柒捌玖](?:[\s.\-]?[\d零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖]){9}(?![\d零〇一二三四五六七八九幺壹贰叁肆伍陆柒捌玖])|(?:绿泡泡|绿色软件|v信|徽信|wei信|q群|qq群|球球)(?:号|群|id)?[^。]{0,10}?(?:搜|号|:|@)?\s?@?[a-z0-9][a-z0-9_-]{4,}|(?<![a-z])(?:wechat|whatsapp|telegram|电报|line)(?![a-z])(?:号|群|id)?[^。]{0,10}?(?:搜|号|:|@|id)\s?@?[a-z0-9][a-z0-9_-]{4,}|加[^,。]{0,4}?(?:v|vx|微信|qq)[:]\s?[a-z0-9][a-z0-9_-]{4,}|微信(?:号)?(?:在|见)(?:我的?)?(?:头像|主页|简介|签名|个人资料|评论区)|扫[^,。]{0,4}(?:头像|主页)[^,。]{0,4}(?:二维)?码|(?<![a-z])(?:whatsapp|telegram|电报|line)(?![a-z])[^。]{0,4}\+?\d[\d\s-]{7,}`,
].join('|');

/** Benefits a medicine's label does not give it, in off-label claims. */
const UNLABELLED_BENEFIT = String.raw`抗衰|控(?:制)?体重|减重|敷脸|祛痘|一觉到天亮|睡得香|降(?:血)?(?:压|糖|脂)|护(?:心|肝|肾|胃)(?:脏)?|抗衰老?|延缓衰老|抗老|防癌|抗癌|减肥|瘦身|美白|美容|养颜|祛斑|延年益寿|长寿|延寿|长命|抗氧化|提高免疫力|增强(?:免疫力?|体质)|补肾|壮阳|助眠|安神|改善睡眠|治(?!疗)[\u4e00-\u9fa5]{1,4}|预防[\u4e00-\u9fa5]{1,4}`;
/** Medicines named in off-label talk. */
const LABELLED_DRUG = String.raw`${RX_DRUG}|感冒灵|蒙脱石散|开塞露|维生素e(?:软胶囊)?|藿香正气|阿司匹林|布洛芬|对乙酰氨基酚|止咳糖浆|感冒药|胃药`;
/** Who takes a medicine off label: people without the disease, the healthy, everyone. */
const OFF_LABEL_USERS = String.raw`没(?:有)?[\u4e00-\u9fa5]{2,5}(?:的人)?(?:也|都)(?:能|可以)(?:吃|用|服|打)|(?:(?:没(?:有)?|不是|并非)[^,。]{0,6}的(?:人|朋友|人群|年轻人|中年人)|健康人|正常人|普通人)(?:也|都)?(?:能|可以|在|天天)?(?:吃|用|服|打)|都(?:在)?吃上了|抢着吃|可火了|当(?:成|作)?保健品`;
/** Medicines put on the skin for beauty, off label, and the ways copy says it. */
const SKIN_OFF_LABEL_DRUG = String.raw`蒙脱石散|开塞露|维生素e|阿司匹林|风油精`;
const SKIN_USE = String.raw`敷脸|敷痘痘?|祛痘|美白|祛斑|去皱|淡化细纹|涂脸|抹脸|敷在脸上`;
/**
 * An off-label claim for a medicine: a cough syrup that "besides" its indication also lowers blood
 * pressure; metformin taken by people without diabetes to stay young, or taken as a supplement.
 */
const OFF_LABEL = String.raw`(?:除了|不仅|不光|不止)(?<=(?:糖浆|颗粒|冲剂|合剂|滴剂|注射液|药(?!膳|食|材|酒|店|房)|丸|软膏|乳膏|口服液|片|胶囊|感冒灵|眼药水|滴眼液|栓|酊|搽剂)[^\n]{0,26})(?<!(?:保健|蓝帽|鱼油|钙片|维生素|蛋白粉|益生菌|胶原|酵素|代餐|固体饮料)[^\n]{0,42})[^。]{1,16}?(?:还|也|更)(?:能|可以|可|有|会|兼具)[^,。]{0,4}(?:${UNLABELLED_BENEFIT})|(?:${LABELLED_DRUG})(?=[^\n]{0,40}(?:${OFF_LABEL_USERS}))[^。]{0,24}?(?:${UNLABELLED_BENEFIT})|(?:${OFF_LABEL_USERS})[^。]{0,30}?(?:${LABELLED_DRUG})[^。]{0,24}?(?:${UNLABELLED_BENEFIT})|(?:${LABELLED_DRUG})[^。]{0,30}?当(?:成|作)?保健品|(?:睡不着|失眠|想睡觉|睡不好)[^。]{0,10}(?:吃|冲|喝|来)[^,。]{0,4}(?:感冒灵|感冒药|扑尔敏|苯海拉明|抗过敏药|藿香正气)|(?:${SKIN_OFF_LABEL_DRUG})[^。]{0,20}?(?:${SKIN_USE})|(?:可以|能|当然|行)[^。\n]{0,24}?(?:${SKIN_USE})(?<=(?:${SKIN_OFF_LABEL_DRUG})[\s\S]{0,80})`;

/** Medicines whose stopping is at issue. */
const MEDS = String.raw`药|胰岛素|优甲乐|左甲状腺素|他汀|激素|秋水仙碱|阿司匹林|二甲双胍|抗生素`;

/** A machine or a platform that could stand in for the doctor. */
const MACHINE = String.raw`ai|人工智能|智能|机器人?|系统|程序|小程序|算法|chatgpt|gpt|deepseek|大模型|平台`;

/** Techniques a hospital or clinic may not promote (AD-29): 全飞秒, 种植牙, 无痛胃肠镜, 热玛吉. */
const TECHNIQUE = String.raw`激光手术|近视激光|试管婴儿|三代试管|人工授精|体检套餐|螺旋ct|pet-?ct|基因检测|中药熏蒸|熏蒸|全飞秒|半飞秒|飞秒|${words('smile|icl|lasik|fue')}|准分子|超乳|种植牙|即刻(?:种植|负重)|微创|无痛(?:胃|肠|人流|分娩|拔牙|种植)[\u4e00-\u9fa5]{0,2}|海扶刀|伽马刀|射波刀|达芬奇|射频消融|光动力|超声刀|热玛吉|热拉提|水光针?|植发|干细胞|臭氧疗法|三氧|埋线|小针刀|冷冻溶脂|溶脂|隐形矫正|牙齿矫正|正畸|冷光美白|瓷贴面|贴面(?!膜)|全瓷牙|双眼皮|隆鼻|吸脂|玻尿酸|肉毒|光子嫩肤|激光祛斑|激光脱毛|近视手术|白内障手术|毛发移植`;

/** Appearance "flaws" in anxiety copy. */
const FLAW = String.raw`肾虚|坑坑洼洼|痘坑|痘印|一身肉|肉肉|头发稀|秃头|地中海|颈纹|斑|黄脸|皱纹|鱼尾纹|抬头纹|颈纹|腿粗|法令纹|眼袋|黑眼圈|痘|胖|肥|腿粗|粗腿|大象腿|水桶腰|小肚子|啤酒肚|双下巴|大饼脸|脸大|显胖|头发少|发际线|秃|头发稀疏|稀疏|脱发|牙黄|黄牙|口臭|狐臭|身材走样|走样|松弛|下垂|赘肉|拜拜肉|脸盘大|毛孔粗大|塌鼻|单眼皮|小眼睛|个子矮|罗圈腿|o型腿|脸黄|皮肤黑|蜡黄`;
/** The social penalty anxiety copy attaches to them. */
const PENALTY = String.raw`显(?:老|脏|土|胖|黑|憔悴|邋遢)|土气|老气|以为你是[^,。]{0,4}(?:妈|阿姨|大妈|奶奶)|穿不了|不敢穿|多尴尬|(?:老|大)(?:了)?(?:十|[二三四五六七八九]|好几|几)岁|不上镜|懒得看你|不想理你|没人爱|不配|嫁不出去|娶不到|没朋友|被嫌弃|嫌弃|抬不起头|不敢(?:出门|见人|照镜子|拍照|照相|穿|露)|照相都不敢|丢人|丢脸|输了|毁所有|毁了|归零|穿什么都不好看|不好看|难看|丑|被叫(?:阿姨|大妈|大叔|大爷)|不愿意?回家|出轨|离婚|被甩|没面子|社死|被笑|被嘲笑|看不起|被孤立|找不到对象|难怪[^,。]{0,10}(?:没人|老公|男朋友|男友|对象|不理|嫌|看不上|不一样|冷淡|出轨|不回家|变心|不爱)|没人追|没人要|第一眼(?:看到|注意到|就看到)的?(?:就是)?你的|眼神都不一样|不爱你了|变心|被比下去|谁(?:还)?(?:愿意|想|会)(?:多)?看你|没人(?:愿意)?(?:多)?看你|叫你[^,。]{0,4}(?:大叔|大妈|阿姨|大爷|奶奶|秃)|像(?:孕妇|大妈|大婶|老太太|怀孕|怀了)|被[^,。]{0,6}(?:笑话|嘲笑|议论)|穿不进|穿不下|穿什么(?:衣服)?都(?:不好看|难看|像|显胖)`;

/** Children and pupils. */
const CHILD = String.raw`[一二三四五六]年级(?:的)?[\u4e00-\u9fa5]{0,3}|孩子|儿童|宝宝|宝贝|小朋友|小学生|中学生|中小学生|学生|学霸|萌娃|萌宝|闺女|儿子|女儿|小孩|幼儿园|青少年|考生|童星`;
/** Words that name a children's product. */
const KIDS_GOODS = String.raw`这|它|本品|我们|XX|牌|产品|钙|糖|奶|营养|益生菌|维生素|口服液|片|粉|液|饮|软糖|dha`;

/** Hedges of a clinical prospect: 有机会, 多数, 需要, 目前. */
const CLINICAL_HEDGE = String.raw`${'可能|有机会|有望|有可能|或可|或许|也许|大多|多数|大部分|部分|少数|一般|通常|需要|取决于|前提|才能|如果|只有|目前'}`;
/** A share of people: 90%, 百分之九十, 九成 (a rate is AD-03, not a story or a deadline). */
/** An outcome reported for a share of people. */
const OUTCOME = String.raw`怀上|怀孕|好孕|受孕|治愈|痊愈|治好|好转|见效|有效果?|康复|转阴|成功|改善|管用|好了|达标|正常|稳定|消退|消失|缓解|减轻|不疼|不痛|不再|摆脱|告别|受益|说好|都好|效果明显`;
const SHARE = String.raw`\d+(?:\.\d+)?%|百分之|[一二三四五六七八九]成`;
/** A share of people, not a degree of improvement (好了七八成): 91%的用户, 占比, 十位顾客里. */
const PEOPLE_SHARE = String.raw`(?:${SHARE})(?:以上|左右)?的?(?:人|患者|病人|用户|顾客|客户|宝妈|使用者|服用者|消费者)|占比|比例|占到|占了|${NUM}(?:个|位|名)(?:人|患者|用户|顾客)?(?:中|里|当中)|每${NUM}(?:个|位|名)`;
/** How often something happens to patients. */
const FREQUENCY = String.raw`多数|大多|大部分|少数|部分|一般|通常|个别|偶有|罕见|发生率|有些人|有的人|很多人(?![^,。]{0,3}(?:怕|担心|害怕|头疼|苦恼|困扰|纠结|问))`;
/** Timing that is clinical advice: 冷水冲洗15分钟可以减轻疼痛, 经过三个月规范治疗. */
const CLINICAL_TIMING = String.raw`(?<![就即便])(?:可以|可能|有助于|有望)|经过?[^,。]{0,6}(?:规范|规律|系统|积极)治疗`;
/** A comparison between treatments in a sentence that sells nothing: 胰岛素比口服药起效更快. */
const CLINICAL_COMPARISON = String.raw`^(?!.*(?:本品|本产品|本疗法|本院|我院|我们|这款|此款|该款|这个|牌|茶|膏|贴|仪|神器|秘方|偏方|土方|喝|泡脚)).*(?:(?:药|素|剂|类|疗法|治疗|手术)[^,。]{0,4}(?:比|较|与|和|跟|相比|高于|低于|优于|不如)[^,。]{0,8}(?:药|素|剂|类|疗法|治疗|手术)|(?:运动|饮食|锻炼|生活方式|减重|戒烟)[^。]{0,8}比)`;
/** The doctor prescribed, said or checked it. */
const DOCTORS_ORDERS = String.raw`医生(?:说|建议|让|开的药|开的|推荐的|给|评估|调整)|遵医嘱|按医嘱|复查|复诊`;
/** A warning in measured, causal terms, without the idioms of dread. */
const MEASURED_WARNING = String.raw`^(?!.*(?:一觉不醒|定时炸弹|不堪设想|就是你|不远了|后悔|来不及|等死|没救|要命|没命|赶紧|赶快|快买|只能躺|迟早|早晚)).*(?:可能|有可能|或将|风险|容易|导致|引起|引发|诱发|增加)`;

/** A sentence about an exercise that names nothing to take or buy. */
const EXERCISE_ADVICE = String.raw`^(?!.*(?:这款|本品|产品|牌|茶|汤|粉|膏|丸|胶囊|片|液|喝|吃|服用|购买|下单))(?=.*(?:八段锦|太极|五禽戏|易筋经|广场舞|散步|快走|慢跑|游泳|瑜伽|普拉提|拉伸|健身操|体操|跳绳|骑车|骑行|运动|锻炼|功法|练习))`;
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
    pattern: [
      String.raw`最(?:先进|有效|安全|权威|专业|强效|高效|好用|顶级|新科技|低价|便宜|正宗|灵验|管用|信赖|强|牛|顶|棒|优|火|受欢迎|受信赖|值得信赖|靠谱|实惠|划算|高级|高端)|史上最|全网最|(?:效果|疗效|品质|质量)(?:最佳|最好|第一)|最佳|最好的[^,。]{0,3}(?:药|产品|疗效|效果|品牌|医院|礼物|礼品|补品|保健品)|没有之一`,
      // The scope makes the superlative: 全城最好的, 市面上最强的, 业界最高标准, 全球领先.
      String.raw`(?:全国|国内|国际|全球|世界|亚洲|全网|全城|全市|全省|本地|业内|业界|行业|同类|同行|市面上?|地表|宇宙)(?:的)?(?:最(?!近|后|早|初|多|少|大|高|低|长|短|常见|主要|重要)[\u4e00-\u9fa5]|最(?:大|高|低|长)${NEAR_GOODS}|第一(?!次|个|例|批)|顶尖|一流|无敌|之最|独一|唯一)`,
      String.raw`(?:全国|国内|全球|世界|亚洲|全网|业内|行业|同类|品类|销量|销售额?|疗效|效果|口碑|品质|质量|公认|堪称|号称|排名|位居|稳居|荣登)第一(?!次|个|例|批)|第一(?:品牌|名牌|选择|好药|神药|大品牌)|no\.\s?1\b|number one|world-class|best-in-class|${words('the best')}|world'?s (?:best|first|leading|strongest|most)|industry[- ]leading|#1 (?:brand|choice|doctor|selling|rated)|second to none|unrivall?ed|unbeatable|best on the market|best (?:\w+ )?(?:you can buy|money can buy|ever made)|唯一(?:指定|专利|品牌|正品|一款|一家|一个能|获得|拥有|通过)|(?:效果|疗效|药效)最(?:强|快|好|佳|显著)|销冠|首选|国家级|世界级|全球级|顶级|顶尖|极品|独家(?:秘制|配方|专利|技术|工艺|引进|研发|代理)`,
      // Leading the world or the trade, said of a good: 全球领先的分子筛技术 (of a 制氧机), 滤芯工艺业内领先.
      String.raw`(?:全球|国际|世界|国内|全国|行业|业内|业界|同行业?|同类产品?)(?:的)?(?:领先|前沿|尖端)(?:的)?(?:技术|工艺|科技|配方|品质|设备|专利|水准|水平)${NEAR_GOODS}|(?:技术|工艺|科技|配方|品质|设备|专利)[^,。]{0,4}(?:全球|国际|世界|国内|全国|行业|业内|业界)(?:都)?(?:领先|顶尖|一流)${NEAR_GOODS}`,
      // Idioms of being unrivalled.
      // A superlative said of a product in the same sentence: 卖得最好的一款, 效果最明显的祛斑霜.
      String.raw`最(?:好(?=的|用(?:的|了|[!,。]|$)|不过|[了!,。]|$)|佳|强|牛|顶|棒|优|火|红|畅销|受欢迎|明显|显著|快|稳|全|纯|正宗|靠谱|实惠|划算|便宜|专业|先进|权威|有效|好用|管用|灵|精准|准|值|多(?![吃用服喝不]|${NUM}))${NEAR_GOODS}`,
      String.raw`绝无仅有|无与伦比|遥遥领先|数一数二|首屈一指|独一无二|独一家|独此一家|仅此一家|不二之选|无可替代|无可比拟|史无前例|前所未有|独占鳌头|傲视群雄|至尊|巅峰(?!状态|时期|期)|极致(?!了|地|的地步|化)|一流|王牌|头牌|天花板(?:级|级别)|(?:就是|堪称|简直是|绝对是|[里界中]的)天花板|(?:性价比|销量|口碑|效果|疗效|品质|界)之王|首推(?<!(?:专家|医生|医师|教授|主任|药师|院士|博士|权威|明星|医院)[^,。]{0,4}首推)|没有比(?:它|这款|这个|本品|我们的?)[^,。]{0,6}更[\u4e00-\u9fa5]|(?:找不到|找不出|挑不出|寻不到|再也找不到|再找不出)第二|没有第二(?:家|款|个|台)|无人能及|无人能比|无出其右|独一份|没有对手|一骑绝尘|独领风骚|(?:口碑|效果|品质|颜值|性价比|行业|护肤|养生)天花板|顶流[\u4e00-\u9fa5]{0,2}(?:品牌|产品|配方|好物|单品)|(?:秒杀|碾压|吊打|完爆)(?:一切|所有|全部|市面上的?|其他)[^,。]{0,2}同类|(?:全国|国内|全球|世界|亚洲|全网|业内|行业)(?:的)?(?:首家|首个|首款|首创|率先)|行业标杆|标杆品牌|头部品牌|无可挑剔|无懈可击|没有(?:哪[款个种家])?(?:比它|比这款)更(?:好|强|有效|管用|棒)|(?:同行|同类|同价位|市面上|别家|其他品牌|其它品牌)[^,。]{0,4}(?:没有|找不到|无)(?:一家|一款|哪家|哪款|谁|任何一家)(?:能比|比得上|能及|比得过|做得到)|(?:找不到|没有|挑不出|再没有|没见过|找不出)(?:比(?:它|这款|这个|本品|我们的?)|能比(?:它|这款))[^,。]{0,6}更|界的(?:扛把子|领头羊|霸主|王者|一哥|老大|天花板|佼佼者|翘楚|顶流|标杆)|(?:这款|这台|这个产品|本品|我们家的?|我们的)(?:绝对|算是|可以说)?是(?:头一个|头一份|独一份|唯一一个|唯一一款|唯一的)|${words('the only')}[^.!?\n]{0,30}(?:formula|product|cream|supplement|brand|device|pill|tea)\b|(?:扛把子|领头羊|霸主)${NEAR_GOODS}`,
    ].join('|'),
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
    pattern: [
      String.raw`药到病(?:初|出|楚)|连根拔(?:除|起|掉)|一治就(?:好|灵)|(?:包|保)(?:成功|怀上|怀孕|好孕|生男|生女)|根治|断根|除根|去根|药到病除|包治(?!百病)|包好|包痊愈|保证(?:能|可以|可)?(?:治好|治愈|痊愈|康复|有效|见效|根治|好转|退烧|止痛|止痒|止咳|消肿|好)|一扫(?:而)?光|(?:本品|本产品|该产品|这款|此款|我们的)[^,。不没未无]{0,8}(?:能|可以|可|就能)(?:彻底)?(?:治好|治愈|痊愈)|(?:彻底|永久|一次性|100%|百分百|百分之百)(?:治愈|治好|痊愈|康复|根除|清除病灶)|(?:100%|百分百|百分之百)有效|(?<!精)神药|灵丹妙药|(?:保|包|管)(?:准|管)?(?:你|您)[^,。]{0,10}?(?:轻松|舒服|利索|灵活|没事|不疼|不痛|全消|消失|痊愈|治好|治愈|康复|好转|见效|消得|干净|说再见|说拜拜|拜拜|告别|摆脱|除根|断根|好(?=[了!,。]|$))|(?:彻底|完全|永久|快速|\d+天)逆转|(?:不管|无论)(?:多么?|什么|几十年|多少年)[^。]{0,12}?(?:一贴|一用|一吃|贴上|用上|吃上|都能|都可以|照样)(?:就)?(?:好|治好|根治|搞定|治愈|调理好)(?=[!,。]|$)|(?:彻底|轻松|永久|完全|从此)(?:摆脱|告别)(?:了)?(?!药|胰岛素)[\u4e00-\u9fa5]{0,4}(?:病|炎|症|癌|三高)`,
      // A certainty, totality or permanence marker with a cure verb, about an ailment: 慢性胃炎一定能好,
      // 百分之百解决, 从根上治好, 保准转阴, 统统治好.
      String.raw`(?:${CERTAINTY})(?:能|可以|会|就|就能|可|地|的)?[^,。]{0,6}?(?:${CURE})${ABOUT_AILMENT}${NOT_A_STORY}|(?:保证|保准|保管|包管|准保|管保)(?:你|您)?(?:能|可以|会|就|就能)?[^,。]{0,6}?(?:${CURE})${ABOUT_AILMENT}`,
      String.raw`(?:再(?:顽固|严重|难治|难缠|久)的|(?:治不好|看不好|没办法|治不了)的)[^。]{0,12}?(?:都能|都可以|照样|一样能?|也能)(?:给你)?(?:${CURE})|没有(?:治|看|调)?(?:不好|好不了)的|没有(?:哪个|哪一个|哪种|一个|什么)[^,。]{0,8}?是?(?:我们)?(?:治|看|调|搞)(?:不好|不了)的|(?:治好|治愈|见效|断根)为止|病根(?:就|都|也)?(?:断|除|拔)|(?:拔|除|断)(?:掉|了)?病根|(?:用|吃|喝|贴)了没有不(?:好|见效|管用)的|(?:打包票|打保票|拍胸脯|敢保证|准没错|错不了|(?:拿|用|以)(?:人格|性命|名誉|招牌)(?:担保|保证|发誓)|我(?:敢)?担保)${ABOUT_AILMENT}|保证(?:让|使)(?:你|您)|根除(?!率|治疗|方案|幽门|hp|疗法|手术)|guaranteed|100% cure`,
      // Permanence is a guarantee of cure: 一劳永逸, 从此和痛风说再见, 这辈子跟鼻炎告别; and in English.
      String.raw`一劳永逸|(?:跟|和|与)(?:你|您)(?:彻底|永远|从此|一辈子)(?:无缘|绝缘|说再见|拜拜)${ABOUT_AILMENT}|(?:这辈子|一辈子|终身|终生|永远|从此|往后|以后|今后|彻底|完全|永久)(?:就|都)?(?:跟|和|与|同)[^,。]{1,8}(?:说再见|说拜拜|告别|绝缘|无缘|拜拜|说\s?(?:bye\s?-?bye|bye|88)(?![a-z\d]))|once and for all|${words('cures?')} [^.!?\n]{0,30}(?:for good|permanently|forever|completely)|(?:permanent|complete|total|guaranteed|100%) cure|guaranteed? to (?:cure|heal|fix|work)|(?:get rid of|eliminate|beat|reverse|banish|clear) [^.!?\n]{0,30}(?:for good|forever|permanently)|(?:will|can) (?:completely |permanently |fully )?(?:cure|heal) (?:your|any|all|every)|cures? (?:all|any|every) |(?:permanently|completely|totally|fully|forever) (?:cures?|heals?|eliminates?|gets? rid of|reverses?)\b`,
    ].join('|'),
    basis: '广告法第十六条第一款第（一）项；《医疗广告管理办法》第七条',
    message: {
      'zh-CN': '断言或保证疗效（如“根治”“药到病除”）。',
      'en-US': 'Asserts or guarantees a cure (e.g. "radical cure", "instant cure").',
    },
    // A hedged clinical prospect (早期胃癌通过手术有机会彻底治愈) is information, not a guarantee.
    exempt: { sentence: CLINICAL_HEDGE, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-03',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '治愈率/有效率', 'en-US': 'Cure or efficacy rate' },
    pattern: [
      String.raw`(?:总)?(?:治愈|有效|显效|痊愈|康复|好转|临床控制|成功|转阴|怀孕|受孕)(?:反馈|使用|治疗|临床)?率|\d+(?:\.\d+)?%(?:以上)?的?(?:患者|病人|用户|人|顾客|服用者|使用者)?[^,。\d%]{0,5}?(?:治愈|痊愈|有效|见效|康复|根治|断根)|\d+(?:\.\d+)?%的?(?:患者|病人|用户|顾客|使用者|服用者|消费者)[^。]{0,12}?(?:反馈|表示|称|觉得|认为)[^,。]{0,16}?(?:改善|好转|缓解|有效|见效)`,
      // A share of people (95%, 九成, 百分之九十五, 十个人…九个) with an outcome, or an outcome with its share.
      String.raw`(?:\d+(?:\.\d+)?%|百分之[零一二三四五六七八九十百点]+|(?:[一二三四五六七八九]|\d)成(?:以上|多|半|[一二三四五六七八九](?!成))?)(?:以上|左右)?的?(?:患者|病人|用户|人|顾客|客户|服用者|使用者)?[^。\d%]{0,12}?(?:治愈|痊愈|有效果?|见效|好转|改善|康复|转阴|消退|消失|好了|说好|都好|成功|减轻|缓解|不再|下降|降低|提高|摆脱|告别|说(?:再见|拜拜)|不(?:疼|痛|痒)了|治好|解决了|达标|正常|缩小|变小|(?:就|都)(?:能|可以)(?!会)[\u4e00-\u9fa5]{1,3}|变[淡小白少好瘦亮细]|[淡消小少没瘦]了|好多了)`,
      String.raw`(?:${OUTCOME})[^,。]{0,4}?(?:的)?(?:病人|患者|人|用户|顾客)?(?:的)?(?:比例|占比|几率|概率|比率|人数占)[^,。]{0,6}(?:\d|百分|[一二三四五六七八九]成)|${NUM}(?:位|名|例|个(?=人|患者|病人|用户|顾客))(?:人|患者|病人|用户|顾客|使用者|服用者)?(?:中|里|当中|里头|里面)?[,]?[^。\d]{0,6}?有?${NUM}(?:位|名|例|个|人)(?![月天度周年次])[^。]{0,8}?(?:${OUTCOME})`,
      String.raw`${NUM}(?:个|位|名|例)(?:人|患者|病人|用户|顾客|使用者|服用者)?(?:中|里|当中)[^,。]{0,4}有${NUM}(?:个|位|名|例|人)(?=[^。]{0,12}(?:好|有效|见效|改善|好转|痊愈|康复|通|消|转阴|缓解|成功))|(?:治愈|痊愈|治好|好转|见效|有效|康复|转阴|成功|改善|显著|明显)[^,。]{0,4}(?:的)?(?:病人|患者|人|用户|顾客)[^,。]{0,2}(?:占到?了?|达到?了?)[^,。]{0,2}(?:\d|百分|[一二三四五六七八九]成)|(?:${OUTCOME})的(?:人|患者|病人|用户|顾客)?(?:占到?了?|占比(?:高达|达到?|为|是)?|超过了?|高达|接近|达到了?)[^,。]{0,3}(?:\d|百分|[一二三四五六七八九]成)|(?:几乎)?(?:人人|个个|每个人|每一位|所有人)(?:都)?[^,。]{0,10}(?:${OUTCOME}|下降|降低|有效|见效)`,
      String.raw`(?:治愈|痊愈|康复|治好|好转)(?:的)?(?:人数|病例|患者|人次|例数)(?:已|已经)?(?:突破|超过|达到?|逾)`,
      String.raw`每${NUM}(?:个|位|名)[^,。]{0,8}[,]?${NUM}(?:个|位|名)(?:人)?(?:都)?(?:说|反馈|表示)?[^。]{0,8}(?:好|有效|见效|改善|好转|痊愈|康复|通|消|转阴|缓解|成功)`,
      String.raw`十个?(?:人|患者|用户|顾客)[^,。]{0,4}[一二三四五六七八九]个(?:好|有效|见效|都好|好了)|(?:每|其中)?\d+(?:位|个|名|例)[^,。]{0,6}[,]?[^,。]{0,3}有?\d+(?:\.\d+)?[万千]?(?:位|个|名|例|人)[^。]{0,10}(?:治愈|痊愈|有效|见效|好转|改善|康复|消退|转阴|反馈)|其中[^,。]{0,3}\d+(?:\.\d+)?[万千]?(?:人|位|名|例)[^,。]{0,4}(?:治愈|痊愈|完全康复|康复|好转)`,
      // In English: 93% of users saw results, 9 out of 10 patients felt better, a cure rate.
      String.raw`\d+(?:\.\d+)?\s?(?:%|percent|per cent)\s?(?:of\s)?(?:(?:our|the|all)\s)?(?:users|patients|customers|people|participants|buyers|clients|women|men|mums|moms)\b[^.!?\n]{0,40}?(?:saw|see|reported|report|said|say|says|felt|feel|noticed|notice|experienced|were cured|cured|recovered|improved|results|improvement|relief|better|difference|gone|disappeared|went away|cleared)|${words(String.raw`\d+|one|two|three|four|five|six|seven|eight|nine|ten`)} (?:out of|in) (?:every )?(?:\d+|five|ten|twenty|a hundred|hundred) (?:users|patients|people|customers|buyers|clients|women|men|mums|moms)\b[^.!?\n]{0,30}?(?:saw|see|reported|felt|noticed|cured|recovered|improved|results|better|relief)|(?:cure|success|efficacy|recovery|effectiveness) rates?\b|\d+(?:\.\d+)?% (?:effective|success|cure)`,
    ].join('|'),
    basis: '广告法第十六条第一款第（二）项',
    message: {
      'zh-CN': '宣传治愈率或有效率。',
      'en-US': 'States a cure or efficacy rate.',
    },
    // A sourced study summary in a health article informs; in promotion a rate is banned outright.
    // So is a case report: 患者，男，62岁，……狭窄约80%.
    exempt: { sentence: `${CITATION}|病例分享|患者[,:]?[男女][,、]`, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-04',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '安全性断言', 'en-US': 'Safety claim' },
    pattern: [
      String.raw`(?:没有|无|零|没|毫无)(?:任何)?禁忌(?!证|症)|(?:无|零|0|没有|毫无|绝无|不会有|不含)(?:任何)?(?:毒)?副作用|无(?:任何)?不良反应|安全无毒|无毒无害|(?:绝对|完全|百分百|100%|百分之百|十足|超级)(?:的)?(?:安全|无害|无毒)|纯天然(?:无害|无毒|安全|无副作用|无添加|草本|植物|配方|成分)|不伤(?:肝|肾|胃|身体|身|${ORGAN})|零风险|无任何风险|(?:百分百|100%|绝对)无风险|(?:对|于)?(?:肝|肾|肝肾|胃|肠胃|身体)?(?:零|无|没有任何|毫无)(?:负担|伤害|损伤|损害)|(?:吃|喝|用|服用)(?:多久|多少|多长时间|再久)都(?:安全|无害|没事|不伤身)`,
      // None of a harm: 没什么毒性, 不存在副作用, 没有激素的副作用, 毒副作用为零, 一点风险都没有.
      String.raw`(?:无|零|没有|没|毫无|绝无|不会有|不含|不存在|几乎没有|没什么|没啥|不带)(?:任何|一点|一丝|丝毫|什么|啥)?(?:(?:激素|西药|药物|化学药)的)?(?:毒副作用|副作用|不良反应|毒性|后遗症|耐药性?|依赖性|成瘾性|不良影响)|(?:无|零)刺激|(?:还|也)?(?:不|无|零)依赖(?=[,!]|$)|(?:毒副作用|副作用|不良反应|毒性)(?:几乎)?(?:为|是|等于)?(?:零|0|全无)(?![.\d])|(?:毒副作用|副作用|不良反应)几乎没有|一(?:点|丝|丁点)(?:儿)?(?:副作用|风险|坏处|毒性|伤害|危害)(?:都|也)没(?:有)?|没有(?:一点|一丁点|丝毫|半点)(?:的)?(?:坏处|害处|伤害|危害|风险|副作用)`,
      // Never harming an organ: 不会伤肝, 绝对不伤胃, 对肝肾毫无损伤.
      String.raw`(?:不会|绝不|决不|从不|丝毫不|完全不|绝对不)(?:会)?(?:伤|损伤|损害|伤害|伤到)(?:到)?(?:${ORGAN})|不会对(?:${ORGAN})[^,。]{0,2}(?:造成|产生|有)(?:任何)?(?:负担|伤害|损伤|损害|副作用)|(?:${ORGAN})[^,。]{0,2}(?:完全|根本|一点)?(?:没有|毫无)(?:任何)?(?:负担|伤害|损伤|损害)|(?:从来|从未|从没)(?:没有?)?(?:出过|有过|发生过|出现过)(?:任何)?(?:问题|副作用|不良反应|事故)|(?:很|非常|特别|超级|十分|相当)安全(?![性隐范])(?<=(?:这款|本品|产品|成分|配方|我们的?|这个)[^\n]{0,12}安全)|(?:肝|肾|肝肾|胃|身体)[^,。]{0,2}毫无(?:损伤|伤害|损害)|(?:不会|不)(?:产生|出现|引起|导致|留下|有)(?:任何)?(?:副作用|不良反应|后遗症|耐药性?|不良影响)|不会有任何(?:反应|不适)|不会(?:上火|拉肚子|腹泻|长痘|过敏|发胖|恶心|胃疼|伤胃|依赖|成瘾)|(?:无|零|不)刺激(?:性)?(?=[,!、]|$)|安全(?:系数)?(?:拉满|满分|无忧)|(?:哪来的?|哪有|哪里有|怎么会有|何来)(?:什么)?(?:毒性|副作用|毒|依赖性?|伤害|危害|风险)|(?:没|从没|还没|没有)[^,。]{0,12}(?:吃|用|喝)出(?:过)?(?:什么)?(?:毛病|问题|事|副作用)|只有好处(?:没有|没|而无)坏处|百利而无一害|有百利无一害|有益无害|(?:温和|安全)[^。]{0,12}(?:婴儿|新生儿|孕妇)(?:都|也)(?:能|可以)(?:放心)?(?:用|吃)|no side[- ]effects?|side[- ]effect[- ]free|100% safe|(?:zero|without any|free (?:of|from)|no (?:harmful|nasty)) (?:\w+ )?side[- ]effects?|100% natural|all[- ]natural|pure(?:ly)? natural|(?:completely|totally|absolutely|perfectly|100%) (?:safe|harmless|non[- ]toxic)|non[- ]toxic|no (?:risk|toxins?) (?:at all|whatsoever)`,
    ].join('|'),
    basis: '广告法第十六条第一款第（一）项',
    message: {
      'zh-CN': '断言安全性（如“无副作用”“安全无毒”），任何药物都有不良反应风险。',
      'en-US': 'Asserts safety (e.g. "no side effects"); every medicine carries a risk of adverse reactions.',
    },
    // How often reactions occur (多数人接种后没有不良反应) is clinical information.
    exempt: { sentence: FREQUENCY, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-05',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '限时见效承诺', 'en-US': 'Time-bound result' },
    pattern: [
      // A span of time or a dose, then what it delivers: "三天见效", "7天瘦10斤", "三周之内，让您的关节不再咯吱响",
      // "敷完当晚，痘痘就瘪下去了". 才/需要 mark an expectation (需要2~4周才能起效), not a promise;
      // 12小时持久止痛 is how long an effect lasts, not how soon it comes; recovery words are natural
      // course (一般两周痊愈) unless promised (三天就能痊愈). A user's past-tense story is AD-09
      // (NOT_A_STORY). The alternatives share their prefix so that it is matched once.
      String.raw`${TIME_MARK}(?<!(?:超过|持续|长达|已经|已有|病了|拖了)${TIME_MARK})(?!持久|持续|长效)(?:${RESULT_GAP}(?:${PROMISED_RESULT})${NOT_A_REMEDY}|[,]?[^,。\n不没未别勿仍还才需要再如若是否]{0,4}?(?:(?:就|即|便|即可|就能|就可以|就会)(?:${RECOVERY})|(?:就|即|便|就能|就可以|就会|会|能)(?:明显|清楚地|切实)?(?:发现|感觉到?|感到|觉得|注意到|看到|见到)(?![^,。]{0,10}(?:加重|恶化|不适|异常|出血|加剧|没有?(?:改善|好转|效果|变化)|不见好))[^,。]{0,10}?(?:轻松|变化|效果|改善|好转|不同|不[\u4e00-\u9fa5]{1,4}了|[\u4e00-\u9fa5]{1,3}了(?=[,!。]|$)|变[\u4e00-\u9fa5]|[淡小少轻消瘦降平]了|减轻|缓解|明显|有劲|精神|轻快|灵活|利索|(?:特别|非常|很|更|越来越)[\u4e00-\u9fa5]{1,2}(?=[,!。]|$)))|[^。]{0,8}?(?:药|胰岛素)[^,。]{0,4}(?:都|就|也)?(?:可以|能)?(?:停|减|扔)(?:了|掉)|[^。]{0,8}?(?:血糖|血压|血脂|尿酸|体重|视力|骨密度|度数|近视|眼压|腰围|记忆力|注意力|成绩|个子|身高)[^,。]{0,4}(?:恢复|降到|降至|回到|稳稳|明显|提高|提升|下降|降低|减少|降了|降下来|下来了|稳了|正常了|涨|往上(?:涨|蹿|长)|(?:就能|可以|能)(?:达到|到)\d)(?:到)?(?:正常)?)${NOT_A_STORY}`,
      // A testimonial's quick result is a time-bound claim too: 喝了三天就通畅了, 用了28天之后疤基本看不出来了,
      // 打了两个月掉了15斤 (a story without a quick result, 吃了三个月血糖从…降到…, is AD-09 alone).
      String.raw`(?:${PAST_USE})[^,。]{0,8}?${NUM}(?:来|多)?${TIME_UNIT}(?:就|(?:之后|以后|后)[,]?[^,。]{0,6}?|[,]?(?=(?:掉|瘦|减)了?${NUM}))(?:${PROMISED_RESULT}|${RECOVERY}|通畅了|顺畅了|看不出来|光滑|(?:掉|瘦|减)了?${NUM}(?:斤|公斤|kg))`,
      // A live-script promise with filler between the time and the result (十分钟，十分钟家人们，那个疼就没了),
      // or with the result opening the next sentence (用它三天，三天！异味全消).
      String.raw`${NUM}${TIME_UNIT}[^。\n不没未别勿仍还才需要再如若是否抢卖]{0,14}?(?:就|立马|马上)(?:没了|不疼了|不痛了|不痒了|好了|消了|见效了?)${NOT_A_STORY}|^[^\n]{0,6}?(?:全消|消失了?|没了|不见了|见效|不疼了|不痛了|不痒了)(?<=${TIME_MARK}[!,]?\n[^\n]{0,12})`,
      // 十分钟就不疼了, 两天就好, 连喝一周，血压就稳了, 坚持三个月，保你全消, 3个疗程，轻松摆脱糖尿病.
      String.raw`${DURATION}(?!持久|持续|长效)(?:[^,。\s才需要]{0,4}?(?:见效|显效|治愈|治好|断根|除根|根治|(?:瘦|掉秤|掉|减)(?:\d+|[一二两三四五六七八九十]+)斤|摘(?:掉)?眼镜|(?:告别|摆脱)(?!药|胰岛素)|长高(?:\d+|[一二三四五六七八九十]+)(?:厘米|公分|cm)|缩小(?:一半|\d+%)|降(?:低)?(?:血)?(?:糖|压|脂)(?!药|类|片))|[^。才需要]{0,8}?(?:就|即|便|轻松|保证|保(?:你|您)|包(?:你|您))(?:能|可以|会)?[^,。]{0,6}?(?:${QUICK_RESULT}|(?:摆脱|告别)(?!药|胰岛素)|好(?=[!,。]|$)|好了?(?:一大半|大半|一半)|(?:稳|降下来|下来|正常)了)${NOT_A_STORY}|(?:就|即|便|就能|就可以)(?:能)?(?:看到|见到|看见)(?:效果|疗效|变化))`,
      String.raw`(?:立刻|马上|立即|当场|瞬间|即刻|秒)(?:就)?(?:降下来|降了|不疼|不痛|不痒|好了|消了|退烧|止痛|止痒|见效|通了|睡着)`,
      // A change promised day by day: 每天早上照镜子，都能看到斑一点点变淡; 一天一个样.
      String.raw`(?:每天|天天|每一天)[^。]{0,10}(?:都能|都会|就能)(?:看到|看见|感觉到|发现)[^,。]{0,10}(?:一点点|一天天|慢慢|明显)?(?:变(?:淡|小|少|白|亮|瘦|细|薄|浅|年轻)|淡(?:下去|了)|消(?:下去|了)|小(?:下去|了))|一天一个样|(?:in|within|after) (?:just |only )?(?:\d+|one|two|three|four|five|seven|ten|fourteen|thirty|a) (?:days?|weeks?|hours?|minutes?|nights?)\b[^.!?\n]{0,30}?(?:see results|results|works|gone|cured|heals?|clear(?:ed|er)?|lose|lost|visible|difference|disappear|relief|slimmer|younger)|(?:see (?:results|a difference)|results|lose \d+ ?(?:lbs|pounds|kg|kilos)|cured|disappears?|gone|clear skin|visible|${words('lowers?|reduces?|clears?|cures?|fix(?:es)?|heals?|regrows?|removes?|erases?|eliminates?|reverses?|shrinks?|burns?|melts?|banish(?:es)?|stops?')}[^.!?\n]{0,20}) [^.!?\n]{0,20}?(?:in|within) (?:just |only )?(?:\d+|one|two|three|seven|ten|a) (?:days?|weeks?|hours?|minutes?|nights?)\b`,
      // 调理三个月，结节消了一大半; 一个月甩掉二十斤; 近视一个月恢复到5.0; 三个月长满新发.
      String.raw`(?:调理|坚持|连用|连吃|连喝|连贴)?${TIME_SPAN}[,]?[^。]{0,8}?(?:消了|没了|全没了|全好了|好了一大半|恢复到\d|长满|长出新|甩掉|甩了|减掉|瘦了)${NOT_A_STORY}`,
      String.raw`(?:用|吃|喝|贴|抹|涂|敷)(?<![我俺妈爸她他][^,。]{0,4}[用吃喝贴抹涂敷])(?:了|上)?就(?:见效|灵|不疼|不痛|不痒|管用)|一个?疗程(?:就)?(?:痊愈|康复)|(?:立即|立刻|马上|当天|当日|即刻|瞬间|迅速|快速)见效|见效(?:快|迅速|神速)|立竿见影|倒头就睡`,
      String.raw`一(?:吃|用|贴|喷|抹|涂|喝|推|按|扎|针|粒|片|敷|泡|擦|揉|灸)(?:就|即)?(?:灵|见效|退烧|止痛|止痒|止咳|入睡)|一(?:吃|用|贴|喷|抹|涂|喝|推|按|扎|针|敷|泡|擦|揉|灸)就(?:好|不疼|不痛|不痒|通|消)`,
    ].join('|'),
    basis: '广告法第十六条第一款第（一）项',
    message: {
      'zh-CN': '承诺在限定时间内见效或痊愈（如“三天见效”）。',
      'en-US': 'Promises a result within a set time (e.g. "works in three days").',
    },
    exempt: {
      sentence: `${NATURAL_COURSE}|${CLINICAL_TIMING}|${SHARE}|开始就(?:好|行|可以)`,
      when: NOT_PROMO,
    },
  }),
  rule({
    id: 'AD-06',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '承诺不复发', 'en-US': 'No-relapse promise' },
    pattern: [
      String.raw`(?:永不|不再|绝不|永远不|终身不|永久不|零|无|杜绝|告别)(?:复发|反弹)|不(?<!会不)(?:会再?)?(?:复发|反弹)|(?:复发|反弹)率(?:为|是)?(?:零|0%?)(?!\.)|(?:终身|终生|永远|永久|一辈子|再也)不(?:会)?(?:再)?(?:犯|发作)|永不再?(?:掉|脱|长|犯|发|疼|痛|痒)`,
      // Never again, however it is put: 不会再胖回去, 斑点不再长出来, 停了也不长回来.
      String.raw`${NEVER_AGAIN}(?:${RELAPSE})|(?:再也|永远|从此|这辈子|一辈子)(?:都|也)?不(?:会)?(?:再)?(?:长|犯|冒)了?(?=[!,。]|$)`,
      // It will not come back, said of an ailment: 鼻炎好了以后就不会回来了.
      String.raw`(?:不会|以后(?:都|也|就)?不会?|再也不会?)(?:再)?(?:回来|找上门|回头)${ABOUT_AILMENT}`,
      String.raw`管(?:用)?(?:一辈子|终身|终生|几十年)|终身(?:有效|受益|无忧)|永绝后患|一去不(?:复)?返|一去不回|有去无回|一次(?:治疗|调理|治好)?[^,。]{0,4}(?:管|保)(?:一辈子|终身)|(?:这辈子|一辈子|终身|终生|永远)(?:都|也)?不(?:用|必)(?:再)?(?:担心|害怕|怕|发愁|操心|犯愁)|(?:复发|反弹)(?:的)?(?:概率|几率|可能性?|风险)(?:几乎)?(?:为|是|等于)?(?:零|0)(?![.\d])|再也(?:找不上|找不到|不会找)|不留后患|想胖都胖不回|(?:胖|长|瘦|反弹)不回(?:去|来)了?(?<!瘦不回去)|不用再?(?:担心|怕)(?:再)?(?:反弹|复发|复胖|再犯|犯病|发作)|no rebound|never (?:come back|relapse)|no more (?:flare-?ups?|relapses?|attacks?|outbreaks?|breakouts?|episodes)|(?:never|won't|will not|doesn't|does not) (?:ever )?(?:come back|return|relapse|rebound|recur)|no (?:relapse|recurrence)|keep (?:it|the weight|the pounds|the fat) off (?:for good|forever|for life)|(?:stays?|stay) (?:off|away|gone) (?:for good|forever)`,
    ].join('|'),
    basis: '广告法第十六条第一款第（一）项',
    message: {
      'zh-CN': '承诺不复发、不反弹。',
      'en-US': 'Promises no relapse or rebound.',
    },
    // Explaining how to avoid a relapse is advice, not a promise.
    exempt: { sentence: `关键|如何|怎样|怎么|才能|需要|${FREQUENCY}|可能|有望`, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-07',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '与药品/器械/医院比较', 'en-US': 'Comparison with drugs, devices or hospitals' },
    pattern: [
      String.raw`(?:疗效|效果|本品|该药|本产品|该产品)[^,。]{0,4}(?:优于|胜过|强于|好于|超过|超越|碾压|秒杀)(?![^,。]{0,2}(?:一切|所有|全部)(?:的)?同类)|(?:优于|胜过|强于|好于|碾压|秒杀|(?:远|明显|大大|显著)高于)[^,。]{0,6}(?:药|医院|产品|品牌|疗法|手术|治疗|进口|西药|中药|激素)|比[^,。]{0,6}(?:药|医院|手术|疗法|产品|品牌|西药|中药|进口药|激素|打针|输液|支架|搭桥|西医)[^,。]{0,3}(?:更|还)(?:好用|好|强|有效|管用|安全|快|灵)|比[^,。]{0,6}(?:药|医院|手术|疗法|西药|中药|进口药|激素)(?:好用|好|强|有效|管用|快)(?:多了|得多|很多|不少|太多)|比[^,。]{0,8}(?:药|医院|手术|疗法|产品)[^,。]{0,4}(?:好|强|快|有效)(?:\d+|[一二两三四五六七八九十])倍|(?:是|为)[^,。]{0,8}(?:医院|药物?|疗法|产品|手术)的(?:\d+|[一二两三四五六七八九十]+)倍|(?:顶|抵|胜)(?:得上|过)?(?:\d+|[一二两三四五六七八九十百]+)(?:副|盒|瓶|剂|种)药|(?:替代|取代|代替)[^,。]{0,3}(?:药物|西药|降压药|降糖药|胰岛素|激素|手术)`,
      // Matching or beating a medicine or a hospital: 堪比激素, 不输三甲医院, 抵得上跑十趟医院,
      // 效果跟进口药不相上下, 甩布洛芬几条街, 比普通降压片稳得多.
      String.raw`(?:${OUTDO})(?:了)?[^,。]{0,6}?(?:${MEDICINE})|甩[^,。]{0,8}几条街|甩开[^,。]{0,8}(?:${MEDICINE})|(?:跟|和|与|同)(?:${MEDICINE})[^,。]{0,4}(?:不相上下|不分伯仲|有得一拼|有一拼)|比[^,。]{0,8}(?:${MEDICINE})[^,。]{0,2}(?:还|更|要)?(?:好使|管用|灵验|顶用|稳|温和)(?:得多|多了|很多)?|比[^,。]{0,12}(?:${MEDICINE})[^,。]{0,4}(?:还|更|要)(?:要)?(?:猛|厉害|彻底|见效|灵|快|强|有效|好使|靠谱|好(?!处|几|多少)|稳|温和)|(?:跟|和|与|同)(?:${MEDICINE})[^,。]{0,4}(?:一样|同样)(?:快|好|有效|管用|强|见效)|(?:${MEDICINE})(?:能|可以)做到的[^。]{0,10}(?:一样|也|照样)(?:能|可以)|用(?:我们的?|这款|这个|本品)[^,。]{0,6}(?:代替|替代|取代)|不比[^,。]{0,6}(?:${MEDICINE})(?:差|弱|慢|逊色)|(?:一点|丝毫|完全)?(?:也|都)?不比(?:那|它|这|那些|这些)[^,。]{0,4}(?:差|弱|慢|逊色)(?<=(?:${MEDICINE})[^\n]{0,40})|比[^,。]{0,8}(?:${MEDICINE})[^,。]{0,12}(?:好|强|快|高|有效)(?:了)?(?:\d+|[一二两三四五六七八九十])倍|(?:${MEDICINE})[^。]{0,10}(?:几万|上万|好几千|几千)[^。]{0,12}(?:就能|就可以|就)(?:解决|搞定|治好)`,
      // Doing what medicine cannot: 手术做不到的，我们的理疗仪可以做到; 吃药不如喝我们的茶.
      String.raw`(?:${MEDICINE})(?:都)?(?:做不到|治不好|看不好|解决不了|没办法)的[^。]{0,14}(?:能|可以)|与其[^。]{0,14}(?:${MEDICINE})[^。]{0,4}不如|(?:吃药|打针|输液|手术|开刀|住院|看医生|去医院|跑医院|上医院|吃西药)[^,。]{0,2}(?:还)?不如|(?:西药|西医|激素|药物?)[^,。]{0,3}(?:只能)?治标[^。]{0,12}治本|(?:不用|不必|无需|省得|免得)再[^,。]{0,6}?(?:往|跑|去|上)(?:医院|诊所)(?:(?<=(?:它|这台|这款|这个|一台|本品|在家|用上|有了)[^\n]{0,40})|(?=[^\n]{0,16}(?:它|这台|这款|本品|在家)))|把(?:医院|理疗科|诊所|药房|康复科)[^,。]{0,4}搬(?:回|到)(?:了)?家|(?:它|这台|这款|这个)(?:就是|相当于|等于)[^,。]{0,4}(?:家庭医生|私人医生|私人医院|理疗师)|better than|(?:works?|acts?) faster than|(?:works?|is) (?:just )?as (?:well|good|effective) as (?:\w+ ){0,2}(?:surgery|drugs|medicines?|medications?|prescriptions?|injections?|physio(?:therapy)?|a doctor)|(?:surgery|drugs|medicines?|medications?|pills|injections|hospitals?)[^.!?\n]{0,40}(?:works?|is) (?:just )?as (?:well|good|effective)|forget (?:about )?(?:expensive |costly )?(?:surgery|drugs|medications?|pills|injections|doctors?)|more (?:effective|powerful|potent) than (?:\w+ )?(?:drugs|medicines?|medications?|prescriptions?|pills|surgery|antibiotics|steroids|insulin)|replaces? (?:your )?(?:medications?|medicines?|drugs|pills|insulin)`,
    ].join('|'),
    basis: '广告法第十六条第一款第（三）项；第十八条第一款第（四）项',
    message: {
      'zh-CN': '与其他药品、医疗器械或医疗机构比较功效、安全性，或声称可替代药物。',
      'en-US':
        'Compares efficacy or safety with other drugs, devices or hospitals, or claims to replace medicine.',
    },
    exempt: { sentence: `${CITATION}|${CLINICAL_COMPARISON}`, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-08',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '专家/机构/名人推荐', 'en-US': 'Endorsement' },
    pattern: [
      String.raw`(?:专家|医生|医师|教授|主任|院长|领导|名医|院士|博士|药师|权威|协会|学会|医院|机构|明星|名人|网红|大咖|主播|代言人)(?:们)?(?:联合|一致|强力|倾情|都|亲自|共同|强烈|极力|纷纷|郑重)?(?:推荐|力荐|推崇|认证|认可|指定|首推|代言|背书|都在用|都在吃|都在喝|在用|在喝|力挺)|(?:明星|网红|主播|医生|专家)同款|(?:指定|推荐)用药|(?:doctor|dermatologist|expert|physician|pharmacist|dentist|nutritionist|celebrit(?:y|ie)|star|influencer)s?[- ](?:recommended|approved|endorsed|trusted|tested|favou?rites?|choice|pick)|recommended by (?:\w+ ){0,4}(?:doctors?|experts?|dermatologists?|celebrit(?:y|ies)|physicians?|stars?|pharmacists?|hospitals?|p(?:a)?ediatricians?|dentists?|nutritionists?)|${words('doctors?|physicians?|dermatologists?|experts?|pharmacists?|nutritionists?|dentists?|celebrit(?:y|ies)|stars?|influencers?|professors?|hospitals?')}[^.!?\n]{0,24}?\b(?:swear by|recommends?|endorses?|trusts?|approves?|(?:all )?(?:use|love)s? (?:it|this|these|them|our))\b|as seen on (?:tv|cctv)|\d+ (?:out of|in) \d+ (?:doctors|dentists|experts|dermatologists)`,
      // An authority with an endorsing act, however far apart in the clause: 协和的老专家都说这款钙片好,
      // 药剂科都在进, 主任医师自己家里都备着, 骨科教授亲自把关.
      String.raw`(?:${AUTHORITY})(?:们)?(?![^,。]{0,4}评(?:选|为|定))[^,。]{0,10}?(?:${ENDORSE})|(?:${AUTHORITY})[^。]{0,16}?,(?:(?:我|他|她|人家|老人家)(?:们)?(?:今天|在这里|给大家|自己|家里|平时|和家人)?|今天|在这里)[^,。]{0,10}?(?:${ENDORSE})|${ENDORSE_CAPTION}|doctors?[- ]recommended|recommended by doctors?`,
    ].join('|'),
    basis: '广告法第十六条第一款第（四）项',
    message: {
      'zh-CN': '利用专家、医生、机构或名人为产品作推荐、证明。',
      'en-US': 'Uses experts, doctors, institutions or celebrities to recommend or vouch for a product.',
    },
    // "专家推荐每天步行" is health advice; an endorsement is about something sold, or framed to sell.
    subject: { sentence: `${PRODUCT_CUE}|${ENDORSE_FRAMING}|${ENDORSE_CAPTION}`, when: PROMO },
  }),
  rule({
    id: 'AD-09',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '患者证言/前后对比', 'en-US': 'Patient testimonial or before/after' },
    pattern: [
      String.raw`感谢信|锦旗|亲测(?!没|无|不)(?:有效|好用|管用)?|亲自(?:试过|试用|体验过?)|(?:治好|治愈)了(?:我|俺)|现身说法|亲身(?:经历|体验|见证|试用|体会|感受)|(?:患者|病友|顾客|用户|客户|宝妈|网友|买家)(?:的)?(?:真实)?(?:见证|证言|好评|晒单|感言)|好评如潮|(?:使用|服用|治疗|用药)?前后(?:的)?对比(?:图|照|照片|视频)?|(?:${USE_VERB})了(?!我们|本品)[^。]{0,14}?(?:全好了|直接没了|就好了|治好了|痊愈了|断根了|降下来了|正常了|不疼了|不痛了|不痒了|都没了|全没了|变好了|好多了|消失了|没了|降(?:到|至)了?\d|从\d+降到|再也没(?:犯|复发|疼|痛|高)过?|(?:彻底|完全|基本|竟然|居然)好了)|(?:让|使)(?:我|俺)(?:的|家|妈|爸)?[^,。]{0,8}(?:血糖|血压|血脂|尿酸|体重)?从\d+(?:\.\d+)?(?:降|掉|减)(?:到|至)了?\d`,
      // A past use with an improvement: 坚持敷了一个月，斑淡了好多; 用了两周，脱发明显减少.
      String.raw`(?:(?:${PAST_USE})|(?:她|他|阿姨|大爷|大妈|叔叔|奶奶|爷爷|老人家|顾客|客户|患者)(?:${USE_VERB})(?:了|过|完))[^。]{0,16}?(?:${IMPROVED})(?<!(?:${PEOPLE_SHARE})[^\n]{0,60})(?![^\n]{0,30}(?:${PEOPLE_SHARE}))`,
      String.raw`靠(?:它|这个|这款|这瓶|这盒|这套)[^,。]{0,6}(?:救回来|好的|治好|调好|养好|瘦下来)|(?:就是|全靠|都是)(?:用|吃|喝|靠)(?:它|这个|这款|这瓶|这盒)(?:给)?(?:治|调|养)?好的|(?:感谢|多亏|幸亏|幸好)[^,。]{0,10}(?:帮|让|使)(?:我|她|他|俺)[^,。]{0,8}(?:走出|摆脱|治好|告别|好了|恢复|瘦了)|真实案例|返图|晒图|(?:好评|反馈|聊天)(?:截图|图)|(?:客户|用户|顾客|买家)反馈|反馈截图|买家秀|顾客来信|老顾客的来信|受益者|(?:真的|居然|竟然)?(?:把|让)(?:我|俺)的?[^,。]{0,6}(?:治好|调好|看好)了|被(?:它|这个|这款)[^,。]{0,4}(?:治好|调好|搞定|救)|(?:顾客|客户|用户|买家|粉丝)(?:发来|晒出|分享)的(?:照片|截图|反馈|视频)|(?:以前|之前|原来)[^。]{0,14}(?:疼|痛|失眠|睡不着|喘|不能|走不了|上不了)[^。]{0,8}现在[^。]{0,6}(?:能|可以|不疼|不痛|好了|没事)`,
      // A customer's report relayed by the seller: 很多姐妹跟我说，用了…鼻炎算是彻底根除了.
      String.raw`(?:姐妹|宝妈|顾客|客户|用户|粉丝|家人|老铁|网友|朋友|阿姨|大爷|大妈|患者|病友|学员)(?:们)?[^。]{0,10}?(?:跟我说|告诉我|和我说|对我说|反馈说?|留言说?|私信说?|发消息说|打电话说|(?:他|她)(?:们)?(?:说|讲|反馈))[^。]{0,40}?(?:${IMPROVED}|根除|治好|痊愈|除根|断根|好利索)(?<!(?:${PEOPLE_SHARE})[^\n]{0,60})(?![^\n]{0,30}(?:${PEOPLE_SHARE}))`,
      // Before and after, shown or sent: 粉丝@小雨妈妈 发来的对比图，左边是用之前，右边是现在; in English.
      String.raw`(?:用|使用|吃|服用|敷|涂|治疗|调理)(?:之|以)?前(?:和|与|跟|、|vs)(?:用|使用|吃|服用|敷|涂|治疗|调理)?(?:之|以)?后(?:的)?(?:对比|比较|照片|变化|区别)|(?:粉丝|顾客|客户|用户|买家|宝妈|网友|学员|会员|老铁|姐妹|病友|患者)[^,。]{0,12}(?:发来|晒出|分享|寄来|发给我|发我|传来)(?:的)?[^,。]{0,4}(?:照片|截图|反馈|视频|对比|前后|照|图)|(?:用|吃|喝|敷|涂|抹|做|治疗|调理|服用|使用)(?:之|以)前[^。]{0,14}(?:用|吃|喝|敷|涂|抹|做|治疗|调理|服用|使用)(?:了)?[^,。]{0,6}?(?:之|以)后|左边(?:是)?[^,。]{0,8}前[^。]{0,12}右边|before (?:and|&|vs\.?|/) after|before-and-after|changed my life|(?:my|her|his) (?:skin|acne|pain|eczema|psoriasis|blood (?:sugar|pressure)|weight|knees?|back)\b[^.!?\n]{0,30}?(?:gone|cleared|disappeared|better|normal|dropped|healed)`,
    ].join('|'),
    basis: `广告法第十六条第一款第（四）项；${ADS_REVIEW_MEASURES}`,
    message: {
      'zh-CN': '以患者、用户名义作证明，或展示使用前后对比。',
      'en-US': 'Testimonial in the name of patients or users, or before/after comparison.',
    },
    // A clinical case description is not a testimonial; a first-person success story is.
    subject: { sentence: FIRST_PERSON_STORY, when: PROMO },
    // A patient reporting what the doctor prescribed and said is not a testimonial for a product.
    exempt: { sentence: `${DOCTORS_ORDERS}|${SHARE}`, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-10',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '无效退款/承保', 'en-US': 'Money-back or insurance guarantee' },
    pattern: [
      String.raw`无效(?:全额)?退(?:款|钱)|全额退款|不满意(?:全额)?退(?:款|钱)|(?:治|医)?不好(?:全额)?退(?:款|钱)|(?:无效|不好)包退|保险公司(?:承保|担保|赔付|保障)|(?:人保|平安|太平洋|国寿|人寿)(?:承保|担保)|(?:效果|疗效)(?:保证|承诺|担保)|承诺(?:有效|治愈|疗效|见效|治好)|签约(?:治疗|保障)|(?:保|包)(?:效果|疗效)|不(?:好|见效|有效)不(?:要|收)钱|(?:无效|不满意|没效果|不见效|治不好|不好)[^。]{0,8}(?:退款|退钱|退还|退费|退货|返还)|(?:无效|没效果|不见效|治不好|不好)不(?:要钱|收钱|收费|花钱)|无条件退(?:款|货)|(?:空瓶|空盒|吃完|用完|喝完|拆封|开封)(?:了)?(?:也|都|照样)(?:能|可以|可|给)?(?:退|全额退|退款|退钱)|不成功不收(?:费|钱)`,
      // No effect, then money back: 七天没效果，钱原封不动退给你; 瘦不下来，我们退你双倍.
      String.raw`(?:${NO_EFFECT})[^。]{0,10}?(?:${REFUND})|(?:保险|保单|疗效险|效果险)[^,。]{0,6}(?:兜底|承保|担保|赔付|理赔|保障疗效|保效果)|疗效(?:保险|险|合同)|(?:疗效|效果)[^,。]{0,4}(?:写进|写入|签)合同|效果险|先(?:治疗|治病|看病|体验)后付(?:费|款|钱)|money[- ]back`,
    ].join('|'),
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
    pattern: [
      String.raw`热销|热卖(?!榜)|畅销|(?:年|月|日)销(?:量)?(?:破|超)?(?:\d+|[一二三四五六七八九十百千万]+)|断货王|卖断货|卖爆|爆卖|(?:加|再|额外|即|就|还|另|并)送|(?:加|再|另)赠|体验装|立减|骨折价|跳楼价|白菜价|清仓|狂销|疯抢|抢购|秒杀(?<!(?:效果|疗效|性能|品质)秒杀)|爆款|限时(?:特价|优惠|折扣|抢|秒杀|促销|免费|特惠|福利|活动)?(?!进食|饮食|禁食|段)|(?:免费|0元|零元)(?:治疗|赠送|送|领取?|体验|试用|诊疗|手术|检查|体检|筛查|拿药|用药|试吃|试喝|拿|带回家)|赠送|赠品|送完即止|名额有限|数量有限|前${NUM}名[^,。]{0,6}?(?:送|赠|免费|半价|返|立减)|仅剩\d+|手慢无|(?:家庭|居家|旅行|出行|老人|老年人|中老年人?|女性|男性|孕妇|上班族)必备|必备良药|(?:申请|报名|限量)试用|试用(?:装|品|活动|名额|价)`,
      // Scarcity, discounts, gifts and social proof: 库存告急, 先到先得, 只限今天, 全场五折, 领券,
      // 一分钱体验, 多塞两包试吃装, 爆单, 回购.
      String.raw`先到先得|破价|仅此一次|错过(?:就|再)?(?:真的)?(?:没有|没)了|错过不再|(?:每年|每月|每天|一年|每批|每季)只(?:做|产|出|供应|卖)${NUM}(?:份|瓶|盒|罐|斤|个|件)|库存(?:告急|紧张|不多)|即将售罄|售罄|抢完|抢光|抢疯|卖疯|爆单|卖(?:到|得)?(?:断货|脱销|空|光)|(?:家庭|用户|顾客|老客|人|次)回购|(?:只|仅)剩(?:最后)?${NUM}?|最后${NUM}(?:盒|瓶|单|名|件|份)|(?:只|仅)限(?:本场|直播间|前)|今日限定|限量(?:发售|供应|抢购|${NUM})|过时不候|错过(?:今天|今晚|这次|这波|本场)|再等一年|福利(?:价|款|来了)|直降(?:${NUM}元|(?=[!,。]|$))|返现|立返|(?:一分钱|1分钱|0\.01元)(?:体验|购|抢|拿|带走|带回家|试)|零元带回家|试吃装|试喝装|小样|(?:再|多|额外)(?:塞|送)${NUM}(?:包|盒|瓶|支|份|件|袋|罐)|送价值|价值${NUM}元的|(?:家家户户|每家每户|每个家庭|每家|家家)[^,。]{0,6}(?:至少)?(?:备|必备|常备|都该有|少不了|离不开)|口碑炸裂|(?:每单|每份|下单)(?:再|多)(?:加|送)?${NUM}(?:瓶|盒|支|包|份|件|袋)|只有这一波|仅此一波|就这一波|过了这村|只有最后${NUM}|抢到就是赚到|卖(?:出|了)${NUM}(?:万)?(?:瓶|盒|单|件|份|支)|抽(?:${NUM})(?:位|名|个)?[^,。]{0,4}送|抽奖|不要${NUM}[^。]{0,12}只要${NUM}|居家常备|恢复原价|过了(?:今晚|今天|零点|12点|十二点)(?:就|立马|马上)?(?:恢复|涨|没)|(?:要的|想要的|需要的)(?:抓紧|赶紧|快)|(?:抓紧|赶紧)(?:下单|上车|拍|抢)|limited[- ]time (?:offer|only|deal|sale|discount|price)|free gift|limited (?:stock|supply|offer|edition|quantit(?:y|ies))|while (?:stocks?|supplies) last|only \d+ (?:left|bottles|boxes|units|packs|spots)|grab (?:yours|it|one|them)\b|${words('hurry')}|act now|selling fast|best[- ]?sellers?|sold out|free (?:trials?|samples?)|\d+% off|order (?:now|today)|last chance|flash sale|buy \d+,? get \d+`,
      BUY_GET,
    ].join('|'),
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '含“热销、抢购、试用、免费治疗、免费赠送、家庭必备”等诱导性内容。',
      'en-US':
        'Inducement such as "best-seller", "rush to buy", "free trial", "free treatment", "free gift".',
    },
    // Free screening or vaccination under a public programme is a public-health fact.
    exempt: {
      sentence:
        // Nor are a café's or a restaurant's offers health ads.
        '国家|政府|医保|公共卫生|基本公卫|疾控|卫健委|卫生健康委|社区卫生服务|公益|义诊|免疫规划|救助|慈善|援助|奶茶|咖啡|火锅|烧烤|餐厅|饭店|蛋糕|外卖|面包|汉堡|炸鸡|电影|衣服|鞋子',
      when: NOT_PROMO,
    },
  }),
  rule({
    id: 'AD-12',
    kind: 'classifier',
    severity: 'high',
    name: { 'zh-CN': '评比/排名/获奖', 'en-US': 'Rankings and awards' },
    pattern: RANKING,
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '以评比、排名、获奖、指定等综合评价宣传产品。',
      'en-US': 'Promotes a product with rankings, awards or "official product" status.',
    },
    subject: {
      sentence: `${GOODS_CUE}|补剂|补给|(?:本院|我院|本中心|我们医院)(?=[^。]{0,30}(?:十佳|十强|百强|榜|排名|第[一二三]|冠军))`,
      when: PROMO,
    },
  }),
  rule({
    id: 'AD-13',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '恐吓性内容', 'en-US': 'Fear-mongering' },
    pattern: [
      String.raw`(?:不用|不买|不吃|不喝|不试)(?:这个|它|本品|我们的)?[^,。]{0,2}(?:就会|会|就|将)[^,。]{0,4}(?:后悔|来不及|晚了|癌变|截肢|瘫痪|失明|猝死|没命|丧命|要命)|再不(?:治|吃|用|买|调理|治疗|补|养|护|调|管|重视)[^。]{0,8}?(?:就|会|将)|后悔(?:都来不及|莫及|一辈子|终生)|再拖(?:下去)?(?:就)?(?:晚了|来不及|没救)|(?:癌变|截肢|瘫痪|猝死|失明)(?:就在眼前|找上门|近在咫尺)|只能等死|必死无疑|死路一条|(?:别拖|再拖|拖久了|拖下去|拖着)[^。]{0,8}?(?:变成|发展成|转成|拖成)?(?:癌|晚了|来不及|没救|瘫痪|截肢|失明|猝死|尿毒症)|再不[^,。]{1,4}[,]?[^。]{0,10}?(?:就|会|将)[^。]{0,10}?(?:碎|坏死|恶化|偏瘫|瘫|癌|没救)`,
      // Inaction leading to a dire end, and the idioms of dread: 现在不重视，等到中风就只能躺在床上了;
      // 离尿毒症就不远了; 下一个癌症患者可能就是你; 一颗定时炸弹.
      String.raw`(?:${INACTION})[^。]{0,16}?(?:${DIRE})|定时炸弹|后果不堪设想|等(?:到)?哪天[^。]{0,16}(?:抢救|急救|送医|送进|住院|倒下|中风|瘫|猝死)|就知道厉害了|有你受的|不堪设想|一觉不醒|随时(?:会|可能)?(?:要命|没命|丧命|猝死|倒下)|下一个[^,。]{0,8}就是你|离[^,。]{0,6}(?:不远|只有一步)|(?:发现|查出)(?:时)?就是晚期|(?:早晚|迟早|总有一天)(?:会|要|得)?(?:变成|发展成|拖成|得|瘫|癌|出大问题|出事|完蛋|垮|废|变硬|变黑|坏掉|烂|衰竭)|只能(?:坐轮椅|躺|卧床|截肢|透析|等死|(?:一刀)?切(?:掉|除)|开刀|挨刀|做手术)|(?:小心|当心)(?:哪天|有一天|以后|将来|到时候|早晚|迟早)[^,。]{0,10}(?:${DIRE}|进医院|住院|挨刀|上手术台)|等着[^,。]{0,8}?(?:${DIRE}|进医院|住院|挨刀|上手术台|受罪|遭罪|吃苦头|吃一辈子药|打一辈子针)|(?:就|只能)等着(?:瞧|后悔)|(?<=(?:^|\n)[^\n]{0,8}(?:不|没|别)[\u4e00-\u9fa5]{1,4}(?:吗|呢)?\n+)(?:小心|当心|否则|不然|要不然)[^\n]{0,14}?(?:${DIRE})|before it'?s too late|(?:or|otherwise) (?:you'll|you will|you could|you may) (?:regret|die|end up|lose)|don't wait until|ticking time bomb|you could be next|(?:could|will) kill you|(?:眼睛|眼|脚|腿|肾|肝|心脏|血管)(?:会|就会|要)(?:瞎|烂|坏|废|衰竭|堵死|爆)`,
    ].join('|'),
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '使用“不用就会……”“再不治就……”等恐吓性语言。',
      'en-US': 'Frightens readers ("without it you will…", "treat it now or…").',
    },
    // A measured clinical warning (如果不及时治疗，可能发展为肝硬化) informs; dread idioms do not.
    exempt: { sentence: MEASURED_WARNING, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-14',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '包治百病/老少皆宜', 'en-US': 'Cures all / for everyone' },
    pattern: [
      String.raw`包治(?:百病|所有|各种)|哪(?:里|儿)(?:不舒服|疼|痛)(?:就)?(?:贴|用|抹|擦|按|涂)哪(?:里|儿)|专治各种|专治(?:各类|一切)?疑难杂症|百病(?:全消|不侵|可治|皆治|可防|不生)|什么病都(?:能治|治|可以治)|万病可治|一药多治|(?:男女)?老少(?:皆宜|咸宜|都适用|皆可|通用)|(?:人人|所有人)(?:都)?适用|适合所有人|万能(?:神)?药|(?:孕妇|孕妈|儿童|老人|婴幼儿|婴儿|宝宝|小孩|敏感肌)[^。]{0,8}(?:都(?:能|可以)(?:放心)?|也(?:能|可以)放心)(?:吃|服用|使用|用|贴|喝|涂|抹|擦|喷)|(?:男女老幼|男女老少|老老少少|老人小孩|老人孩子|大人小孩|全家(?:人|老小)?|一家老小|孕妇小孩|孕妇儿童)[^,。]{0,4}(?:都|皆|均)(?:(?:能|可以|可)(?:放心)?(?:吃|喝|服用|使用|用)|适合|适用|宜|用得上|用得着|能用上)|(?:、[^,。、]{1,6}){2,}(?:统统|通通|全都|全部|一并)(?:都)?(?:能|可以)?(?:治|调理|搞定|解决|改善|好)`,
      // Everyone can take it: 男女老少都合适, 人人都能吃, 上到八十老人下到三岁孩童都可以喝.
      String.raw`(?:${EVERYONE})[^。]{0,10}?(?:都|皆|均|全)(?:(?:能|可以|可|能够)(?:放心)?(?:[^,。]{0,3}受益|吃|喝|服用|使用|用)|合适|适合|适用|宜)|(?:${EVERYONE})(?:都)?(?:通用|适用|皆宜)|适(?:用|宜|合)人群[:]?(?:所有人|全部人群|任何人|男女老少|全人群|一切人群)|(?:不管|无论|不论)[^。]{0,16}还是[^。]{0,12}都(?:能|可以|可)(?:放心)?(?:吃|喝|用|服用)|safe for (?:everyone|all ages|the whole family|all the family|kids and adults)|suitable for (?:everyone|all ages)|(?:${DISEASE})(?:[、,]?(?:${DISEASE})){2,}[^。]{0,8}?(?:一(?:盒|瓶|贴|粒|片|包|种|款)|统统|通通|全都)(?:就|全|都)?(?:能)?(?:调理|搞定|解决|治|管|调)`,
      // Every illness, or a list of them, handled by one product.
      String.raw`(?:治|调理|调|搞定|解决|改善)[^,。]{0,4}(?:${EVERY_ILLNESS})|(?:${EVERY_ILLNESS})[^。]{0,8}?(?:能治|都治|可治|都管|管用|搞定|全搞定|清除|调|调理|解决|对付|全覆盖|都能|通吃|统统|都有好处|都有效|都有用)|、(?:[\u4e00-\u9fa5]{1,6}、)+[\u4e00-\u9fa5]{1,6}[,]?[^。]{0,6}?(?:都能|都可以|统统|通通|全都|全部|一并|都管|都是它|它都|这一?[瓶盒贴]都)(?:都是它的|是它的|都)?(?:能)?(?:治|调|管|搞定|解决|对付|改善|缓解|根治|消除|调理)|、(?:[\u4e00-\u9fa5]{1,6}、)+[\u4e00-\u9fa5]{1,6}[,]?(?:这一?|一)[片粒贴瓶盒包袋](?:就|全|都)?(?:搞定|解决|对付|管用)|(?:一(?:瓶|盒|贴|片|粒|包|支|个|台)|一次|统统|通通)(?:就|全|都)?(?:搞定|解决|治好|对付|管住|全管|包揽)[^。]{0,4}[\u4e00-\u9fa5]{1,6}(?:、[\u4e00-\u9fa5]{1,6}){2,}`,
    ].join('|'),
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '宣称包治百病或适用于所有人群。',
      'en-US': 'Claims to cure everything or to suit everyone.',
    },
    // An exercise that suits all ages (八段锦动作柔和，老少皆宜) is advice, when nothing is sold.
    exempt: { sentence: EXERCISE_ADVICE, when: NOT_PROMO },
  }),
  rule({
    id: 'AD-15',
    kind: 'regex',
    severity: 'high',
    name: { 'zh-CN': '鼓励过量使用', 'en-US': 'Encouraging overuse' },
    pattern: [
      String.raw`多吃多好|多(?:吃|喝|用|服)(?:几|点)?(?:盒|瓶|片|粒|袋)?(?:效果|疗效)?(?:更|越)(?:好|有效|快)|越多越好|(?:吃|喝|用)得越多[,]?[^。]{0,6}?越(?:好|彻底|快|明显|有效|健康)|(?:长期|终身|一直|天天|随便|随意|大量)(?:服用|吃|使用|用|喝)(?:也|都)?(?:无害|不伤身|没事|没问题|没关系|无副作用|不会有问题|不会上瘾)|放心(?:大量|长期|随意|随便|加量|大胆)(?:服用|吃|喝)|加(?:大|倍)(?:剂量|用量)(?:效果)?(?:更好|更快)|剂量(?:越大|加倍)(?:越好|效果越好)|当饭吃|想(?:吃|喝|用)多少(?:就)?(?:吃|喝|用)多少|没有剂量限制|(?:吃|喝|用|服用)(?:多久|多少|多长时间|再久)都(?:安全|无害|没事|没问题|不伤身)`,
      // More is better, dose does not matter: 多多益善, 加倍吃, 多吃一点也没关系, 喝得越勤效果越好,
      // 当零食吃, 吃一辈子都行, 效果翻倍, 疼了就吃.
      String.raw`多多益善|不嫌多|加倍(?:吃|喝|用|服)|(?:效果|疗效)翻倍|多(?:吃|喝|用|服)(?:一)?(?:点|些|几[粒片包盒瓶袋]?)(?:也|都)?(?:没关系|没事|无妨|无所谓|不要紧)|(?:吃|喝|用|服)得越(?:多|勤)[^,。]{0,6}越|越(?:吃|喝|用)越(?:年轻|健康|好|瘦|漂亮|精神|有效)|(?:当|作为|当成|当作)(?:零食|饭|白开水|开水|茶水|水|饮料)(?:一样|来)?(?:吃|喝)|不用(?:管|控制|限制|在意|讲究|太讲究)[^,。]{0,4}(?:量|剂量|用量|次数|间隔)|剂量不用(?:太)?(?:讲究|控制|在意)|(?:吃|喝|用)(?:一辈子|终身)(?:都行|都可以|都没事|也没事|没问题)|可以一直(?:吃|喝|用)下去|(?:常年|长年|终身)(?:服用|吃|喝|用)(?:下去)?(?:也|都)?(?:无妨|没事|没问题|都行|无害|放心)|(?:长期|终身|一直|天天|常年)(?:服用|吃|使用|用|喝)(?:也|都)(?:不会|不)(?:对[^,。]{1,4})?(?:造成|有|伤|损)|(?:长期|终身|一直|天天|常年)(?:服用|吃|使用|用|喝|泡|涂)[^,。]{0,6}(?:只有好处|没有坏处|有益无害|百利)|至少(?:吃|喝|服)?(?:十|\d{2,}|[五六七八九])(?:粒|片|包|袋)|一天(?:吃)?(?:三|四|五|\d)次都不|疼了就吃|想吃就吃|不怕多吃|(?:就|再)多(?:吃|喝|服|用)${NUM}(?:粒|片|包|袋|次)|不用(?:管|看|理)(?:说明书|剂量|用量)|(?:长期|终身|一直|天天|常年)(?:服用|吃|使用|用|喝)(?:也|都)没有?(?:任何)?(?:问题|事|影响)|多(?:吃|喝|用|服|来)${NUM}?(?:点|些|粒|片|包|袋|盒|瓶)?(?:也|都)(?:没事|没关系|无妨|不要紧|不怕)|剂量[^,。]{0,4}(?:翻倍|翻一倍|加倍|加大一倍|加一倍)|(?:吃|喝|用)多少都(?:不会有?|没)(?:问题|事|关系)|more is better|多(?:吃|喝|用|服|补|来)${NUM}?(?:一)?(?:点|些|粒|片|包|袋|盒|瓶)?(?:也|都|总)?(?:没(?:有)?(?:坏处|害处|毛病|副作用)|有益无害|只有好处|更保险)|(?:一天|每天|一次)(?:吃|喝|服|补)(?:个|上)?${NUM}(?:片|粒|颗|包|袋|杯|瓶|勺)[^,。]{0,4}(?:都|也|完全)?(?:没问题|没事|没关系|不要紧|不碍事)|(?:吃|喝|用|服|补|涂|敷|泡)(?:得)?越(?:多|勤|久|早)[^。]{0,12}?越(?:好|健康|干净|彻底|快|明显|有效|年轻|漂亮|瘦|精神|灵|强|壮|聪明|通|顺|舒服|轻松|白|亮|管用|棒|结实|硬朗|有劲|长寿)|越早(?:吃|喝|补|服)越(?:好|健康|年轻|受益)|宁(?:可|愿)多(?:吃|补|喝|用)|多(?:吃|喝|用|服|补)${NUM}(?:杯|粒|片|包|袋|碗|勺)[^,。]{0,2}(?:反而|才|还)(?:对[^,。]{1,4})?(?:好|有益|健康|有好处)|宁多勿少|多(?:吃|补|喝)(?:总)?比(?:少|不)(?:吃|补|喝)(?:好|强)|多(?:吃|喝|用|服)(?:一)?(?:点|些|几[粒片])?(?:就|才)?(?:好得(?:更)?快|见效(?:更)?快|效果(?:更)?好|更有效)|(?:就|再)加${NUM}(?:粒|片|包|袋|勺)|safe (?:to take |to use |for )?(?:every day|daily|forever|long[- ]term(?: use)?|for life|indefinitely)|the more you (?:take|drink|eat|use)\b[^.!?\n]{0,30}the better|(?:take|drink|eat|use) (?:it )?as (?:much|many|often) as you (?:want|like)|can't overdose|no (?:dosage |dose )?limits?\b|safe to take (?:every day|daily|forever|long[- ]term|for life)`,
    ].join('|'),
    basis: ADS_REVIEW_MEASURES,
    message: {
      'zh-CN': '鼓励、诱导过量或长期使用。',
      'en-US': 'Encourages using more, or for longer, than needed.',
    },
  }),
  rule({
    id: 'AD-16',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': '祖传秘方', 'en-US': 'Secret recipe' },
    pattern: [
      String.raw`祖传秘方|宫廷秘方|宫廷御方|秘方|秘传|独门秘方|名医传授|名医秘传|名医亲传|亲传配方|老中医传授|老祖宗传下来|祖上传下来|御用配方|千年古方|独门配方|御医秘制|御医配方|宫廷配方|秘制配方|祖上三代|传承秘方|土方秘制|千年验方|百年验方|古法验方|老验方`,
      // A lineage or a secret with a recipe or technique: 太爷爷那辈就用的老配方, 太医院流传下来的养生方,
      // 师父临终前才传给我的接骨方, 老药农压箱底的方子; or the recipe first: 方子是宫里传出来的.
      String.raw`(?:${LINEAGE})[^,。]{0,12}?(?:${RECIPE})|(?:${RECIPE})[,]?[^,。]{0,6}(?:是|为|乃|来自|源自|出自)[^,。]{0,14}(?:${LINEAGE}|宫里|宫中|皇宫)|(?:只收过?|只传过?|仅收过?|只带过?|一生只收)${NUM}(?:个|位|名)?(?:徒弟|弟子|传人)|(?:${RECIPE})[^。]{0,30}(?:头一回|第一次|首次)(?:拿出来|公开|对外|外传|传出)|secret (?:recipe|formula|remedy)|ancient (?:recipe|formula|remedy|secret)|ancestral (?:recipe|formula|remedy)|passed down (?:for|through|over) (?:\w+ )?generations|imperial (?:recipe|formula)|(?:名医|国医|圣手|大师|老中医|神医|御医|太医)[^,。]{0,4}(?:亲传|真传|传授|秘传|所传)|压箱(?:底|宝)|只传[^,。]{0,4}不传|(?:${RECIPE})[^,。]{0,4}(?:传了|传承了?|流传了?)${NUM}(?:代|辈|百年|千年)|传男不传女|不传外人|秘而不宣|秘不外传|概不外传|从不外传|(?:不能|不可|不得|不许|不准|从没|从未|从来没|没)(?:有)?外传(?:过)?`,
    ].join('|'),
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
    pattern: [
      String.raw`(?:国家卫健委|卫健委|卫生健康委|疾控中心|卫生部|(?:国家)?(?:食品)?药品监督管理局|市场监督管理总局|国家药监局|药监局|食药监|国家中医药管理局|国务院|中央|解放军|部队|军区|军队|军方|武警|军医|中南海|人民大会堂)[^,。]{0,4}(?:推荐|认证|认可|指定|特供|专供|监制|合作|研制|研发|同款|采购|御用|专用|特需|供应)|军供|军工(?:品质|级|标准|工艺|技术)|国家(?:级)?(?:背书|担保)|特供|军需|军用品|军队专供|部队专用|国宴专用|首长专用|(?:国徽|军徽|警徽|党徽|八一军徽|解放军军旗)(?:图案|标志|标识|图样)?|国礼|国宾(?:礼品|用茶|用酒|专用|指定|馆)|(?:送给|赠送给?|招待|款待)[^,。]{0,4}(?:外国)?(?:元首|政要|首脑|国宾)`,
      // A state or military body favouring a product: 部委认可, 武警系统内部长期采购, 国宴用酒, 官方背书.
      String.raw`(?:${STATE_BODY})[^,。]{0,10}?(?:${STATE_FAVOUR})|(?:专供|特供|供应给?|配发给?|特聘|聘请|返聘)[^,。]{0,4}(?:${STATE_BODY})`,
    ].join('|'),
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
    pattern: [
      String.raw`(?:临床|研究|实验|试验|科学|医学|数据|权威机构|专家|大量|多项|科学家|医学家)(?:们)?(?:已经?|均|都)?(?:证明|证实|验证|表明|显示|发现)|据[^,。]{0,6}(?:研究|报道|统计|调查)|(?:国外|美国|日本|德国|哈佛|牛津|最新)(?:的)?(?:研究|科学家|专家)(?:表明|显示|发现|证实|证明)|经(?:过)?(?:临床|大量|科学)?(?:验证|证实|检验|试验证明)`,
      // Research, data or scholars said to show something: 科研团队的数据显示, 有论文指出, 一项大型研究告诉我们,
      // 日本科学家最新发现; an expert's opinion (专家指出) is not research.
      String.raw`(?:${RESEARCH_SOURCE})[^,。]{0,10}?(?:,(?:结果|最后|最终)?)?(?:${RESEARCH_SHOWS})|clinically (?:proven|tested|shown)|scientifically (?:proven|shown|tested)|(?:专家|医学|科学|权威机构|团队)[^,。]{0,8}?(?:证明|证实|表明|验证)|经过?[^,。]{0,8}(?:人体)?(?:试验|实验(?!室)|临床验证)|根据[^,。]{0,6}(?:最新|权威)[^,。]{0,6}(?:研究|报告|数据|统计|调查)|权威(?:统计|数据|研究|调查|报告)|(?:诺贝尔奖?|院士|哈佛|权威)[^,。]{0,8}(?:研究|科研)成果`,
    ].join('|'),
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
    // The text shows it by itself: a prescription or controlled drug offered to the public.
    subject: {
      sentence: `(?:${RX_DRUG}|${CONTROLLED_DRUG})[^。]{0,24}?(?:${OFFER})|(?:${OFFER})[^。]{0,16}?(?:${RX_DRUG}|${CONTROLLED_DRUG})|(?:${RX_DRUG})[^。]{0,40}?(?:推荐(?:给)?大家|安利|种草|闭眼(?:入|冲)|宝藏药?|一定要(?:打|吃|试)|强烈推荐|赶紧(?:买|打|吃)|大家试试)|(?:现货|有货|渠道|货源|代购|出售|有售|包邮|发货|拿货|私我|滴滴|帮忙开药|参加活动|都参加)(?<=(?:${RX_DRUG}|${CONTROLLED_DRUG})[\\s\\S]{0,80})`,
      when: { audiences: ['public'] },
    },
  }),
  rule({
    id: 'AD-20',
    kind: 'classifier',
    severity: 'block',
    name: { 'zh-CN': '特殊管理药品', 'en-US': 'Specially controlled drug' },
    pattern: CONTROLLED_DRUG,
    basis: '广告法第十五条第一款',
    message: {
      'zh-CN': '麻醉药品、精神药品、医疗用毒性药品、放射性药品等特殊药品不得作广告或推销。',
      'en-US': 'Narcotic, psychotropic, toxic and radioactive drugs may not be advertised or sold this way.',
    },
    // Naming morphine in pain-management science is fine; offering it is not.
    subject: { sentence: SALE_CUE, when: PROMO },
    // A product measured against sleeping pills, or sold as a way off them, is not selling them.
    exempt: {
      sentence: `严禁|禁止|举报|列入[^。]{0,10}管(?:理|制)|管制|打击|查处|比[^,。]{0,10}(?:${CONTROLLED_DRUG})|(?:代替|替代|取代|告别|摆脱|戒掉|不用再?吃|不再吃|不用依赖)[^,。]{0,6}(?:${CONTROLLED_DRUG})`,
    },
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
    pattern: [
      String.raw`降(?:低)?(?:血)?(?:糖|压|脂)|降尿酸|预防[^,。]{0,6}(?:病|癌|中风|卒中|梗)|抗癌|防癌|抗肿瘤|治癌|(?:能|可以|可|专门|有效|帮助|用于)(?:治疗|治愈|治好|预防|防治)|抑制(?:癌|肿瘤)细胞|杀(?:死|灭)?(?:癌|肿瘤)细胞|溶(?:解)?血栓|软化血管|疏通血管|清除血管垃圾|清理血管|净化血管|血管清道夫|远离(?:心梗|脑梗|中风|卒中|癌症|肿瘤|三高|糖尿病|高血压|痛风|心脑血管病)|(?:病|炎|症|秘|眠|压|糖|脂)(?:全|都|也)?(?:好了|没了|消失了|治好了)|修复胰岛|(?:降|调)三高|消炎|杀菌|抗病毒|治(?:疗)?(?:糖尿病|高血压|高血脂|痛风|失眠|便秘|胃病|关节炎|癌症|肿瘤|心脏病|冠心病|脂肪肝)|(?:血糖|血压|血脂|尿酸)(?:自然|很快|马上)?(?:就|都|也)?(?:下来了|降下来|降了|稳了|正常了)`,
      // Treating or preventing a disease, or the disease going away: 对付顽固性失眠, 远离老年痴呆,
      // 斑块会一点点变小, 骨质增生的克星, 前列腺炎不知不觉就好了, 修复受损的视神经.
      String.raw`(?:${TREAT})[^,。]{0,6}?(?:${DISEASE})|(?:${DISEASE})(?:患者|人群)?[^,。]{0,8}?(?:的克星|克星|好帮手|好伙伴|福音|就好了|好了|没了|消了|消散|变小|不再长大|不再发作|近不了身|不见了|治好了|降下来|恢复正常|都能调理|能调理|一扫而空|(?:再也)?不(?:再)?(?:找上门|来了|犯了|发作)|找不上门)|(?:血糖|血压|血脂|尿酸)[^,。]{0,6}(?:一天比一天|越来越|逐渐|慢慢)(?:低|降|稳|正常)|修复[^,。]{0,6}(?:胰岛|血管|软骨|神经|细胞|黏膜|肝脏?|肾脏?)|(?:血糖|血压|血脂|尿酸)(?:再也|就|都)?(?:不会|不再)(?:再)?(?:忽高忽低|波动|飙升|高|乱跳|升高)|(?:胰岛|胰岛功能|血管|肝脏|肝功能|肾功能)[^,。]{0,6}(?:恢复|修复|再生|变干净|干净了|通了)|(?:血压|血糖|血脂|尿酸)[^,。]{0,6}(?:控制在|稳定在|降到|降至|回到)|(?:帮|帮助|帮你|帮您)(?:稳住|控制|降|稳定|调)(?:血糖|血压|血脂|尿酸)|(?:癌细胞|肿瘤|病毒|细菌)[^,。]{0,4}(?:饿死|杀死|清除|消灭|杀灭|赶走)|(?:专门|专)(?:针对|治|对付|克)[^,。]{0,4}(?:${DISEASE})|血管[^,。]{0,4}(?:清爽|干净|通畅)|(?:不怕|不会|远离)(?:被)?(?:传染|感染|生病)|(?:专治|主治)(?!医)[\u4e00-\u9fa5]{2}|(?:排出|排掉|溶解|化掉)[^,。]{0,4}(?:尿酸|结石|血栓|斑块|结晶)|帮助[^,。]{0,4}(?:降|控|稳)(?:血)?(?:糖|压|脂)|把(?:高)?(?:血糖|血压|血脂|尿酸|糖)[^,。]{0,6}(?:降|稳|控|压|拉)(?:下来|下去|住|稳|到|了)|稳(?:住)?(?:血糖|血压|血脂|糖|压)|控(?:住)?(?:血糖|血压|血脂)|(?:控糖|降糖|稳糖|控压|降压|降脂)(?:就|全|都)?(?:靠|用|找)(?:它|这|我们)|(?:血糖|血压|血脂|尿酸)[^,。]{0,6}(?:稳稳|乖乖|慢慢)?(?:地|的)?(?:降下来|降下去|稳住|稳下来|不乱跳|不飙|不再高)|(?:血糖|血压|血脂|尿酸)[^,。]{0,4}?(?:就|都|也)?(?:稳稳(?:的|当当)|稳了|不高了|下来了|下去了|听话了?|老实了?)(?=[,!。]|$)|(?:血糖|血压|血脂|尿酸)[^,。]{0,6}从[^,。]{1,6}(?:降|掉|减|落)(?:到|至)|(?:${DISEASE})[^,。]{0,8}(?:也|都)?(?:能|可以|可)(?:提前)?(?:预防|防住|避免)|(?:吃|喝|用|选|找|认准)(?:它|这|我们)(?:就对了|准没错|没错)(?<=(?:${DISEASE})[^\n]{0,20})|(?:血糖|血压|血脂|尿酸)[^,。]{0,6}(?:往下走|往下降|往下掉)|lowers? (?:your )?(?:blood sugar|blood pressure|cholesterol|glucose|uric acid)|(?:prevents?|cures?|treats?|fights?|reverses?|kills?|heals?) (?:\w+ )?(?:cancer|diabetes|hypertension|tumou?rs?|arthritis|alzheimer'?s|dementia|heart disease|fatty liver|gout|viruses|infections?)|anti-?cancer`,
    ].join('|'),
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
    pattern: [
      String.raw`(?:点击|戳|点)(?:下方|文末|左下角|右下角|链接|这里|图片|小黄车)[^,。]{0,6}(?:购买|下单|抢购|领取|了解)|(?:购买|下单|抢购)链接|(?:门店|店铺|药房|药店|专卖店)(?:地址|电话|位置)|(?:淘宝|天猫|京东|拼多多|抖音|快手|有赞|微店|小程序|商城)(?:搜索|店铺|下单|购买|旗舰店|同款)|旗舰店|小黄车|(?:到|来)(?:我们|本)?(?:店|门店|药房|药店)(?:购买|选购|咨询)|橱窗|(?:评论区|置顶|主页|简介)[^,。]{0,8}(?:下单|购买|抢购|拍下)|链接(?:下单|购买|抢购|拍下)|同款[^,。]{0,8}(?:戳|点|见|在)(?:下方|文末|左下角|右下角|链接|小黄车|评论区|橱窗)|(?:戳|点击?)(?:左下角|右下角|小黄车|购物车)|(?:点击|戳)(?:这里|链接|下方|左下角|右下角)?(?:预约|报名|购买|下单|抢购|领取)|(?:来|到)(?:店里|门店|药房|药店|店内|我们店)(?:坐坐|看看|逛逛|选购|体验|咨询)|(?:大药房|药房|药店|健康馆|门店|专卖店)[\u4e00-\u9fa5]{1,6}(?:店|分店)\(`,
      // Where to buy, in a health article: 私信我发你购买方式, 主页商品栏里就有, 京东自营有售,
      // 戳左下角的购物袋, 搜索店铺名, XX路88号的健康馆体验购买.
      String.raw`(?:购买|下单|订购)(?:方式|渠道|入口|链接|地址)(?=[^。]{0,8}(?:在|见|放|发|私信|点|戳|:|评论|主页|简介|置顶|下方|文末))|(?:发你|给你|私信|放在|放到)[^,。]{0,4}(?:购买|下单)(?:方式|渠道|入口|链接|地址)|(?:发你|给你|发给你|发您|私信|私聊)[^,。]{0,6}(?:链接|购买方式|购买渠道|购买入口|下单方式|店铺|店址)|(?:购买|选购|订购)请(?:到|去|上|搜|联系)|(?:私信|评论|主页|简介|置顶|小店|商品栏|商品卡片?|购物袋|购物车|网店|官网|官方网站|小程序|店铺|京东|淘宝|天猫|拼多多|抖音|快手)[^。]{0,10}?(?:购买|下单|买到|有售|有卖|可以买|能买|带走|同款|入手|拍|就有|找到)|商品(?:卡片?|栏|橱窗|分享)|(?:去|到|来|进)(?:我的?|我们的?)?(?:主页|橱窗|小店|店铺)(?:看看|了解|逛逛|找)|(?:电商平台|网店|网上|线上)[^。]{0,10}(?:搜索?)[^。]{0,12}(?:买到|购买|下单)|好物分享|(?:评论区|置顶)[^,。]{0,8}(?:入口|链接)|(?:体验店|门店|专卖店|线下店|商城|网店|小店|健康馆)[^,。]{0,4}(?:选购|购买|体验|下单|有现货|有货|有卖|有售|自提|取货|(?:免费)?领取)|购物袋|(?:搜索|搜)[^,。]{0,4}(?:店铺|店名|同款)|店铺名|(?:路|街|巷|号|大厦|商场|广场)[^,。]{0,10}(?:购买|选购|体验购买|有售|有现货|有货|有卖|买到|自提|取货)|(?:各大|全国各大?)(?:药店|药房|商超|超市)(?:均|都)?有(?:售|销售|卖)[^。]{0,8}(?:认准|牌|同款)`,
      // A shop's address or hours: XX大药房（人民路店）地址：人民路128号，营业时间8:00—22:00.
      String.raw`(?:店|药房|药店|门店|专卖店|体验馆|健康馆|养生馆|体验中心|商城|专柜)[^。]{0,12}?(?:地址|营业时间|订购电话|购买电话|订购热线|联系电话|咨询电话)[:]|营业时间[:]?\s?\d`,
      // Contact details on the page of a health article (also PRV-02).
      CONTACT_DETAILS,
    ].join('|'),
    basis: '广告法第十九条',
    message: {
      'zh-CN': '以健康科普形式变相发布广告：同一页面出现购买链接、地址或联系方式。',
      'en-US': 'Disguised ad: a health article carries a shop link, address or contact on the same page.',
    },
    when: NOT_PROMO,
    // A plea for help or a crisis line is not a shop.
    exempt: { sentence: '求助|寻人|走失|筹款|水滴筹|轻松筹|捐款|报警|急救|心理援助|危机干预' },
  }),
  rule({
    id: 'AD-27',
    kind: 'structural',
    severity: 'high',
    name: { 'zh-CN': '带货内容未标明“广告”', 'en-US': 'Commerce content not labelled as an ad' },
    pattern: String.raw`[【\[(]\s*广告\s*[】\])]|^\s*广告\s*(?:[:|]|$)|^\s*广告(?=\s*[a-z\u4e00-\u9fa5])(?!\s*(?:法|语|词|牌|费|商|位|业|主|里|中|上|说|称|是|的|都|也|就|不|太|要|和|与|可|会|等))|(?:本|此|这)(?:期|场|次|条|篇|个)?(?:直播间?|视频|节目|内容|文章?|笔记|帖子?|推文)?(?:为|是|系|含|属于?)(?:商业|付费)?(?:推广)?广告(?=\s*(?:[,。!;:|)\]】]|$|推广|内容))`,
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
    // The text shows an off-label claim by itself, in any content.
    subject: { sentence: OFF_LABEL },
  }),
  rule({
    id: 'AD-29',
    kind: 'classifier',
    severity: 'high',
    name: { 'zh-CN': '医疗机构宣传技术/病种', 'en-US': 'Hospital promotes techniques or diseases' },
    pattern: [
      String.raw`专治|专业治疗|(?:无痛|微创|激光|射频|干细胞)(?:人流|技术|疗法)|(?:独创|独家|引进|特色|新型|先进|国际领先|国内领先)[^,。]{0,12}(?:疗法|技术|术式|手术|设备)|(?:专门|主要)?(?:治疗|诊治)(?:各种|各类|多种)|(?:本院|我院|我们医院|本中心|我中心|本诊所|本门诊)[^,。]{0,8}(?:治疗|诊治|擅长|专攻)[^,。]{0,2}(?:不孕|不育|男科|妇科|性病|阳痿|早泄|前列腺|痔疮|肛瘘|白癜风|牛皮癣|银屑病|癫痫|乙肝|肝病|风湿|类风湿|尖锐湿疣|狐臭|腋臭|疑难杂症|近视|鼻炎|失眠|抑郁|甲亢)`,
      // The institution offers a technique for a disease: 我院开展的三维平衡疗法, 本院专家团队擅长顽固性湿疹,
      // 来我们诊所做光动力治疗, 当天做当天走.
      String.raw`(?:专攻|专调|擅长|采用|引进)[^,。]{0,14}?(?:疗法|技术|治疗|手术|术|消融|矫正|植发|种植|调理|微创|无痛|激光|射频|光动力|冲击波|飞秒|湿疹|痛风|鼻炎|结节|近视|脱发|不孕|痔疮|亚健康|[\u4e00-\u9fa5]{1,3}(?:炎|病|症))|来(?:我们|我院|本院)?[^,。]{0,8}(?:医院|诊所|中心|门诊)[^,。]{0,6}(?:做|治疗|植发|种植|矫正|调理)|当天(?:手术|做|治疗)[^,。]{0,3}当天(?:出院|走|上班|回家)|开展的?[“"「][^”"」]{2,12}(?:疗法|技术|手术)|(?:本院|我院|本中心|本诊所|我们(?:医院|诊所|中心))[^,。]{0,10}(?:项目|疗法|技术|专科|门诊)[^。]{0,10}(?:帮助|让)[^,。]{0,8}(?:成功|摆脱|告别|恢复|瘦身|圆梦|怀孕|好孕|康复)|(?:本院|我院|本中心|本诊所|我们(?:医院|诊所))[^,。]{0,6}(?:专科|专门|特色|专业)(?:治疗|诊治|调理)|专业调理|专门调理|微创不开刀|随做随走|摘镜不是梦|毛囊存活|不开刀[,、]?不留疤`,
      // A named technique sold on convenience, price or a campaign: 全飞秒近视手术，随治随走; 种植牙节特惠.
      String.raw`(?:引进|推出|新增|独家)[^,。]{0,8}(?:${TECHNIQUE})|(?:${TECHNIQUE})[^。]{0,20}?(?:预约中|火热预约|开放预约|欢迎预约|速来预约|暑期|寒假|开学季|成功率|治愈率|有效率|包成功|不成功|就不|就能|只要|随治随走|随做随走|即做即走|做完就走|只需|仅需|特惠|特价|优惠|限时|名额|欢迎|\d+元|专场|活动|节|周年庆|庆典|推出|开业|钜惠|惠民|补贴|告别眼镜|摘镜|不开刀|不住院|当天(?:就能)?(?:戴牙|装牙|出院|回家|上班|可走|就走)|睡一觉|十分钟搞定|效果(?:自然|显著|明显|立竿见影)|摘掉眼镜|告别眼镜|享[^,。]{0,2}折|[一二三四五六七八九]折)|随治随走|即做即走|做完就走|当天做当天走|(?:唯一|首家|第一家|少数几家)[^,。]{0,8}(?:可以|能够?)(?:做|开展)[^,。]{0,6}(?:手术|治疗|技术)|(?:本院|我院|本中心|本诊所|我们(?:医院|诊所|中心|门诊))(?:的)?[^,。]{0,8}(?:疗法|技术|术)[,]?[^。]{0,6}(?:能|可以|可|让)|随到随(?:治|做)|特色(?:项目|专科|疗法|技术)?[:]?[^。]{0,16}(?:治疗|疗法|技术|手术)(?<=(?:本院|我院|本中心|本诊所|我们(?:医院|诊所|中心))[^,。]{0,4}特色[^\n]{0,24})`,
      // A named technique launched, devised or equipped; experts holding clinics; a list of diseases treated.
      String.raw`(?:研发|研制|首创|自创|推出|开展|独创)[^,。]{0,4}[“"「][^”"」]{1,12}(?:术|法|技术|手术|项目)[”"」]|[“"「][^”"」]{1,12}(?:术|疗法|技术|手术|项目|门诊)[”"」][^。]{0,10}(?:启动|上线|开诊|落地|让(?:你|您)|帮(?:你|您)|告别|摆脱|还(?:你|您)|代言)|(?:拥有|配备|引进|引入)[^,。]{0,10}(?:${TECHNIQUE}|机器人)|(?:特聘|聘请|返聘|名医|专家|教授|老中医)[^,。]{0,12}坐诊|(?:为|给)[^,。]{0,6}(?:门诊|医院|诊所|专科)代言|(?:调理|治疗|专治|诊治|擅长|义诊)[^,。]{0,6}(?:[\u4e00-\u9fa5]{1,6}、){2,}|(?:诊治|专治|主治)[^,。]{0,4}(?:${DISEASE}|颈肩腰腿痛)`,
    ].join('|'),
    basis: '《医疗广告管理办法》第六条、第七条',
    message: {
      'zh-CN': '医疗机构宣传不得涉及具体诊疗技术、病种或药品。',
      'en-US': 'A medical institution may not promote specific techniques, diseases or drugs.',
    },
    subject: {
      sentence: `${OWN_INSTITUTION}|[“"「][^”"」]{1,12}(?:术|疗法|项目)[”"」]|速来预约|欢迎预约|预约中|(?:只要|仅需)\\d+元|特惠`,
    },
  }),
  rule({
    id: 'AD-30',
    kind: 'regex',
    severity: 'medium',
    name: { 'zh-CN': '容貌焦虑/封建迷信', 'en-US': 'Appearance anxiety or superstition' },
    pattern: [
      String.raw`一白遮百丑|黄脸婆|大妈脸|男人婆|大象腿|水桶腰|胖子没人爱|胖毁所有|丑到没朋友|不瘦不穿|嫁不出去|(?:老公|男朋友|男友|对象|婆婆|男人|同事|别人)(?:都|也)?(?:嫌弃你?|嫌你|不(?:想|愿意?|爱)(?:多)?看(?:你|一眼)?|看不上你|懒得看你?|不想理你)|风水|开光|算命|生辰八字|辟邪|招财|符水|改运|驱邪|化煞|灵符|神灵保佑`,
      // A "flaw" with a social penalty: 腿粗的女生穿什么都不好看, 身材走样，老公都不愿意回家了; and
      // superstition: 大师加持, 旺运, 消灾.
      String.raw`(?:${FLAW})[^。]{0,18}?(?:${PENALTY})|(?:脸大|大脸|大饼脸|双下巴|法令纹|黄脸|脸黄|眼袋|鱼尾纹)[^,。]{0,4}显老|${NUM}岁[^,。]{0,8}(?:看着|看起来|像)[^,。]{0,4}${NUM}岁|都${NUM}(?:岁)?了[^,。]{0,8}还[^,。]{0,8}(?:${FLAW})|${NUM}岁的(?:人|年纪|女人|男人)[,]?${NUM}岁的(?:脸|脖子|皮肤|身材|身体|头发|手)|(?:当心|小心)?(?:(?:被|让)(?:婆家|老公|男友|对象|同事|闺蜜|男朋友)[^,。]{0,4}(?:笑话|嘲笑|嫌弃|看不起)|穿不进婚纱)|加持|开过光|保佑|破财|貔貅|犯太岁|看面相|面相(?:不好|克|旺|显示|决定)|命理|旺运|转运|运势|财运|消灾|护身符|百事顺|供奉|平安水|神水|圣水|请神|做法事|保平安`,
    ].join('|'),
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
    pattern: [
      String.raw`(?:零花钱|压岁钱)[^,。]{0,6}(?:就能|就可以|可以|都能|就够|也能)(?:买|下单|入手)|(?:别|不要|不用)(?:告诉|让)(?:爸妈|爸爸妈妈|家长|父母|老师)(?:知道)?|瞒着(?:爸妈|家长|父母)|上课不(?:犯困|走神|打瞌睡)|过目不忘|(?:孩子|儿童|宝宝|小朋友|小学生|萌娃|童星|同学|全班)(?:们)?(?:都|最)?(?:代言|点赞|强烈推荐|都在吃|都在用|都在喝|抢着吃|抢着喝)|(?:增高|益智|补脑|变聪明|提高(?:学习)?成绩|考高分|提高记忆力)[^,。]{0,4}(?:神器|产品|片|粉|口服液|胶囊|冲剂|营养品|营养液|保健品|药|秘方)|吃了(?:就)?(?:能)?(?:增高|长高|变聪明|考高分|提高成绩)|长高[^,。]{0,4}(?:神器|秘密武器|法宝|秘诀)|(?:小朋友|孩子|宝宝|同学|小学生)们[,!]?[^。]{0,6}?(?:一起|快来|都来|快)(?:来)?(?:喝|吃|用|买)|(?:吃了|喝了|用了)[^。]{0,12}?(?:记忆力|注意力|成绩|智力|个子|身高)[^,。]{0,4}(?:提高|提升|变好|长高|上去了|蹿)|(?:夸|变得?|更)聪明`,
      // A child liking a named product, a child in the ad, an appeal to children, a school outcome:
      // 我家闺女每天都吵着要喝这个牛奶, 萌宝亲自出镜, 快让爸爸妈妈给你买, 赢在起跑线, 上课不走神.
      String.raw`(?:${CHILD})(?:们)?(?:都|最|每天都|天天)?(?:爱吃|爱喝|喜欢吃|喜欢喝)(?<=(?:这|款|牌|本品|产品|奶粉|钙片|软糖|营养|口服液|益生菌|维生素|糖浆|饮品)[^\n]{0,24})|(?:${CHILD})(?:们)?[^,。]{0,6}?(?:都|最|每天都|天天)?(?:爱吃|爱喝|喜欢|吵着要|闹着要|抢着要|人手一)[^,。]{0,4}?(?:${KIDS_GOODS})|(?:吵着要|闹着要|抢着要)(?<=(?:${CHILD})[^\n]{0,16})[^,。]{0,4}(?:吃|喝|用|买)|(?:萌宝|萌娃|童星|小朋友|宝宝|孩子)[^,。]{0,10}(?:亲自)?(?:出镜|代言|种草|安利|说出)|让(?:爸爸妈妈|爸妈|妈妈|爸爸|家长)[^,。]{0,4}(?:给你|帮你)?(?:们)?(?:买|下单)|赢在起跑线|提分|学霸(?:都)?在(?:吃|喝|用)|(?:吃了|喝了|用了)[^。]{0,8}(?:上课|学习|考试|成绩|注意力|记忆力)[^,。]{0,4}(?:不走神|专注|集中|提高|提升|变好|进步)|比同龄人(?:高|聪明|壮)|个子[^,。]{0,4}(?:蹿|往上长|噌噌)|(?:记忆力|注意力)(?:胶囊|片|口服液|营养|软糖)|(?:班上|班里|全班|第一名|尖子生|同学)[^,。]{0,4}都在(?:喝|吃|用)|${NUM}岁的[\u4e00-\u9fa5]{1,3}[^,。]{0,4}(?:亲口|亲自)?(?:推荐|代言|安利)|(?:考试|成绩)[^,。]{0,2}(?:多考|提高|提升|涨|多拿)${NUM}分|${NUM}岁的[\u4e00-\u9fa5]{1,3}(?:每天|天天)?[^,。]{0,6}(?:都要|爱|喜欢|吵着)(?:喝|吃)|${NUM}岁(?:的)?(?:小)?(?:模特|代言人|主播|达人|网红|博主|童星|体验官|推荐官|童模)|(?:${CHILD})[^。]{0,16}?(?:吃|喝|用)[^。]{0,12}(?:成绩|考试|名次|全班第一|年级第一|考了?第一|第一名)|${NUM}岁(?:的)?[\u4e00-\u9fa5]{1,3}[^,。]{0,6}(?:一直|每天|天天|都)(?:在)?(?:吃|喝|用)(?=[^。]{0,6}(?:这款|这个|我们|本品|牌))|loved by (?:kids|children)|${NUM}岁(?:的)?(?:萌娃|萌宝|宝宝|小朋友|孩子|女儿|儿子)[^,。]{0,4}(?:亲口|亲自)?(?:推荐|代言|安利|种草)|(?:只有|才|今年|刚满?)(?:[1-9]|[一二三四五六七八九])岁(?=[^。]{0,30}(?:这款|这个|我们的|本品|牌|产品))[^。]{0,20}?(?:最爱|爱吃|爱喝|喜欢|推荐|代言|安利|都要|吵着)|(?:告诉|叫|喊|让|求|提醒)(?:你的?)?(?:爸爸|妈妈|爸妈|家长|爷爷|奶奶)[^。]{0,12}(?:买|下单|拍)|小(?:模特|代言人|主播|体验官|推荐官)|童模|kids? (?:love|approved|recommended)|kids'? favou?rite|(?:[1-9]|one|two|three|four|five|six|seven|eight|nine)[- ]year[- ]old (?:model|ambassador|influencer|spokes\w+)`,
    ].join('|'),
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
    pattern: [
      String.raw`(?:可以|就能|就可以|便可|即可|能够|终于|彻底|赶紧|直接|从此|马上|完全)(?:停药|停掉|停用|不用(?:再)?吃药|不吃药|告别药物|摆脱药物|扔掉药)|停掉[^,。]{0,4}(?:药|胰岛素)|把[^,。]{0,6}(?:药|胰岛素)(?:都)?(?:停|戒|断|减)(?:了|掉)|(?:不用|不必|无需|不需要)(?:再)?(?:吃药|服药|打针|打胰岛素|抗病毒|(?:吃|服)(?!抗生素|抗菌|消炎)[\u4e00-\u9fa5]{1,4}药)|(?:摆脱|告别)[^,。]{0,3}(?:药|胰岛素)(?!物?依赖|瘾)|别再(?:吃|打|用)[^,。]{0,4}(?:药|胰岛素)|(?:药|胰岛素|降压药|降糖药)(?:都|也|就)?(?:不用|不必|不需要)(?:再)?(?:吃|打|用)|药(?:可以|就可以|能)不(?:用)?(?:吃|打)了|偏方|土方(?:子|法)?|老方子|民间验方|改用食疗|以食代药|(?:食疗|饮食|运动|中药|保健品)(?:代替|替代|取代)(?:药物|吃药|降压药|降糖药|胰岛素)|(?:药|胰岛素)(?:都|也|全)?(?:可以|能)?(?:扔了|扔掉|丢了|戒了)|(?:药|胰岛素)(?:都|也|全)(?:停了|停掉了|不吃了|不用吃了|不打了)|土办法|土法子|(?:不用|不必|无需|不需要)(?:再)?(?:吃|服|打)(?!抗生素|抗菌|消炎)(?:${MEDS})|(?:停|断|不吃)(?:了|掉)?(?:也|都)(?:没事|没关系|没问题|不要紧|无妨)(?<=(?:${MEDS})[\s\S]{0,40})|(?:别再|不要再|不再|摆脱)依赖(?:西药|药物|化学药|激素|胰岛素)|(?:西药|药物|吃药)[^。]{0,14}(?:换成|换用|改用|改吃)[^,。]{0,6}(?:草本|中药|食疗|天然|植物|保健品|我们的)|(?:药|胰岛素)(?<!(?:抗生素|抗菌药|消炎药|输液|抗菌素)(?:药|胰岛素))(?:[^,。]{0,4})?(?:能不(?:吃|用|打)就(?:不|别)(?:吃|用|打)|能停就停)`,
      // A medicine named, then dropped: 降压药就省了, 血压不高的时候就先断掉, 孩子长大了就可以不吃.
      String.raw`(?:就|都|也|可以|能|先|自己|直接)*(?:(?<=(?:就|可以|自己|直接))停(?=[,!。]|$)|断掉|断了|停掉|停了|戒了|戒掉|扔了|省了|免了|不用吃了|别吃了|不吃了|完全不吃|可以不吃|就能不吃|能不吃|不打了|甩掉)(?<=(?:${MEDS})[^\n]{0,36})`,
      String.raw`(?:别|不用|没必要|何必|用不着)(?:再)?(?:吃|打|服)(?:什么)?(?:药|胰岛素|降压药|降糖药|西药|激素)了|,吃什么药$|不要急着(?:吃|打|用)(?:药|胰岛素)|胰岛素(?:会|一打就|打了就|打上就)[^。]{0,6}(?:上瘾|成瘾|停不下来|戒不掉|离不开)|(?:一打|打上)就(?:停不下来|戒不掉|离不开)|不用(?:终身|长期|一直|天天|每天)(?:吃|服|服用|打)|能少(?:吃|用|打)[^,。]{0,3}是一|(?:打了|用了|吃了|打上)(?:胰岛素|激素|降压药|降糖药)(?:就)?(?:离不开|停不下来|戒不掉|上瘾)|(?:药|胰岛素)[^。]{0,12}能拖就拖|哪(?:用得着|需要|用)(?:吃药|打针|打胰岛素|吃降压药)|(?:${MEDS})[^,。]{0,3}(?:伤身体?|伤肝|伤肾|伤胃|有毒|害人)[,][^。]{0,16}(?:就够了|就行|就好|就可以)|(?:${MEDS})[^。]{0,8}(?:千万不能用|别用|不要用|不能用)[^。]{0,16}(?:代替|替代|换成)|再(?:也)?没(?:打过|吃过|用过)(?:${MEDS})|(?:就行|就好|就够了)[,][^。]{0,8}(?:药|碱|素|汀)[^,。]{0,3}(?:太)?(?:伤|毒|副作用大)|农村(?:老)?(?:法子|办法|方子|偏方)|老法子|民间(?:流传的)?[^,。]{0,8}(?:方子|药方|草药方|法子|偏方)`,
    ].join('|'),
    basis: '《基本医疗卫生与健康促进法》；平台医学准确性规范',
    message: {
      'zh-CN': '建议停药、以偏方或食疗替代治疗，可能危及健康。',
      'en-US': 'Advises stopping medication or replacing treatment with folk remedies or diet.',
    },
    // Stopping on a doctor's assessment is medical advice, not a lure.
    exempt: {
      sentence:
        '多数|大多数|部分|少数|个别|有些患者|停药观察|遵医嘱|遵照医嘱|在医生(?:的)?指导下|(?:医生|医师|药师)(?:说|评估|建议|同意|指导|决定|判断|根据|给|把)|咨询(?:医生|医师|药师)|复诊|原则|遵循',
      when: NOT_PROMO,
    },
  }),
  rule({
    id: 'MED-02',
    kind: 'regex',
    severity: 'block',
    name: { 'zh-CN': 'AI/无医师处方', 'en-US': 'AI-generated or unsigned prescription' },
    pattern: [
      String.raw`(?:ai|人工智能|智能|机器人|系统|自动)(?:自动|医生|医师)?(?:给(?:你|您)|帮(?:你|您)|为(?:你|您))?(?:开方|开处方|开具处方|生成处方|出处方|开药|开好药|(?:生成|开具|开出)(?:电子)?(?:处方|药方))|(?:无需|不用|免|不需要)(?:医生|医师)?(?:面诊|问诊|诊断)?(?:即可|就能|直接)?(?:开方|开处方|开药)|(?:无需|不用|免|不需要|没有)(?:上传|提供|出示)?处方(?:也)?(?:即可|就能|直接|也能|可以)?(?:购买|买|开药|拿药|下单)|先(?:发货|购药|买药|下单)后补(?:处方|方)|处方药(?:也)?(?:能|可以)?(?:直接|随便|随意)(?:买|购买|下单)|(?:无需|不用|免|不需要)(?:医生|上传|提供|出示)?处方(?=[,!]|$)|代开处方|帮(?:你|您)?开处方|处方(?:无需|不用)(?:医生)?签(?:名|字)`,
      // A machine writes the prescription, or none is needed: 机器就能给你出方子, 平台直接帮你把药开好,
      // 没有处方单也照样能买, 医生签名由系统代签.
      String.raw`根据(?:您|你)的?(?:描述|症状|情况|病情)[^。]{0,12}(?:处方如下|开(?:具)?(?:处方|药方)|给(?:您|你)开|(?:用药|开药)如下)|(?:${MACHINE})[^,。]{0,12}?(?:开好?(?:了)?处方|开方|开处方|出(?:具)?处方|出方子?|开药|开的药|开了药|把药开好|开好药|给出[^,。]{0,6}(?:处方|药方|方子)|生成处方|生成[^,。]{0,6}(?:处方|药方|方子)|开(?:具|出)?[^,。]{0,4}(?:药方|方子)|匹配处方药?|代签|签名)|自动(?:开|生成|匹配|推荐)[^,。]{0,4}(?:处方|药方)|(?:给出|开出|生成|出具)(?<=(?:${MACHINE})[^\n]{0,18})[^,。]{0,6}处方|(?:没有|不用|无需|不需要|免)(?:医生)?(?:处方|处方单|医生处方)[^。]{0,16}?(?:照样|也能|也可以|就能|直接|一样)(?:能|可以)?(?:买|购买|拿|下单|发货)|处方[^,。]{0,4}(?:帮你|替你|给你|我们)[^,。]{0,4}(?:搞定|解决|开|补|弄)|(?:帮|替|给)(?:你|您)?(?:补|开|搞|弄)(?:处方|方子|药方)|不(?:看|查|要|需要|核对)处方|处方药?[^,。]{0,4}(?:不需要|不用|无需)(?:医生|医师)?(?:开|签)|勾选[^,。]{0,4}已有处方|代签|(?:抗生素|处方药|消炎药)[^,。]{0,4}(?:不用|无需|不需要|免)处方`,
      // A prescription shown without a doctor's signature: 处方：金银花15g…（本方未经医师签名，仅供参考）.
      String.raw`(?:处方|本方|此方|该方|药方|方子|[\u4e00-\u9fa5]{1,4}方(?=[:]))[^。]{0,60}?(?:未经|没有|无|未|不需要?|无需|不用|不必|用不着|免)(?:执业)?(?:医师|医生|药师)(?:的)?(?:签名|签字|审核|审方)(?!的(?:处方|药方))|(?:ai|bot|chatbot|algorithm|app)\b[^.!?\n]{0,20}\b(?:writes?|generates?|issues?|prescribes?)\b|no prescription (?:needed|required)|without (?:a |any )?prescription|no doctor (?:needed|required)`,
    ].join('|'),
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
    pattern: [
      String.raw`买(?:\d+|[一二两三四五])(?:盒|瓶|支|件|疗程|份)?(?:送|赠)(?:\d+|[一二两三四五])?|买赠|买[^,。]{0,6}药[^,。]{0,2}(?:送|赠)|满(?:\d+|[一二两三四五])(?:盒|瓶|元)?(?:送|赠)|第二(?:盒|瓶|件)(?:半价|免费|\d折)|(?:赠送|送)(?:\d+|[一二两三])(?:盒|瓶|支)`,
      BUY_GET,
    ].join('|'),
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
    pattern: [
      String.raw`[1-9](?<![0-9a-z][1-9])\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dx](?![0-9a-z])|(?:患者|病人|病友|姓名:?)\s?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、\s(]\s?(?:[男女]|\d{1,3}岁))|${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、(]\s?[男女][,、]\s?\d{1,3}岁)|${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?:女士|先生|阿姨|大爷|大妈|叔叔|奶奶|爷爷|老师)(?=[,、(]\s?\d{1,3}岁)|(?:我|俺)的?(?:表姐|表哥|表妹|表弟|堂哥|堂姐|姐姐|哥哥|妹妹|弟弟|朋友|同事|邻居|闺蜜|同学|老公|老婆|舅舅|姑姑|叔叔|婶婶)[,]?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、(]\s?(?:今年)?\d{1,3}岁|[,]?(?:确诊|查出|患有|得了))|(?<!(?:不要|别|勿|不能|不宜|禁止|避免|不得)[^,。]{0,6})晒(?:晒|出|一下|一晒)?[^,。]{0,6}?(?:病历|化验单|检查报告|体检报告|检验报告|报告单|诊断书)|(?:病历|化验单|检查报告|诊断书)(?:的)?(?:照片|截图)(?:如下|见下图|附后|在下面)`,
      // A full name with an age (digits or Chinese numerals), a sex or a diagnosis, labelled or not:
      // 病人孙丽华今年五十二岁, 刘建国大爷查出了胰腺癌, 姓名周丽，性别女, 马志强，62岁.
      String.raw`(?:患者|病人|病友|姓名)[:]?\s?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,、\s(]|今年|现年|确诊|查出|患有|患上|得了|被确诊|被诊断)|(?:^|[,、:\s的])${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?:${HONORIFIC})?(?=[,、(]?\s?(?:今年|现年)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁|[,、(]\s?[男女][,、)]|[,]?(?:确诊|查出了?|患有|患上了?|得了|被确诊|被诊断))|(?:我|俺)(?:的|家)?(?:${KIN})[,]?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=的(?:病例|病历|报告|检查单|化验单|诊断|手术记录|出院|住院))|(?:儿子|女儿|妻子|丈夫|父亲|母亲|爸爸|妈妈|邻居|同事)${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?=[,]?(?:今年|去年|上个?月|前几天|最近|刚刚?)?(?:确诊|查出|患有|患上|患了|得了|被确诊|被诊断))|(?:我|俺)(?:的|家)?(?:${KIN})[,]?${SURNAME}${NOT_A_GIVEN_NAME}[\u4e00-\u9fa5]{1,2}(?:${HONORIFIC})?(?=[,]?(?:今年|去年|前年|年初|年底|上周|前阵子|上个?月|前几天|最近|刚刚?|近日|\d{4}年)?(?:确诊|查出|患有|患上|患了|得了|被确诊|被诊断|住院))|(?:出院小结|病历|化验单|检查单|报告单?|处方单?|诊断书)[^。]{0,12}(?:名字|姓名|身份证号?)(?:没|未|也没)(?:打码|遮|挡|处理)`,
      // Records shown or shared: 附上我爸的CT报告截图, 检查单上面有我的名字.
      String.raw`(?:(?:病历|化验单|检查单|报告单?|处方单?|诊断书|出院小结|检查报告)[^。]{0,12}(?<!不)(?:含|包含|带有|露出|包括)[^。]{0,3}(?:姓名|名字|住院号|床号|身份证号?|家庭住址|住址|电话)[、,和及](?:姓名|名字|住院号|床号|身份证号?|家庭住址|住址|电话))(?![^。]{0,12}(?:打码|遮挡|隐去|删除|去除|涂掉))|(?:附上?|发|晒|分享|上传|贴出?)[^,。]{0,8}(?:报告|化验单|检查单|病历|诊断书|处方单?|片子)[^,。]{0,2}(?:截图|照片|图片|原图)|(?:检查单|化验单|病历|报告单|处方单?|诊断书|出院小结|检查报告)[^。]{0,12}(?:有我的|有他的|有她的|上面有)(?:我的|他的|她的)?(?:名字|姓名|身份证)|(?:出院小结|(?:出院|住院|入院|门诊|病程)记录|病历|化验单|检查单|报告单?|处方单?|诊断书|住院证|病案|检查报告|体检报告)[^。]{0,16}(?:姓名|名字|床号|住院号|病案号|身份证号?)[^。]{0,10}(?:都在|都有|清清楚楚|清楚|可见|看得到|看得见|在上面|没打码|没遮)|(?:正面照|生活照|素颜照|本人照片?|证件照|自拍)[^。]{0,10}(?:和|与|及|加上|还有|以及)[^。]{0,8}(?:出院小结|(?:出院|住院|入院)记录|病历|化验单|检查单|报告单?|诊断书|检查报告)`,
    ].join('|'),
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
    pattern: CONTACT_DETAILS,
    basis: '《互联网广告管理办法》；平台站外导流规范（DOMAIN.md §5.2 contact_leak）',
    message: {
      'zh-CN': '含手机号、微信/QQ 号、二维码等站外联系方式。',
      'en-US': 'Contains off-platform contact details: mobile number, WeChat/QQ ID or QR code.',
    },
  }),
]);
