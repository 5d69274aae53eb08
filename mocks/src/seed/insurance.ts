import type { LocalizedText } from '@careops/domain';
import { toIsoCst } from '@careops/domain';
import type { Claim, ClaimStatus } from '@careops/domain/insurance';
import { ORG_IDS } from './orgs';
import type { Random } from './random';
import { personName } from './names';

const DAY = 86_400_000;

/** A claim as the server keeps it: the member's real name, masked when presented. */
export type ClaimRecord = Omit<Claim, 'memberName'> & { memberName: LocalizedText };

const ICD10 = ['J06.9', 'E11.9', 'I10', 'K29.7', 'L20.9', 'F41.1', 'M54.5', 'J45.9', 'N39.0', 'H10.9'];

export function seedClaims(random: Random, anchor: number, count = 2_000): ClaimRecord[] {
  return Array.from({ length: count }, (_, i): ClaimRecord => {
    const insurerOrgId = i % 2 === 0 ? ORG_IDS.insurerA : ORG_IDS.insurerB;
    const reportedAt = anchor - random.int(0, 60) * DAY - random.int(0, 86_399) * 1000;
    const ageDays = (anchor - reportedAt) / DAY;
    const status: ClaimStatus =
      ageDays < 2
        ? random.pick(['reported', 'documents_pending', 'accepted'] as const)
        : random.weighted([
            ['accepted', 8],
            ['under_review', 14],
            ['investigating', 3],
            ['approved', 10],
            ['paid', 35],
            ['rejected', 8],
            ['appealed', 2],
            ['closed', 15],
            ['withdrawn', 3],
            ['documents_pending', 2],
          ] as const);
    const mode = random.chance(0.35) ? 'direct_billing' : 'reimbursement';
    const billed = random.int(80, 6_000) * 100;
    const eligible = Math.round(billed * (0.7 + random.next() * 0.3));
    const deductible = mode === 'direct_billing' ? 0 : random.pick([0, 10_000, 20_000]);
    const approved = ['approved', 'paid', 'closed'].includes(status)
      ? Math.max(0, eligible - deductible)
      : undefined;
    return {
      id: `clm_${String(i + 1).padStart(5, '0')}`,
      claimNo: `CLM${toIsoCst(reportedAt).slice(0, 10).replaceAll('-', '')}${String(i + 1).padStart(5, '0')}`,
      insurerOrgId,
      policyId: `pol_${insurerOrgId === ORG_IDS.insurerA ? 'a' : 'b'}${String(random.int(1, 600)).padStart(4, '0')}`,
      memberId: `mem_${String(random.int(1, 1_500)).padStart(5, '0')}`,
      memberName: personName(random),
      memberBirthYear: random.int(1950, 2010),
      source: random.weighted([
        ['consultation', 30],
        ['order', 45],
        ['offline', 25],
      ] as const),
      mode,
      icd10: random.pick(ICD10),
      amounts: {
        billed,
        eligible,
        deductible,
        ...(approved !== undefined ? { approved } : {}),
        ...(status === 'paid' || status === 'closed' ? { paid: approved ?? 0 } : {}),
      },
      status,
      reportedAt: toIsoCst(reportedAt),
      decisionDueAt: toIsoCst(reportedAt + 30 * DAY),
      version: 1,
    };
  });
}
