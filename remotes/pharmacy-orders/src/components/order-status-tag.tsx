import { StatusTag, type Tone } from '@careops/design-system';
import type { OrderStatus } from '@careops/domain/pharmacy';
import { useTranslation } from '@careops/i18n';

const TONES: Partial<Record<OrderStatus, Tone>> = {
  rx_review: 'warning',
  awaiting_acceptance: 'warning',
  accepted: 'processing',
  picking: 'processing',
  ready_for_pickup: 'processing',
  rider_assigned: 'processing',
  delivering: 'processing',
  delivered: 'success',
  completed: 'success',
  delivery_failed: 'error',
  cancel_requested: 'warning',
  refund_requested: 'warning',
  cancelled: 'default',
  refunded: 'default',
};

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('pharmacy');
  return <StatusTag tone={TONES[status] ?? 'default'}>{t(`status.${status}`)}</StatusTag>;
}
