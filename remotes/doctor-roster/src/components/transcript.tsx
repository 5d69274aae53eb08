import { useId, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { isApiError } from '@careops/api';
import { errorText, setServerErrors } from '@careops/app-kit';
import { useCan } from '@careops/auth';
import {
  Alert,
  Button,
  Field,
  Flex,
  Input,
  MaskedText,
  Modal,
  Typography,
  useToken,
} from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { transcriptQuerySchema, type Transcript } from '@careops/domain/doctors';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useOpenTranscript } from '../api/transcripts';
import { serverErrorText } from './server-error';

/**
 * "View transcript" on a consultation, for those who hold transcript.view (a licensed physician of
 * MED, §6.2). Like the PII reveal, it asks for the reason the server audits first; the chat then
 * shows in the same dialog. Nothing for anyone else: the server refuses them anyway, and its 403
 * is worded if it does.
 */
export function TranscriptButton({ consultationId }: { consultationId: string }) {
  const { t } = useTranslation('doctors');
  const mayView = useCan('transcript.view');
  const [open, setOpen] = useState(false);
  if (!mayView) return null;
  return (
    <>
      <Button
        size="small"
        aria-label={t('transcript.viewLabel', { id: consultationId })}
        onClick={(e) => {
          e.stopPropagation();
          setOpen(true);
        }}
      >
        {t('transcript.view')}
      </Button>
      {open && <TranscriptDialog consultationId={consultationId} onClose={() => setOpen(false)} />}
    </>
  );
}

/** One dialog, two steps: the reason, then the chat (kept only while the dialog is open). */
function TranscriptDialog({ consultationId, onClose }: { consultationId: string; onClose: () => void }) {
  const { t } = useTranslation('doctors');
  const id = useId();
  const opening = useOpenTranscript();
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(transcriptQuerySchema), defaultValues: { reason: '' } });
  const transcript = opening.data;

  const submit = async ({ reason }: { reason: string }) => {
    try {
      await opening.mutateAsync({ id: consultationId, reason });
    } catch (failure) {
      setServerErrors(failure, setError, ['reason']);
    }
  };

  if (transcript) {
    return (
      <Modal
        open
        title={t('transcript.title', { id: consultationId })}
        onCancel={onClose}
        destroyOnHidden
        width={640}
        footer={<Button onClick={onClose}>{t('transcript.close')}</Button>}
      >
        <Chat transcript={transcript} />
      </Modal>
    );
  }
  return (
    <Modal
      open
      title={t('transcript.reasonTitle', { id: consultationId })}
      okText={t('transcript.open')}
      cancelText={t('form.cancel')}
      okButtonProps={{ loading: opening.isPending, disabled: isSubmitting }}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('transcript.notice')}</Typography.Paragraph>
      {opening.error !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={
            isApiError(opening.error, 'FORBIDDEN')
              ? t('transcript.forbidden')
              : serverErrorText(t, opening.error)
          }
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

/** The chat as plain text — patient and doctor messages are never read as markup. */
function Chat({ transcript }: { transcript: Transcript }) {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const format = useFormat();
  const token = useToken();
  const id = transcript.consultationId;
  return (
    <>
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'patient',
            label: t('transcript.patient'),
            children: <MaskedText value={localized(transcript.patient.name)} />,
          },
          {
            key: 'doctor',
            label: t('transcript.doctor'),
            children: transcript.doctorName ? localized(transcript.doctorName) : t('queue.unassigned'),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0 12px' }}>
        {t('transcript.audited', { time: format.dateTime(transcript.openedAt) })}
      </Typography.Paragraph>
      {transcript.messages.length === 0 ? (
        <Typography.Text type="secondary">{t('transcript.empty')}</Typography.Text>
      ) : (
        <ol
          aria-label={t('transcript.messages', { id })}
          style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 420, overflowY: 'auto' }}
        >
          {transcript.messages.map((m, i) => (
            <li
              key={`${m.at}-${i}`}
              style={{
                marginBottom: 8,
                padding: '8px 12px',
                borderRadius: token.borderRadius,
                background: m.author === 'doctor' ? token.colorPrimaryBg : token.colorFillTertiary,
              }}
            >
              <Flex gap={8} wrap>
                <Typography.Text strong>{t(`transcript.author.${m.author}`)}</Typography.Text>
                <Typography.Text type="secondary">{format.dateTime(m.at)}</Typography.Text>
              </Flex>
              <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{m.text}</div>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
