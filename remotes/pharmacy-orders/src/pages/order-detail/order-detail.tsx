import { lazy, Suspense } from 'react';
import { useNavigate, useParams } from '@careops/router';
import { RecordView, serverOffset } from '@careops/app-kit';
import {
  Alert,
  Button,
  Card,
  Flex,
  LoadingState,
  PageContainer,
  StatusTag,
  Typography,
  useToken,
} from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import type { Order } from '@careops/domain/pharmacy';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useOrder, useStores } from '../../api/orders';
import { OrderActions } from '../../components/order-actions';
import { OrderStatusTag } from '../../components/order-status-tag';
import { PharmacyNav } from '../../components/pharmacy-nav';
import { SLA_TONES, SlaCountdown } from '../../components/sla-countdown';
import { PatientCard } from './patient-card';

const ColdChainLog = lazy(() => import('./cold-chain-log'));

function SectionTitle({ children }: { children: string }) {
  return (
    <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
      {children}
    </Typography.Title>
  );
}

export function OrderDetailPage() {
  const { orderId = '' } = useParams();
  const { t } = useTranslation('pharmacy');
  const navigate = useNavigate();
  const order = useOrder(orderId);
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;

  return (
    <RecordView query={order} back={back}>
      {(o) => (
        <PageContainer
          title={t('detail.title', { id: o.id })}
          subtitle={<OrderStatusTag status={o.status} />}
          extra={back}
        >
          <PharmacyNav />
          <OrderDetail order={o} receivedAt={order.dataUpdatedAt} />
        </PageContainer>
      )}
    </RecordView>
  );
}

function OrderDetail({ order: o, receivedAt }: { order: Order; receivedAt: number }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const stores = useStores();
  const store = stores.data?.items.find((s) => s.id === o.storeId);
  const clockOffset = Date.parse(o.sla.at) - receivedAt;

  return (
    <>
      <Card title={<SectionTitle>{t('detail.actions')}</SectionTitle>}>
        {o.allowedActions.length === 0 ? (
          <Typography.Text type="secondary">{t('detail.noActions')}</Typography.Text>
        ) : (
          <OrderActions order={o} />
        )}
      </Card>
      <Card>
        <Descriptions
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'store', label: t('orders.store'), children: store ? localized(store.name) : o.storeId },
            {
              key: 'distance',
              label: t('detail.distance'),
              children: t('detail.distanceKm', { km: o.distanceKm }),
            },
            { key: 'payment', label: t('detail.payment'), children: t(`payment.${o.payment}`) },
            {
              key: 'paidAt',
              label: t('orders.paidAt'),
              children: o.timers.paidAt && format.dateTime(o.timers.paidAt),
            },
            {
              key: 'promisedAt',
              label: t('orders.promisedAt'),
              children: o.timers.promisedAt && format.dateTime(o.timers.promisedAt),
            },
            ...(o.rxId ? [{ key: 'rx', label: t('detail.rxId'), children: o.rxId }] : []),
            ...(o.rider
              ? [
                  {
                    key: 'rider',
                    label: t('detail.rider'),
                    children: `${localized(o.rider.name)} · ${o.rider.virtualPhone}`,
                  },
                ]
              : []),
            ...(o.exception
              ? [
                  {
                    key: 'exception',
                    label: t('detail.exception'),
                    children: [t(`exception.${o.exception.type}`), o.exception.note]
                      .filter(Boolean)
                      .join(' · '),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <PatientCard order={o} clockOffset={clockOffset} />
      <Timers order={o} receivedAt={receivedAt} />
      <Items order={o} />
      {o.hasColdChain && (
        <Suspense fallback={<LoadingState />}>
          <ColdChainLog log={o.coldChainLog} />
        </Suspense>
      )}
      <Timeline order={o} />
    </>
  );
}

function Timers({ order, receivedAt }: { order: Order; receivedAt: number }) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const offset = serverOffset(order.sla.at, receivedAt);
  return (
    <Card title={<SectionTitle>{t('detail.timers')}</SectionTitle>}>
      {order.sla.timers.length === 0 ? (
        <Typography.Text type="secondary">{t('sla.none')}</Typography.Text>
      ) : (
        <ul
          aria-label={t('detail.timers')}
          style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 8 }}
        >
          {order.sla.timers.map((timer) => (
            <li key={timer.timer} data-testid={`timer-${timer.timer}`}>
              <Flex gap={8} wrap align="center">
                {timer.running ? (
                  <SlaCountdown timer={timer} offset={offset} />
                ) : (
                  <StatusTag tone={SLA_TONES[timer.level]}>
                    {`${t(`sla.timer.${timer.timer}`)} · ${t(`sla.stopped.${timer.level}`)}`}
                  </StatusTag>
                )}
                <Typography.Text type="secondary">
                  {t('detail.timerWindow', {
                    start: format.dateTime(timer.startedAt),
                    due: format.dateTime(timer.dueAt),
                  })}
                </Typography.Text>
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function Items({ order: o }: { order: Order }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const rxItems = o.items.some((i) => i.category === 'rx');
  return (
    <Card title={<SectionTitle>{t('detail.items')}</SectionTitle>}>
      {(o.hasRx || rxItems) && (
        <Alert type="warning" showIcon title={t('detail.rxNotice')} style={{ marginBottom: 12 }} />
      )}
      <ul style={{ margin: '0 0 12px', paddingInlineStart: 20, display: 'grid', gap: 6 }}>
        {o.items.map((item) => (
          <li key={item.skuId}>
            <Flex gap={8} wrap align="center">
              <span>{localized(item.name)}</span>
              <span>{`${format.money(item.unitPrice)} × ${item.qty}`}</span>
              {item.category === 'rx' && <StatusTag tone="warning">{t('orders.rx')}</StatusTag>}
              {item.coldChain && <StatusTag tone="processing">{t('orders.coldChain')}</StatusTag>}
            </Flex>
          </li>
        ))}
      </ul>
      <Descriptions
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'goods', label: t('detail.goods'), children: format.money(o.amounts.goods) },
          { key: 'delivery', label: t('detail.delivery'), children: format.money(o.amounts.delivery) },
          { key: 'discount', label: t('detail.discount'), children: format.money(-o.amounts.discount) },
          { key: 'insurer', label: t('detail.insurerPays'), children: format.money(o.amounts.insurerPays) },
          {
            key: 'patientPays',
            label: t('detail.patientPays'),
            children: <strong>{format.money(o.amounts.patientPays)}</strong>,
          },
        ]}
      />
    </Card>
  );
}

function Timeline({ order: o }: { order: Order }) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const token = useToken();
  return (
    <Card title={<SectionTitle>{t('detail.timeline')}</SectionTitle>}>
      {o.history.length === 0 ? (
        <Typography.Text type="secondary">{t('detail.timelineEmpty')}</Typography.Text>
      ) : (
        <ol
          aria-label={t('detail.timeline')}
          data-testid="order-timeline"
          style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 8 }}
        >
          {o.history.map((h, i) => (
            <li key={`${h.at}-${h.to}-${i}`} data-status={h.to}>
              <OrderStatusTag status={h.to} /> {format.dateTime(h.at)} ·{' '}
              <Typography.Text type="secondary">
                {t('detail.actorLine', { role: t(`actorRole.${h.actorRole}`), id: h.actorId })}
              </Typography.Text>
              {h.reason && (
                <div style={{ color: token.colorTextSecondary, whiteSpace: 'pre-wrap' }}>
                  {t('detail.reasonLine', { reason: h.reason })}
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
