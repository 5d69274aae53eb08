import { useId, type ReactNode } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Alert, Field, Input, Modal, Typography } from '@careops/design-system';
import { useTranslation } from '@careops/i18n';
import { errorText, setServerErrors } from '@careops/app-kit';
import { serverErrorText } from './server-error';

export interface ReasonDialogProps {
  open: boolean;
  title: string;
  okText: string;
  /** Destructive actions get a danger button. */
  danger?: boolean;
  /** The command's own schema for its reason, e.g. `waiveInputSchema.pick({ reason: true })`. */
  schema: z.ZodType<{ reason: string }, { reason: string }>;
  /** The request is out: the button spins. */
  pending: boolean;
  /** The last failure of the command, shown above the form; what was typed stays. */
  error: unknown;
  /**
   * Words a failure the caller knows better than the generic refusal (e.g. the transcript's 403);
   * `undefined` falls back to the server's rule or message.
   */
  describeError?: (error: unknown) => string | undefined;
  /** What the user should know before giving the reason (e.g. that it is audited). */
  notice?: ReactNode;
  /** Sends the command; a rejection keeps the dialog open with the server's field errors. */
  onSubmit: (reason: string) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * The confirmation every audited ops action asks for (§1.4): a required reason checked with the
 * command's schema before the request, server refusals shown without losing the input.
 */
export function ReasonDialog({
  open,
  title,
  okText,
  danger,
  schema,
  pending,
  error,
  describeError,
  notice,
  onSubmit,
  onCancel,
}: ReasonDialogProps) {
  const { t } = useTranslation('doctors');
  const id = useId();
  const {
    control,
    handleSubmit,
    reset,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(schema), defaultValues: { reason: '' } });

  const submit = async ({ reason }: { reason: string }) => {
    try {
      await onSubmit(reason);
    } catch (failure) {
      setServerErrors(failure, setError, ['reason']);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText}
      cancelText={t('form.cancel')}
      okButtonProps={{ danger: danger ?? false, loading: pending, disabled: isSubmitting }}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onCancel}
      destroyOnHidden
      // A dialog kept mounted between uses starts empty the next time.
      afterClose={() => reset()}
    >
      {notice !== undefined && <Typography.Paragraph>{notice}</Typography.Paragraph>}
      {error !== null && error !== undefined && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeError?.(error) ?? serverErrorText(t, error)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Controller
        name="reason"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-reason`}
            label={t('form.reason')}
            error={errorText(fieldState.error, t('form.reasonRequired'))}
          >
            {(props) => <Input.TextArea {...field} {...props} rows={3} maxLength={500} />}
          </Field>
        )}
      />
    </Modal>
  );
}
