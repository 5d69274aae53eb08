import { toIsoCst } from '@careops/domain';
import type { ModerationCase } from '@careops/domain/community';
import type { REPORT_REASONS } from '@careops/domain/community';
import type { Random } from './random';

const MIN = 60_000;

export const CIRCLES = [
  { id: 'cir_diabetes', name: { 'zh-CN': '糖友圈', 'en-US': 'Diabetes circle' } },
  { id: 'cir_bp', name: { 'zh-CN': '高血压圈', 'en-US': 'Hypertension circle' } },
  { id: 'cir_parenting', name: { 'zh-CN': '孕育圈', 'en-US': 'Pregnancy & parenting' } },
  { id: 'cir_rehab', name: { 'zh-CN': '术后康复圈', 'en-US': 'Post-op recovery' } },
  { id: 'cir_mind', name: { 'zh-CN': '心理支持圈', 'en-US': 'Mental health support' } },
  { id: 'cir_elder', name: { 'zh-CN': '长辈健康圈', 'en-US': 'Senior health' } },
] as const;

const EXCERPTS: Record<(typeof REPORT_REASONS)[number], readonly string[]> = {
  misinformation: ['听说胰岛素会上瘾，我准备停药试试偏方', '保健品可以代替降压药，我已经吃了半年'],
  drug_selling: ['出几盒胰岛素，私聊', '代购处方药，价格好商量'],
  spam: ['点击链接领取免费体检卡！！！', '关注我每天分享减肥秘籍'],
  contact_leak: ['有需要的加V：health888', '电话 138 1234 5678 随时咨询'],
  harassment: ['你这种人就不配来这个圈子', '别在这里装专家了'],
  privacy: ['晒一下隔壁床病友的化验单', '这是我同事的病历照片'],
  self_harm: ['最近真的不想活了', '感觉撑不下去了，没有意义'],
  other: ['这个帖子和圈子主题无关', '求推荐靠谱的医院'],
};

const SLA_MIN = { p1: 30, p2: 120, p3: 24 * 60 } as const;

export function seedCases(random: Random, anchor: number, count = 800): ModerationCase[] {
  return Array.from({ length: count }, (_, i): ModerationCase => {
    const reason = random.weighted([
      ['spam', 30],
      ['contact_leak', 18],
      ['misinformation', 14],
      ['drug_selling', 8],
      ['harassment', 12],
      ['privacy', 6],
      ['self_harm', 3],
      ['other', 9],
    ] as const);
    const priority =
      reason === 'self_harm' || reason === 'drug_selling'
        ? 'p1'
        : reason === 'spam' || reason === 'other'
          ? 'p3'
          : 'p2';
    const createdAt = anchor - random.int(0, 14 * 24 * 60) * MIN;
    const age = (anchor - createdAt) / MIN;
    const status =
      age < 60
        ? 'open'
        : random.weighted([
            ['open', 10],
            ['in_review', 8],
            ['resolved', 60],
            ['appealed', 4],
            ['closed', 18],
          ] as const);
    const circle = random.pick(CIRCLES);
    return {
      id: `case_${String(i + 1).padStart(5, '0')}`,
      userId: `cu_${random.int(1, 4_000)}`,
      userNickname: `${random.pick(['小', '老', '阿'])}${random.pick(['糖', '乐', '安', '康', '禾', '木'])}${random.int(10, 999)}`,
      circleId: circle.id,
      circleName: circle.name,
      excerpt: random.pick(EXCERPTS[reason]),
      reasons: [reason],
      reportCount: random.int(1, 6),
      priority,
      status,
      ...(status === 'in_review' ? { assigneeId: 'usr_moderator' } : {}),
      createdAt: toIsoCst(createdAt),
      dueAt: toIsoCst(createdAt + SLA_MIN[priority] * MIN),
      version: 1,
    };
  });
}
