import { describe, expect, it } from 'vitest';
import { cpuTime } from '../../testing';
import { CORPUS } from './corpus';
import { scanContent, validateRulePattern } from './engine';
import { DEFAULT_RULES } from './rules';
import {
  ruleHitSchema,
  ruleSchema,
  scanContextSchema,
  type Rule,
  type RuleHit,
  type ScanContext,
} from './schema';

const ids = (hits: RuleHit[]) => [...new Set(hits.map((h) => h.ruleId))].sort();
const idsOf = (text: string, context?: ScanContext) => ids(scanContent(text, context));
const defaultRule = (id: string): Rule => {
  const found = DEFAULT_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const withRule = (id: string, change: Partial<Rule>): Rule[] =>
  DEFAULT_RULES.map((r) => (r.id === id ? { ...r, ...change } : r));

const APPROVED = '药广审(文)第250101-00001号';
const OTC_ADVISORY = '请按药品说明书或者在药师指导下购买和使用。';
const DRUG_LABEL = '禁忌、不良反应详见说明书。';

/** One violating sample per default rule, with the snippet it must report. */
const SAMPLES: Record<string, { text: string; snippet: string; context?: ScanContext }> = {
  'AD-01': { text: '全国销量第一的降压药。', snippet: '销量第一' },
  'AD-02': { text: '此药药到病除。', snippet: '药到病除' },
  'AD-03': { text: '临床治愈率高达98%。', snippet: '治愈率' },
  'AD-04': { text: '本品无副作用。', snippet: '无副作用' },
  'AD-05': { text: '本药三天见效。', snippet: '三天见效' },
  'AD-06': { text: '服用后永不复发。', snippet: '永不复发' },
  'AD-07': { text: '疗效优于同类进口药。', snippet: '疗效优于' },
  'AD-08': { text: '专家推荐这款钙片。', snippet: '专家推荐' },
  'AD-09': { text: '患者送来感谢信。', snippet: '感谢信' },
  'AD-10': { text: '无效退款。', snippet: '无效退款' },
  'AD-11': { text: '限时特价，欢迎抢购。', snippet: '限时特价' },
  'AD-12': { text: '本品荣获国际金奖。', snippet: '荣获' },
  'AD-13': { text: '再不治就晚了。', snippet: '再不治就' },
  'AD-14': { text: '这款茶包治百病。', snippet: '包治百病' },
  'AD-15': { text: '多吃多好。', snippet: '多吃多好' },
  'AD-16': { text: '宫廷秘方。', snippet: '宫廷秘方' },
  'AD-17': { text: '本产品为部队特供。', snippet: '部队特供' },
  'AD-18': { text: '临床证明可降低血压。', snippet: '临床证明' },
  'AD-19': {
    text: '立普妥新品上市。' + DRUG_LABEL,
    snippet: '立普妥',
    context: {
      purpose: 'product_promo',
      products: [{ name: '立普妥', category: 'rx', adApprovalNo: APPROVED }],
    },
  },
  'AD-20': { text: '出几盒阿普唑仑，私聊。', snippet: '阿普唑仑' },
  'AD-21': {
    text: '感冒灵颗粒，缓解感冒症状。' + DRUG_LABEL,
    snippet: '感冒灵颗粒',
    context: {
      purpose: 'product_promo',
      products: [{ name: '感冒灵颗粒', category: 'otc', otcClass: 'b', adApprovalNo: APPROVED }],
    },
  },
  'AD-22': {
    text: '电子血压计，家用精准。',
    snippet: '电子血压计',
    context: {
      purpose: 'product_promo',
      products: [{ name: '电子血压计', category: 'device', adApprovalNo: APPROVED }],
    },
  },
  'AD-23': { text: '这款保健品能降血糖。', snippet: '降血糖' },
  'AD-24': {
    text: '鱼油软胶囊，补充Omega-3。',
    snippet: '鱼油软胶囊',
    context: {
      purpose: 'product_promo',
      products: [{ name: '鱼油软胶囊', category: 'health_food', adApprovalNo: APPROVED }],
    },
  },
  'AD-25': {
    text: '全新上市，欢迎选购。本品不能代替药物。',
    snippet: '全新上市，欢迎选购',
    context: { purpose: 'product_promo', products: [{ category: 'health_food' }] },
  },
  'AD-26': { text: '点击下方链接购买。', snippet: '点击下方链接购买' },
  'AD-27': { text: '春季养生指南。', snippet: '春季养生指南', context: { hasCommerceLink: true } },
  'AD-28': {
    text: `感冒灵颗粒，缓解感冒症状。${OTC_ADVISORY}`,
    snippet: '感冒灵颗粒',
    context: {
      purpose: 'product_promo',
      products: [{ name: '感冒灵颗粒', category: 'otc', otcClass: 'b', adApprovalNo: APPROVED }],
    },
  },
  'AD-29': { text: '本院特色疗法，专治颈椎病。', snippet: '特色疗法' },
  'AD-30': { text: '一白遮百丑。', snippet: '一白遮百丑' },
  'AD-31': { text: '这款钙片小朋友都爱吃。', snippet: '小朋友都爱吃' },
  'MED-01': { text: '可以停药了。', snippet: '可以停药' },
  'MED-02': { text: 'AI智能开方。', snippet: 'AI智能开方' },
  'PHA-01': { text: '阿莫西林买二送一。', snippet: '买二送一' },
  'PRV-01': { text: '身份证号110101199003071234。', snippet: '110101199003071234' },
  'PRV-02': { text: '电话13812345678。', snippet: '13812345678' },
};

describe('rule library', () => {
  it('covers every rule of DOMAIN.md §4.3 once, valid and described in both languages', () => {
    const expected = [
      ...Array.from({ length: 31 }, (_, i) => `AD-${String(i + 1).padStart(2, '0')}`),
      'MED-01',
      'MED-02',
      'PRV-01',
      'PRV-02',
      'PHA-01',
    ].sort();
    expect(DEFAULT_RULES.map((r) => r.id).sort()).toEqual(expected);
    for (const rule of DEFAULT_RULES) {
      expect(ruleSchema.parse(rule)).toEqual(rule);
      expect(validateRulePattern(rule.pattern, rule.kind), rule.id).toBeNull();
      for (const text of [rule.name, rule.message]) {
        expect(text['zh-CN'].trim(), rule.id).not.toBe('');
        expect(text['en-US'].trim(), rule.id).not.toBe('');
      }
      expect(rule.basis.trim(), rule.id).not.toBe('');
    }
  });

  it.each(DEFAULT_RULES.map((r) => r.id))('%s finds its sample and reports the exact snippet', (id) => {
    const sample = SAMPLES[id];
    expect(sample, `a sample for ${id}`).toBeDefined();
    if (!sample) return;
    const hits = scanContent(sample.text, sample.context).filter((h) => h.ruleId === id);
    expect(hits.map((h) => h.snippet)).toContain(sample.snippet);
    for (const hit of hits) {
      expect(hit.snippet).toBe(sample.text.slice(hit.start, hit.end));
      expect(hit.severity).toBe(defaultRule(id).severity);
      expect(hit.message).toEqual(defaultRule(id).message);
      expect(ruleHitSchema.parse(hit)).toEqual(hit);
    }
  });
});

describe('offsets', () => {
  it('counts UTF-16 units, so emoji and other surrogate pairs before a hit shift it by two each', () => {
    const text = '👍👍𠮷本品无副作用';
    const [hit] = scanContent(text);
    expect(hit).toMatchObject({ ruleId: 'AD-04', start: 8, end: 12, snippet: '无副作用' });
  });

  it('maps hits on normalized text back to what the author typed', () => {
    const cases: [string, string][] = [
      ['三天根 治鼻炎', '根 治'],
      ['三天根\u200b治鼻炎', '根\u200b治'],
      ['本品無副作用', '無副作用'],
      ['９０％的患者治愈', '９０％的患者治愈'],
      ['本品　无副作用', '无副作用'],
    ];
    for (const [text, snippet] of cases) {
      const hit = scanContent(text).find((h) => h.snippet === snippet);
      expect(hit, text).toBeDefined();
      if (hit) expect(text.slice(hit.start, hit.end)).toBe(snippet);
    }
  });

  it('keeps snippet === text.slice(start, end) on any input', () => {
    const alphabet = [
      '根',
      '治',
      ' ',
      '😀',
      '。',
      '无',
      '副',
      '作',
      '用',
      '不',
      '\u200b',
      '９',
      '%',
      '１',
      '3',
      '8',
    ];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join(
        '',
      );
      for (const hit of scanContent(text, { purpose: 'product_promo', products: [{ category: 'otc' }] })) {
        expect(hit.start).toBeGreaterThanOrEqual(0);
        expect(hit.end).toBeLessThanOrEqual(text.length);
        expect(hit.snippet).toBe(text.slice(hit.start, hit.end));
      }
    }
  });

  it('sorts hits by start, then severity', () => {
    const hits = scanContent('这款茶包治百病，研究表明效果最好，三天根治。');
    const order = { block: 0, high: 1, medium: 2 };
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      if (!a || !b) continue;
      expect(a.start < b.start || (a.start === b.start && order[a.severity] <= order[b.severity])).toBe(true);
    }
    expect(hits.map((h) => h.ruleId)).toEqual(['AD-14', 'AD-18', 'AD-01', 'AD-05', 'AD-02']);
  });
});

describe('linguistic guards', () => {
  it.each([
    '本品不能保证治愈。',
    '世上没有包治百病的药。',
    "警惕宣称'根治'的广告。",
    '不要轻信所谓祖传秘方。',
    '任何药物都有副作用，不存在无副作用的药。',
    '所谓“断根”都是骗局。',
    '网上说喝醋能根治高血压，这是谣言。',
    '糖尿病能根治吗？',
    '乳腺癌改良根治术后需定期复查。',
    '第一次服药请在医生指导下进行。',
    '擅自停药会导致血糖波动，请遵医嘱。',
    '请咨询专科医生。',
    '安全用药很重要。',
    '服药的最佳时间是早餐后。',
  ])('%s is clean', (text) => {
    expect(idsOf(text)).toEqual([]);
  });

  it('does not let a negation that belongs to the banned phrase cancel it', () => {
    expect(idsOf('服用后永不复发。')).toEqual(['AD-06']);
    expect(idsOf('停用不反弹。')).toEqual(['AD-06']);
    expect(idsOf('本品无副作用。')).toEqual(['AD-04']);
  });

  it('cancels a negation that governs another predicate', () => {
    expect(idsOf('不用手术也能根治。')).toEqual(['AD-02']);
    expect(idsOf('不打针不吃药，药到病除。')).toEqual(['AD-02']);
  });

  it('clears a quotation only when the sentence warns about it', () => {
    expect(idsOf('我们的口号是“根治鼻炎”。')).toEqual(['AD-02']);
    expect(idsOf('所谓“根治鼻炎”纯属虚假宣传。')).toEqual([]);
  });

  it('judges cues within the sentence only', () => {
    expect(idsOf('警惕虚假广告。本品根治鼻炎。')).toEqual(['AD-02']);
    expect(idsOf('本品根治鼻炎。这种说法是谣言。')).toEqual(['AD-02']);
  });

  it('treats a first-line choice from a guideline as information, not an absolute term', () => {
    expect(
      idsOf('一线治疗首选二甲双胍（指南推荐）。', { purpose: 'science', audience: 'professional' }),
    ).toEqual([]);
    expect(idsOf('降压首选XX牌。')).toEqual(['AD-01']);
    expect(idsOf('一线治疗首选二甲双胍（指南推荐）。', { purpose: 'product_promo' })).toEqual(['AD-01']);
  });

  it('reads through emoji and filler marks typed inside a phrase, reporting what was typed', () => {
    for (const [text, snippet] of [
      ['根💥治鼻炎，就用这款喷剂。', '根💥治'],
      ['纯中药配方，无*副·作_用。', '无*副·作_用'],
    ] as const) {
      const hit = scanContent(text).find((h) => h.snippet === snippet);
      expect(hit, text).toBeDefined();
      if (hit) expect(text.slice(hit.start, hit.end)).toBe(snippet);
    }
  });

  it('recognises a claim by its concepts rather than its wording', () => {
    const live: ScanContext = { type: 'live_script', purpose: 'product_promo' };
    expect(idsOf('坚持喝我们的调理茶，慢性胃炎一定能好。', live)).toEqual(['AD-02']);
    expect(idsOf('敷完当晚，痘痘就瘪下去了。', live)).toEqual(['AD-05']);
    expect(idsOf('连主任医师自己家里都备着这款护眼仪。', live)).toEqual(['AD-08']);
    expect(idsOf('我家老爷子用这个护膝后，上下楼梯再也不喊疼了。', live)).toEqual(['AD-09']);
    expect(idsOf('这是我们家卖得最好的一款，回头客最多。', live)).toEqual(['AD-01']);
    expect(idsOf('这是我见过最认真负责的护士。')).toEqual([]);
    expect(idsOf('孩子最爱吃的水果是苹果。')).toEqual([]);
  });

  it('clears a claim asked about and answered in the negative in the next sentence', () => {
    expect(idsOf('水喝得越多越好？不对，一次性大量饮水可能导致水中毒。')).toEqual([]);
    expect(idsOf('喝得越多越好？没错，这款茶就是要当水喝！', { purpose: 'product_promo' })).toEqual([
      'AD-15',
    ]);
  });

  it('reads English claims and English negations', () => {
    expect(idsOf('Zero side effects, because it is 100% natural.', { purpose: 'product_promo' })).toEqual([
      'AD-04',
    ]);
    expect(idsOf('92% of our users saw clearer skin.', { purpose: 'product_promo' })).toEqual(['AD-03']);
    expect(
      idsOf('No supplement can cure diabetes once and for all; be wary of anyone who says otherwise.'),
    ).toEqual([]);
    expect(idsOf('The best time to take a statin depends on which one you are prescribed.')).toEqual([]);
  });

  it('clears a claim told as a cautionary story or judged in a later clause', () => {
    expect(idsOf('有人把降压药停了改喝芹菜汁，结果中风住院。')).toEqual([]);
    expect(idsOf('有些家长给孩子用偏方，比如葱白水泡脚，这些方法没有科学依据。')).toEqual([]);
    expect(idsOf('警方破获一起非法贩卖曲马多案件。')).toEqual([]);
    expect(idsOf('把降压药停了，改喝芹菜汁。')).toEqual(['MED-01']);
  });

  it('reads a hedged clinical prospect as information in a health article, not in a promotion', () => {
    const text = '早期胃癌通过手术有机会彻底治愈。';
    expect(idsOf(text, { purpose: 'disease_education', authorType: 'doctor' })).toEqual([]);
    expect(idsOf(text, { purpose: 'product_promo' })).toContain('AD-02');
  });

  it('accepts a sourced study in a health article but never a rate in a promotion', () => {
    const study = '一项研究[1]显示，该方案总有效率为85%。';
    expect(idsOf(study, { audience: 'professional' })).toEqual([]);
    expect(idsOf('该方案总有效率为85%。', { audience: 'professional' })).toEqual(['AD-03']);
    expect(idsOf(study, { purpose: 'product_promo' })).toContain('AD-03');
  });
});

describe('context', () => {
  const otc = (otcClass: 'a' | 'b' | undefined): ScanContext => ({
    purpose: 'product_promo',
    products: [{ name: '感冒灵颗粒', category: 'otc', otcClass, adApprovalNo: APPROVED }],
  });

  it('asks for the OTC advisory only when an OTC product is promoted', () => {
    const text = `感冒灵颗粒，缓解感冒症状。${DRUG_LABEL}`;
    expect(idsOf(text)).toEqual([]);
    expect(idsOf(text, otc('b'))).toEqual(['AD-21']);
    expect(idsOf(text + OTC_ADVISORY, otc('b'))).toEqual([]);
    expect(idsOf(text, { ...otc('b'), purpose: 'disease_education' })).toEqual([]);
  });

  it('flags a prescription drug promoted to the public, not to professionals', () => {
    const rx = (audience: 'public' | 'professional'): ScanContext => ({
      purpose: 'product_promo',
      audience,
      products: [{ name: '立普妥', category: 'rx', adApprovalNo: APPROVED }],
    });
    expect(idsOf(`立普妥上市。${DRUG_LABEL}`, rx('public'))).toEqual(['AD-19']);
    expect(idsOf(`立普妥上市。${DRUG_LABEL}`, rx('professional'))).toEqual([]);
  });

  it('points a missing ad approval at the first mention of the product, else the first sentence', () => {
    const context: ScanContext = {
      purpose: 'product_promo',
      products: [{ name: '护肝片', category: 'health_food' }],
    };
    const text = '  熬夜党看过来！XX护肝片，本品不能代替药物。';
    const hit = scanContent(text, context).find((h) => h.ruleId === 'AD-25');
    expect(hit).toMatchObject({ snippet: '护肝片', start: text.indexOf('护肝片') });
    const unnamed = scanContent(text, { ...context, products: [{ category: 'health_food' }] });
    expect(unnamed.find((h) => h.ruleId === 'AD-25')).toMatchObject({ start: 2, snippet: '熬夜党看过来' });
    expect(scanContent('', context).find((h) => h.ruleId === 'AD-25')).toMatchObject({ start: 0, end: 0 });
    expect(idsOf(`${text}药广审(文)第2501010001号`, context)).not.toContain('AD-25');
  });

  it('requires the 广告 label on commerce-linked content', () => {
    expect(idsOf('春季养生指南。', { hasCommerceLink: true })).toEqual(['AD-27']);
    expect(idsOf('【广告】春季养生指南。', { hasCommerceLink: true })).toEqual([]);
    expect(idsOf('春季养生指南，警惕虚假广告。', { hasCommerceLink: true })).toEqual(['AD-27']);
  });

  it('reads disease claims as AD-23 only for health food', () => {
    const text = '每天两粒，有效降血糖。';
    expect(idsOf(text, { purpose: 'disease_education' })).toEqual([]);
    const food: ScanContext = {
      purpose: 'product_promo',
      products: [{ category: 'health_food', adApprovalNo: APPROVED }],
    };
    expect(idsOf(text + '本品不能代替药物。', food)).toEqual(['AD-23']);
    expect(idsOf('二甲双胍能有效降血糖。')).toEqual([]);
    expect(idsOf('这款保健品能降血糖。')).toEqual(['AD-23']);
  });

  it('bans buy-and-get offers on Rx and class-A OTC drugs only; an undeclared class counts as A', () => {
    const text = `买二送一。${OTC_ADVISORY}${DRUG_LABEL}`;
    expect(idsOf(text, otc('a'))).toEqual(['AD-11', 'PHA-01']);
    expect(idsOf(text, otc(undefined))).toEqual(['AD-11', 'PHA-01']);
    expect(idsOf(text, otc('b'))).toEqual(['AD-11']);
  });

  it('flags shop links in health articles but not in the promotion itself', () => {
    expect(idsOf('点击下方链接购买。')).toEqual(['AD-26']);
    expect(idsOf('点击下方链接购买。', { purpose: 'product_promo' })).toEqual([]);
  });

  it('reads contact details and a shop address in a health article as AD-26 as well as PRV-02', () => {
    expect(idsOf('想系统了解护肝知识的朋友，可以加我的工作微信：liver_zhang2023。')).toEqual([
      'AD-26',
      'PRV-02',
    ]);
    expect(idsOf('XX大药房（人民路店）地址：人民路128号，营业时间8:00—22:00。')).toEqual(['AD-26']);
    expect(idsOf('加我微信：liver_zhang2023。', { purpose: 'product_promo' })).toEqual(['PRV-02']);
    expect(idsOf('春节期间药店营业时间有调整。')).toEqual([]);
    expect(idsOf('心理援助热线：400-161-9995，24小时有人接听。')).toEqual([]);
  });

  it('accepts the 广告 label however the content names itself', () => {
    const linked: ScanContext = { hasCommerceLink: true };
    expect(idsOf('本场直播为广告推广。今天聊聊补钙。', linked)).toEqual([]);
    expect(idsOf('本期视频是商业广告。今天聊聊补钙。', linked)).toEqual([]);
    expect(idsOf('这是广告常用的套路。今天聊聊补钙。', linked)).toEqual(['AD-27']);
  });

  it('finds a prescription or controlled drug offered to the public in the text itself (AD-19)', () => {
    const text = '晚上睡不着的朋友不用愁，艾司唑仑我这边都有货。';
    const hit = scanContent(text).find((h) => h.ruleId === 'AD-19');
    expect(hit).toMatchObject({ snippet: '艾司唑仑我这边都有', start: text.indexOf('艾司唑仑') });
    expect(idsOf(text)).toEqual(['AD-19', 'AD-20']);
    expect(idsOf('阿莫西林现货，需要的私我。出售头孢，包邮。').filter((id) => id === 'AD-19')).toHaveLength(
      1,
    );
    expect(idsOf('不要在网上代购处方药。')).toEqual([]);
    expect(idsOf('警方破获一起网络贩卖曲马多案。')).toEqual([]);
    expect(idsOf('处方药需要医生开具后才能买。')).toEqual([]);
    expect(idsOf('艾司唑仑我这边都有货。', { audience: 'professional' })).not.toContain('AD-19');
  });

  it('finds an off-label claim for a medicine in the text, whatever the context (AD-28)', () => {
    const labelled = `XX止咳糖浆除了止咳化痰，还能降血压、护心脏。禁忌：糖尿病患者禁服。不良反应：尚不明确。${OTC_ADVISORY}`;
    expect(idsOf(labelled, otc('b'))).toEqual(['AD-28']);
    expect(idsOf('二甲双胍现在可火了，没糖尿病的人吃了也能抗衰老。')).toEqual(['AD-28']);
    expect(idsOf('二甲双胍抗衰老的研究仍处于早期阶段，健康人不应自行服用。')).toEqual([]);
    expect(idsOf('千万别把二甲双胍当保健品吃。')).toEqual([]);
    expect(idsOf('运动除了减肥，还能改善睡眠。')).toEqual([]);
  });

  it('accepts the context the API carries and rejects what it does not know', () => {
    expect(
      scanContextSchema.safeParse({ purpose: 'product_promo', products: [{ category: 'otc' }] }).success,
    ).toBe(true);
    expect(scanContextSchema.safeParse({ products: [{ category: 'supplement' }] }).success).toBe(false);
  });
});

describe('edited rule sets', () => {
  it('skips a disabled rule', () => {
    expect(idsOf('本品无副作用。')).toEqual(['AD-04']);
    expect(
      ids(scanContent('本品无副作用。', undefined, { rules: withRule('AD-04', { enabled: false }) })),
    ).toEqual([]);
  });

  it('applies an edited pattern, and keeps the linguistic guards around it', () => {
    const rules = withRule('AD-02', { pattern: '根治|除根|治愈', version: 2 });
    const scan = (text: string) => ids(scanContent(text, undefined, { rules }));
    expect(scan('本方可治愈鼻炎。')).toEqual(['AD-02']);
    expect(scan('本方不能治愈鼻炎。')).toEqual([]);
    expect(scan('乳腺癌根治术后复查。')).toEqual([]);
    expect(scan("所谓'除根'都是骗局。")).toEqual([]);
  });

  it('keeps the guards around an edited text trigger of a document rule', () => {
    const rules = withRule('AD-19', {
      subject: { sentence: '代购[\\u4e00-\\u9fa5]{2,4}', when: { audiences: ['public'] } },
    });
    const scan = (text: string) => ids(scanContent(text, undefined, { rules }));
    expect(scan('专业代购阿莫西林。')).toContain('AD-19');
    expect(scan('不要找人代购阿莫西林。')).not.toContain('AD-19');
    expect(ids(scanContent('专业代购阿莫西林。', { audience: 'professional' }, { rules }))).not.toContain(
      'AD-19',
    );
  });

  it('reads a keyword pattern literally', () => {
    const rule: Rule = { ...defaultRule('AD-16'), kind: 'keyword', pattern: '神仙水|a.b' };
    expect(ids(scanContent('喝神仙水。', undefined, { rules: [rule] }))).toEqual(['AD-16']);
    expect(ids(scanContent('axb', undefined, { rules: [rule] }))).toEqual([]);
    expect(ids(scanContent('a.b', undefined, { rules: [rule] }))).toEqual(['AD-16']);
  });

  it('matches a regex within one sentence, with ^ and $ at its edges', () => {
    const rule: Rule = { ...defaultRule('AD-02'), pattern: '^根治.*复发$' };
    const scan = (text: string) => scanContent(text, undefined, { rules: [rule] }).map((h) => h.snippet);
    expect(scan('好消息。根治鼻炎不复发！')).toEqual(['根治鼻炎不复发']);
    expect(scan('根治鼻炎。不复发')).toEqual([]);
  });

  it('never throws on an invalid pattern: the rule is skipped and the others still run', () => {
    const rules = [
      ...withRule('AD-02', { pattern: '根治(' }),
      { ...defaultRule('AD-23'), id: 'X-1', subject: { sentence: '[保健品' } },
    ];
    expect(ids(scanContent('三天根治，本品无副作用，这款保健品能降血糖。', undefined, { rules }))).toEqual([
      'AD-04',
      'AD-05',
      'AD-23',
    ]);
  });

  it('explains why a pattern cannot be used', () => {
    expect(validateRulePattern('根治|断根')).toBeNull();
    expect(validateRulePattern('', 'structural')).toBeNull();
    expect(validateRulePattern('根治(')?.['en-US']).toMatch(/^Invalid regular expression/);
    expect(validateRulePattern('根治(')?.['zh-CN']).toMatch(/^正则表达式无效/);
    expect(validateRulePattern('')?.['en-US']).toBe('The pattern is empty.');
    expect(validateRulePattern(' | ', 'keyword')?.['en-US']).toBe('The pattern is empty.');
    expect(validateRulePattern('a*')?.['en-US']).toMatch(/matches empty text/);
    expect(validateRulePattern('a(', 'keyword')).toBeNull();
  });
});

describe('performance', () => {
  it('scans a 5,000-character article well within budget', async () => {
    const paragraph = CORPUS.map((e) => e.text).join('');
    const article = paragraph.repeat(Math.ceil(5000 / paragraph.length)).slice(0, 5000);
    for (let i = 0; i < 5; i++) scanContent(article);
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) runs.push((await cpuTime(() => scanContent(article))).ms);
    runs.sort((a, b) => a - b);
    const median = runs[Math.floor(runs.length / 2)] ?? Infinity;
    console.log(
      `scan of ${article.length} characters: median ${median.toFixed(2)} ms of CPU over ${runs.length} runs`,
    );
    expect(median).toBeLessThan(50);
  });
});
