/**
 * Sentence pools the seed assembles content bodies from: clean health writing per topic, promotional
 * copy, and sentences that break the rules of DOMAIN.md §4.3 so the engine finds real hits. The seed
 * never decides hits itself: it scans what it wrote.
 */
import type { ContentProduct } from '@careops/domain/content';

export interface Topic {
  title: string;
  titleEn: string;
  sentences: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    title: '秋冬季节如何预防流感',
    titleEn: 'Preventing flu in autumn and winter',
    sentences: [
      '流感是由流感病毒引起的急性呼吸道传染病，秋冬季是高发季节。',
      '接种流感疫苗是预防流感最经济有效的手段，建议每年接种一次。',
      '老年人、慢性病患者、孕妇和6月龄以上儿童是重点接种人群。',
      '勤洗手、戴口罩、保持室内通风，可以减少病毒传播。',
      '出现高热、咳嗽、全身酸痛等症状时，应及时到医院就诊。',
    ],
  },
  {
    title: '糖尿病患者的饮食管理要点',
    titleEn: 'Diet essentials for people with diabetes',
    sentences: [
      '糖尿病饮食管理的核心是控制总热量，做到定时定量。',
      '主食可以适当搭配燕麦、荞麦等粗粮，减缓餐后血糖上升。',
      '每天吃够一斤左右的蔬菜，水果放在两餐之间少量食用。',
      '烹调时少油少盐，尽量选择蒸、煮、炖等方式。',
      '饮食调整需要结合血糖监测结果，并在医生或营养师指导下进行。',
    ],
  },
  {
    title: '高血压患者居家测量血压的正确方法',
    titleEn: 'How people with hypertension should measure blood pressure at home',
    sentences: [
      '测量前30分钟内避免吸烟、喝咖啡和剧烈运动，安静休息5分钟。',
      '测量时取坐位，上臂与心脏保持同一水平，袖带松紧以能插入一指为宜。',
      '建议每天早晚各测一次，每次测量两到三遍取平均值。',
      '家庭血压的诊断标准是135/85毫米汞柱，与诊室血压不同。',
      '把测量结果记录下来，复诊时带给医生参考。',
    ],
  },
  {
    title: '儿童发热的家庭护理',
    titleEn: 'Caring for a child with fever at home',
    sentences: [
      '发热是身体对抗感染的一种反应，本身并不是一种疾病。',
      '体温超过38.5℃或孩子明显不适时，可在医生指导下使用退热药。',
      '不建议用酒精擦浴，也不要捂汗，穿着适当即可。',
      '注意补充水分，观察孩子的精神状态和尿量。',
      '3个月以下婴儿发热、持续高热或出现抽搐时，应立即就医。',
    ],
  },
  {
    title: '湿疹的日常护理与用药提醒',
    titleEn: 'Everyday eczema care and medication tips',
    sentences: [
      '湿疹是一种常见的慢性炎症性皮肤病，容易反复发作。',
      '每天使用足量的保湿剂，是湿疹护理的基础。',
      '洗澡水温不宜过高，时间控制在10分钟以内。',
      '外用激素药膏需要在医生指导下规范使用，不要自行停用或加量。',
      '穿着宽松的纯棉衣物，避免搔抓。',
    ],
  },
  {
    title: '焦虑情绪的自我调节方法',
    titleEn: 'Self-help for anxiety',
    sentences: [
      '适度的焦虑是正常的情绪反应，长期过度焦虑则需要重视。',
      '规律作息、适量运动有助于稳定情绪。',
      '腹式呼吸和正念练习可以帮助缓解紧张感。',
      '与家人朋友倾诉，也是一种有效的情绪疏导方式。',
      '如果焦虑影响到工作和生活，请及时寻求专业心理帮助。',
    ],
  },
  {
    title: '二甲双胍的正确服用方式',
    titleEn: 'Taking metformin correctly',
    sentences: [
      '二甲双胍是2型糖尿病的常用药物，应在医生指导下使用。',
      '随餐或餐后服用可以减轻胃肠道不适。',
      '用药期间要定期监测肾功能。',
      '进行增强CT检查前后，需要遵医嘱暂停用药。',
      '漏服一次时不要在下一次加倍服用。',
    ],
  },
  {
    title: '胰岛素的冷藏与携带',
    titleEn: 'Storing and carrying insulin',
    sentences: [
      '未开封的胰岛素应放在2到8℃的冰箱冷藏室保存，不能冷冻。',
      '已开封的胰岛素可在室温下保存，一般在28天内用完。',
      '外出旅行时可以使用专用保温包，避免阳光直射。',
      '乘坐飞机时胰岛素应随身携带，不要托运。',
      '使用前检查药液是否有结晶或变色。',
    ],
  },
  {
    title: '电子血压计选购指南',
    titleEn: 'Choosing a home blood pressure monitor',
    sentences: [
      '家庭测量推荐使用经过临床验证的上臂式电子血压计。',
      '手腕式血压计受体位影响较大，不建议作为首要选择给老年人使用。',
      '选购时注意袖带尺寸是否适合自己的上臂围。',
      '血压计建议每年校准一次。',
      '购买前可以咨询医生或药师的意见。',
    ],
  },
  {
    title: '术后康复期的营养建议',
    titleEn: 'Nutrition during recovery after surgery',
    sentences: [
      '术后康复期需要充足的蛋白质，促进伤口愈合。',
      '鸡蛋、牛奶、鱼肉、豆制品都是优质蛋白的良好来源。',
      '从流质、半流质逐步过渡到普通饮食。',
      '多吃新鲜蔬菜水果，预防便秘。',
      '具体饮食安排请遵从主治医生的建议。',
    ],
  },
  {
    title: '春季过敏性鼻炎的防护',
    titleEn: 'Managing hay fever in spring',
    sentences: [
      '春季花粉浓度升高，过敏性鼻炎患者症状容易加重。',
      '花粉浓度高的时段尽量减少外出，外出时佩戴口罩。',
      '回家后及时洗脸、用生理盐水冲洗鼻腔。',
      '症状明显时可以在医生指导下使用鼻用激素或抗组胺药。',
      '如果同时出现喘息，需要警惕哮喘。',
    ],
  },
  {
    title: '科学认识幽门螺杆菌',
    titleEn: 'Understanding Helicobacter pylori',
    sentences: [
      '幽门螺杆菌感染与慢性胃炎、消化性溃疡密切相关。',
      '碳13或碳14呼气试验是常用的检测方法。',
      '是否需要根除治疗，应由消化科医生综合评估。',
      '提倡使用公筷公勺，减少家庭内传播。',
      '治疗结束后需要按时复查，确认是否根除成功。',
    ],
  },
];

export const PROMO_TITLES: readonly { title: string; titleEn: string }[] = [
  { title: '换季感冒别硬扛，对症用药更安心', titleEn: 'Do not tough out a seasonal cold' },
  { title: '居家血压监测新选择', titleEn: 'A new choice for home BP monitoring' },
  { title: '关注关节健康，从日常开始', titleEn: 'Joint health starts every day' },
  { title: '直播预告：药师教你选维生素', titleEn: 'Live preview: a pharmacist on choosing vitamins' },
  { title: '止痛药怎么选？药师来解答', titleEn: 'Which painkiller? A pharmacist answers' },
];

const APPROVAL = (n: number) => `药广审(文)第2510${String(n).padStart(2, '0')}-0${n}123号`;

export const PRODUCTS: readonly ContentProduct[] = [
  { skuId: 'sku_ganmaoling', name: '感冒灵颗粒', category: 'otc', otcClass: 'b', adApprovalNo: APPROVAL(1) },
  {
    skuId: 'sku_ibuprofen',
    name: '布洛芬缓释胶囊',
    category: 'otc',
    otcClass: 'b',
    adApprovalNo: APPROVAL(2),
  },
  {
    skuId: 'sku_bp_monitor',
    name: '上臂式电子血压计',
    category: 'device',
    adApprovalNo: '械广审(文)第251003-03123号',
  },
  {
    skuId: 'sku_fish_oil',
    name: '鱼油软胶囊',
    category: 'health_food',
    adApprovalNo: '食健广审(文)第251004-04123号',
  },
  {
    skuId: 'sku_glucosamine',
    name: '氨糖软骨素钙片',
    category: 'health_food',
    adApprovalNo: '食健广审(文)第251005-05123号',
  },
];

/** Copy that promotes a product without breaking a rule, plus the statutory notices. */
export function promoSentences(product: ContentProduct): string[] {
  const name = product.name ?? '本品';
  const base = [
    `${name}由正规厂家生产，广告审查批准文号：${product.adApprovalNo ?? ''}。`,
    `使用${name}前请仔细阅读说明书，了解适用人群和注意事项。`,
    '如有疑问，可以咨询平台执业药师。',
  ];
  switch (product.category) {
    case 'otc':
      return [
        ...base,
        `${name}用于缓解普通感冒引起的发热、头痛等症状。`,
        '禁忌：对本品成分过敏者禁用。不良反应：偶见胃肠道不适。',
        '请按药品说明书或者在药师指导下购买和使用。',
      ];
    case 'device':
      return [
        ...base,
        `${name}适合家庭日常血压监测。`,
        '请仔细阅读产品说明书或者在医务人员的指导下购买和使用。',
      ];
    case 'health_food':
      return [
        ...base,
        `${name}适宜需要补充相应营养素的成年人。`,
        '本品不能代替药物。保健食品不是药物，不能代替药物治疗疾病。',
      ];
    default:
      return base;
  }
}

/** Commerce-linked content is an ad and says so (AD-27). */
export const AD_LABEL = '广告';

/** Sentences each carrying at least one `block` violation. */
export const BLOCK_SENTENCES: readonly string[] = [
  '坚持使用三个月，能根治慢性胃炎，永不复发。',
  '无效退款，放心购买。',
  '祖传秘方，三代传承，药到病除。',
  '纯天然无副作用，老少皆宜。',
  '血糖稳定以后就可以把降糖药停了，不用再吃药。',
  '临床治愈率高达98%。',
  '我妈吃了一个月，多年的老胃病全好了。',
];

/** Sentences with `high` (sometimes `medium`) violations but nothing that blocks. */
export const HIGH_SENTENCES: readonly string[] = [
  '这是全网销量第一的品牌。',
  '七天见效，效果看得见。',
  '限时抢购，家庭必备。',
  '加微信 kangjian2024 领取更多资料。',
  '效果优于同类进口产品。',
  '再不重视，小病就会拖成大病！',
];

export const MEDIUM_SENTENCES: readonly string[] = [
  '研究表明，规律作息可以明显改善睡眠质量。',
  '临床证明，坚持锻炼有助于控制体重。',
];

export const TAKEDOWN_REASONS: readonly string[] = [
  '用户举报：文中含未经审批的功效宣称，经复核属实。',
  '监管部门通报同类产品广告违法，先行下架复核。',
  '作者资质过期，暂停展示。',
  '发布后发现引用数据来源不明。',
];

export const REVIEW_COMMENTS: readonly string[] = [
  '请删除绝对化表述后重新提交。',
  '引用的数据请补充来源。',
  '标题与正文不符，请修改。',
  '医学表述不够严谨，请核对用药说明。',
];
