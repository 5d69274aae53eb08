import { useId } from 'react';
import { Link, useNavigate } from '@careops/router';
import { useListParams, type ListParams, type QueryParams } from '@careops/api';
import { SessionNote, serverOffset } from '@careops/app-kit';
import { Flex, Input, MaskedText, PageContainer, StatusTag, Typography } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import { ORDER_STATUSES, SLA_FILTERS, type Order } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { ordersQuery, useOrders, useStores } from '../../api/orders';
import { OrderStatusTag } from '../../components/order-status-tag';
import { PharmacyNav } from '../../components/pharmacy-nav';
import { SlaCountdown, mostUrgent } from '../../components/sla-countdown';

const FILTERS = ['status', 'storeId', 'hasRx', 'hasColdChain', 'sla', 'from', 'to'] as const;
const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day of the console's time zone (CST) as the API's instant; `to` is inclusive here, exclusive there. */
function dayStart(day: string | undefined, plusDays = 0): string | undefined {
  if (!day || !DATE.test(day)) return undefined;
  const t = Date.parse(`${day}T00:00:00+08:00`) + plusDays * DAY_MS;
  if (Number.isNaN(t)) return undefined;
  return `${new Date(t + 8 * 3_600_000).toISOString().slice(0, 10)}T00:00:00+08:00`;
}

function SlaCell({ order, receivedAt }: { order: Order; receivedAt: number }) {
  const timer = mostUrgent(order.sla);
  return timer ? <SlaCountdown timer={timer} offset={serverOffset(order.sla.at, receivedAt)} /> : null;
}

/** The URL keeps calendar days; the API takes instants. An inverted range is left out (and flagged). */
function apiQuery(query: QueryParams, params: ListParams<(typeof FILTERS)[number]>) {
  const from = dayStart(params.filters.from);
  const to = dayStart(params.filters.to, 1);
  const invalidRange = from !== undefined && to !== undefined && from >= to;
  return {
    query: { ...query, from: invalidRange ? undefined : from, to: invalidRange ? undefined : to },
    invalidRange,
  };
}

export function OrderListPage() {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const { params, query, update } = useListParams({
    filters: FILTERS,
    defaultSort: 'paidAt:desc',
    prefetch: (next, nextParams) => ordersQuery(apiQuery(next, nextParams).query),
  });
  const { query: listQuery, invalidRange } = apiQuery(query, params);
  const orders = useOrders(listQuery);
  const stores = useStores();
  const storeName = (id: string) => {
    const store = stores.data?.items.find((s) => s.id === id);
    return store ? localized(store.name) : id;
  };
  const yesNo = [
    { value: 'true', label: t('list.yes', { ns: 'common' }) },
    { value: 'false', label: t('list.no', { ns: 'common' }) },
  ];

  const columns: DataTableColumn<Order>[] = [
    { key: 'id', title: t('orders.id'), render: (_, o) => <Link to={o.id}>{o.id}</Link> },
    { key: 'store', title: t('orders.store'), render: (_, o) => storeName(o.storeId) },
    {
      key: 'patient',
      title: t('orders.patient'),
      render: (_, o) => <MaskedText value={localized(o.patient.name)} />,
    },
    {
      key: 'status',
      title: t('orders.status'),
      sortField: 'status',
      render: (_, o) => <OrderStatusTag status={o.status} />,
    },
    {
      key: 'badges',
      title: t('orders.badges'),
      render: (_, o) => (
        <Flex gap={4}>
          {o.hasRx && <StatusTag tone="warning">{t('orders.rx')}</StatusTag>}
          {o.hasColdChain && <StatusTag tone="processing">{t('orders.coldChain')}</StatusTag>}
        </Flex>
      ),
    },
    {
      key: 'sla',
      title: t('orders.sla'),
      sortField: 'urgency',
      render: (_, o) => <SlaCell order={o} receivedAt={orders.dataUpdatedAt} />,
    },
    {
      key: 'amount',
      title: t('orders.amount'),
      sortField: 'patientPays',
      align: 'right',
      render: (_, o) => format.money(o.amounts.patientPays),
    },
    {
      key: 'paidAt',
      title: t('orders.paidAt'),
      sortField: 'paidAt',
      render: (_, o) => o.timers.paidAt && format.dateTime(o.timers.paidAt),
    },
    {
      key: 'promisedAt',
      title: t('orders.promisedAt'),
      sortField: 'promisedAt',
      render: (_, o) => o.timers.promisedAt && format.dateTime(o.timers.promisedAt),
    },
  ];

  return (
    <PageContainer title={t('title')} subtitle={<SessionNote />}>
      <PharmacyNav />
      <ListToolbar
        search={{ label: t('orders.search'), value: params.q }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'status',
            label: t('orders.filterStatus'),
            placeholder: t('orders.allStatuses'),
            value: params.filters.status,
            options: ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
            width: 180,
          },
          {
            key: 'storeId',
            label: t('orders.filterStore'),
            placeholder: t('orders.allStores'),
            value: params.filters.storeId,
            options: stores.data?.items.map((s) => ({ value: s.id, label: localized(s.name) })),
            loading: stores.isLoading,
            searchable: true,
            width: 220,
          },
          {
            key: 'hasRx',
            label: t('orders.filterRx'),
            value: params.filters.hasRx,
            options: yesNo,
            width: 130,
          },
          {
            key: 'hasColdChain',
            label: t('orders.filterCold'),
            value: params.filters.hasColdChain,
            options: yesNo,
            width: 130,
          },
          {
            key: 'sla',
            label: t('orders.filterSla'),
            value: params.filters.sla,
            options: SLA_FILTERS.map((l) => ({ value: l, label: t(`sla.filter.${l}`) })),
            width: 150,
          },
        ]}
      />
      <Flex gap={8} align="center" wrap role="group" aria-label={t('orders.range')}>
        <label htmlFor={`${id}-from`}>{t('orders.from')}</label>
        <Input
          id={`${id}-from`}
          type="date"
          value={params.filters.from ?? ''}
          onChange={(e) => update({ filters: { from: e.target.value || undefined } })}
          style={{ width: 170 }}
        />
        <label htmlFor={`${id}-to`}>{t('orders.to')}</label>
        <Input
          id={`${id}-to`}
          type="date"
          value={params.filters.to ?? ''}
          onChange={(e) => update({ filters: { to: e.target.value || undefined } })}
          style={{ width: 170 }}
          {...(invalidRange
            ? { status: 'error' as const, 'aria-invalid': true, 'aria-describedby': `${id}-range` }
            : {})}
        />
        {invalidRange && (
          <Typography.Text type="danger" id={`${id}-range`}>
            {t('orders.rangeInvalid')}
          </Typography.Text>
        )}
      </Flex>
      <DataTable<Order>
        label={t('orders.label')}
        columns={columns}
        rowKey="id"
        data={orders.data}
        loading={orders.isFetching}
        error={orders.error}
        onRetry={() => void orders.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
        onRowClick={(o) => navigate(o.id)}
      />
    </PageContainer>
  );
}
