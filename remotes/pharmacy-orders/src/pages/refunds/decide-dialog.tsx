import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@careops/api';
import { App, Field, Input, Modal, useToken } from '@careops/design-system';
import type { Order } from '@careops/domain/pharmacy';
import { useFormat, useTranslation } from '@careops/i18n';
import { orderKeys, useOrderAction } from '../../api/orders';
import { Refusal, serverFieldErrors } from './refusal';

export type DecideAction = 'decide_refund' | 'decide_cancel';

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
  const [approve, setApprove] = useState<boolean | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ approve?: string; reason?: string }>({});
  const prefix = kind === 'decide_refund' ? 'refunds.decideRefund' : 'refunds.decideCancel';

  const submit = () => {
    const trimmed = reason.trim();
    const next: { approve?: string; reason?: string } = {};
    if (approve === null) next.approve = t('refunds.errors.decision');
    if (approve === false && !trimmed) next.reason = t('refunds.errors.rejectReason');
    setErrors(next);
    if (approve === null || Object.keys(next).length > 0) return;
    action.mutate(
      { order, command: { action: kind, input: { approve, ...(trimmed ? { reason: trimmed } : {}) } } },
      {
        onSuccess: (updated) => {
          void message.success(
            t('refunds.decided', { id: updated.id, status: t(`status.${updated.status}`) }),
          );
          onClose();
        },
        onError: (error) => {
          if (isApiError(error, 'VALIDATION_FAILED')) setErrors(serverFieldErrors(error));
          else void queryClient.invalidateQueries({ queryKey: orderKeys.all });
        },
      },
    );
  };

  const radio = (value: boolean, label: string) => (
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
        checked={approve === value}
        onChange={() => setApprove(value)}
        style={{ accentColor: token.colorPrimary }}
        {...(errors.approve ? { 'aria-invalid': true, 'aria-describedby': `${id}-decision-error` } : {})}
      />
      {label}
    </label>
  );

  return (
    <Modal
      open
      title={t(`${prefix}Title`, { id: order.id })}
      okText={t('refunds.submitDecision')}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={action.isPending}
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
      <fieldset style={{ border: 0, padding: 0, margin: `0 0 ${token.marginLG}px` }}>
        <legend style={{ fontSize: token.fontSize, paddingBottom: token.paddingXS, color: token.colorText }}>
          {t('refunds.decision')}
        </legend>
        {radio(true, t('refunds.approve'))}
        {radio(false, t('refunds.reject'))}
        {errors.approve && (
          <div id={`${id}-decision-error`} style={{ color: token.colorError, marginTop: token.marginXXS }}>
            {errors.approve}
          </div>
        )}
      </fieldset>
      <Field
        id={`${id}-reason`}
        label={approve === false ? t('refunds.rejectReason') : t('refunds.decisionNote')}
        error={errors.reason}
      >
        {({ status, ...control }) => (
          <Input.TextArea
            {...control}
            {...(status ? { status } : {})}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
    </Modal>
  );
}
