import { useId, useState } from 'react';
import { isApiError } from '@careops/api';
import { App, Field, Input, Modal } from '@careops/design-system';
import type { Store } from '@careops/domain/pharmacy';
import { useLocalized, useTranslation } from '@careops/i18n';
import { conflictingStore, useStoreCommand } from '../../api/stores';
import { Refusal, serverFieldErrors } from '../refunds/refusal';

/** Pausing stops new orders at once, so it asks for the reason the audit log keeps. */
export function PauseDialog({ store, onClose }: { store: Store; onClose: () => void }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const { message } = App.useApp();
  const id = useId();
  const pause = useStoreCommand();
  const [base, setBase] = useState(store);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = () => {
    const trimmed = reason.trim();
    if (!trimmed) {
      setError(t('stores.errors.reasonRequired'));
      return;
    }
    setError(undefined);
    pause.mutate(
      { store: base, action: 'pause', reason: trimmed },
      {
        onSuccess: (next) => {
          void message.success(t('stores.paused', { name: localized(next.name) }));
          onClose();
        },
        onError: (err) => {
          const fresh = conflictingStore(err);
          if (fresh) setBase(fresh);
          if (isApiError(err, 'VALIDATION_FAILED')) setError(serverFieldErrors(err).reason);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t('stores.pauseTitle', { name: localized(store.name) })}
      okText={t('stores.pause')}
      okButtonProps={{ danger: true }}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={pause.isPending}
    >
      <p>{t('stores.pauseHint')}</p>
      <Refusal error={pause.error && !isApiError(pause.error, 'VALIDATION_FAILED') ? pause.error : null} />
      <Field id={`${id}-reason`} label={t('stores.pauseReason')} error={error}>
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
