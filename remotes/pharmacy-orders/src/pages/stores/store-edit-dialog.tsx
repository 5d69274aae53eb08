import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '@careops/api';
import { Alert, App, Field, Input, Modal, useToken } from '@careops/design-system';
import {
  MAX_DELIVERY_RADIUS_KM,
  storePatchSchema,
  type Store,
  type StorePatch,
} from '@careops/domain/pharmacy';
import { useLocalized, useTranslation } from '@careops/i18n';
import { conflictingStore, useUpdateStore } from '../../api/stores';
import { Refusal, serverFieldErrors } from '../refunds/refusal';

type FieldName = 'businessHours' | 'deliveryRadiusKm' | 'hasColdChain';
interface Draft {
  businessHours: string;
  deliveryRadiusKm: string;
  hasColdChain: boolean;
}

const draftOf = (store: Store): Draft => ({
  businessHours: store.businessHours,
  deliveryRadiusKm: String(store.deliveryRadiusKm),
  hasColdChain: store.hasColdChain,
});

/** Only what changed against the store the edit is based on, so the audit diff shows the real edit. */
function patchOf(base: Store, draft: Draft): Record<string, unknown> {
  const radius = draft.deliveryRadiusKm.trim() === '' ? Number.NaN : Number(draft.deliveryRadiusKm);
  return {
    version: base.version,
    ...(draft.businessHours.trim() !== base.businessHours
      ? { businessHours: draft.businessHours.trim() }
      : {}),
    ...(radius !== base.deliveryRadiusKm ? { deliveryRadiusKm: radius } : {}),
    ...(draft.hasColdChain !== base.hasColdChain ? { hasColdChain: draft.hasColdChain } : {}),
  };
}

/**
 * Hours, radius and cold chain of one store, validated by the domain's `storePatchSchema`.
 * Plain state rather than react-hook-form: this remote does not depend on react-hook-form
 * (see the report); the schema, the Field and the server's field errors are the same.
 */
export function StoreEditDialog({ store, onClose }: { store: Store; onClose: () => void }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const token = useToken();
  const { message } = App.useApp();
  const formId = useId();
  const update = useUpdateStore();
  // The version the edit is based on: a refetch in the background must not silently move it.
  const [base, setBase] = useState(store);
  const [draft, setDraft] = useState(() => draftOf(store));
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [conflict, setConflict] = useState<Store | null>(null);

  const clientMessage: Record<FieldName, string> = {
    businessHours: t('stores.errors.hours'),
    deliveryRadiusKm: t('stores.errors.radius', { max: MAX_DELIVERY_RADIUS_KM }),
    hasColdChain: t('stores.errors.coldChain'),
  };

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    const parsed = storePatchSchema.safeParse(patchOf(base, draft));
    if (!parsed.success) {
      const next: Partial<Record<FieldName, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if (field === 'businessHours' || field === 'deliveryRadiusKm' || field === 'hasColdChain')
          next[field] = clientMessage[field];
      }
      setErrors(next);
      return;
    }
    setErrors({});
    const patch: StorePatch = parsed.data;
    if (Object.keys(patch).length === 1) {
      onClose();
      return;
    }
    update.mutate(
      { id: base.id, patch },
      {
        onSuccess: (next) => {
          void message.success(t('stores.saved', { name: localized(next.name) }));
          onClose();
        },
        onError: (error) => {
          const fresh = conflictingStore(error);
          if (fresh) {
            // Keep what was typed; the next save is based on the store as it is now.
            setConflict(fresh);
            setBase(fresh);
            return;
          }
          if (isApiError(error, 'VALIDATION_FAILED')) setErrors(serverFieldErrors(error));
        },
      },
    );
  };

  const refusal =
    update.error && !isApiError(update.error, 'CONFLICT') && !isApiError(update.error, 'VALIDATION_FAILED')
      ? update.error
      : null;

  return (
    <Modal
      open
      title={t('stores.editTitle', { name: localized(store.name) })}
      okText={t('action.save', { ns: 'common' })}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
    >
      <form id={formId} onSubmit={submit} noValidate>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: token.marginLG }}
            title={t('stores.conflict')}
            description={
              <dl style={{ margin: 0 }}>
                <dt style={{ display: 'inline' }}>{t('stores.hours')}: </dt>
                <dd style={{ display: 'inline', margin: 0 }}>{conflict.businessHours}</dd>
                <br />
                <dt style={{ display: 'inline' }}>{t('stores.radius')}: </dt>
                <dd style={{ display: 'inline', margin: 0 }}>
                  {t('stores.km', { value: conflict.deliveryRadiusKm })}
                </dd>
                <br />
                <dt style={{ display: 'inline' }}>{t('stores.coldChain')}: </dt>
                <dd style={{ display: 'inline', margin: 0 }}>
                  {conflict.hasColdChain ? t('stores.coldChainYes') : t('stores.coldChainNo')}
                </dd>
              </dl>
            }
          />
        )}
        <Refusal error={refusal} />
        <Field id={`${formId}-hours`} label={t('stores.hoursLabel')} error={errors.businessHours}>
          {(control) => (
            <Input
              {...control}
              value={draft.businessHours}
              placeholder="08:00-22:00"
              autoComplete="off"
              onChange={(e) => setDraft({ ...draft, businessHours: e.target.value })}
            />
          )}
        </Field>
        <Field
          id={`${formId}-radius`}
          label={t('stores.radiusLabel', { max: MAX_DELIVERY_RADIUS_KM })}
          error={errors.deliveryRadiusKm}
        >
          {(control) => (
            <Input
              {...control}
              type="number"
              inputMode="decimal"
              min={0.1}
              max={MAX_DELIVERY_RADIUS_KM}
              step={0.1}
              value={draft.deliveryRadiusKm}
              onChange={(e) => setDraft({ ...draft, deliveryRadiusKm: e.target.value })}
            />
          )}
        </Field>
        <Field id={`${formId}-cold`} label={t('stores.coldChainLabel')} error={errors.hasColdChain}>
          {({ status: _status, ...control }) => (
            <input
              {...control}
              type="checkbox"
              checked={draft.hasColdChain}
              onChange={(e) => setDraft({ ...draft, hasColdChain: e.target.checked })}
              style={{ width: 18, height: 18, accentColor: token.colorPrimary }}
            />
          )}
        </Field>
      </form>
    </Modal>
  );
}
