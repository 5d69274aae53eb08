import { useId, useState, type ReactNode } from 'react';
import { Alert, Field, Input, Modal } from '@careops/design-system';
import { reasonSchema } from '@careops/domain/doctors';
import { useTranslation } from '@careops/i18n';
import { serverErrorText, serverFieldErrors } from './server-error';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  okText: string;
  /** Destructive actions get a danger button. */
  danger?: boolean;
  pending: boolean;
  /** The last failure of the command, shown above the form; what was typed stays. */
  error: unknown;
  /** More fields above the reason; `extraError` is the server's message for them. */
  children?: (fieldErrors: Record<string, string>) => ReactNode;
  /** Validates the extra fields; a message blocks the submit. */
  validateExtra?: () => Record<string, string>;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The confirmation every audited ops action asks for (§1.4): a required reason checked with the
 * domain's schema before the request, server refusals shown without losing the input.
 */
export function ReasonDialog({
  open,
  title,
  okText,
  danger,
  pending,
  error,
  children,
  validateExtra,
  onSubmit,
  onCancel,
}: ReasonDialogProps) {
  const { t } = useTranslation('doctors');
  const id = useId();
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const fieldErrors = { ...serverFieldErrors(error), ...local };

  const submit = () => {
    const errors = { ...(validateExtra?.() ?? {}) };
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) errors.reason = t('form.reasonRequired');
    setLocal(errors);
    if (Object.keys(errors).length === 0 && parsed.success) onSubmit(parsed.data);
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('form.cancel')}
      okButtonProps={{ danger: danger ?? false, loading: pending, disabled: pending }}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
      afterClose={() => {
        setReason('');
        setLocal({});
      }}
    >
      {error !== null && error !== undefined && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={serverErrorText(t, error)}
          style={{ marginBottom: 16 }}
        />
      )}
      {children?.(fieldErrors)}
      <Field id={`${id}-reason`} label={t('form.reason')} error={fieldErrors.reason}>
        {(control) => (
          <Input.TextArea
            {...control}
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
