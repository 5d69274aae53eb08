import { Link, useNavigate } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { Flex, MaskedText, PageContainer, StatusTag } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import { ORDER_STATUSES, type Order } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useOrders, useStores } from '../../api/orders';
import { OrderStatusTag } from '../../components/order-status-tag';

const FILTERS = ['status', 'storeId', 'hasRx', 'hasColdChain'] as const;

export function OrderListPage() {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const { params, query, update } = useListParams({ filters: FILTERS, defaultSort: 'paidAt:desc' });
  const orders = useOrders(query);
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
        ]}
      />
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
