/**
 * Text preparation for the rule engine: one canonical form to match against, with a map back to
 * the author's offsets, and the sentence / clause / quotation structure the guards reason about.
 */

export interface NormalizedText {
  text: string;
  /** origin[i] is the UTF-16 offset in the original text of text[i]. */
  origin: number[];
  /**
   * Where text[i] ends in the original, when it stands for more than one character there (a pinyin
   * syllable typed for a Chinese one: gen治 → 根治); otherwise origin[i] + 1.
   */
  originEnd?: Map<number, number>;
}

export interface Sentence {
  /** Offsets into the normalized text; the terminator is not part of the sentence. */
  start: number;
  end: number;
  terminator: string;
}

// Common traditional forms of the characters the rules are written with, mapped one to one so
// offsets survive. Authors switching scripts should not slip past a simplified pattern.
const TRADITIONAL_PAIRS =
  '療疗癒愈醫医藥药絕绝對对無无證证復复發发髮发專专薦荐體体斷断歲岁價价贈赠買买賣卖臨临處处實实據据' +
  '壓压減减國国級级頂顶熱热銷销搶抢購购試试費费單单見见顯显間间後后從从數数傳传統统產产種种廣广審审' +
  '號号癥症狀状腫肿擴扩祕秘宮宫獨独門门驗验權权議议線线聯联絡络碼码掃扫識识別别顧顾謝谢錦锦親亲測测' +
  '這这們们會会說说為为還还讓让與与來来時时個个過过沒没麼么劑剂師师術术滅灭況况報报導导計计隨随機机' +
  '輕轻鬆松險险靈灵寶宝嬰婴兒儿獎奖評评選选優优勝胜強强衛卫軍军隊队構构協协學学紅红網网週周膚肤壞坏' +
  '變变長长頭头腦脑臟脏腎肾腸肠濕湿瘡疮癬癣禿秃齡龄關关節节風风癱瘫瘓痪險险嚴严騙骗謊谎謠谣誤误虛虚' +
  '偽伪譜谱違违規规誇夸稱称聲声謂谓電电話话維维護护鈣钙魚鱼營营養养補补聰聪績绩請请讀读問问題题準准' +
  '確确診诊僅仅獲获榮荣譽誉貨货轉转經经紀纪錄录歷历檢检託托' +
  '婦妇純纯頑顽應应該该開开嗎吗膽胆癢痒瘋疯塊块飲饮雞鸡鴨鸭麵面飯饭葉叶蟲虫靜静環环現现氣气綠绿藍蓝黃黄臉脸脫脱孫孙錢钱賺赚銀银鐵铁' +
  '針针戶户帶带擁拥樣样當当動动運运齊齐壽寿勞劳傷伤瘍疡癇痫脈脉顆颗貼贴噴喷塗涂膠胶沖冲調调淨净潔洁乾干顏颜皺皱紋纹剋克愛爱夠够語语' +
  '誰谁認认講讲設设許许誠诚詢询訂订記记詳详細细組组織织終终結结給给續续總总約约納纳紙纸練练額额頸颈項项順顺預预領领頻频類类馬马點点' +
  '齒齿龍龙麗丽鬱郁憂忧慮虑態态慣惯懷怀憶忆擔担揚扬換换損损擇择樂乐標标極极條条東东車车軟软輪轮農农邊边達达遠远適适進进遲迟陽阳陰阴' +
  '難难雙双雜杂雖虽霧雾韓韩響响頁页飛飞餘余館馆饑饥髒脏鹽盐麥麦黴霉團团圍围園园圖图場场壯壮備备儲储億亿側侧債债兩两劃划勁劲區区卻却' +
  '厲厉參参啟启喚唤囑嘱夢梦奪夺奮奋寧宁將将層层屬属幫帮廠厂廢废庫库張张彈弹彎弯徑径徵征恆恒惡恶惱恼慶庆憑凭懸悬戲戏戰战擊击擾扰敗败' +
  '敵敌暈晕曉晓書书槍枪歡欢歸归殘残殺杀毀毁氫氢決决淚泪淺浅湯汤溫温滿满漢汉潛潜澀涩濃浓燈灯燒烧爐炉爭争爾尔牆墙畫画異异盡尽監监盤盘' +
  '矯矫碩硕禮礼禍祸穩稳窮穷競竞筆笔範范築筑簡简簽签糧粮緊紧縣县罰罚聖圣聞闻聽听職职舊旧艱艰藝艺蘇苏蘭兰虧亏裝装裡里製制複复覺觉覽览' +
  '觀观觸触討讨訓训訪访詞词詩诗誘诱課课談谈論论諮咨謀谋謹谨讚赞豐丰貝贝負负財财責责貴贵貸贷賀贺資资賓宾賴赖趕赶趨趋跡迹踐践躍跃較较' +
  '載载輔辅輸输辦办連连遊游際际錯错鍊炼鎮镇閉闭閒闲闆板陣阵陳陈陸陆離离雲云頒颁頓顿頗颇願愿餓饿驅驱驚惊鬧闹魯鲁鮮鲜鳥鸟鳳凤啞哑喪丧' +
  '嘔呕噁恶嚥咽膿脓瘧疟瘻瘘癤疖癩癞癮瘾癲癫痺痹瘂哑蝕蚀鋅锌肅肃輻辐' +
  '徹彻脹胀痠酸癡痴訊讯帳账撥拨幣币贏赢郵邮遞递廳厅習习餵喂閣阁務务於于並并蝦虾蠣蛎鏡镜視视聾聋嚨咙' +
  '鬚须遺遗賠赔償偿則则薰熏腳脚緩缓瀉泻悶闷滯滞暢畅質质鎂镁礦矿纖纤薑姜蔥葱蘿萝蔔卜棗枣蓮莲窩窝龜龟' +
  '鱉鳖蠍蝎螞蚂蟻蚁漿浆墊垫桿杆鏈链繫系係系萬万隻只幾几錠锭擠挤撐撑嚇吓罵骂慘惨膩腻縮缩鬍胡鹹咸黏粘' +
  '僱雇鑰钥籤签勸劝勵励騷骚屆届傑杰潤润澤泽滷卤燉炖餅饼閱阅';

const SIMPLIFIED = new Map<number, number>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) {
  SIMPLIFIED.set(TRADITIONAL_PAIRS.charCodeAt(i), TRADITIONAL_PAIRS.charCodeAt(i + 1));
}

function isZeroWidth(c: number): boolean {
  return (
    c === 0x200b ||
    c === 0x200c ||
    c === 0x200d ||
    c === 0x2060 ||
    c === 0xfeff ||
    c === 0xfe0e ||
    c === 0xfe0f
  );
}

/** Interjections of speech (贴上去啊，十分钟啊; 嗯，这个方子): filler, never part of a claim. */
function isParticle(c: number): boolean {
  return c === 0x554a || c === 0x5440 || c === 0x55ef;
}

/** Emoji, pictographs and their modifiers: decoration, never part of a claim (根💥治, 薇❤信). */
const DECORATION = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u20e3)$/u;

/** UTF-16 length of a decorative code point starting at `i`, or 0. */
function decorationAt(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x2000) return 0;
  return DECORATION.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

function isHanCode(c: number): boolean {
  return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

function isHorizontalSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0;
}

/** Marks typed between characters to break up a phrase (根*治, 根·治, 根_治). */
function isFiller(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x7e || c === 0x5e || c === 0xb7 || c === 0x2022 || c === 0x30fb;
}

/** Pinyin vowels with tone marks, folded to plain letters (tíng → ting). */
const TONE_VOWELS = 'āaáaǎaàaēeéeěeèeīiíiǐiìiōoóoǒoòoūuúuǔuùuǖvǘvǚvǜvüv';
const TONELESS = new Map<number, number>();
for (let i = 0; i + 1 < TONE_VOWELS.length; i += 2) {
  TONELESS.set(TONE_VOWELS.charCodeAt(i), TONE_VOWELS.charCodeAt(i + 1));
}

function canonicalCode(c: number): number {
  if (c < 0x80) return c;
  const toneless = TONELESS.get(c);
  if (toneless !== undefined) return toneless;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  if (c === 0x3000) return 0x20;
  return SIMPLIFIED.get(c) ?? c;
}

/**
 * Full-width ASCII to half-width, common traditional characters to simplified, zero-width
 * characters and emoji dropped, and spaces or filler marks (* · _ ~) next to a Chinese character
 * dropped ("根 治", "根*治", "根💥治" → "根治"), so a pattern cannot be dodged by typing. Every code
 * unit is mapped on its own, so surrogate pairs stay intact.
 */
export function normalize(text: string): NormalizedText {
  const codes: number[] = [];
  const origin: number[] = [];
  // A run of spaces and fillers is held back until the next character shows whether it sits next
  // to Chinese; elsewhere it is kept as typed (spaces as one space each).
  let run: number[] = [];
  const flushRun = (next: number): void => {
    const before = codes.length > 0 ? (codes[codes.length - 1] ?? 0) : 0;
    if (!isHanCode(before) && !isHanCode(next)) {
      for (const at of run) {
        const c = canonicalCode(text.charCodeAt(at));
        codes.push(isHorizontalSpace(c) ? 0x20 : c);
        origin.push(at);
      }
    }
    run = [];
  };
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i);
    if (isZeroWidth(raw) || isParticle(raw)) continue;
    const decoration = decorationAt(text, i);
    if (decoration > 0) {
      i += decoration - 1;
      continue;
    }
    const c = canonicalCode(raw);
    if (isHorizontalSpace(c) || isFiller(c)) {
      run.push(i);
      continue;
    }
    if (run.length > 0) flushRun(c);
    codes.push(c);
    origin.push(i);
  }
  if (run.length > 0) flushRun(0);
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  // Chat spellings of 没 (木有, 冇), one character for one.
  out = out.replace(SLANG_NOT, '没');
  return PINYIN_DODGE.test(out) ? restorePinyin(out, origin) : { text: out, origin };
}

const SLANG_NOT = /(?<![树积草林苗檀乔灌花土伐])木(?=有)|冇/gu;

/**
 * Banned words an author may half-type in pinyin to slip past a filter (gen治, 不fu发, 药都可以tíng了),
 * with the pinyin of each character. A mixed form keeps at least one character and types at least
 * one syllable; a lone syllable is read only between two Chinese characters.
 */
const DODGED_WORDS: readonly (readonly [string, string])[] = [
  ['根治', 'gen zhi'],
  ['断根', 'duan gen'],
  ['除根', 'chu gen'],
  ['治愈', 'zhi yu'],
  ['痊愈', 'quan yu'],
  ['复发', 'fu fa'],
  ['反弹', 'fan tan'],
  ['停药', 'ting yao'],
  ['神药', 'shen yao'],
  ['副作用', 'fu zuo yong'],
  ['秘方', 'mi fang'],
  ['偏方', 'pian fang'],
  ['祖传', 'zu chuan'],
  ['包治', 'bao zhi'],
  ['特效', 'te xiao'],
  ['处方', 'chu fang'],
  ['减肥', 'jian fei'],
  ['瘦身', 'shou shen'],
  ['微信', 'wei xin'],
  ['加微', 'jia wei'],
];
const LONE_SYLLABLES = new Map([
  ['ting', '停'],
  ['yao', '药'],
]);

interface Dodge {
  word: string;
  /** Length of each character's part of the typed form: 3 for "gen", 1 for 治. */
  parts: number[];
}

const DODGES = new Map<string, Dodge>();
for (const [word, pinyin] of DODGED_WORDS) {
  const chars = [...word];
  const syllables = pinyin.split(' ');
  for (let mask = 1; mask < (1 << chars.length) - 1; mask++) {
    const parts = chars.map((c, i) => (mask & (1 << i) ? (syllables[i] ?? c) : c));
    DODGES.set(parts.join(''), { word, parts: parts.map((part) => part.length) });
  }
}
const MIXED_FORMS = [...DODGES.keys()].sort((a, b) => b.length - a.length).join('|');
for (const [syllable, char] of LONE_SYLLABLES) DODGES.set(syllable, { word: char, parts: [syllable.length] });

const PINYIN_DODGE_SOURCE =
  `(?<![a-z])(?:${MIXED_FORMS})(?![a-z])` +
  `|(?<=[\\u4e00-\\u9fa5])(?:${[...LONE_SYLLABLES.keys()].join('|')})(?=[\\u4e00-\\u9fa5])`;
const PINYIN_DODGE = new RegExp(PINYIN_DODGE_SOURCE, 'iu');

/** Reads half-typed pinyin as the Chinese it stands for, keeping every character's original extent. */
function restorePinyin(text: string, origin: number[]): NormalizedText {
  let out = '';
  const outOrigin: number[] = [];
  const originEnd = new Map<number, number>();
  let at = 0;
  for (const m of text.matchAll(new RegExp(PINYIN_DODGE_SOURCE, 'giu'))) {
    const dodge = DODGES.get(m[0].toLowerCase());
    if (!dodge) continue;
    out += text.slice(at, m.index);
    outOrigin.push(...origin.slice(at, m.index));
    let j = m.index;
    [...dodge.word].forEach((char, i) => {
      const length = dodge.parts[i] ?? 1;
      out += char;
      outOrigin.push(origin[j] ?? 0);
      if (length > 1) originEnd.set(out.length - 1, (origin[j + length - 1] ?? 0) + 1);
      j += length;
    });
    at = m.index + m[0].length;
  }
  out += text.slice(at);
  outOrigin.push(...origin.slice(at));
  return { text: out, origin: outOrigin, originEnd };
}

/** Maps a [start, end) range of the normalized text back to the original text. */
export function toOriginalRange(norm: NormalizedText, start: number, end: number): [number, number] {
  const first = norm.origin[start] ?? 0;
  const last = norm.origin[end - 1] ?? first;
  return [first, end > start ? (norm.originEnd?.get(end - 1) ?? last + 1) : first];
}

const SENTENCE_END = new Set(['。', '!', '?', ';', '\n', '\r'].map((ch) => ch.charCodeAt(0)));

/** Claims and their cues are judged within one sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !SENTENCE_END.has(text.charCodeAt(i))) continue;
    if (i > start) sentences.push({ start, end: i, terminator: text.charAt(i) });
    start = i + 1;
  }
  return sentences;
}

const CLAUSE_BREAK = /[,、:]/g;

/** Start of the clause (comma-delimited part of a sentence) that contains `index`. */
export function clauseStart(sentence: string, index: number): number {
  let start = 0;
  for (const m of sentence.slice(0, index).matchAll(CLAUSE_BREAK)) start = m.index + 1;
  return start;
}

/** End of the clause that contains `index`. */
export function clauseEnd(sentence: string, index: number): number {
  const rest = sentence.slice(index).search(CLAUSE_BREAK);
  return rest < 0 ? sentence.length : index + rest;
}

const QUOTE_PAIRS = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
  ["'", "'"],
]);

/** [open, close] offsets of the quotations in a sentence; an unclosed quotation runs to its end. */
export function quoteSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  let closer = '';
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence.charAt(i);
    if (open >= 0) {
      if (ch === closer) {
        spans.push([open, i]);
        open = -1;
      }
    } else {
      const close = QUOTE_PAIRS.get(ch);
      if (close !== undefined) {
        open = i;
        closer = close;
      }
    }
  }
  if (open >= 0) spans.push([open, sentence.length]);
  return spans;
}
