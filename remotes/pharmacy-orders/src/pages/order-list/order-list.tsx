import { Link, useNavigate } from 'react-router';
import { useListParams } from '@careops/api';
import { SessionNote } from '@careops/app-kit';
import { Flex, Input, MaskedText, PageContainer, Select, StatusTag } from '@careops/design-system';
import { DataTable, type DataTableColumn } from '@careops/design-system/table';
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
      render: (_, o) => format.dateTime(o.timers.paidAt),
    },
    {
      key: 'promisedAt',
      title: t('orders.promisedAt'),
      sortField: 'promisedAt',
      render: (_, o) => format.dateTime(o.timers.promisedAt),
    },
  ];

  return (
    <PageContainer title={t('title')} subtitle={<SessionNote />}>
      <Flex gap={12} wrap role="search">
        <Input.Search
          aria-label={t('orders.search')}
          placeholder={t('orders.search')}
          defaultValue={params.q}
          key={params.q}
          allowClear
          onSearch={(q) => update({ q })}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('orders.filterStatus')}
          placeholder={t('orders.allStatuses')}
          allowClear
          value={params.filters.status}
          onChange={(status?: string) => update({ filters: { status } })}
          options={ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          style={{ width: 180 }}
        />
        <Select
          aria-label={t('orders.filterStore')}
          placeholder={t('orders.allStores')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={stores.isLoading}
          value={params.filters.storeId}
          onChange={(storeId?: string) => update({ filters: { storeId } })}
          options={stores.data?.items.map((s) => ({ value: s.id, label: localized(s.name) }))}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t('orders.filterRx')}
          placeholder={t('orders.filterRx')}
          allowClear
          value={params.filters.hasRx}
          onChange={(hasRx?: string) => update({ filters: { hasRx } })}
          options={yesNo}
          style={{ width: 130 }}
        />
        <Select
          aria-label={t('orders.filterCold')}
          placeholder={t('orders.filterCold')}
          allowClear
          value={params.filters.hasColdChain}
          onChange={(hasColdChain?: string) => update({ filters: { hasColdChain } })}
          options={yesNo}
          style={{ width: 130 }}
        />
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
