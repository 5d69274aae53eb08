import { Link } from '@careops/router';
import { useListParams } from '@careops/api';
import { SessionNote, serverOffset } from '@careops/app-kit';
import { useCan } from '@careops/auth';
import {
  Alert,
  Card,
  Empty,
  ErrorState,
  Flex,
  ForbiddenState,
  LoadingState,
  PageContainer,
  StatusTag,
  Typography,
} from '@careops/design-system';
import { Descriptions, Pagination } from '@careops/design-system/table';
import type { Order } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { ordersQuery, useOrders, useStores } from '../../api/orders';
import { OrderActions } from '../../components/order-actions';
import { PharmacyNav } from '../../components/pharmacy-nav';
import { SlaCountdown } from '../../components/sla-countdown';

const NO_FILTERS = [] as const;
const RX_ACTIONS = ['approve_rx', 'reject_rx'] as const;

/** Prescriptions waiting for a licensed pharmacist, oldest first (先方后药). */
export function RxQueuePage() {
  const { t } = useTranslation('pharmacy');
  const mayReview = useCan('rx.review');
  if (!mayReview) return <ForbiddenState />;
  return (
    <PageContainer title={t('nav.rx')} subtitle={<SessionNote />}>
      <PharmacyNav />
      <RxQueue />
    </PageContainer>
  );
}

function RxQueue() {
  const { t } = useTranslation('pharmacy');
  const { params, query, update } = useListParams({
    filters: NO_FILTERS,
    defaultSort: 'paidAt:asc',
    defaultPageSize: 10,
    prefetch: (next) => ordersQuery({ ...next, status: 'rx_review' }),
  });
  const orders = useOrders({ ...query, status: 'rx_review' });

  if (orders.isPending) return <LoadingState />;
  if (orders.isError && !orders.data)
    return <ErrorState error={orders.error} onRetry={() => void orders.refetch()} />;
  const page = orders.data;
  if (page.items.length === 0) return <Empty description={t('rx.empty')} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('rx.total', { count: page.total })}</Typography.Text>
      <ol
        aria-label={t('nav.rx')}
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 }}
      >
        {page.items.map((order) => (
          <li key={order.id}>
            <RxCard order={order} receivedAt={orders.dataUpdatedAt} />
          </li>
        ))}
      </ol>
      <Pagination
        current={params.page}
        pageSize={params.pageSize}
        total={page.total}
        showSizeChanger={false}
        onChange={(p) => update({ page: p })}
      />
    </Flex>
  );
}

function RxCard({ order, receivedAt }: { order: Order; receivedAt: number }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const stores = useStores();
  const offset = serverOffset(order.sla.at, receivedAt);
  const store = stores.data?.items.find((s) => s.id === order.storeId);
  const timer = order.sla.timers.find((x) => x.timer === 'rx_review' && x.running);
  const rx = order.rx;
  const usageOf = (skuId: string) => rx?.items.find((i) => i.skuId === skuId)?.usage;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          <Link to={`../orders/${encodeURIComponent(order.id)}`}>{order.id}</Link>
        </Typography.Title>
      }
      extra={timer && <SlaCountdown timer={timer} offset={offset} />}
      data-order-id={order.id}
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'store',
              label: t('orders.store'),
              children: store ? localized(store.name) : order.storeId,
            },
            { key: 'rx', label: t('detail.rxId'), children: order.rxId ?? '—' },
            {
              key: 'paidAt',
              label: t('orders.paidAt'),
              children: order.timers.paidAt && format.dateTime(order.timers.paidAt),
            },
            ...(rx
              ? [
                  { key: 'age', label: t('rx.patientAge'), children: t('rx.age', { age: rx.patientAge }) },
                  {
                    key: 'checks',
                    label: t('rx.checks'),
                    children: [
                      rx.signed ? t('rx.signed') : t('rx.unsigned'),
                      rx.followUpEvidence ? t('rx.followUp') : t('rx.noFollowUp'),
                      ...(rx.patientAge < 18
                        ? [rx.guardianPresent ? t('rx.guardian') : t('rx.noGuardian')]
                        : []),
                    ].join(' · '),
                  },
                  {
                    key: 'expires',
                    label: t('rx.expiresAt'),
                    children: format.dateTime(rx.expiresAt),
                  },
                ]
              : []),
            ...(rx?.diagnosis
              ? [{ key: 'diagnosis', label: t('rx.diagnosis'), children: localized(rx.diagnosis) }]
              : []),
          ]}
        />
        <ul style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 4 }}>
          {order.items.map((item) => {
            const usage = usageOf(item.skuId);
            return (
              <li key={item.skuId}>
                <Flex gap={8} wrap align="center">
                  <span>{`${localized(item.name)} × ${item.qty}`}</span>
                  {item.category === 'rx' && <StatusTag tone="warning">{t('orders.rx')}</StatusTag>}
                  {item.coldChain && <StatusTag tone="processing">{t('orders.coldChain')}</StatusTag>}
                  {usage && (
                    <Typography.Text type="secondary">
                      {t('rx.usage', { dose: usage.dosePerTake, times: usage.timesPerDay, days: usage.days })}
                    </Typography.Text>
                  )}
                </Flex>
              </li>
            );
          })}
        </ul>
        {rx && rx.warnings.length > 0 ? (
          <ul
            aria-label={t('rx.warnings')}
            style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 6 }}
          >
            {rx.warnings.map((w, i) => (
              <li key={`${w.kind}-${i}`}>
                <Alert
                  type={w.kind === 'interaction' && w.severity === 'major' ? 'error' : 'warning'}
                  showIcon
                  title={`${t(`rx.warning.${w.kind}`)}: ${localized(w.message)}`}
                />
              </li>
            ))}
          </ul>
        ) : (
          <Typography.Text type="secondary">{t('rx.noWarnings')}</Typography.Text>
        )}
        <Alert type="info" title={t('detail.rxNotice')} />
        <OrderActions order={order} only={RX_ACTIONS} />
      </Flex>
    </Card>
  );
}
