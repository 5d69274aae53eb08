import { useNavigate, useParams } from '@careops/router';
import { RecordView } from '@careops/app-kit';
import { Alert, Button, Card, MaskedText, PageContainer, Typography } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useOrder, useStores } from '../../api/orders';
import { OrderStatusTag } from '../../components/order-status-tag';

export function OrderDetailPage() {
  const { orderId = '' } = useParams();
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const format = useFormat();
  const navigate = useNavigate();
  const order = useOrder(orderId);
  const stores = useStores();
  const back = <Button onClick={() => navigate('..', { relative: 'path' })}>{t('detail.back')}</Button>;

  const storeName = (id: string) => {
    const store = stores.data?.items.find((s) => s.id === id);
    return store ? localized(store.name) : id;
  };

  return (
    <RecordView query={order} back={back}>
      {(o) => (
        <PageContainer
          title={t('detail.title', { id: o.id })}
          subtitle={<OrderStatusTag status={o.status} />}
          extra={back}
        >
          {o.hasRx && <Alert type="warning" showIcon title={t('detail.rxNotice')} />}
          <Card>
            <Descriptions
              column={{ xs: 1, md: 2 }}
              items={[
                { key: 'store', label: t('orders.store'), children: storeName(o.storeId) },
                {
                  key: 'patient',
                  label: t('orders.patient'),
                  children: <MaskedText value={localized(o.patient.name)} />,
                },
                { key: 'phone', label: t('orders.phone'), children: o.patient.phone },
                { key: 'address', label: t('detail.address'), children: localized(o.address) },
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
              ]}
            />
          </Card>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('detail.items')}
              </Typography.Title>
            }
          >
            <Descriptions
              column={1}
              items={[
                ...o.items.map((item) => ({
                  key: item.skuId,
                  label: localized(item.name),
                  children: `${format.money(item.unitPrice)} × ${item.qty}`,
                })),
                { key: 'goods', label: t('detail.goods'), children: format.money(o.amounts.goods) },
                { key: 'delivery', label: t('detail.delivery'), children: format.money(o.amounts.delivery) },
                { key: 'discount', label: t('detail.discount'), children: format.money(-o.amounts.discount) },
                {
                  key: 'insurer',
                  label: t('detail.insurerPays'),
                  children: format.money(o.amounts.insurerPays),
                },
                {
                  key: 'patientPays',
                  label: t('detail.patientPays'),
                  children: <strong>{format.money(o.amounts.patientPays)}</strong>,
                },
              ]}
            />
          </Card>
          <Card
            title={
              <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
                {t('detail.timeline')}
              </Typography.Title>
            }
          >
            {o.history.length === 0 ? (
              <Typography.Text type="secondary">{t('detail.timelineEmpty')}</Typography.Text>
            ) : (
              <ol
                aria-label={t('detail.timeline')}
                style={{ margin: 0, paddingInlineStart: 20, display: 'grid', gap: 8 }}
              >
                {o.history.map((h) => (
                  <li key={`${h.at}-${h.to}`}>
                    <OrderStatusTag status={h.to} /> {format.dateTime(h.at)} ·{' '}
                    <Typography.Text type="secondary">{t(`actorRole.${h.actorRole}`)}</Typography.Text>
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </PageContainer>
      )}
    </RecordView>
  );
}
