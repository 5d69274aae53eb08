import { useId, useState } from 'react';
import { isApiError } from '@careops/api';
import { App, Field, Input, Modal } from '@careops/design-system';
import { ORDER_ACTION_INPUTS, QUALITY_REFUND_REASONS, type Order } from '@careops/domain/pharmacy';
import { useFormat, useTranslation } from '@careops/i18n';
import { orderKeys, useOrderAction } from '../../api/orders';
import { useQueryClient } from '@tanstack/react-query';
import { NativeSelect } from './native-select';
import { Refusal, serverFieldErrors } from './refusal';

type FieldName = 'reasonCode' | 'amount' | 'reason';

/** Yuan as typed → integer fen as the API keeps money; NaN when it is not a number. */
const toFen = (yuan: string) => (yuan.trim() === '' ? Number.NaN : Math.round(Number(yuan) * 100));

/** A quality refund on a delivered or completed order (≤ 7 days, DOMAIN.md §2.2); the partner or ops decide it. */
export function RequestRefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const id = useId();
  const action = useOrderAction();
  const paid = order.amounts.patientPays;
  const [reasonCode, setReasonCode] = useState('');
  const [amount, setAmount] = useState((paid / 100).toFixed(2));
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});

  const submit = () => {
    const fen = toFen(amount);
    const parsed = ORDER_ACTION_INPUTS.request_refund.safeParse({
      reasonCode,
      amount: fen,
      ...(note.trim() ? { reason: note.trim() } : {}),
    });
    const next: Partial<Record<FieldName, string>> = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'reasonCode') next.reasonCode = t('refunds.errors.reasonCode');
        if (field === 'amount') next.amount = t('refunds.errors.amount', { max: format.money(paid) });
        if (field === 'reason') next.reason = t('refunds.errors.note');
      }
    if (fen > paid) next.amount = t('refunds.errors.amount', { max: format.money(paid) });
    setErrors(next);
    if (!parsed.success || Object.keys(next).length > 0) return;
    const { reasonCode: code, amount: fenAmount, reason } = parsed.data;
    action.mutate(
      {
        order,
        command: {
          action: 'request_refund',
          input: {
            reasonCode: code,
            ...(fenAmount === undefined ? {} : { amount: fenAmount }),
            ...(reason ? { reason } : {}),
          },
        },
      },
      {
        onSuccess: (updated) => {
          void message.success(t('refunds.requested', { id: updated.id }));
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) setErrors(serverFieldErrors(error));
          // A stale or refused order: show what it is now.
          else void queryClient.invalidateQueries({ queryKey: orderKeys.all });
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('refunds.requestTitle', { id: order.id })}
      okText={t('refunds.request')}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={action.isPending}
    >
      <p>{t('refunds.requestHint', { paid: format.money(paid) })}</p>
      <Refusal error={action.error && !isApiError(action.error, 'VALIDATION_FAILED') ? action.error : null} />
      <Field id={`${id}-code`} label={t('refunds.reasonCode')} error={errors.reasonCode}>
        {({ status: _status, ...control }) => (
          <NativeSelect
            {...control}
            value={reasonCode}
            placeholder={t('refunds.choose')}
            options={QUALITY_REFUND_REASONS.map((code) => ({
              value: code,
              label: t(`refunds.reason.${code}`),
            }))}
            onChange={setReasonCode}
          />
        )}
      </Field>
      <Field
        id={`${id}-amount`}
        label={t('refunds.amountLabel', { max: format.money(paid) })}
        error={errors.amount}
      >
        {(control) => (
          <Input
            {...control}
            type="number"
            inputMode="decimal"
            min={0.01}
            max={paid / 100}
            step={0.01}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        )}
      </Field>
      <Field id={`${id}-note`} label={t('refunds.note')} error={errors.reason}>
        {({ status, ...control }) => (
          <Input.TextArea
            {...control}
            {...(status ? { status } : {})}
            rows={3}
            maxLength={500}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
    </Modal>
  );
}
