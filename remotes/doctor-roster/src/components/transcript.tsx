import { useState } from 'react';
import { isApiError } from '@careops/api';
import { useCan } from '@careops/auth';
import { Button, Flex, MaskedText, Modal, Typography, useToken } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { transcriptQuerySchema, type Transcript } from '@careops/domain/doctors';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useOpenTranscript } from '../api/transcripts';
import { ReasonDialog } from './reason-dialog';

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
  const opening = useOpenTranscript();
  const transcript = opening.data;

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
    <ReasonDialog
      open
      title={t('transcript.reasonTitle', { id: consultationId })}
      okText={t('transcript.open')}
      notice={t('transcript.notice')}
      schema={transcriptQuerySchema}
      pending={opening.isPending}
      error={opening.error}
      describeError={(error) => (isApiError(error, 'FORBIDDEN') ? t('transcript.forbidden') : undefined)}
      onSubmit={(reason) => opening.mutateAsync({ id: consultationId, reason })}
      onCancel={onClose}
    />
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
