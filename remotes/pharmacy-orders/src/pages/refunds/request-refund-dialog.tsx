import { useId, useMemo } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { isApiError } from '@careops/api';
import { App, Field, Input, Modal } from '@careops/design-system';
import { Select } from '@careops/design-system/table';
import { ORDER_ACTION_INPUTS, QUALITY_REFUND_REASONS, type Order } from '@careops/domain/pharmacy';
import { useFormat, useTranslation } from '@careops/i18n';
import { orderKeys, useOrderAction } from '../../api/orders';
import { errorText, optionalText, setServerErrors } from '@careops/app-kit';
import { Refusal } from './refusal';

/** The command's input beyond the version (`orderCommandSchema('request_refund')` without it). */
const requestRefundSchema = ORDER_ACTION_INPUTS.request_refund;

/**
 * The request as typed: the amount in yuan, as the patient paid it, becomes the integer fen the
 * API keeps and must not exceed what was paid.
 */
function formSchema(paid: number) {
  return requestRefundSchema.extend({
    amount: z
      .string()
      .transform((yuan) => (yuan.trim() === '' ? Number.NaN : Math.round(Number(yuan) * 100)))
      .pipe(requestRefundSchema.shape.amount.unwrap().max(paid)),
  });
}

/** A quality refund on a delivered or completed order (≤ 7 days, DOMAIN.md §2.2); the partner or ops decide it. */
export function RequestRefundDialog({ order, onClose }: { order: Order; onClose: () => void }) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const id = useId();
  const action = useOrderAction();
  const paid = order.amounts.patientPays;
  const schema = useMemo(() => formSchema(paid), [paid]);
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({
    resolver: zodResolver(schema),
    defaultValues: { amount: (paid / 100).toFixed(2) },
  });

  const submit = async (input: z.output<typeof schema>) => {
    try {
      const updated = await action.mutateAsync({ order, command: { action: 'request_refund', input } });
      void message.success(t('refunds.requested', { id: updated.id }));
      onClose();
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED'))
        setServerErrors(error, setError, ['reasonCode', 'amount', 'reason']);
      // A stale or refused order: show what it is now.
      else void queryClient.invalidateQueries({ queryKey: orderKeys.all });
    }
  };

  return (
    <Modal
      open
      title={t('refunds.requestTitle', { id: order.id })}
      okText={t('refunds.request')}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
      confirmLoading={action.isPending}
      okButtonProps={{ disabled: isSubmitting }}
    >
      <p>{t('refunds.requestHint', { paid: format.money(paid) })}</p>
      <Refusal error={action.error && !isApiError(action.error, 'VALIDATION_FAILED') ? action.error : null} />
      <Controller
        name="reasonCode"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-code`}
            label={t('refunds.reasonCode')}
            error={errorText(fieldState.error, t('refunds.errors.reasonCode'))}
          >
            {(props) => (
              <Select
                {...field}
                {...props}
                placeholder={t('refunds.choose')}
                virtual={false}
                options={QUALITY_REFUND_REASONS.map((code) => ({
                  value: code,
                  label: t(`refunds.reason.${code}`),
                }))}
                style={{ width: '100%' }}
              />
            )}
          </Field>
        )}
      />
      <Controller
        name="amount"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-amount`}
            label={t('refunds.amountLabel', { max: format.money(paid) })}
            error={errorText(fieldState.error, t('refunds.errors.amount', { max: format.money(paid) }))}
          >
            {(props) => (
              <Input
                {...field}
                {...props}
                type="number"
                inputMode="decimal"
                min={0.01}
                max={paid / 100}
                step={0.01}
              />
            )}
          </Field>
        )}
      />
      <Controller
        name="reason"
        control={control}
        render={({ field: { value, onChange, ...field }, fieldState }) => (
          <Field
            id={`${id}-note`}
            label={t('refunds.note')}
            error={errorText(fieldState.error, t('refunds.errors.note'))}
          >
            {(props) => (
              <Input.TextArea
                {...field}
                {...props}
                rows={3}
                maxLength={500}
                value={value ?? ''}
                onChange={(e) => onChange(optionalText(e.target.value))}
              />
            )}
          </Field>
        )}
      />
    </Modal>
  );
}
