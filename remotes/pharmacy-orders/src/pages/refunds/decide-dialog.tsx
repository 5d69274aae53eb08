import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { isApiError } from '@careops/api';
import { App, Field, Input, Modal, useToken } from '@careops/design-system';
import { ORDER_ACTION_INPUTS, type Order } from '@careops/domain/pharmacy';
import { useFormat, useTranslation } from '@careops/i18n';
import { orderKeys, useOrderAction } from '../../api/orders';
import { errorText, optionalText, setServerErrors } from '@careops/app-kit';
import { Refusal } from './refusal';

export type DecideAction = 'decide_refund' | 'decide_cancel';

/**
 * Both decisions take the same input (`orderCommandSchema('decide_refund')` without the version);
 * a rejection must say why, which the server checks too.
 */
const decideSchema = ORDER_ACTION_INPUTS.decide_refund.refine((d) => d.approve || d.reason !== undefined, {
  path: ['reason'],
});
type Decision = z.output<typeof decideSchema>;

/** Approve or reject a refund or cancellation request; rejecting needs a reason (the server checks too). */
export function DecideDialog({
  order,
  action: kind,
  onClose,
}: {
  order: Order;
  action: DecideAction;
  onClose: () => void;
}) {
  const { t } = useTranslation('pharmacy');
  const format = useFormat();
  const token = useToken();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const id = useId();
  const action = useOrderAction();
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(decideSchema) });
  const approve = useWatch({ control, name: 'approve' });
  const prefix = kind === 'decide_refund' ? 'refunds.decideRefund' : 'refunds.decideCancel';

  const submit = async (input: Decision) => {
    try {
      const updated = await action.mutateAsync({ order, command: { action: kind, input } });
      void message.success(t('refunds.decided', { id: updated.id, status: t(`status.${updated.status}`) }));
      onClose();
    } catch (error) {
      if (isApiError(error, 'VALIDATION_FAILED')) setServerErrors(error, setError, ['approve', 'reason']);
      else void queryClient.invalidateQueries({ queryKey: orderKeys.all });
    }
  };

  return (
    <Modal
      open
      title={t(`${prefix}Title`, { id: order.id })}
      okText={t('refunds.submitDecision')}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
      confirmLoading={action.isPending}
      okButtonProps={{ disabled: isSubmitting }}
    >
      {kind === 'decide_refund' && order.refund && (
        <p>
          {t('refunds.requestSummary', {
            amount: format.money(order.refund.amount),
            reason: t(`refunds.reason.${order.refund.reasonCode}`),
          })}
        </p>
      )}
      {kind === 'decide_cancel' && order.cancelRequest && (
        <p>
          {t('refunds.cancelSummary', {
            reason: t(`refunds.cancelReason.${order.cancelRequest.reasonCode}`),
          })}
        </p>
      )}
      <Refusal error={action.error && !isApiError(action.error, 'VALIDATION_FAILED') ? action.error : null} />
      <Controller
        name="approve"
        control={control}
        render={({ field: { value, onChange, onBlur, ref }, fieldState }) => {
          const error = errorText(fieldState.error, t('refunds.errors.decision'));
          const radio = (choice: boolean, label: string) => (
            <label
              style={{
                display: 'inline-flex',
                alignItems: 'center',
                gap: token.marginXS,
                marginInlineEnd: token.marginLG,
              }}
            >
              <input
                type="radio"
                name={`${id}-decision`}
                ref={choice ? ref : undefined}
                checked={value === choice}
                onChange={() => onChange(choice)}
                onBlur={onBlur}
                style={{ accentColor: token.colorPrimary }}
                {...(error ? { 'aria-invalid': true, 'aria-describedby': `${id}-decision-error` } : {})}
              />
              {label}
            </label>
          );
          return (
            <fieldset style={{ border: 0, padding: 0, margin: `0 0 ${token.marginLG}px` }}>
              <legend
                style={{ fontSize: token.fontSize, paddingBottom: token.paddingXS, color: token.colorText }}
              >
                {t('refunds.decision')}
              </legend>
              {radio(true, t('refunds.approve'))}
              {radio(false, t('refunds.reject'))}
              {error && (
                <div
                  id={`${id}-decision-error`}
                  style={{ color: token.colorError, marginTop: token.marginXXS }}
                >
                  {error}
                </div>
              )}
            </fieldset>
          );
        }}
      />
      <Controller
        name="reason"
        control={control}
        render={({ field: { value, onChange, ...field }, fieldState }) => (
          <Field
            id={`${id}-reason`}
            label={approve === false ? t('refunds.rejectReason') : t('refunds.decisionNote')}
            error={errorText(fieldState.error, t('refunds.errors.rejectReason'))}
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
