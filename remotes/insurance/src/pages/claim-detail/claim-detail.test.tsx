import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import '../../i18n';
import { ClaimDetailPage } from './claim-detail';

const backend = setupMockApi();
const path = '/claims/:claimId';

function claimOf(orgId: string) {
  const claim = backend.db.claims.all().find((c) => c.insurerOrgId === orgId && c.amounts.paid !== undefined);
  if (!claim) throw new Error(`seed has no paid claim of ${orgId}`);
  return claim;
}

describe('ClaimDetailPage', () => {
  it('shows an own claim with the member masked and amounts in yuan', async () => {
    const claim = claimOf('org_ins_a');
    await renderWithProviders(<ClaimDetailPage />, backend, {
      as: 'insurer.a',
      route: `/claims/${claim.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { name: `理赔案件 ${claim.claimNo}` })).toBeTruthy();
    const realName = claim.memberName['zh-CN'];
    expect(screen.queryByText(realName)).toBeNull();
    expect(screen.getByText(`${realName.slice(0, 1)}${'*'.repeat(realName.length - 1)}`)).toBeTruthy();
    expect(screen.getByText(claim.icd10)).toBeTruthy();
    expect(screen.getByText(String(claim.memberBirthYear))).toBeTruthy();
    const yuan = (fen: number) =>
      new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(fen / 100);
    expect(screen.getByText(yuan(claim.amounts.billed))).toBeTruthy();
  });

  it("answers another insurer's claim with the not-found page", async () => {
    const other = claimOf('org_ins_b');
    await renderWithProviders(<ClaimDetailPage />, backend, {
      as: 'insurer.a',
      route: `/claims/${other.id}`,
      path,
    });
    expect(await screen.findByText('页面不存在')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: `理赔案件 ${other.claimNo}` })).toBeNull();
  });

  it("shows a platform admin any insurer's claim", async () => {
    const other = claimOf('org_ins_b');
    await renderWithProviders(<ClaimDetailPage />, backend, {
      as: 'admin',
      route: `/claims/${other.id}`,
      path,
    });
    expect(await screen.findByRole('heading', { name: `理赔案件 ${other.claimNo}` })).toBeTruthy();
  });

  it('shows the error state with a retry when the API fails', async () => {
    const claim = claimOf('org_ins_a');
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<ClaimDetailPage />, backend, {
        as: 'insurer.a',
        route: `/claims/${claim.id}`,
        path,
      });
      expect(await screen.findByRole('button', { name: /重试/ })).toBeTruthy();
      expect(screen.getByRole('button', { name: '返回理赔列表' })).toBeTruthy();
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });
});
