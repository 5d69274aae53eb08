import { useMemo, useState } from 'react';
import { useCan } from '@careops/auth';
import { App, Button, Card, ErrorState, Flex, LoadingState, Tag, Typography } from '@careops/design-system';
import { Descriptions } from '@careops/design-system/table';
import { doctorFlagInputSchema, doctorSuspendInputSchema, type Doctor } from '@careops/domain/doctors';
import { useFormat, useTranslation } from '@careops/i18n';
import { useDoctorAction, useSlaDashboard } from '../api/sla';
import { periodRange, useOpenedAt } from './period';
import { ReasonDialog } from './reason-dialog';
import { WeeklySla } from './weekly-sla';

const flagReasonSchema = doctorFlagInputSchema.pick({ reason: true });
const suspendReasonSchema = doctorSuspendInputSchema.pick({ reason: true });

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);

/** The doctor's own §1.3 figures over 30 days, flags, and the audited flag / suspend actions. */
export function DoctorScorecard({ doctor }: { doctor: Doctor }) {
  const { t } = useTranslation('doctors');
  const format = useFormat();
  const { message } = App.useApp();
  const openedAt = useOpenedAt();
  const range = useMemo(() => periodRange('30d', openedAt), [openedAt]);
  const metrics = useSlaDashboard({ ...range, doctorId: doctor.id });
  const canFlag = useCan('doctor.flag');
  const canSuspend = useCan('doctor.suspend');
  const flag = useDoctorAction('flag');
  const suspend = useDoctorAction('suspend');
  const [action, setAction] = useState<'flag' | 'suspend'>();
  const mutation = action === 'suspend' ? suspend : flag;
  const m = metrics.data?.metrics;

  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t('scorecard.title')}</h2>}
      extra={
        <Flex gap={8}>
          {canFlag && <Button onClick={() => setAction('flag')}>{t('scorecard.flag')}</Button>}
          {canSuspend && (doctor.status === 'active' || doctor.status === 'onboarding') && (
            <Button danger onClick={() => setAction('suspend')}>
              {t('scorecard.suspend')}
            </Button>
          )}
        </Flex>
      }
    >
      {metrics.error && !m ? (
        <ErrorState error={metrics.error} onRetry={() => void metrics.refetch()} />
      ) : !m ? (
        <LoadingState />
      ) : (
        <Descriptions
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'queued', label: t('scorecard.queued'), children: m.queued },
            {
              key: 'frt',
              label: t('sla.kpi.frtAvg'),
              children:
                m.frtAvgSeconds === null
                  ? '—'
                  : t('sla.minutes', { value: (m.frtAvgSeconds / 60).toFixed(1) }),
            },
            { key: 'rate15', label: t('sla.kpi.rate15'), children: pct(m.rate15Min) },
            { key: 'completion', label: t('sla.kpi.completion'), children: pct(m.completionRate) },
            { key: 'satisfaction', label: t('sla.kpi.satisfaction'), children: pct(m.satisfaction.rate) },
            {
              key: 'complaints',
              label: t('sla.kpi.complaints'),
              children: m.complaintsPer1000 === null ? '—' : m.complaintsPer1000.toFixed(2),
            },
          ]}
        />
      )}
      <WeeklySla doctor={doctor} onReviewSuspension={canSuspend ? () => setAction('suspend') : undefined} />
      <h3 style={{ fontSize: 14, margin: '16px 0 8px' }}>{t('scorecard.flags')}</h3>
      {(doctor.flags ?? []).length === 0 ? (
        <Typography.Text type="secondary">{t('scorecard.noFlags')}</Typography.Text>
      ) : (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {(doctor.flags ?? []).map((f) => (
            <li key={f.id}>
              <Tag>{t(`flagType.${f.type}`)}</Tag> {f.note} · {format.dateTime(f.at)}
            </li>
          ))}
        </ul>
      )}
      <ReasonDialog
        open={action !== undefined}
        danger={action === 'suspend'}
        title={t(action === 'suspend' ? 'scorecard.suspendTitle' : 'scorecard.flagTitle')}
        okText={t(action === 'suspend' ? 'scorecard.suspend' : 'scorecard.flag')}
        pending={mutation.isPending}
        error={mutation.error}
        schema={action === 'suspend' ? suspendReasonSchema : flagReasonSchema}
        onSubmit={async (reason) => {
          await mutation.mutateAsync({ id: doctor.id, input: { version: doctor.version, reason } });
          void message.success(t(action === 'suspend' ? 'scorecard.suspended' : 'scorecard.flagged'));
          setAction(undefined);
        }}
        onCancel={() => {
          mutation.reset();
          setAction(undefined);
        }}
      />
    </Card>
  );
}
