import { useEffect, useId, useState } from 'react';
import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import { useMutation } from '@tanstack/react-query';
import { api } from '@careops/api';
import { useCan } from '@careops/auth';
import {
  Alert,
  Button,
  Card,
  Field,
  Flex,
  Input,
  MaskedText,
  Modal,
  Typography,
} from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import {
  PII_REVEAL_SECONDS,
  piiRevealRequestSchema,
  piiRevealSchema,
  type Order,
  type PiiReveal,
} from '@careops/domain/pharmacy';
import { useLocalized, useTranslation } from '@careops/i18n';
import { clockText } from '../../components/sla-countdown';
import { errorText, setServerErrors, useNow } from '@careops/app-kit';
import { serverErrorText } from '../../components/server-error';

/**
 * The patient as the caller may see them (§6.4), and for those with `pii.reveal` a reveal that
 * asks for a reason, is audited by the server, and hides the values again when it expires.
 */
export function PatientCard({ order, clockOffset }: { order: Order; clockOffset: number }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const mayReveal = useCan('pii.reveal');
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState<{ pii: PiiReveal; until: number }>();

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t('detail.patient')}
        </Typography.Title>
      }
      extra={
        mayReveal && !revealed ? (
          <Button autoInsertSpace={false} onClick={() => setAsking(true)}>
            {t('reveal.button')}
          </Button>
        ) : undefined
      }
    >
      {revealed ? (
        <Revealed pii={revealed.pii} until={revealed.until} onExpire={() => setRevealed(undefined)} />
      ) : (
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'name',
              label: t('orders.patient'),
              children: <MaskedText value={localized(order.patient.name)} />,
            },
            { key: 'phone', label: t('orders.phone'), children: order.patient.phone },
            { key: 'address', label: t('detail.address'), children: localized(order.address) },
          ]}
        />
      )}
      {asking && (
        <RevealDialog
          orderId={order.id}
          onClose={() => setAsking(false)}
          onRevealed={(pii) => {
            setAsking(false);
            // expiresAt is on the server's clock; the offset puts it on this device's. Never longer than the rule's 5 minutes.
            const until = Math.min(
              Date.parse(pii.expiresAt) - clockOffset,
              Date.now() + PII_REVEAL_SECONDS * 1000,
            );
            setRevealed({ pii, until });
          }}
        />
      )}
    </Card>
  );
}

function Revealed({ pii, until, onExpire }: { pii: PiiReveal; until: number; onExpire: () => void }) {
  const { t } = useTranslation('pharmacy');
  const localized = useLocalized();
  const now = useNow();
  // The shared ticker's clock may be up to a second older than the reveal: never show more than the rule allows.
  const left = Math.min(PII_REVEAL_SECONDS, Math.ceil((until - now) / 1000));
  const expired = left <= 0;
  useEffect(() => {
    if (expired) onExpire();
  }, [expired, onExpire]);
  if (expired) return null;
  return (
    <Flex vertical gap={8}>
      <Alert
        type="info"
        showIcon
        title={
          <span role="timer" data-testid="reveal-countdown">
            {t('reveal.countdown', { time: clockText(left) })}
          </span>
        }
        action={
          <Button autoInsertSpace={false} onClick={onExpire}>
            {t('reveal.hide')}
          </Button>
        }
      />
      <Descriptions
        column={{ xs: 1, md: 3 }}
        items={[
          { key: 'name', label: t('orders.patient'), children: localized(pii.name) },
          { key: 'phone', label: t('orders.phone'), children: pii.phone },
          { key: 'address', label: t('detail.address'), children: localized(pii.address) },
        ]}
      />
    </Flex>
  );
}

function RevealDialog({
  orderId,
  onClose,
  onRevealed,
}: {
  orderId: string;
  onClose: () => void;
  onRevealed: (pii: PiiReveal) => void;
}) {
  const { t } = useTranslation('pharmacy');
  const id = useId();
  const {
    control,
    handleSubmit,
    setError,
    formState: { isSubmitting },
  } = useForm({ resolver: zodResolver(piiRevealRequestSchema), defaultValues: { reason: '' } });
  const reveal = useMutation({
    mutationFn: (body: { reason: string }) =>
      api.post(`/pharmacy/orders/${encodeURIComponent(orderId)}/reveal`, body, piiRevealSchema),
  });
  const submit = async (body: { reason: string }) => {
    try {
      onRevealed(await reveal.mutateAsync(body));
    } catch (error) {
      setServerErrors(error, setError, ['reason']);
    }
  };
  return (
    <Modal
      open
      title={t('reveal.title')}
      okText={t('reveal.confirm')}
      cancelText={t('actions.cancel')}
      okButtonProps={{ loading: reveal.isPending, disabled: isSubmitting, autoInsertSpace: false }}
      cancelButtonProps={{ autoInsertSpace: false }}
      onOk={() => void handleSubmit(submit)()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('reveal.notice')}</Typography.Paragraph>
      {reveal.isError && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 16 }}
          title={serverErrorText(t, reveal.error)}
        />
      )}
      <Controller
        name="reason"
        control={control}
        render={({ field, fieldState }) => (
          <Field
            id={`${id}-reason`}
            label={t('form.reason')}
            error={errorText(fieldState.error, t('reveal.reasonRequired'))}
          >
            {(props) => <Input.TextArea {...field} {...props} rows={3} maxLength={500} />}
          </Field>
        )}
      />
    </Modal>
  );
}
