import { toIsoCst } from '@careops/domain';
import type { ContentItem } from '@careops/domain/content';
import type { Random } from './random';
import { personName } from './names';

const HOUR = 3_600_000;

const TITLES = [
  '秋冬季节如何预防流感',
  '糖尿病患者的饮食管理要点',
  '高血压患者居家测量血压的正确方法',
  '儿童发热的家庭护理',
  '湿疹的日常护理与用药提醒',
  '焦虑情绪的自我调节方法',
  '二甲双胍的正确服用方式',
  '胰岛素的冷藏与携带',
  '电子血压计选购指南',
  '术后康复期的营养建议',
  '春季过敏性鼻炎的防护',
  '科学认识幽门螺杆菌',
];

export function seedContent(random: Random, anchor: number, count = 600): ContentItem[] {
  return Array.from({ length: count }, (_, i): ContentItem => {
    const authorType = random.weighted([
      ['doctor', 45],
      ['pharmacist', 20],
      ['pharma', 15],
      ['editor', 20],
    ] as const);
    const submittedAt = anchor - random.int(0, 30 * 24) * HOUR;
    return {
      id: `cnt_${String(i + 1).padStart(5, '0')}`,
      type: random.weighted([
        ['article', 60],
        ['video', 20],
        ['live_script', 8],
        ['poster', 12],
      ] as const),
      title: `${random.pick(TITLES)}${random.chance(0.3) ? `（第${random.int(2, 5)}期）` : ''}`,
      authorId: `${authorType}_${random.int(1, 80)}`,
      authorName: personName(random),
      authorType,
      ...(authorType === 'pharma' ? { orgId: `org_pharma_${random.int(1, 5)}` } : {}),
      purpose:
        authorType === 'pharma' ? 'product_promo' : random.pick(['science', 'disease_education'] as const),
      audience: random.chance(0.85) ? 'public' : 'professional',
      hasCommerceLink: authorType === 'pharma' && random.chance(0.6),
      status: random.weighted([
        ['first_review', 12],
        ['medical_review', 8],
        ['compliance_review', 6],
        ['auto_rejected', 5],
        ['returned', 6],
        ['rejected', 4],
        ['approved', 4],
        ['published', 48],
        ['taken_down', 3],
        ['archived', 4],
      ] as const),
      currentVersionNo: random.int(1, 3),
      submittedAt: toIsoCst(submittedAt),
      updatedAt: toIsoCst(Math.min(anchor, submittedAt + random.int(1, 72) * HOUR)),
      version: 1,
    };
  });
}
