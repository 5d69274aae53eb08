import { useId, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { isApiError } from '@careops/api';
import { App, Field, Input, Modal } from '@careops/design-system';
import { versionedCommandSchema } from '@careops/domain';
import type { Store } from '@careops/domain/pharmacy';
import { useLocalized, useTranslation } from '@careops/i18n';
import { conflictingStore, useStoreCommand } from '../../api/stores';
import { errorText, setServerErrors } from '@careops/app-kit';
import { Refusal } from '../refunds/refusal';

/** A store command's reason, which pausing requires (DOMAIN.md §2.1). */
const pauseSchema = versionedCommandSchema.pick({ reason: true }).required();

/** Pausing stops new orders at once, so it asks for the reason the audit log keeps. */
export function PauseDialog({ store, onClose }: { store: Store; onClose: () => void }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const { message } = App.useApp();
  const id = useId();
  const pause = useStoreCommand();
  const [base, setBase] = useState(store);
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(pauseSchema), defaultValues: { reason: '' } });

  const submit = async ({ reason }: { reason: string }) => {
    try {
      const next = await pause.mutateAsync({ store: base, action: 'pause', reason });
      void message.success(t('stores.paused', { name: localized(next.name) }));
      onClose();
    } catch (error) {
      // On a conflict the reason stays and the next try is based on the store as it is now.
      const fresh = conflictingStore(error);
      if (fresh) setBase(fresh);
      setServerErrors(error, setError, ['reason']);
    }
  };

  return (
    <Modal
      open
      title={t('stores.pauseTitle', { name: localized(store.name) })}
      okText={t('stores.pause')}
      okButtonProps={{ danger: true, disabled: isSubmitting }}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
      confirmLoading={pause.isPending}
    >
      <p>{t('stores.pauseHint')}</p>
      <Refusal error={pause.error && !isApiError(pause.error, 'VALIDATION_FAILED') ? pause.error : null} />
      <Controller
        name="reason"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-reason`}
            label={t('stores.pauseReason')}
            error={errorText(fieldState.error, t('stores.errors.reasonRequired'))}
          >
            {(props) => <Input.TextArea {...field} {...props} rows={3} maxLength={500} />}
          </Field>
        )}
      />
    </Modal>
  );
}
