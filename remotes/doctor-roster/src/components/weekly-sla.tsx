import { useId } from 'react';
import { Alert, Button, ErrorState, Flex, LoadingState, StatusTag, Typography } from '@careops/design-system';
import { Table } from '@careops/design-system/table';
import { addCstDays, type Doctor, type DoctorWeek } from '@careops/domain/doctors';
import { useTranslation } from '@careops/i18n';
import { useDoctorWeekly } from '../api/doctors';
import { SlaLevelTag } from './sla-level-tag';

const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const whole = (r: number) => `${Math.round(r * 1000) / 10}%`;

/**
 * §1.4 DOCTOR_WEEKLY on the scorecard: the last whole weeks as the server judged them, the lines
 * they were judged by, and — once the breach weeks in a row call for it — the suspension review.
 */
export function WeeklySla({
  doctor,
  onReviewSuspension,
}: {
  doctor: Doctor;
  /** Opens the audited suspend action; absent for those who may not suspend. */
  onReviewSuspension?: (() => void) | undefined;
}) {
  const { t } = useTranslation('doctors');
  const headingId = useId();
  const weekly = useDoctorWeekly(doctor.id);
  const report = weekly.data;

  let body;
  if (weekly.error && !report) {
    body = <ErrorState error={weekly.error} onRetry={() => void weekly.refetch()} />;
  } else if (!report) {
    body = <LoadingState />;
  } else {
    const { evaluation, thresholds } = report;
    const review =
      evaluation.actions.includes('suspension_review') &&
      (doctor.status === 'active' || doctor.status === 'onboarding');
    body = (
      <Flex vertical gap={8}>
        {review && (
          <Alert
            type="warning"
            showIcon
            title={t('weekly.riskTitle', { count: evaluation.consecutiveBreachWeeks })}
            description={t('weekly.riskText')}
            action={
              onReviewSuspension && (
                <Button danger size="small" onClick={onReviewSuspension}>
                  {t('weekly.review')}
                </Button>
              )
            }
          />
        )}
        <Table<DoctorWeek>
          aria-label={t('weekly.title')}
          size="small"
          pagination={false}
          rowKey="weekStart"
          dataSource={report.weeks}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              key: 'week',
              title: t('weekly.week'),
              render: (_, w) =>
                t('weekly.weekOf', { from: w.weekStart.slice(5), to: addCstDays(w.weekStart, 6).slice(5) }),
            },
            {
              key: 'eligible',
              title: t('weekly.eligible'),
              align: 'right',
              render: (_, w) => w.metrics.eligible,
            },
            {
              key: 'rate15',
              title: t('sla.kpi.rate15'),
              align: 'right',
              render: (_, w) => pct(w.metrics.rate15Min),
            },
            {
              key: 'satisfaction',
              title: t('sla.kpi.satisfaction'),
              align: 'right',
              render: (_, w) => pct(w.metrics.satisfaction.rate),
            },
            {
              key: 'complaints',
              title: t('sla.kpi.complaints'),
              align: 'right',
              render: (_, w) =>
                w.metrics.complaintsPer1000 === null ? '—' : w.metrics.complaintsPer1000.toFixed(1),
            },
            {
              key: 'result',
              title: t('weekly.result'),
              render: (_, w) => (
                <Flex gap={4} wrap align="center">
                  <SlaLevelTag level={w.level} />
                  {w.reasons.map((r) => t(`weekly.reason.${r}`)).join(t('breaches.listSeparator'))}
                  {w.waived && <StatusTag tone="default">{t('breaches.waivedYes')}</StatusTag>}
                </Flex>
              ),
            },
          ]}
        />
        <Typography.Text type="secondary">
          {t('weekly.lines', {
            warnRate: whole(thresholds.warn.rate15Min),
            warnSat: whole(thresholds.warn.satisfaction),
            breachRate: whole(thresholds.breach.rate15Min),
            breachSat: whole(thresholds.breach.satisfaction),
            complaints: thresholds.breach.complaintsPer1000,
            weeks: thresholds.riskAfterWeeks,
          })}
        </Typography.Text>
      </Flex>
    );
  }

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} style={{ fontSize: 14, margin: '16px 0 8px' }}>
        {t('weekly.title')}
      </h3>
      {body}
    </section>
  );
}
