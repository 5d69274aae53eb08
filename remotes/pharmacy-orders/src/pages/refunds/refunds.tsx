import { useState } from 'react';
import { Link } from '@careops/router';
import { useListParams, type QueryParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { useCanSee } from '@careops/auth';
import { Button, Flex, ForbiddenState, PageContainer, StatusTag, type Tone } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import type { Order, OrderStatus } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { ordersQuery, useOrders, useStores } from '../../api/orders';
import { OrderStatusTag } from '../../components/order-status-tag';
import { PharmacyNav } from '../../components/pharmacy-nav';
import { DecideDialog, type DecideAction } from './decide-dialog';
import { RequestRefundDialog } from './request-refund-dialog';

/** What this page is about when no status is chosen: every order with an open or decided issue. */
export const ISSUE_STATUSES = [
  'refund_requested',
  'refund_rejected',
  'refunded',
  'cancel_requested',
  'delivery_failed',
  'returned',
] as const satisfies readonly OrderStatus[];
/** Where a refund can be requested from (DOMAIN.md §2.2). */
const REFUNDABLE = 'delivered,completed';
const FILTERS = ['status', 'storeId'] as const;

const REFUND_TONES: Record<NonNullable<Order['refund']>['status'], Tone> = {
  requested: 'warning',
  approved: 'processing',
  rejected: 'error',
  completed: 'success',
};

type Dialog = { kind: 'request_refund'; order: Order } | { kind: DecideAction; order: Order };

export function RefundsPage() {
  return useCanSee('order.view') ? <RefundList /> : <ForbiddenState />;
}

/** Without a status filter the list holds every order with an exception or a refund. */
const withIssueStatuses = (query: QueryParams): QueryParams => ({
  ...query,
  status: query.status ?? ISSUE_STATUSES.join(','),
});

function RefundList() {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const { params, query, update } = useListParams({
    filters: FILTERS,
    defaultSort: 'paidAt:desc',
    prefetch: (next) => ordersQuery(withIssueStatuses(next)),
  });
  const orders = useOrders(withIssueStatuses(query));
  const stores = useStores();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const storeName = (id: string) => {
    const store = stores.data?.items.find((s) => s.id === id);
    return store ? localized(store.name) : id;
  };

  const columns: DataTableColumn<Order>[] = [
    { key: 'id', title: t('refunds.order'), render: (_, o) => <Link to={`../orders/${o.id}`}>{o.id}</Link> },
    { key: 'store', title: t('refunds.store'), render: (_, o) => storeName(o.storeId) },
    {
      key: 'status',
      title: t('refunds.status'),
      sortField: 'status',
      render: (_, o) => <OrderStatusTag status={o.status} />,
    },
    {
      key: 'issue',
      title: t('refunds.issue'),
      render: (_, o) => (
        <Flex vertical gap={2}>
          {o.refund && (
            <span>{t('refunds.issueRefund', { reason: t(`refunds.reason.${o.refund.reasonCode}`) })}</span>
          )}
          {o.cancelRequest && (
            <span>
              {t('refunds.issueCancel', { reason: t(`refunds.cancelReason.${o.cancelRequest.reasonCode}`) })}
            </span>
          )}
          {o.exception && (
            <span>
              {t('refunds.issueException', { type: t(`refunds.exception.${o.exception.type}`) })}
              {o.exception.note ? ` · ${o.exception.note}` : ''}
            </span>
          )}
        </Flex>
      ),
    },
    {
      key: 'refund',
      title: t('refunds.refund'),
      render: (_, o) =>
        o.refund && (
          <Flex gap={4} align="center" wrap>
            <span>{format.money(o.refund.amount)}</span>
            <StatusTag tone={REFUND_TONES[o.refund.status]}>
              {t(`refunds.refundStatus.${o.refund.status}`)}
            </StatusTag>
          </Flex>
        ),
    },
    {
      key: 'decision',
      title: t('refunds.decisionColumn'),
      render: (_, o) => {
        const decided = o.refund?.decidedBy
          ? { by: o.refund.decidedBy, at: o.refund.decidedAt, reason: o.refund.reason }
          : o.cancelRequest?.decidedBy
            ? { by: o.cancelRequest.decidedBy, at: o.cancelRequest.decidedAt, reason: undefined }
            : undefined;
        if (!decided) return null;
        return (
          <Flex vertical gap={2}>
            <span>{t('refunds.decidedBy', { user: decided.by })}</span>
            {decided.at && <span>{format.dateTime(decided.at)}</span>}
            {decided.reason && <span>{t('refunds.decidedReason', { reason: decided.reason })}</span>}
          </Flex>
        );
      },
    },
    {
      key: 'paid',
      title: t('refunds.paid'),
      sortField: 'patientPays',
      align: 'right',
      render: (_, o) => format.money(o.amounts.patientPays),
    },
    {
      key: 'paidAt',
      title: t('refunds.paidAt'),
      sortField: 'paidAt',
      render: (_, o) => o.timers.paidAt && format.dateTime(o.timers.paidAt),
    },
    {
      key: 'actions',
      title: t('refunds.actions'),
      // Only what the server says this caller may do now; it checks again on submit.
      render: (_, o) => (
        <Flex gap={8} wrap>
          {o.allowedActions.includes('request_refund') && (
            <Button size="small" onClick={() => setDialog({ kind: 'request_refund', order: o })}>
              {t('refunds.request')}
            </Button>
          )}
          {o.allowedActions.includes('decide_refund') && (
            <Button
              size="small"
              type="primary"
              onClick={() => setDialog({ kind: 'decide_refund', order: o })}
            >
              {t('refunds.decide')}
            </Button>
          )}
          {o.allowedActions.includes('decide_cancel') && (
            <Button
              size="small"
              type="primary"
              onClick={() => setDialog({ kind: 'decide_cancel', order: o })}
            >
              {t('refunds.decideCancelButton')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <PageContainer title={t('nav.refunds')} subtitle={<SessionNote />}>
      <PharmacyNav />
      <ListToolbar
        search={{ label: t('refunds.search'), value: params.q }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('refunds.filterStatus'),
            placeholder: t('refunds.allIssues'),
            value: params.filters.status,
            options: [
              ...ISSUE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
              { value: REFUNDABLE, label: t('refunds.refundable') },
            ],
            width: 220,
          },
          {
            key: 'storeId',
            label: t('refunds.filterStore'),
            placeholder: t('refunds.allStores'),
            value: params.filters.storeId,
            options: stores.data?.items.map((s) => ({ value: s.id, label: localized(s.name) })),
            loading: stores.isLoading,
            searchable: true,
            width: 220,
          },
        ]}
      />
      <DataTable<Order>
        label={t('refunds.label')}
        columns={columns}
        rowKey="id"
        data={orders.data}
        loading={orders.isFetching}
        error={orders.error}
        onRetry={() => void orders.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
      />
      {dialog?.kind === 'request_refund' && (
        <RequestRefundDialog order={dialog.order} onClose={() => setDialog(null)} />
      )}
      {(dialog?.kind === 'decide_refund' || dialog?.kind === 'decide_cancel') && (
        <DecideDialog order={dialog.order} action={dialog.kind} onClose={() => setDialog(null)} />
      )}
    </PageContainer>
  );
}
