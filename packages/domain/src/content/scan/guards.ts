/**
 * Linguistic guards: a banned phrase is a claim only when the text makes it. These checks run
 * around every guarded rule's matches, including edited patterns, on normalized text.
 */
import { clauseEnd, clauseStart, quoteSpans } from './text';

/**
 * Clinical and everyday collocations that contain a banned-looking word: 根治术 is surgery, 第一次 is
 * an ordinal, 最佳服药时间 is timing advice. A match lying wholly inside one of these is not a claim.
 */
const EXEMPT_TERMS = new RegExp(
  [
    '根治(?:性|术|手术)',
    // Curative-intent surgery or radiotherapy, unless the sentence boasts of avoiding it.
    '(?<![不免无需用必别绝])(?:手术|切除|放疗|放化疗|消融)[^,。;就也即便]{0,6}根治',
    '(?:根治|根除|杀灭|清除)(?:幽门螺杆菌|幽门|hp)',
    '第一(?:次|步|天|时间|胎|针|剂|类|周|年|个|月|阶段|期|代|线|批|届|例|作者|季度|产程|心音|秒|磨牙|跖趾|颈椎|腰椎|肋|口|眼|反应|印象|感觉|道防线|要务|位|条|点|部分|章|节|轮|组|课|人民医院|附属|医院|是|要|就是|[,、:])',
    '(?:安全|健康|预防|生命|患者|质量|身体)第一',
    '(?:发病率?|死亡率?|患病率|致死率|死因|病死率|发病人数|癌症|肿瘤|疾病)[^,。;]{0,8}(?:排名|位居|居|位列|排在|列)(?:第[一二三四五六七八九十\\d]+|首位|前列|前[一二三四五六七八九十\\d]+)',
    '最佳(?:服药|用药|治疗|手术|运动|就诊|干预|检测|检查|锻炼|睡眠|进食|补充|摄入|接种|受孕|怀孕|生育|哺乳|复查|进补)?(?:时间|时机|时段|时节|季节|时期|窗口|期|体位|剂量|年龄|状态)',
    '最好(?:不要|别|在|先|去|能|是|还是|选择|咨询|及时|尽早|尽快|遵|避免|少|多|每天|定期|戒|控制)',
    '顶级(?:期刊|杂志|学术期刊|医学期刊)',
    '最好用[\u4e00-\u9fa5]{0,4}(?:送服|冲服|服用|清洗|冲洗|擦拭)',
    '(?:国际|国内)?一流(?:期刊|杂志|大学|学府|学科|医学院|高校)',
    '国家级(?:继续医学教育|继续教育|科研|课题|重点实验室|重点学科|自然保护区|贫困县|基金|项目|(?:非物质文化遗产|非遗)(?:代表性)?(?:项目)?名录)',
    // An activity that suits everyone is advice, not a product claim: 太极拳是老少皆宜的运动.
    '老少(?:皆宜|咸宜)的(?:运动|锻炼|活动|健身|项目|游戏|娱乐)',
    '最(?:有效|安全|经济|简单|重要|常用)的?[\u4e00-\u9fa5]{0,4}(?:方法|手段|措施|途径|办法|方式)',
    '无复发生存',
    // A healthy habit called "the best medicine" is a metaphor: 合理运动，是最好的降压药.
    '(?:运动|饮食|睡眠|心态|心情|微笑|锻炼|走路|早睡|作息|生活方式)[^。]{0,6}是最好的[\u4e00-\u9fa5]{0,3}(?:药|医生)',
    // Permitted health-food function claims and drug-class names.
    '辅助降(?:血)?(?:糖|压|脂)',
    '有助于(?:维持|调节)血(?:糖|压|脂)',
    '(?:降(?:血)?(?:糖|压|脂)|降尿酸|抗(?:癌|肿瘤|病毒|菌|凝|血小板))(?:类)?(?:药|治疗|方案)',
    '安全(?:用药|使用|性|隐患|范围|剂量|提示|警示|风险)',
    '免费(?:咨询|热线|接种)',
    '专家(?:共识|组|委员会|门诊|号)',
    '(?:咨询|请教|询问|遵)(?:专科)?(?:医生|医师|药师|专家)',
    // Advice about timing or method in English: the best time to take a statin.
    'the best (?:time|times|way|ways|thing|things|place|approach|option|advice|defen[cs]e|exercise|diet)',
  ].join('|'),
  'giu',
);

/** [start, end) ranges of the exempt collocations in a normalized text. */
export function exemptRanges(text: string): [number, number][] {
  return Array.from(text.matchAll(EXEMPT_TERMS), (m) => [m.index, m.index + m[0].length]);
}

export function insideRange(ranges: [number, number][], start: number, end: number): boolean {
  return ranges.some(([s, e]) => s <= start && end <= e);
}

/** Phrases that look like cues but are not: surprise, double negation, anti-counterfeit slogans. */
const NOT_CUES =
  /有没有人要|有没有需要|没想到|没有想到|想不到|不可思议|不是梦|不得不|不能不|不会不|没有不|谨防(?:假冒|伪劣|仿冒)|没有(?:任何)?(?:毒)?(?:副作用|激素|依赖|痛苦|风险)|没(?:有)?[\u4e00-\u9fa5]{0,3}病的(?=人|朋友|人群)|没(?:什么|事|关系)(?=[,。]|$)/gu;

const NEGATION_CUES =
  /是否|能否|可否|会不会|有没有|尚无|暂无|并无|尚未|尚不能|还没有|仍需|尚需|有待|还需|需要更多|需更多|不能|不可能|不可|不会|不一定|未必|无法|难以|没有|没|并非|并不|不是|绝非|谈不上|算不上|称不上|不存在|不代表|不等于|不意味着|不要|不应|不该|不宜|不得|不准|请勿|切勿|千万别|别信|别听|别再|勿|莫信|切莫|禁止|严禁|拒绝|远离|警惕|谨防|小心|当心|提防|轻信|迷信|盲信|不信|识破|揭穿|辟谣|擅自|自行|随意|私自|盲目|谎称|鼓吹|吹嘘|骗|倒卖|贩卖|兜售|非法|走私|破获|查获|查处|抓获|严厉打击|取缔|曝光|冒用|冒充|假冒|\b(?:not|no(?!\.)|never|cannot|can't|don't|doesn't|won't|isn't|aren't|no one|nobody|nothing|avoid|beware of|stop believing)\b/giu;
const ANY_NEGATION_CUE = new RegExp(NEGATION_CUES.source, 'iu');

/** Between a negation and the phrase, these mark a new, affirmative predicate: 不用开刀也能根治. */
const SCOPE_BREAKERS = /也|就|即|便|才|还|却|但|而且|只要|甚至|照样|同样|都能|都可|一样/u;
const NEGATION_REACH = 16;
const ADJACENT_NEGATION = new Set(['不', '没', '无', '非', '未', '勿', '莫']);

const DEBUNK =
  /骗|谎言|谎称|谣言|谣传|假的|虚假|伪科学|忽悠|智商税|噱头|套路|不可信|不靠谱|靠不住|不可靠|别信|不要信|不能信|违法|违规|违禁|非法|夸大|误导|不实|误区|错误|是错的|不对|不正确|(?:没有|缺乏|毫无)(?:任何)?(?:科学)?(?:依据|根据|证据)|找不到出处|没有出处|子虚乌有|站不住脚|不科学|荒谬|上当|陷阱|不存在|不可能|做不到|不现实|不成立|根本没有|并没有|信不得|擦亮眼睛|谨慎|理性看待|心眼|提高警惕|未经(?:验证|证实|批准|审批|注册|临床|科学)|(?:耽误|延误)了?(?:病情|治疗|诊治|就医|时机)|贩卖焦虑|制造焦虑|偷换概念|话术|营销(?:手段|说辞|套路)|摆拍|托儿|水军|刷单|[pP]的|[pP]图|割韭菜|听听就好|当不得真|别当真|不能当真|危害|有害|超标|重金属|根本没用|一点用都没有|没什么用|毫无用处|违背(?:医学|科学)?常识|违背科学|反科学|立案|被查|被抓|被罚|处罚|判刑|大忌|(?:非常|很|十分|极其|特别|相当|极为)危险|(?:结合|用|拿)[^,。]{0,8}(?:证据|科学)[^,。]{0,4}(?:看待|检验|判断|验证)|需要更多(?:研究|证据|数据)|有待(?:验证|证实|研究)|不可取|要不得|万万不可|不能(?:当作|作为|当成)|\b(?:scams?|myths?|false|fake|misleading|bogus|hoax|quackery|debunked|unproven|not proven|no (?:good |real |scientific )?evidence|selling you something|too good to be true|red flag|wary|beware)\b/iu;

/** A clause after the phrase that passes judgement on it: "……，这是谣言". */
const JUDGEMENT_OPENER =
  /^(?:(?:也|还|仍|都)(?:需要|要|得|应该?)|这|那|此|其实|实际上|事实上|但|但是|然而|可是|不过|纯属|都是|全是|根本|完全是|显然|往往|通常|多半|大多|多数|无非|基本上?|很多|不少|大部分|一定要|千万|请|却|反而)/u;

const REPORTED_SPEECH =
  /(?:误区|谣言|误解|传言|错误(?:观念|认识|做法))[一二三四五六七八九十\d]*:|所谓|以为|误以为|认为|觉得|相信|迷信|听信|号称|宣称|声称|自称|谎称|鼓吹|吹嘘|标榜|打着|有人说|网友说|(?:人|家长|患者|病人|朋友|网友|读者)(?:经常|常常|总|都|常)?问|网传|流传|盛传|传闻|坊间|传言|据说|传说|说是|听说|广告语|宣传语|口号|(?:广告|商家|卖家|厂家|微商|主播|骗子|保健品店)(?:里|中|上|们)?(?:说|称|宣传|写着|打出|承诺)|\b(?:claims?|claiming|claimed|promising|promises|so-called|advertised as|marketed as|touted as)\b/iu;

/** After a reported claim, "其实……" sets the record straight. */
const CONTRAST = /其实|实际上|事实上|真相|实则|殊不知|\bin fact\b|\bactually\b|\bthe truth\b/iu;

/** A story that ends badly: 有人把降压药停了改喝芹菜汁，结果中风住院. */
const BAD_OUTCOME =
  /(?:结果|后来|没多久|不久|没过几天)(?!就是|会|将|只能|必然|肯定)[^。]{0,10}(?:中风|脑出血|脑梗|心梗|住院|送医|抢救|加重|恶化|昏迷|出事|进了?(?:医院|icu|急诊|重症)|丧命|去世|没了命|并发症|失控|休克|酮症|危险|耽误|延误)/u;

const QUESTION_WORDS = /吗|(?<![这那多])么|呢|能否|是否|可否|能不能|会不会|可不可以|有没有|真的/u;
/** Rhetorical hooks of ad copy are questions in form only: 想根治鼻炎吗？谁说鼻炎不能根治？ */
const QUESTION_HOOK = /^(?:想|想要|还想|还在|您还在|你还在|是不是还在|是否还在|谁说|难道)/u;

function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => '#'.repeat(m.length));
}

function negatedBefore(sentence: string, start: number): boolean {
  const prefix = blank(sentence.slice(clauseStart(sentence, start), start), NOT_CUES);
  if (ADJACENT_NEGATION.has(prefix.charAt(prefix.length - 1))) return true;
  let cueEnd = -1;
  for (const m of prefix.matchAll(NEGATION_CUES)) cueEnd = m.index + m[0].length;
  if (cueEnd < 0) return false;
  const gap = prefix.slice(cueEnd);
  // English words are longer: a negation reaches about as many words, not characters.
  const reach = /[a-z]{2}/i.test(gap) ? NEGATION_REACH * 2 : NEGATION_REACH;
  return gap.length <= reach && !SCOPE_BREAKERS.test(gap);
}

function debunkedAfter(sentence: string, end: number): boolean {
  const clauseRest = sentence.slice(end, clauseEnd(sentence, end));
  if (DEBUNK.test(clauseRest)) return true;
  if (BAD_OUTCOME.test(sentence.slice(end))) return true;
  // A later clause of the sentence that opens as a judgement: ……偏方，比如葱白水泡脚，这些方法没有科学依据.
  for (let start = end + clauseRest.length + 1; start < sentence.length;) {
    const stop = clauseEnd(sentence, start);
    const clause = sentence.slice(start, stop);
    if (JUDGEMENT_OPENER.test(clause) && DEBUNK.test(clause)) return true;
    start = stop + 1;
  }
  return false;
}

/** Quoted or reported, and the sentence warns or debunks: 警惕宣称“根治”的广告. */
function reportedToWarn(sentence: string, start: number, end: number): boolean {
  const quoted = quoteSpans(sentence).some(([open, close]) => open < start && end <= close);
  if (!quoted && !REPORTED_SPEECH.test(sentence.slice(0, start))) return false;
  const rest = blank(sentence.slice(0, start) + '#' + sentence.slice(end), NOT_CUES);
  return ANY_NEGATION_CUE.test(rest) || DEBUNK.test(rest) || CONTRAST.test(rest);
}

/** The sentence after a question that answers it in the negative: 越多越好？不对，…. */
const REBUTTAL =
  /^\s*(?:不对|不是的|并不是|当然不是|错了?(?=[,!]|$)|大错特错|答案是否定的|恰恰相反|no\b|wrong|not really|nope)/iu;

function isQuestion(sentence: string, terminator: string, next: string): boolean {
  const trimmed = sentence.trim();
  if (terminator === '?' && REBUTTAL.test(next)) return true;
  const asks = terminator === '?' || /[吗么呢]$/u.test(trimmed);
  return asks && QUESTION_WORDS.test(trimmed) && !QUESTION_HOOK.test(trimmed);
}

/**
 * True when the match [start, end) of a sentence is not a claim the text makes: negated (本品不能保证
 * 治愈), debunked (……是骗局), quoted or reported in a warning, or asked about (糖尿病能根治吗？), also
 * when the next sentence answers the question in the negative (喝得越多越好？不对，…).
 */
export function isNotAClaim(
  sentence: string,
  start: number,
  end: number,
  terminator: string,
  next = '',
): boolean {
  return (
    negatedBefore(sentence, start) ||
    debunkedAfter(sentence, end) ||
    reportedToWarn(sentence, start, end) ||
    isQuestion(sentence, terminator, next)
  );
}
