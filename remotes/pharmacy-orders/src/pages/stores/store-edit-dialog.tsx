import { useId, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
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
import { errorText, setServerErrors } from '@careops/app-kit';
import { Refusal } from '../refunds/refusal';

/** The editable fields; the version is the store the edit is based on, not something typed. */
const editSchema = storePatchSchema.omit({ version: true });
type Edit = z.output<typeof editSchema>;

const valuesOf = (store: Store): Edit => ({
  businessHours: store.businessHours,
  deliveryRadiusKm: store.deliveryRadiusKm,
  hasColdChain: store.hasColdChain,
});

/** Only what changed against the store the edit is based on, so the audit diff shows the real edit. */
function patchOf(base: Store, edit: Edit): StorePatch {
  return {
    version: base.version,
    ...(edit.businessHours !== base.businessHours ? { businessHours: edit.businessHours } : {}),
    ...(edit.deliveryRadiusKm !== base.deliveryRadiusKm ? { deliveryRadiusKm: edit.deliveryRadiusKm } : {}),
    ...(edit.hasColdChain !== base.hasColdChain ? { hasColdChain: edit.hasColdChain } : {}),
  };
}

/** Hours, radius and cold chain of one store, validated by the domain's `storePatchSchema`. */
export function StoreEditDialog({ store, onClose }: { store: Store; onClose: () => void }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const token = useToken();
  const { message } = App.useApp();
  const formId = useId();
  const update = useUpdateStore();
  // The version the edit is based on: a refetch in the background must not silently move it.
  const [base, setBase] = useState(store);
  const [conflict, setConflict] = useState<Store | null>(null);
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(editSchema), defaultValues: valuesOf(store) });

  const submit = async (edit: Edit) => {
    const patch = patchOf(base, edit);
    if (Object.keys(patch).length === 1) {
      onClose();
      return;
    }
    try {
      const next = await update.mutateAsync({ id: base.id, patch });
      void message.success(t('stores.saved', { name: localized(next.name) }));
      onClose();
    } catch (error) {
      const fresh = conflictingStore(error);
      if (fresh) {
        // Keep what was typed; the next save is based on the store as it is now.
        setConflict(fresh);
        setBase(fresh);
        return;
      }
      setServerErrors(error, setError, ['businessHours', 'deliveryRadiusKm', 'hasColdChain']);
    }
  };
  const onSubmit = handleSubmit(submit);

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
      onOk={() => void onSubmit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      okButtonProps={{ disabled: isSubmitting }}
    >
      <form id={formId} onSubmit={(e) => void onSubmit(e)} noValidate>
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
        <Controller
          name="businessHours"
          control={control}
          render={({ field, fieldState }) => (
            <Field
              id={`${formId}-hours`}
              label={t('stores.hoursLabel')}
              error={errorText(fieldState.error, t('stores.errors.hours'))}
            >
              {(props) => <Input {...field} {...props} placeholder="08:00-22:00" autoComplete="off" />}
            </Field>
          )}
        />
        <Controller
          name="deliveryRadiusKm"
          control={control}
          render={({ field: { value, onChange, ...field }, fieldState }) => (
            <Field
              id={`${formId}-radius`}
              label={t('stores.radiusLabel', { max: MAX_DELIVERY_RADIUS_KM })}
              error={errorText(fieldState.error, t('stores.errors.radius', { max: MAX_DELIVERY_RADIUS_KM }))}
            >
              {(props) => (
                <Input
                  {...field}
                  {...props}
                  type="number"
                  inputMode="decimal"
                  min={0.1}
                  max={MAX_DELIVERY_RADIUS_KM}
                  step={0.1}
                  value={value === undefined || Number.isNaN(value) ? '' : value}
                  // A cleared radius is not "unchanged": NaN fails the schema and asks for a value.
                  onChange={(e) =>
                    onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))
                  }
                />
              )}
            </Field>
          )}
        />
        <Controller
          name="hasColdChain"
          control={control}
          render={({ field: { value, onChange, ...field }, fieldState }) => (
            <Field
              id={`${formId}-cold`}
              label={t('stores.coldChainLabel')}
              error={errorText(fieldState.error, t('stores.errors.coldChain'))}
            >
              {({ status: _status, ...props }) => (
                <input
                  {...field}
                  {...props}
                  type="checkbox"
                  checked={value ?? false}
                  onChange={(e) => onChange(e.target.checked)}
                  style={{ width: 18, height: 18, accentColor: token.colorPrimary }}
                />
              )}
            </Field>
          )}
        />
      </form>
    </Modal>
  );
}
