import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders, setupMockApi } from '@careops/app-kit/testing';
import { isUndecided } from '../../components/decision-due';
import '../../i18n';
import { ClaimListPage } from './claim-list';

const backend = setupMockApi();
const DAY = 86_400_000;
const ORG = { 'insurer.a': 'org_ins_a', 'insurer.b': 'org_ins_b' } as const;

/** The links of the table's rows, once the server's page (of `count` rows, when given) is shown. */
async function rowLinks(count?: number) {
  const table = await screen.findByRole('table');
  await waitFor(() => {
    const n = within(table).queryAllByRole('link').length;
    expect(count === undefined ? n > 0 : n === count).toBe(true);
  });
  return within(table).getAllByRole('link');
}

describe('ClaimListPage', () => {
  it.each(['insurer.a', 'insurer.b'] as const)(
    "shows %s only its own organisation's claims, paged by the server, members masked",
    async (username) => {
      await renderWithProviders(<ClaimListPage />, backend, { as: username, route: '/claims' });
      const own = backend.db.claims.all().filter((c) => c.insurerOrgId === ORG[username]);
      const ownByNo = new Map(own.map((c) => [c.claimNo, c]));
      const links = await rowLinks(20);
      expect(screen.getByText(`共 ${own.length} 条`)).toBeTruthy();
      expect(own.length).toBeLessThan(backend.db.claims.all().length);
      for (const link of links) {
        const claim = ownByNo.get(link.textContent ?? '');
        if (!claim) throw new Error(`${link.textContent} is not a claim of ${ORG[username]}`);
        expect(link.getAttribute('href')).toBe(`/claims/${claim.id}`);
        expect(screen.queryByText(claim.memberName['zh-CN'])).toBeNull();
      }
    },
  );

  it('shows a platform admin the claims of every insurer', async () => {
    await renderWithProviders(<ClaimListPage />, backend, { as: 'admin', route: '/claims' });
    expect(await screen.findByText(`共 ${backend.db.claims.all().length} 条`)).toBeTruthy();
  });

  it('applies filters and sort kept in the URL on the server', async () => {
    await renderWithProviders(<ClaimListPage />, backend, {
      as: 'insurer.a',
      route: '/claims?status=under_review&mode=direct_billing&sort=billed:desc',
    });
    const expected = backend.db.claims
      .all()
      .filter(
        (c) =>
          c.insurerOrgId === ORG['insurer.a'] && c.status === 'under_review' && c.mode === 'direct_billing',
      )
      .sort((a, b) => b.amounts.billed - a.amounts.billed);
    const top = expected[0];
    if (!top) throw new Error('seed has no direct-billing claim under review for insurer A');
    expect(await screen.findByText(`共 ${expected.length} 条`)).toBeTruthy();
    const links = await rowLinks();
    expect(links[0]?.textContent).toBe(top.claimNo);
    const table = screen.getByRole('table');
    expect(within(table).getAllByText('核赔中')).toHaveLength(links.length);
    expect(within(table).getAllByText('直付')).toHaveLength(links.length);
  });

  it('finds a claim by its number', async () => {
    const claim = backend.db.claims.all().find((c) => c.insurerOrgId === ORG['insurer.a']);
    if (!claim) throw new Error('seed has no claim of insurer A');
    await renderWithProviders(<ClaimListPage />, backend, {
      as: 'insurer.a',
      route: `/claims?q=${claim.claimNo}`,
    });
    expect(await screen.findByText('共 1 条')).toBeTruthy();
    expect((await rowLinks()).map((l) => l.textContent)).toEqual([claim.claimNo]);
  });

  it('counts down the decision deadline of undecided claims only', async () => {
    const now = Date.now();
    // Away from whole-day boundaries, so the test and the page agree on the day count.
    const clearOfBoundary = (ms: number) => ms % DAY > 0.1 * DAY && ms % DAY < 0.9 * DAY;
    const own = backend.db.claims.all().filter((c) => c.insurerOrgId === ORG['insurer.a']);
    const left = (c: (typeof own)[number]) => Date.parse(c.decisionDueAt) - now;
    const dueSoon = own.find(
      (c) => isUndecided(c.status) && left(c) > DAY && left(c) < 5 * DAY && clearOfBoundary(left(c)),
    );
    const overdue = own.find((c) => isUndecided(c.status) && left(c) < -DAY && clearOfBoundary(-left(c)));
    const decided = own.find((c) => c.status === 'paid' && left(c) < 0);
    if (!dueSoon || !overdue || !decided) throw new Error('seed lacks a due-soon, overdue or decided claim');

    // The chip's tone is the design system's business (and dueTone's unit test); here: the count.
    for (const [claim, text] of [
      [dueSoon, `剩 ${Math.floor(left(dueSoon) / DAY)} 天`],
      [overdue, `已超期 ${Math.ceil(-left(overdue) / DAY)} 天`],
    ] as const) {
      const view = await renderWithProviders(<ClaimListPage />, backend, {
        as: 'insurer.a',
        route: `/claims?q=${claim.claimNo}`,
      });
      expect(await screen.findByText(text)).toBeTruthy();
      view.unmount();
    }
    await renderWithProviders(<ClaimListPage />, backend, {
      as: 'insurer.a',
      route: `/claims?q=${decided.claimNo}`,
    });
    await screen.findByText('共 1 条');
    expect(screen.queryByText(/已超期|剩 \d+ 天|今日到期/)).toBeNull();
  });

  it('speaks English when the user has chosen it', async () => {
    await renderWithProviders(<ClaimListPage />, backend, {
      as: 'insurer.a',
      route: '/claims?status=paid',
      locale: 'en-US',
    });
    expect(await screen.findByRole('heading', { name: 'Claims workbench' })).toBeTruthy();
    await rowLinks(20);
    expect(screen.getByRole('columnheader', { name: /Decision due/ })).toBeTruthy();
    expect(within(screen.getByRole('table')).getAllByText('Paid')).toHaveLength(20);
  });

  it('shows the error state with a retry that recovers when the API is back', async () => {
    backend.scenario.set({ latencyMs: 0, failureRate: 1 });
    try {
      await renderWithProviders(<ClaimListPage />, backend, { as: 'insurer.a', route: '/claims' });
      const retry = await screen.findByRole('button', { name: /重试/ });
      expect(screen.getByText('服务暂时不可用，请稍后重试。')).toBeTruthy();
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
      await userEvent.click(retry);
      expect(await screen.findByRole('table')).toBeTruthy();
      await rowLinks(20);
    } finally {
      backend.scenario.set({ latencyMs: 0, failureRate: 0 });
    }
  });
});
