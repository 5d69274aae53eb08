import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { isApiError } from '@careops/api';
import { Alert, App, Field, Input, Modal, Typography, useToken } from '@careops/design-system';
import { takedownCommandSchema, type ContentItem } from '@careops/domain/content';
import { useTranslation } from '@careops/i18n';
import { conflictingItem, useTakedown } from '../../api/items';
import { ContentStatusTag } from '../../components/content-status-tag';

const formSchema = takedownCommandSchema.pick({ reason: true });
interface TakedownForm {
  reason: string;
}

/**
 * Taking live content down (DOMAIN.md §4.2: compliance may take down anytime, with a reason). The
 * dialog is the confirmation: it names the item and its live version, and only a reason enables it.
 */
export function TakedownDialog({
  item,
  onClose,
  onDone,
}: {
  item: ContentItem;
  onClose: () => void;
  onDone?: (item: ContentItem) => void;
}) {
  const { t } = useTranslation('content');
  const token = useToken();
  const { message } = App.useApp();
  const formId = useId();
  const takedown = useTakedown();
  // The version the takedown is based on: after a 409 the next attempt uses the item as it is now.
  const [base, setBase] = useState(item);
  const [conflict, setConflict] = useState<ContentItem | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<TakedownForm>({ resolver: zodResolver(formSchema), defaultValues: { reason: '' } });

  const submit = handleSubmit(({ reason }) => {
    takedown.mutate(
      { id: base.id, command: { version: base.version, reason } },
      {
        onSuccess: (next) => {
          void message.success(t('takedown.done'));
          onDone?.(next);
          onClose();
        },
        onError: (error) => {
          const fresh = conflictingItem(error);
          if (fresh) {
            setConflict(fresh);
            setBase(fresh);
          }
        },
      },
    );
  });

  const reasonError = errors.reason
    ? errors.reason.type === 'too_big'
      ? t('takedown.reasonTooLong')
      : t('takedown.reasonRequired')
    : undefined;
  const refusal = takedown.error && !isApiError(takedown.error, 'CONFLICT') ? takedown.error : null;
  const { ref, ...reasonField } = register('reason');
  const stillLive = conflict === null || conflict.publishedVersionNo !== undefined;

  return (
    <Modal
      open
      title={t('takedown.title')}
      okText={t('takedown.confirm')}
      okButtonProps={{ danger: true, disabled: !stillLive || conflict?.status === 'taken_down' }}
      cancelText={t('action.cancel', { ns: 'common' })}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={takedown.isPending}
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        {/* The title is author-written: a text child, never markup. */}
        <Typography.Paragraph>
          {t('takedown.intro', { version: base.publishedVersionNo ?? base.currentVersionNo })}{' '}
          <Typography.Text strong>{base.title}</Typography.Text>
        </Typography.Paragraph>
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            style={{ marginBottom: token.marginLG }}
            title={t('takedown.conflict')}
            description={
              <span data-testid="takedown-fresh">
                <ContentStatusTag status={conflict.status} />{' '}
                {conflict.takedown
                  ? t('takedown.alreadyDown', { reason: conflict.takedown.reason })
                  : t('takedown.freshVersion', { n: conflict.currentVersionNo })}
              </span>
            }
          />
        )}
        {refusal && (
          <Alert
            type="error"
            showIcon
            role="alert"
            style={{ marginBottom: token.marginLG }}
            title={isApiError(refusal) ? t(`error.${refusal.code}`, { ns: 'common' }) : t('takedown.failed')}
          />
        )}
        <Field id={`${formId}-reason`} label={t('takedown.reason')} error={reasonError}>
          {(control) => (
            <Input.TextArea
              {...reasonField}
              {...control}
              ref={(el) => ref(el?.resizableTextArea?.textArea ?? null)}
              rows={3}
              maxLength={500}
              showCount
            />
          )}
        </Field>
      </form>
    </Modal>
  );
}
