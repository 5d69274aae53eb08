import { http } from 'msw';
import { maskName } from '@careops/domain';
import type { User } from '@careops/domain/auth';
import { claimListQuerySchema, claimPageSchema, claimSchema, type Claim } from '@careops/domain/insurance';
import type { ClaimRecord } from '../seed/insurance';
import { endpoint, inScope, type Server } from '../http/endpoint';
import { notFound } from '../http/errors';
import { listPage } from '../http/list';

/** Members are always masked for claim views (DOMAIN.md §3.4, §6.4). */
export function presentClaim(claim: ClaimRecord, locale: 'zh-CN' | 'en-US'): Claim {
  return { ...claim, memberName: maskName(claim.memberName[locale]) };
}

export function insuranceHandlers(server: Server, api: string) {
  const { db } = server;
  const scoped = (user: User) => db.claims.all().filter((c) => inScope(user, c.insurerOrgId));
  return [
    http.get(
      `${api}/insurance/claims`,
      endpoint(
        server,
        {
          permission: 'claim.view',
          action: 'claim.view',
          query: claimListQuerySchema,
          response: claimPageSchema,
        },
        ({ user, query, locale }) => {
          const page = listPage(scoped(user), query, {
            search: (c) => [c.claimNo, c.id, c.icd10],
            filters: [
              query.status && ((c) => query.status?.includes(c.status) ?? true),
              query.mode !== undefined ? (c) => c.mode === query.mode : undefined,
            ],
            sortBy: {
              reportedAt: (c) => c.reportedAt,
              decisionDueAt: (c) => c.decisionDueAt,
              billed: (c) => c.amounts.billed,
              claimNo: (c) => c.claimNo,
            },
            defaultSort: 'reportedAt:desc',
          });
          return { ...page, items: page.items.map((c) => presentClaim(c, locale)) };
        },
      ),
    ),
    http.get(
      `${api}/insurance/claims/:id`,
      endpoint(
        server,
        { permission: 'claim.view', action: 'claim.view', response: claimSchema },
        ({ user, params, locale }) => {
          const claim = db.claims.get(params.id ?? '');
          if (!claim || !inScope(user, claim.insurerOrgId)) throw notFound('Claim');
          return presentClaim(claim, locale);
        },
      ),
    ),
  ];
}
