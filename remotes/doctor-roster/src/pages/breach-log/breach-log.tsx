import { useState } from 'react';
import { Link } from '@careops/router';
import { useListParams } from '@careops/api';
import { useCan } from '@careops/auth';
import { App, Button, Flex, PageContainer } from '@careops/design-system';
import { DataTable, ListToolbar, type DataTableColumn } from '@careops/design-system/table';
import { SLA_RULES, waiveInputSchema, type BreachLogItem } from '@careops/domain/doctors';
import { useFormat, useLocalized, useTranslation } from '@careops/i18n';
import { useDepartments } from '../../api/doctors';
import { useBreaches, useWaive } from '../../api/sla';
import { ReasonDialog } from '../../components/reason-dialog';
import { SlaGuard } from '../../components/sla-guard';
import { SlaLevelTag } from '../../components/sla-level-tag';
import { DoctorsNav } from '../../components/doctors-nav';
import { AutoReassignTag } from '../../components/auto-reassign-tag';
import { TranscriptButton } from '../../components/transcript';

const waiveReasonSchema = waiveInputSchema.pick({ reason: true });

const FILTERS = ['rule', 'level', 'waived', 'departmentId'] as const;

export function BreachLogPage() {
  return (
    <SlaGuard>
      <BreachLog />
    </SlaGuard>
  );
}

function BreachLog() {
  const { t } = useTranslation('doctors');
  const localized = useLocalized();
  const format = useFormat();
  const { message } = App.useApp();
  const { params, query, update } = useListParams({ filters: FILTERS, defaultSort: 'at:desc' });
  const breaches = useBreaches(query);
  const departments = useDepartments();
  const canWaive = useCan('breach.waive');
  const canViewTranscript = useCan('transcript.view');
  const waive = useWaive();
  const [waiving, setWaiving] = useState<BreachLogItem>();
  const departmentName = (id: string | undefined) => {
    const dep = departments.data?.items.find((d) => d.id === id);
    return dep ? localized(dep.name) : (id ?? '—');
  };

  const columns: DataTableColumn<BreachLogItem>[] = [
    { key: 'at', title: t('breaches.at'), sortField: 'at', render: (_, b) => format.dateTime(b.at) },
    { key: 'rule', title: t('breaches.rule'), sortField: 'rule', render: (_, b) => t(`rule.${b.rule}`) },
    {
      key: 'level',
      title: t('breaches.level'),
      sortField: 'level',
      render: (_, b) =>
        b.autoReassign ? (
          <Flex gap={6} wrap>
            <SlaLevelTag level={b.level} />
            <AutoReassignTag action={b.autoReassign} />
          </Flex>
        ) : (
          <SlaLevelTag level={b.level} />
        ),
    },
    {
      key: 'subject',
      title: t('breaches.subject'),
      render: (_, b) => <BreachSubject breach={b} departmentName={departmentName} />,
    },
    { key: 'dep', title: t('doctors.departments'), render: (_, b) => departmentName(b.departmentId) },
    {
      key: 'waived',
      title: t('breaches.waived'),
      render: (_, b) => (b.waived ? t('breaches.waivedBy', { reason: b.waived.reason }) : '—'),
    },
    ...(canWaive || canViewTranscript
      ? [
          {
            key: 'actions',
            title: t('queue.actions'),
            render: (_: unknown, b: BreachLogItem) => (
              <Flex gap={6} wrap>
                {canWaive && !b.waived && (
                  <Button size="small" onClick={() => setWaiving(b)}>
                    {t('breaches.waive')}
                  </Button>
                )}
                {b.subjectType === 'consultation' && <TranscriptButton consultationId={b.subjectId} />}
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer title={t('breaches.title')}>
      <DoctorsNav />
      <ListToolbar
        search={{ label: t('breaches.search'), value: params.q, width: 220 }}
        onSearch={(q) => update({ q })}
        onFilter={(key, value) => update({ filters: { [key]: value } })}
        filters={[
          {
            key: 'rule',
            label: t('breaches.rule'),
            value: params.filters.rule,
            options: SLA_RULES.map((r) => ({ value: r, label: t(`rule.${r}`) })),
            width: 180,
          },
          {
            key: 'level',
            label: t('breaches.level'),
            value: params.filters.level,
            options: (['warn', 'breach', 'critical'] as const).map((l) => ({
              value: l,
              label: t(`level.${l}`),
            })),
          },
          {
            key: 'waived',
            label: t('breaches.waived'),
            value: params.filters.waived,
            options: [
              { value: 'true', label: t('breaches.waivedYes') },
              { value: 'false', label: t('breaches.waivedNo') },
            ],
          },
          {
            key: 'departmentId',
            label: t('doctors.filterDepartment'),
            value: params.filters.departmentId,
            options: departments.data?.items.map((d) => ({ value: d.id, label: localized(d.name) })),
            width: 180,
          },
        ]}
      />
      <DataTable<BreachLogItem>
        label={t('breaches.label')}
        columns={columns}
        rowKey="id"
        data={breaches.data}
        loading={breaches.isFetching}
        error={breaches.error}
        onRetry={() => void breaches.refetch()}
        sort={params.sort}
        onChange={update}
        filtered={Boolean(params.q) || Object.values(params.filters).some(Boolean)}
      />
      {waiving && (
        <ReasonDialog
          open
          title={t('breaches.waiveTitle', { rule: t(`rule.${waiving.rule}`), subject: waiving.subjectId })}
          okText={t('breaches.waive')}
          pending={waive.isPending}
          error={waive.error}
          schema={waiveReasonSchema}
          onSubmit={async (reason) => {
            await waive.mutateAsync({ id: waiving.id, input: { version: waiving.version, reason } });
            void message.success(t('breaches.waivedDone'));
            setWaiving(undefined);
          }}
          onCancel={() => {
            waive.reset();
            setWaiving(undefined);
          }}
        />
      )}
    </PageContainer>
  );
}

/** What the breach is about, in words: a department's short slots, a doctor's week, or an ID. */
function BreachSubject({
  breach: b,
  departmentName,
}: {
  breach: BreachLogItem;
  departmentName: (id: string | undefined) => string;
}) {
  const { t } = useTranslation('doctors');
  const format = useFormat();
  if (b.subjectType === 'dept' && b.gap) {
    return t('breaches.gap', {
      department: departmentName(b.subjectId),
      // CST wall-clock times: the API writes every time with +08:00.
      from: format.dateTime(b.gap.from),
      to: b.gap.to.slice(11, 16),
      onDuty: b.gap.onDuty,
      required: b.gap.required,
    });
  }
  if (b.subjectType === 'doctor') {
    return (
      <Flex vertical gap={2}>
        <Link to={`../doctors/${encodeURIComponent(b.subjectId)}`} relative="path">
          {b.subjectId}
        </Link>
        {b.week && (
          <span>
            {t('breaches.week', {
              week: b.week.weekStart,
              reasons: b.week.reasons.map((r) => t(`weekly.reason.${r}`)).join(t('breaches.listSeparator')),
            })}
          </span>
        )}
      </Flex>
    );
  }
  return b.subjectId;
}
